// The words of headings and labels that carry structure. One place, so the parser and the serialiser agree.
import type {DivisionKind} from '../../model/index.ts'

/**
 * `Part I — Title`, `Chapter 2 Title`, `Section XV: Title`, `Title II — Employment`, `Sub-chapter 1`,
 * `Schedule 2 — Forms`. Group 1 is the kind as written (see `divisionKindOf`), group 2 the number.
 */
export const divisionHeading =
  /^(book|part|title|sub-?part|division|chapter|sub-?chapter|section|schedule)\s+([^\s.:—–-]+)\s*[.:—–-]?\s*(.*)$/iu

/** `Schedule` or `Schedule — Forms`: a Schedule without a number. Group 1 is its heading. */
export const unnumberedSchedule = /^schedule(?:\s*[—–:-]\s*(.*))?$/iu

/** The division kind a heading word names: `Subchapter` and `Sub-chapter` are one kind. */
export function divisionKindOf(word: string): DivisionKind {
  const lower = word.toLowerCase()
  return (lower === 'sub-part' ? 'subpart' : lower === 'subchapter' ? 'sub-chapter' : lower) as DivisionKind
}

/** `Sec. 13 Powers of inspectors`: a numbered section of a Commonwealth-style Act (an article called "Section"). */
export const sectionDesignation = /^sec\.$/iu

/** `Article 112 Title`, `Article 171. Title`, `Art. 2 bis — Title`, `Sec. 13 Title`. Group 2 is the number. */
export const articleHeading =
  /^(article|art\.?|paragraph|sec\.)\s+(\d+[a-z]?(?:\s+(?:bis|ter|quater|quinquies|sexies))?|[ivxlcdm]+)(?=$|[\s.:—–-])\.?\s*(?:[:—–-]\s*)?(.*)$/iu

/** `New Article Title`. */
export const newArticleHeading = /^new\s+article\b\s*[.:—–-]?\s*(.*)$/iu

/** `Preamble`. */
export const preambleHeading = /^preamble\s*$/iu

/** `(Amended)` at the start of an article heading's title. */
export const amendedMark = /^\(amended\)\s*/iu

/** A parenthetical at the end of an article heading: the article's note. */
export const trailingNote = /\s*\(([^()]+)\)\s*$/u

/**
 * A label written at the start of a bullet item: `(a)`, `a)`, `(iv)`, `1.1.`, `1.1`, `i.`, `a.`.
 * Plain `1.` cannot appear here: Markdown reads it as an ordered list.
 */
export const bulletLabel = /^(\((?:\d+|[a-z]{1,3}|[ivxlcdm]{1,7})\)|(?:\d+|[a-z]{1,3}|[ivxlcdm]{1,7})\)|\d+(?:\.\d+)+\.?|(?:[a-z]|[ivxlcdm]{1,7})\.)(?=\s)/iu

/** The marker of an ordered list item as it stands in the source. */
export const orderedMarker = /^(\d{1,9}[.)])/u

/** Labels the serialiser writes as Markdown ordered list markers. */
export const orderedLabel = /^\d{1,9}[.)]$/u
