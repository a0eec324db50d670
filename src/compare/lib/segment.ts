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
