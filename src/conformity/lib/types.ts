import type {Article, Instrument, InstrumentKind, Position} from '../../model/index.ts'
import type {Language} from './language.ts'

/**
 * What a finding says about the national text.
 * - `conflict`: a provision says something a convention rules out.
 * - `gap`: a framework lacks a provision a convention requires (one finding per framework, no provision).
 * - `conforms`: a provision implements a convention requirement (shown so a reader sees both sides).
 * - `harmonization`: one national framework has something the other lacks.
 * - `partial`: a provision goes part of the way (obstruction made an offence with no penalty set; imminent danger
 *   reported to the Minister instead of an order with immediate force).
 */
export type FindingStatus = 'conflict' | 'gap' | 'conforms' | 'harmonization' | 'partial'

/** The two national inspection frameworks the review compares. */
export type FrameworkId = 'labour' | 'social-security'

/** Which instruments make up a framework; the first one is the framework's lead instrument (its law). */
export interface Framework {
  id: FrameworkId
  /** Human name, e.g. "labour inspection". */
  name: string
  /** Instrument ids, lead first: `['ll-2013', 'md-4277']`. */
  instruments: Array<string>
}

/** A standard a rule rests on: one article of a convention or of the ILO Guidelines. */
export interface Standard {
  /** `C081`, `C129`, `ILO-GP-2022`, or a national instrument id for harmonization rules (`ll-2013`). */
  instrument: string
  /** As the instrument numbers it: `12(1)(a)`, `16(3)`, `17`. Empty when the instrument has no text to cite (`ILO-GP-2022`). */
  article: string
  /**
   * Id of the provision in the corpus that holds the article's words (`c081/art-12/item-1/item-a`), so a view can
   * show it beside the finding. Resolved against the corpus in `checkCorpus` (the deepest id that exists);
   * derived from `article` without checking in `checkText`. Absent when the instrument has no text
   * (`ILO-GP-2022` is cited, never quoted).
   */
  provision?: string | undefined
  /** Why the citation holds when the article alone does not say it, e.g. "cited by the ILO review (2023), section 2.1". */
  note?: string | undefined
}

/** One element of a compiled pattern (see docs/rules.md for the pattern language). */
export type PatternElement =
  /** One word, or `a|b|c`: any of the words; `prefix` for `notif*`, `lemma` for `~notify` (every form of the word). */
  | {type: 'word'; alternatives: Array<{word: string; prefix: boolean; lemma?: boolean | undefined}>; optional: boolean}
  /** `#`: a number in digits (`90`, `1,500,000`, `08:00`) or words (`ninety`); `#<1000`: one whose value is below 1000. */
  | {type: 'number'; optional: boolean; below?: number}
  /** `(a b|c)` or `[a b]` (optional): one of several sequences. */
  | {type: 'group'; alternatives: Array<Array<PatternElement>>; optional: boolean}
  /** `...` or `...N`: up to `words` words of the same clause skipped. */
  | {type: 'gap'; words: number; optional?: undefined}

/** A compiled word pattern of a rule (see docs/rules.md for the pattern language). */
export interface Pattern {
  /** The pattern as written in the rule file: `inform*|notify ... (prior to|in advance of) ... visit*`. */
  source: string
  /** Compiled once when the rules are loaded; matched word by word, words in any case. */
  elements: Array<PatternElement>
  /** Words (lower case; a trailing `*` marks a prefix) of which at least one per group must occur for the pattern to match: a cheap pre-filter. */
  required: Array<Array<string>>
  /** The language library that gives the forms of its `~word`s; present only when it has one. */
  language?: Language | undefined
}

/** Sentences of a rule's own that must or must not trip it: its executable documentation. */
export interface RuleExamples {
  /** Texts the rule must match (a conflict flagged, a conforming provision recognised). */
  match: Array<string>
  /** Texts the rule must not match (negations, exceptions, the inspector's discretion). */
  noMatch: Array<string>
}

/**
 * What a provision must be about for a rule to look at it (`corpus/rules/contexts.yaml`), e.g. labour
 * inspection: the provision, the item it belongs to or the sentence that introduces its list names an actor of
 * the context (an inspector, an inspection visit), or a heading above it (article, chapter, title, the
 * instrument's title) names the context, and the provision is not about something `outside` it (a court's
 * hearing, probation, an election).
 */
export interface RuleContext {
  /** Stable id, lower case with dashes: `inspection`. Rules name it in `context`. */
  id: string
  /** One line a drafter recognises: "Labour inspection". */
  title: string
  /** Who acts in the context (an inspector): named in the provision, they put it in the context whatever else it names. */
  actors: Array<Pattern>
  /** What the context is about (an inspection, a visit): in the provision, or in what introduces it, they put it in the context unless it names something `outside`. */
  subjects: Array<Pattern>
  /** Words in a heading above the provision that put it in the context. */
  headings: Array<Pattern>
  /** Words in the provision that take it out of the context, when it names no actor: a court, a hearing, probation. */
  outside: Array<Pattern>
  /**
   * Another authority's own inspectors (a tax officer, customs): named in what introduces the provision or in a
   * heading above it, they take it out of the context even when it names a generic actor ("an authorised officer").
   */
  otherAuthorities: Array<Pattern>
  /** The context file. */
  file: string
  position: Position
}

