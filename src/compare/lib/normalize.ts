// Text normalisation before comparison: two transcriptions of the same provision should compare equal
// even when one was typed with curly quotes, non-breaking spaces or decomposed accents.

/** Options of `normalizeText`. */
export interface NormalizeOptions {
  /** Keep line breaks (one `\n` between blocks) instead of folding them into spaces. Default false. */
  keepLineBreaks?: boolean | undefined
}

// Characters that carry no wording: zero-width space (some Lao texts use it between words), byte order mark,
// soft hyphen, word joiner. ZWNJ/ZWJ are kept: they change how some scripts render.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g
// Single quotes and apostrophes: ‘ ’ ‚ ‛ ′ ＇ and the grave/acute accents used as quotes.
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\uFF07\u0060\u00B4]/g
// Double quotes: “ ” „ ‟ ″ « » ＂.
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\uFF02]/g
// Hyphens, figure and en dashes, minus: all read as "-" ("articles 112–113" = "articles 112-113").
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D]/g
// Em dashes and horizontal bars: one em dash.
const EM_DASHES = /[\u2014\u2015\u2E3A\u2E3B]/g
// Anything but printable ASCII (the backtick is folded, so it counts), a double space, a leading or trailing space.
const NEEDS_WORK = /[^!-_a-~ ]| {2}|^ | $/
// Anything but printable ASCII (backtick excepted) and line breaks: text that needs more than its spaces folded.
const NOT_PLAIN = /[^!-_a-~ \n]/
// White space other than line breaks, including no-break and narrow spaces.
const SPACES = /[^\S\n]+/g

/**
 * The text as compared: Unicode NFC; quote variants folded to `'` and `"`; hyphen and en-dash variants to `-`,
 * em-dash variants to `—`; invisible characters (zero-width space, soft hyphen, BOM) removed; every run of
 * white space one space, trimmed. Line breaks become spaces unless `keepLineBreaks` (then runs of blank lines
 * become one `\n`, without spaces around it). Idempotent: `normalizeText(normalizeText(x)) === normalizeText(x)`.
 */
export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  // Most text is printable ASCII with single spaces already: nothing to fold (the backtick is folded, so excluded).
  if (!NEEDS_WORK.test(text)) return text
  // Printable ASCII with line breaks (the full text of a provision): only the white space to fold.
  if (!NOT_PLAIN.test(text)) {
    return (options.keepLineBreaks ? text.replace(/ +/g, ' ').replace(/ ?\n[\n ]*/g, '\n') : text.replace(/[ \n]+/g, ' ')).trim()
  }
  let out = text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(HYPHENS, '-')
    .replace(EM_DASHES, '\u2014')
  if (options.keepLineBreaks) {
    out = out.replace(SPACES, ' ').replace(/ ?\n[\n ]*/g, '\n')
  } else {
    out = out.replace(/\s+/g, ' ')
  }
  return out.trim()
}
