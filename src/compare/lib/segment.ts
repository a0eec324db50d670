// Word segmentation with Intl.Segmenter, so that scripts written without spaces between words (Lao, Thai)
// still diff word by word: ICU splits them with its dictionary.

/** One piece of text: a word, or the white space / punctuation between words. */
export interface WordToken {
  text: string
  /** True for words (letters, numbers, Lao syllable clusters), false for spaces and punctuation. */
  word: boolean
}

const segmenters = new Map<string, Intl.Segmenter>()

/** One segmenter per language, made once: building one costs more than segmenting a provision. */
function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language)
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language || undefined, {granularity: 'word'})
    } catch {
      // A malformed language tag in a corpus file must not stop a comparison: use the default rules.
      segmenter = new Intl.Segmenter(undefined, {granularity: 'word'})
    }
    segmenters.set(language, segmenter)
  }
  return segmenter
}

/**
 * Splits text into words and the pieces between them, using the word rules of `language` (a BCP 47 tag such as
 * `en` or `lo`). Nothing is dropped: joining the tokens' `text` gives back `text` exactly.
 */
export function segmentWords(text: string, language = 'en'): Array<WordToken> {
  const plain = plainWords(text)
  if (plain) return plain
  const out: Array<WordToken> = []
  const segmenter = segmenterFor(language)
  // Segmenting one very long string takes time that grows faster than its length (4 s for 10,000 English
  // words): long texts are segmented piece by piece, cut where a space meets a non-space, a word boundary in
  // every script, so the tokens are the same.
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK)
    if (end < text.length) {
      let cut = end
      while (cut > start && !(/\s/u.test(text[cut - 1]!) && !/\s/u.test(text[cut]!))) cut--
      end = cut > start ? cut : end
      if (cut === start) {
        // No space in the piece (a long run of Lao words): take it whole up to the next space.
        const next = text.slice(start + CHUNK).search(/\s\S/u)
        end = next < 0 ? text.length : start + CHUNK + next + 1
      }
    }
    for (const s of segmenter.segment(text.slice(start, end))) out.push({text: s.segment, word: s.isWordLike === true})
    start = end
  }
  return out
}

/** Characters segmented at once. */
const CHUNK = 500

// Plain ASCII text (most of an English law) is split here by the Unicode word rules (UAX #29) as ICU applies them,
// without Intl.Segmenter, which costs about a microsecond a character, most of a diff's time. Only characters
// whose word-break class is the same in every ICU version and language are taken; a text with any other (a
// colon or an underscore between letters, a tab, a carriage return, anything beyond ASCII) goes to ICU.
// test/compare/segment.test.ts holds the two equal on random texts of these characters and on the corpus.
const OTHER = 1 // punctuation and symbols: a token each
const LETTER = 2
const DIGIT = 3
const SPACE = 4 // runs of spaces are one token
const NEWLINE = 5 // each line feed a token
const STOP = 6 // "." and "'": join letters to letters and digits to digits ("U.S.A", "don't", "1.5")
const COMMA = 7 // "," and ";": join digits to digits ("1,500,000")
const COLON = 8 // joins letters in some ICU versions and languages: plain only when not between two letters
const classes = (() => {
  const table = new Uint8Array(128)
  for (let c = 0x21; c < 0x7f; c++) table[c] = OTHER
  for (let c = 0x41; c <= 0x5a; c++) table[c] = table[c + 0x20] = LETTER
  for (let c = 0x30; c <= 0x39; c++) table[c] = DIGIT
  table[0x20] = SPACE
  table[0x0a] = NEWLINE
  table[0x2e] = table[0x27] = STOP
  table[0x2c] = table[0x3b] = COMMA
  table[0x3a] = COLON
  table[0x5f] = 0 // "_" joins words and numbers (ExtendNumLet): left to ICU
  return table
})()

const classAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i)
  return c < 128 ? classes[c]! : 0
}

/** The tokens of `text` by the word rules when it is plain (see above), else undefined. */
function plainWords(text: string): Array<WordToken> | undefined {
  const out: Array<WordToken> = []
  const n = text.length
  let i = 0
  while (i < n) {
    const k = classAt(text, i)
    let j = i + 1
    if (k === LETTER || k === DIGIT) {
      let last = k
      while (j < n) {
        const c = classAt(text, j)
        if (c === LETTER || c === DIGIT) {
          last = c
          j++
          continue
        }
        const next = j + 1 < n ? classAt(text, j + 1) : 0
        if (c === COLON && last === LETTER && next === LETTER) return undefined
        if ((c === STOP && next === last) || (c === COMMA && last === DIGIT && next === DIGIT)) {
          j += 2
          continue
        }
        break
      }
      out.push({text: text.slice(i, j), word: true})
    } else if (k === SPACE) {
      while (j < n && classAt(text, j) === SPACE) j++
      out.push({text: text.slice(i, j), word: false})
    } else if (k === 0) {
      return undefined
    } else {
      out.push({text: text[i]!, word: false})
    }
    i = j
  }
  return out
}