/**
 * One conformity rule, read from `corpus/rules/*.yaml`. See docs/rules.md for how to read and write one.
 *
 * - `conflict` and `conforms` rules look at each provision (or each article, with `scope: article`): a trigger
 *   matched and no neutraliser in the same sentence gives one finding for that provision (a conflict is not
 *   reported when its framework has a provision tripping one of the rules in `clearedBy`).
 * - `gap` rules look at each framework as a whole: when no provision of the framework matches the rule's own
 *   triggers or trips one of the rules in `satisfiedBy`, the framework gets one finding (provision `null`).
 * - `harmonization` rules compare the two frameworks: each provision of one framework that has the feature
 *   (triggers / `satisfiedBy`) gets a finding when the other framework has no such provision.
 */
export interface Rule {
  /** Stable id, lower case with dashes: `prior-notice`. Findings carry it. */
  id: string
  /** One line a drafter recognises: "Inspection visits announced in advance". */
  title: string
  kind: FindingStatus
  /** The convention articles (or, for harmonization, national articles) the rule rests on. At least one. */
  standards: Array<Standard>
  /** `provision` (default): each paragraph and item on its own. `article`: the whole article text, and its heading. */
  scope: 'provision' | 'article'
  /** Words that trip the rule. Any one suffices. */
  triggers: Array<Pattern>
  /** Words that, in the same sentence as a trigger, mean the trigger does not apply (negations, exceptions, discretion). */
  neutralisers: Array<Pattern>
  /** Gap and harmonization rules: ids of `conforms` rules whose findings show the framework has the provision. */
  satisfiedBy: Array<string>
  /**
   * Conflict rules: ids of `conforms` rules that clear the conflict when the provision's framework (as checked,
   * with a draft applied) has a provision tripping one of them, e.g. an external inspection of the inspection
   * agency clears officials inspecting their own performance.
   */
  clearedBy: Array<string>
  /**
   * Conflict and conforms rules: the contexts a provision must be in for the rule to look at it (any one of
   * them). Default: `inspection` when the rule files define it. Empty (`context: any`): every provision.
   */
  contexts: Array<RuleContext>
  /** Gap and harmonization rules: the frameworks the rule applies to (default: both). */
  frameworks: Array<FrameworkId>
  /** Only provisions of instruments of these kinds count (a draft counts as its base's kind). Empty: any kind. */
  instrumentKinds: Array<InstrumentKind>
  /**
   * The plain-language explanation a finding shows. In harmonization rules `{has}` and `{lacks}` stand for the
   * names of the framework that has the feature and the one that lacks it.
   */
  reason: string
  /** What the review recommends doing about it. */
  recommendation: string
  examples: RuleExamples
  /**
   * The language library the rules were loaded with: it tells whether a trigger is in the scope of a negation
   * before it ("no prior notice shall be required"), read only in sentences where the trigger matched.
   */
  language?: Language | undefined
  /** The rule file, as given to `loadRules`. */
  file: string
  /** Where the rule's entry starts and ends in its file. */
  position: Position
}

/** The words of a provision that tripped a rule. */
export interface FindingMatch {
  /** The matched words exactly as they stand in the text. */
  text: string
  /**
   * Offsets (0-based, end exclusive) into the provision's plain text: `provisionText(provision)` for a paragraph or
   * item, `articleText(article)` for an article, or the article's `heading` when `inHeading` is true.
   */
  start: number
  end: number
  /** The words were found in the article heading rather than its text (article-level rules only). */
  inHeading?: boolean | undefined
}

/** One result of the conformity check. */
export interface Finding {
  /** Id of the rule that produced it. */
  rule: string
  /** The rule's title. */
  title: string
  status: FindingStatus
  /**
   * The provision the finding is about (`md-4139/art-18/item-2`), or an article id for article-level rules.
   * `null` for a framework-level gap. For harmonization: the provision of the framework that HAS the feature.
   * For `checkText`: `null`.
   */
  provision: string | null
  /**
   * The framework the finding concerns. For a gap: the framework that lacks the provision. For harmonization:
   * the framework that lacks the feature (where a change is needed).
   */
  framework?: FrameworkId | undefined
  /**
   * The instrument the finding belongs to: the provision's instrument, or the draft being checked (whose
   * consolidated text the provision is part of). For gaps and harmonization: the lead instrument of the framework
   * that lacks the provision (`ssl-2018`, or the draft `annex-1` when the framework is checked with the draft).
   * For `checkText`: the empty string.
   */
  instrument: string
  standards: Array<Standard>
  /** Why, in plain language. */
  reason: string
  /** What to do about it. */
  recommendation: string
  /** The words that tripped the rule; absent for gaps. */
  match?: FindingMatch | undefined
}

/** Options of `checkCorpus`. */
export interface CheckOptions {
  /**
   * Instrument ids (or aliases) to check. Absent: the whole corpus, where a draft contributes only its own
   * articles (its base is checked on its own) and its framework is checked with the draft applied.
   * A draft named here is checked as its consolidated text (base with the draft's articles replacing/inserting).
   */
  instruments?: Array<string> | undefined
  /** The frameworks (default: `frameworks`, the labour and social security inspection frameworks of the review). */
  frameworks?: Array<Framework> | undefined
  /**
   * Builds the consolidated article list of a draft over its base. Default: a small built-in consolidation
   * (articles with a base number replace it, `repealed` removes it, new articles go after `after` or after the
   * previous draft article).
   */
  consolidate?: ((draft: Instrument, base: Instrument) => Array<Article>) | undefined
}
