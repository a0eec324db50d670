import type {Inline, Instrument, InstrumentDetails} from '../../model/index.ts'

/**
 * One unit of a source document, as the structure detection reads it: a line (or lines joined into one
 * paragraph) of a text file, or a paragraph, heading or list item of a Word or HTML document.
 */
export interface SourceBlock {
  /** `heading` when the source marks it as one (h1–h6, Markdown `#`); `item` when it is a list item; else `paragraph`. */
  kind: 'heading' | 'paragraph' | 'item'
  /** The words, with the bold and italic the source gives them. */
  content: Array<Inline>
  /** List nesting (0 = outermost) of a list item, or of a further paragraph inside one, when the source has lists. */
  depth?: number | undefined
  /** The label a list gives an item whose text has none typed (an HTML `<ol>`): "1.", "(a)"; "" for a bullet. */
  listLabel?: string | undefined
  /** A further paragraph of the list item above it (a second `<p>` in the same `<li>`, an indented Markdown paragraph). */
  continues?: boolean | undefined
  /** Where the block starts: the line of a text or HTML file, the paragraph of a Word document (1-based). */
  line: number
  /** The last line it takes (joined lines of a text file); equal to `line` otherwise. */
  endLine: number
}

/** How a document's blocks are counted in messages: by line (text, Markdown, HTML) or by paragraph (Word). */
export type SourceUnit = 'line' | 'paragraph'

/** The blocks of a document, ready for structure detection. */
export interface SourceDocument {
  blocks: Array<SourceBlock>
  unit: SourceUnit
}

/** What the importer needs besides the document. Everything but `id` and `file` has a default. */
/**
 * The importer's options: the details every document reader takes (src/model), with the id required. Akoma
 * Ntoso only: an id of '' takes the document's own.
 */
export interface ImportOptions extends InstrumentDetails {
  id: string
}

/** Counts of what the importer found, for the summary line. */
export interface ImportSummary {
  divisions: number
  articles: number
  /** Items at every depth. */
  items: number
  paragraphs: number
  warnings: number
}

/** The detected instrument, with counts. */
export interface ImportedInstrument {
  instrument: Instrument
  summary: ImportSummary
}
