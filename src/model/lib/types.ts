/** A place in a source file: 1-based line and column, 0-based offset (as in unist). */
export interface Point {
  line: number
  column: number
  offset: number
}

/** The span of source text a node came from. Every node has one. */
export interface Position {
  start: Point
  end: Point
}

/** What kind of text an instrument is. */
export type InstrumentKind = 'law' | 'decision' | 'convention' | 'protocol' | 'recommendation' | 'guidelines' | 'draft'

/** Whether the text is the authentic wording or someone's translation of it. */
export type TranslationStatus = 'authentic' | 'official' | 'unofficial'

/**
 * The legal standing of an article.
 * - `in-force`: the text of a law or decision as it stands.
 * - `proposed`: text put forward in a draft.
 * - `not-available`: the sources cite the article but do not quote it; it carries no text.
 * - `repealed`: removed by a draft (or by the instrument itself); it carries no text.
 */
export type ArticleStatus = 'in-force' | 'proposed' | 'not-available' | 'repealed'

/** Inline text, with the emphasis the source gives it. */
export type Inline = Text | Strong | Emphasis

/** Plain words. */
export interface Text {
  type: 'text'
  value: string
}

/** Bold words (`**routine**`), as the review emphasises them. */
export interface Strong {
  type: 'strong'
  children: Array<Inline>
}

/** Italic words (`*sic*`). */
export interface Emphasis {
  type: 'emphasis'
  children: Array<Inline>
}

/** A paragraph or item of an article: the units that comparisons, findings and amendments point at. */
export type Provision = Paragraph | Item

/**
 * A change a draft declares inside one provision's text (`{++…++}` and `{--…--}` in the corpus file):
 * - `insert`: the characters `start` to `end` of the provision's flattened text are a declared inclusion;
 * - `delete`: `text`, struck by the draft, stood at offset `at` (it is not part of the provision's text).
 * Offsets count the characters of the provision's own content as written (its text nodes joined).
 */
export type DeclaredChange = {kind: 'insert'; start: number; end: number} | {kind: 'delete'; at: number; text: string}

/**
 * How a draft article states what it changes:
 * - `replaced`: the article is replaced as a whole: every difference from the base is an amendment;
 * - `declared`: only the spans marked `{++…++}` / `{--…--}` are amendments; other differences are wording
 *   variants (two translations of the same law, not something the draft proposes);
 * - `wording`: the article proposes no change: every difference is a wording variant.
 */
export type AmendmentDeclaration = 'replaced' | 'declared' | 'wording'

/** An unnumbered block of text inside an article (or inside an item, after its first line). */
export interface Paragraph {
  type: 'paragraph'
  /** Stable id, e.g. `ll-2013/art-173/para-2`. */
  id: string
  content: Array<Inline>
  /** In a draft: the inclusions and deletions it declares in this text. */
  declared?: Array<DeclaredChange> | undefined
  position: Position
}

/** A numbered or lettered item, e.g. "2." in Decision 4139 article 18. Items nest to any depth. */
export interface Item {
  type: 'item'
  /** Stable id, e.g. `md-4139/art-18/item-2` or `annex-1/art-111/item-1/item-1-1`. */
  id: string
  /** The label exactly as written: "1.", "1.1.", "(a)", "i.", or "" for an unlabelled bullet. */
  label: string
  /** The item's own first block of text. */
  content: Array<Inline>
  /** In a draft: the inclusions and deletions it declares in the item's own text. */
  declared?: Array<DeclaredChange> | undefined
  /** Further paragraphs and sub-items, in source order. */
  children: Array<Provision>
  position: Position
}

/** One article of an instrument. */
export interface Article {
  type: 'article'
  /** Stable id, e.g. `ssl-2018/art-112`; new articles of a draft are `annex-1/art-new-1`, `art-new-2`, … */
  id: string
  /** The number exactly as written: "112", "2 bis", "New". */
  number: string
  /** What the instrument calls this unit when it is not "Article": Recommendations number Paragraphs, Commonwealth Acts Sections. */
  designation?: 'Paragraph' | 'Section' | undefined
  /** The title after the number, if any ("Forms of social security inspection"). */
  heading: string
  /** Marked "(Amended)" in the heading, as in the review's Annex 1. */
  amended: boolean
  /** A trailing parenthetical note in the heading, e.g. "to be discussed". */
  note?: string | undefined
  /** In a draft: how the article declares its amendments (`> amendment:`); absent: see `declarationOf`. */
  amendment?: AmendmentDeclaration | undefined
  /** `review`: the bold and italics of the text are the review's emphasis ("emphasis added"), not the law's. */
  emphasis?: 'review' | undefined
  status: ArticleStatus
  /** What the article is about, for articles whose text is not available (from the review's Table 1). */
  subject?: string | undefined
  /** Where this text comes from (the table or annex of the review, the convention's source). */
  provenance: Provenance
  /** In a draft: the id of the base article this one follows when it is inserted (`ssl-2018/art-113`). */
  after?: string | undefined
  children: Array<Provision>
  position: Position
}

