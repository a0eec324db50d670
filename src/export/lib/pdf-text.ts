// Text for pdfmake, which has no font fallback and breaks lines only at spaces (UAX #14 gives Lao no break
// opportunities): Lao runs get the Lao font and a zero-width space between words, found with Intl.Segmenter.
import type {Content, Style} from 'pdfmake/interfaces'

/** The font families a PDF export uses, and the files (in `assets/fonts/`) the edge loads for each style. */
export const PDF_FONTS = {
  NotoSans: {normal: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf', italics: 'NotoSans-Italic.ttf', bolditalics: 'NotoSans-BoldItalic.ttf'},
  // Noto Sans Lao has no italic: italic Lao is set upright, as Lao typography does.
  NotoSansLao: {normal: 'NotoSansLao-Regular.ttf', bold: 'NotoSansLao-Bold.ttf', italics: 'NotoSansLao-Regular.ttf', bolditalics: 'NotoSansLao-Bold.ttf'}
} as const

export type PdfFontFamily = keyof typeof PDF_FONTS

/** Every font file a PDF export may need, once each. */
export const PDF_FONT_FILES: ReadonlyArray<string> = [...new Set(Object.values(PDF_FONTS).flatMap((f) => Object.values(f)))]

const LAO = /[\u0E80-\u0EFF]+/gu
const ZWSP = '\u200B'
let laoWords: Intl.Segmenter | undefined

/**
 * Lao text ready for pdfmake: a zero-width space between words (so lines break between words, never inside
 * one) and SARA AM after a tone mark spelled out as NIGGAHITA, tone, SARA AA. pdfkit's shaper (fontkit) does
 * not decompose SARA AM, so in "ນ້ຳ" it draws the tone mark over the ring instead of above it; the spelled-out
 * form is what HarfBuzz draws, and looks the same as the original to a reader.
 */
export function laoForPdf(text: string): string {
  laoWords ??= new Intl.Segmenter('lo', {granularity: 'word'})
  const words: Array<string> = []
  for (const s of laoWords.segment(text)) words.push(s.segment)
  return words.join(ZWSP).replace(/([\u0EC8-\u0ECB])\u0EB3/gu, '\u0ECD$1\u0EB2')
}

/** True when the text has Lao letters. */
export function hasLao(text: string): boolean {
  return /[\u0E80-\u0EFF]/u.test(text)
}

/**
 * The text split by script: Lao stretches in the Lao font (with word breaks), the rest in the default font,
 * each piece carrying `style`.
 */
export function scriptPieces(text: string, style: Style = {}): Array<Content & object> {
  if (!hasLao(text)) return [{text, ...style}]
  const pieces: Array<Content & object> = []
  let last = 0
  for (const m of text.matchAll(LAO)) {
    if (m.index > last) pieces.push({text: text.slice(last, m.index), ...style})
    pieces.push({text: laoForPdf(m[0]), font: 'NotoSansLao', ...style})
    last = m.index + m[0].length
  }
  if (last < text.length) pieces.push({text: text.slice(last), ...style})
  return pieces
}
