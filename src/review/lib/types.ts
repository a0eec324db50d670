import type {Position} from '../../model/index.ts'

/** Which inspection system a provision, fine or procedure belongs to. */
export type Framework = 'labour' | 'social-security'

/** The eight aspects of Table 1 of the ILO review, in its order. */
export type AspectId = 'mandate' | 'content' | 'forms' | 'requirements' | 'prohibitions' | 'powers-duties' | 'measures' | 'fines'

/** The ILO instruments an aspect can be measured against, as they number themselves. */
export type StandardInstrument = 'C081' | 'C129' | 'P081' | 'R081'

/** Where a record was written: the data file (path as given to the loader) and the span in it. */
export interface DataLocation {
  file: string
  position: Position
}

/** A provision cited for an aspect, e.g. `{provision: 'md-4277/art-3', note: 'includes follow-up inspections'}`. */
export interface Citation {
  /** A provision id: `ll-2013/art-173`, `md-4139/art-18/item-2`. */
  provision: string
  /** The review's remark on the citation (Table 1's parentheses). */
  note?: string | undefined
  location: DataLocation
}

/** An ILO article that governs an aspect: `{instrument: 'C081', article: '12(1)(a)'}`. */
export interface StandardReference {
  instrument: StandardInstrument
  /** Article number, optionally with paragraph and subparagraphs as the ILO cites them: `12`, `12(1)(a)`, `10(a)(ii)`. */
  article: string
  location: DataLocation
}

/** A labour provision set against its social security counterpart (e.g. Table 3: routine ↔ regular systematic). */
export interface Pair {
  /** Provision id on the labour side. */
  labour: string
  /** Provision id on the social security side. */
  socialSecurity: string
  /** `review`: the review pairs them (a table row, or its text); `editorial`: paired from the wording, not by the review. */
  basis: 'review' | 'editorial'
  note?: string | undefined
  location: DataLocation
}

/** A provision of one framework that the review finds no counterpart for in the other. */
export interface Unpaired {
  provision: string
  note?: string | undefined
  location: DataLocation
}

/** One row of Table 1: an aspect of the inspection system, the provisions of both frameworks and the ILO standards. */
export interface Aspect {
  id: AspectId
  /** Table 1's wording: "Forms of inspection and reports". */
  title: string
  /** Provisions of the labour inspection framework (ll-2013, md-4277), as Table 1 cites them. */
  labour: Array<Citation>
  /** Provisions of the social security inspection framework (ssl-2018, md-4139, md-0897), as Table 1 cites them. */
  socialSecurity: Array<Citation>
  /** ILO articles that govern the aspect. */
  standards: Array<StandardReference>
  /** Items set against each other. */
  pairs: Array<Pair>
  /** Items with no counterpart in the other framework. */
  unpaired: Array<Unpaired>
  /** Provisions other tables of the review quote for the aspect, kept apart so `labour` and `socialSecurity` stay Table 1's. */
  quoted: {labour: Array<Citation>; socialSecurity: Array<Citation>}
  location: DataLocation
}

/** A fine: a fixed sum in kip, or a rule where the law gives no sum ("equal to the employer's contribution"). */
export type FineAmount =
  | {kind: 'fixed'; kip: number; /** When the sum applies, in the source's words. */ condition?: string | undefined}
  | {kind: 'rule'; rule: string; condition?: string | undefined}

/** What a fine is counted by: each occasion, each worker, each person, each day, each month, each period. */
export type FineUnit = 'occasion' | 'worker' | 'person' | 'day' | 'month' | 'period'

/** Whether a fine may only follow the warning steps of its procedure. */
export type WarningRequirement = 'required' | 'not-required' | 'not-stated'

/** One instance that calls for a fine (Tables 7, 10 and 11). */
export interface Fine {
  /** Stable id of the record, e.g. `lab-obstructing-visit`. */
  id: string
  framework: Framework
  /** The provision that sets the fine: `md-4277/art-10/item-1`. */
  provision: string
  /** What is fined, in the source's words. */
  offence: string
  /** One amount, or several with their conditions (Decision 4277, article 10, item 4). */
  amounts: Array<FineAmount>
  /** What the amount is multiplied by; empty when it is charged once. */
  per: Array<FineUnit>
  warnings: WarningRequirement
  /** The enforcement procedure whose steps come first, when `warnings` is `required`. */
  procedure?: string | undefined
  note?: string | undefined
  location: DataLocation
}

/** One step of an enforcement procedure (Tables 8 and 9). */
export interface EnforcementStep {
  /** Unique within its procedure: `process-1`, `written-warning`. */
  id: string
  title: string
  /** The provision that sets the step. */
  provision: string
  /** What brings the step about. */
  trigger: string
  /** Days the step gives the violator before the next step may follow; 0 when it acts at once; null when the source sets no number. */
  days: number | null
  /** Where the number of days comes from, or why there is none. */
  daysNote?: string | undefined
  /** True when the step fines or prosecutes. */
  sanction: boolean
  location: DataLocation
}

/** The steps a framework takes against a violator, in order. */
export interface EnforcementProcedure {
  /** E.g. `md-4139-steps`. */
  id: string
  framework: Framework
  title: string
  /** The article that sets the procedure. */
  provision: string
  steps: Array<EnforcementStep>
  location: DataLocation
}

/** The structured data of the review beside the corpus texts (corpus/data/*.yaml). */
export interface ReviewData {
  aspects: Array<Aspect>
  fines: Array<Fine>
  procedures: Array<EnforcementProcedure>
}

/** How long a procedure lets a violator go before its first sanction. */
export interface SanctionDelay {
  procedure: string
  framework: Framework
  /** Sum of the days of the steps before the first sanction (steps with no stated days count 0). */
  days: number
  /** Steps before the sanction whose days the source does not state: the real delay is longer by their periods. */
  unstated: Array<string>
  /** The first step that sanctions, or undefined when the procedure never sanctions. */
  sanctionStep?: string | undefined
}

/** The delays of every procedure of one framework, fastest first. */
export interface FrameworkDelay {
  framework: Framework
  /** The procedure that reaches a sanction soonest. */
  fastest: SanctionDelay | undefined
  /** The procedure that takes longest. */
  slowest: SanctionDelay | undefined
  procedures: Array<SanctionDelay>
}