/** Where a piece of text comes from and how far to trust its wording. */
export interface Provenance {
  /** E.g. "ILO review (2023), Table 3". */
  source: string
  translation: TranslationStatus
}

/**
 * What a division is called: a Book, Part, Title, Subpart, Division, Chapter, Sub-chapter, Section, or a
 * Schedule (an annex of a Commonwealth-style Act).
 */
export type DivisionKind = 'book' | 'part' | 'title' | 'subpart' | 'division' | 'chapter' | 'sub-chapter' | 'section' | 'schedule'

/** A Part, Title, Chapter, Section (or another division) grouping articles and further divisions. */
export interface Division {
  type: 'division'
  kind: DivisionKind
  /** Stable id under the parent division's: `c081/part-i`, `er-118/title-2/chapter-1`. */
  id: string
  /** As written: "I", "XV", "2". */
  number: string
  heading: string
  children: Array<Division | Article>
  /**
   * A Schedule's own text (forms, lists, its own numbering), which is not articles: paragraphs and items, with
   * ids under the Schedule's (`act/schedule-first/para-1`). Other divisions hold only divisions and articles.
   */
  content?: Array<Provision> | undefined
  position: Position
}

/** The opening recitals of a convention or recommendation. */
export interface Preamble {
  type: 'preamble'
  /** `c081/preamble` */
  id: string
  children: Array<Paragraph>
  position: Position
}

/** A law, decision, convention or draft, parsed from one corpus file. */
export interface Instrument {
  type: 'instrument'
  /** E.g. `ll-2013`, `md-4139`, `c081`, `annex-1`. */
  id: string
  title: string
  /** As the instrument itself is numbered: "No. 43/NA", "C081". */
  number?: string | undefined
  /** ISO date, YYYY-MM-DD. */
  date?: string | undefined
  kind: InstrumentKind
  /** ISO country code, or `ILO` for ILO instruments. */
  jurisdiction: string
  /** BCP 47 language tag of the text: `en`, `lo`. */
  language: string
  /** Default provenance of every article. */
  provenance: Provenance
  /** Other ids that resolve to this instrument (e.g. `md-4227` for `md-4277`). */
  aliases: Array<string>
  /** Free notes, e.g. on a discrepancy in the instrument's number. */
  notes?: string | undefined
  /** Drafts only: the id of the instrument the draft amends. */
  base?: string | undefined
  /** Drafts only. */
  author?: string | undefined
  /** Drafts only: e.g. "discussion draft". */
  draftStatus?: string | undefined
  /** Any further front-matter keys the format allows (url, completeness, editorial notes), kept as given. */
  extra: Record<string, string>
  preamble?: Preamble | undefined
  body: Array<Division | Article>
  /** The corpus file it was read from, relative to the corpus folder. */
  file: string
  position: Position
}

/**
 * What a reader of a document (the importer, the Akoma Ntoso reader) is told about it: the file name its messages
 * show, and the instrument's details, each overriding what the document says or filling in what it does not.
 */
export interface InstrumentDetails {
  /** The name of the source file, as messages should show it (`labour-law.docx`). */
  file: string
  /** The instrument id: lower case letters, digits and `-` (`ll-2013`). */
  id?: string | undefined
  /** Default: the title the document gives, else the file name. */
  title?: string | undefined
  /** Default `law`. */
  kind?: InstrumentKind | undefined
  /** E.g. `No. 43/NA`. */
  number?: string | undefined
  /** YYYY-MM-DD. */
  date?: string | undefined
  /** Default `LA`. */
  jurisdiction?: string | undefined
  language?: string | undefined
  translation?: TranslationStatus | undefined
  /** Default `Imported from <file>`. */
  source?: string | undefined
  /** Drafts only: the id of the instrument the draft amends. */
  base?: string | undefined
}

/** All instruments of a corpus, with lookups. */
export interface Corpus {
  instruments: Array<Instrument>
}
