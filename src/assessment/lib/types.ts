import type {FindingStatus, Standard} from '../../conformity/index.ts'
import type {Position} from '../../model/index.ts'

/** What a row of the assessment says about the law as a whole, for one article of the conventions. */
export type AssessmentStatus = 'conflict' | 'partial' | 'conforms' | 'gap'

/** One part of a convention article, met by a provision that trips one of its rules. */
export interface Requirement {
  /** In a drafter's words: "orders to make alterations within a time limit (13(2)(a))". */
  text: string
  /** Ids of the conforms rules whose findings show the requirement is met. */
  rules: Array<string>
}

/** One row of the catalogue (`corpus/rules/articles.yaml`): a C81 article with its C129 counterpart. */
export interface CatalogueArticle {
  /** Stable id, lower case with dashes: `free-entry`. */
  id: string
  title: string
  /** The articles the row reports on: `C081 12(1)(a)` and `C129 16(1)(a)`. A finding belongs to the row when it cites one of them, or a part of one. */
  standards: Array<Standard>
  /** The parts of the article; when some are met and others not, the row is partial. Empty: any conforming provision meets it. */
  requirements: Array<Requirement>
  /** What a gap names: what the law should have and has not. */
  missing: string
  /** What to do about a gap. */
  recommendation: string
  /** The row's status when nothing in the law touches it: `gap` (default), or `conforms` for a safeguard that holds unless a provision undoes it. */
  silent: 'gap' | 'conforms'
  file: string
  position: Position
}

/** The words of one provision that tripped one rule, with what the rule says. */
export interface AssessedFinding {
  rule: string
  title: string
  status: FindingStatus
  /** The provision id (`er-118-2001/art-144/item-2`). */
  provision: string
  /** The words that tripped the rule, as they stand. */
  words: string
  reason: string
  recommendation: string
}

/** One row of an assessment. */
export interface AssessmentRow {
  article: CatalogueArticle
  status: AssessmentStatus
  /** The provisions cited (each once, in reading order of the findings). */
  provisions: Array<string>
  /** Every finding of the row: conflicts, then partial, then conforming provisions. */
  findings: Array<AssessedFinding>
  /** The requirements no provision meets (for a gap: all of them; for a partial row: the rest). */
  unmet: Array<string>
  /** Why the row has its status, in plain words. */
  reason: string
  /** What to do. */
  recommendation: string
}

/** What was assessed: one instrument, a draft consolidated with its base, or a framework of several. */
export interface AssessmentTarget {
  /** As given: `er-118-2001`, `labour`, `ll-2013+md-4277`. */
  id: string
  /** How a reader names it: "Labour inspection framework (ll-2013, md-4277)". */
  name: string
  /** The instrument ids assessed together. */
  instruments: Array<string>
}

/** A whole-law assessment against C81 and C129: one row per article of the catalogue. */
export interface Assessment {
  target: AssessmentTarget
  rows: Array<AssessmentRow>
  /** Counts per status. */
  counts: Record<AssessmentStatus, number>
  /** Articles of the target cited without text (or repealed): what they say could not be assessed. */
  unchecked: number
}
