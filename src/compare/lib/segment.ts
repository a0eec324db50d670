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
  for (const s of segmenterFor(language).segment(text)) out.push({text: s.segment, word: s.isWordLike === true})
  return out
}
