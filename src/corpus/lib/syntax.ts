// The words of headings and labels that carry structure. One place, so the parser and the serialiser agree.

/** `Part I — Title`, `Chapter 2 Title`, `Section XV: Title`. */
export const divisionHeading = /^(part|chapter|section)\s+([^\s.:—–-]+)\s*[.:—–-]?\s*(.*)$/iu

/** `Article 112 Title`, `Article 171. Title`, `Art. 2 bis — Title`. Group 1 is the number. */
export const articleHeading =
  /^(article|art\.?|paragraph)\s+(\d+[a-z]?(?:\s+(?:bis|ter|quater|quinquies|sexies))?|[ivxlcdm]+)(?=$|[\s.:—–-])\.?\s*(?:[:—–-]\s*)?(.*)$/iu

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
