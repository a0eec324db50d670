import type {AmendmentDeclaration} from '../../model/index.ts'

/** What happened to a run of words in the redline. */
export type RunChange = 'equal' | 'insert' | 'delete'

/** A run of words with one change and one formatting. */
export interface RedlineRun {
  change: RunChange
  text: string
  strong?: boolean | undefined
  emphasis?: boolean | undefined
  /**
   * The change is a wording variant, not an amendment: the draft and the base differ here, but the draft does
   * not declare the difference (two translations of the same law). Shown apart, never as an inclusion.
   */
  variant?: boolean | undefined
  /** Inserted runs: where the words stand in the draft provision's text (character offsets of its content). */
  source?: {start: number; end: number} | undefined
}

/** A difference the draft does not declare: listed for the drafter to take the base's wording or declare it. */
export interface WordingVariant {
  /** Where, as a drafter cites it: "Article 110(2)", "Article 112, heading". */
  where: string
  /** The draft provision (or the article, for its heading). */
  id?: string | undefined
  /** The base provision. */
  baseId?: string | undefined
  /** The base's words, and the draft's in their place ('' when one side has none). */
  base: string
  draft: string
  /** The draft's words as offsets of the provision's content (start = end for words the draft lacks). */
  start?: number | undefined
  end?: number | undefined
}

/**
 * One line of the redline: a paragraph or an item of an article, flattened in reading order.
 * - `equal`: unchanged; `changed`: some words differ; `insert`: only the draft has it; `delete`: only the base.
 */
export interface RedlineBlock {
  type: 'paragraph' | 'item'
  change: 'equal' | 'changed' | 'insert' | 'delete'
  /** 0 for the article's own paragraphs and items, 1 for sub-items, … */
  depth: number
  /** The item's label as runs ("3." inserted, or "3." → "4." renumbered); empty for paragraphs. */
  label: Array<RedlineRun>
  text: Array<RedlineRun>
  /** Id of the provision in the draft (absent when deleted). */
  id?: string | undefined
  /** Id of the provision in the base (absent when inserted or not comparable). */
  baseId?: string | undefined
  /**
   * The provision moved (out of order, or to another level of the list, as article 111's items under a new
   * item 1): `from` is the base's text where it stood, `to` the draft's where it now stands.
   */
  moved?: 'from' | 'to' | undefined
  /** For a move: the label on the other side ("3." moved to "1.3."), as written. */
  movedLabel?: string | undefined
  /** The provision as a drafter cites it within the article: "Article 110(3)", "Article 112, second paragraph". */
  where?: string | undefined
  /** A provision split out of a base provision, or a base provision merged into a draft one. */
  relation?: {kind: 'split' | 'merged'; label: string} | undefined
}

/**
 * How an article of the draft stands against the base:
 * - `unchanged`: the draft repeats the base text word for word;
 * - `amended`: some words, items or paragraphs differ;
 * - `inserted`: a new article;
 * - `repealed`: the base article is repealed;
 * - `not-comparable`: the base article's text is not available (or the base lacks the article), so the draft's
 *   text is shown as it is, never as wholly new.
 */
export type ArticleChange = 'unchanged' | 'amended' | 'inserted' | 'repealed' | 'not-comparable'

/** One article of the redline. */
export interface RedlineArticle {
  change: ArticleChange
  /** Id of the article in the draft (`annex-1/art-112`, `annex-1/art-new-1`). */
  id: string
  /** Id of the base article, when the base has it. */
  baseId?: string | undefined
  /** As written in the draft: "112", or "New". */
  number: string
  /** The heading, word by word against the base heading. */
  heading: Array<RedlineRun>
  /** "(Amended)" in the draft's heading, as the review's Annex 1 writes it. */
  amended: boolean
  note?: string | undefined
  /** For new articles: the id of the article it follows. */
  after?: string | undefined
  /** Why the article is shown without comparison (`not-comparable`), in words for the reader. */
  notice?: string | undefined
  /** How the draft declares its changes here: `replaced` (every difference), `declared` (marked spans), `wording` (none). */
  declaration: AmendmentDeclaration
  blocks: Array<RedlineBlock>
  /** Differences the draft does not declare. */
  variants: Array<WordingVariant>
}

/** The redline of a draft against its base: every article of the draft, in the draft's order. */
export interface Redline {
  draft: {id: string; title: string; author?: string | undefined; date?: string | undefined; status?: string | undefined; file: string}
  base: {id: string; title: string; number?: string | undefined}
  language: string
  articles: Array<RedlineArticle>
}

/** One amended article in the summary of changes. */
export interface AmendedArticleSummary {
  /** Base article id. */
  article: string
  /** Draft article id. */
  draft: string
  heading: string
  note?: string | undefined
  /** Base provision ids whose wording changed. */
  changed: Array<string>
  /** Draft provision ids the base does not have. */
  inserted: Array<string>
  /** Base provision ids the draft drops. */
  deleted: Array<string>
  /** True when the heading's wording changed. */
  headingChanged: boolean
  /** Draft provision ids moved (renumbered or re-nested). */
  moved: Array<string>
  /** The same provisions as a drafter cites them ("Article 110(3)"), for text output. */
  cited: {changed: Array<string>; inserted: Array<string>; deleted: Array<string>; moved: Array<string>}
  /** The article as cited: "Article 110". */
  label: string
  /** How many wording variants the article has (not amendments). */
  variants: number
}

/** What a draft changes, by id: the list a drafter checks before circulating the draft. */
export interface ChangeSummary {
  draft: string
  base: string
  amended: Array<AmendedArticleSummary>
  inserted: Array<{article: string; heading: string; after?: string | undefined; note?: string | undefined}>
  repealed: Array<{article: string; label: string; heading: string; note?: string | undefined}>
  /** Draft articles whose base text is not available: new wording that cannot be compared. */
  notComparable: Array<{article: string; label: string; draft: string; heading: string; note?: string | undefined}>
  /** Wording variants (differences the draft does not declare), all articles together. */
  variants: number
  unchanged: Array<string>
}
