// What the checker reads a word as, so that a character a reader cannot see, or a letter of another script that
// looks like a Latin one, cannot hide a word from a rule: "no\u00ADtice" (soft hyphen), "not\u200Bice" (zero-width
// space), "nоtice" (Cyrillic о), "ｎｏｔｉｃｅ" (full-width) are all read as "notice". The text itself is never
// changed: a word keeps its offsets, so a finding still shows the words as they stand.
import {createMessage, type SynopticMessage} from '../../message/index.ts'

/**
 * Characters with no width or no glyph that may sit inside a word: soft hyphen, zero-width space and
 * (non-)joiners, direction marks, word joiner and invisible operators, Mongolian vowel separator, byte order mark.
 */
export const INVISIBLE_RE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u

/** Whether the code unit at `i` is one of the invisible characters (all are single code units). */
export function isInvisible(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c === 0xad || c === 0x180e || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff
}

/**
 * Cyrillic and Greek letters that look like Latin ones, folded only inside a word that also has Latin letters
 * (a whole Cyrillic or Greek word is left as it is).
 */
const lookAlikes: Record<string, string> = {
  // Cyrillic
  'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't', 'у': 'y',
  'х': 'x', 'ѕ': 's', 'і': 'i', 'ї': 'i', 'ј': 'j', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'һ': 'h', 'ӏ': 'l',
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'У': 'Y', 'Х': 'X',
  'Ѕ': 'S', 'І': 'I', 'Ј': 'J',
  // Greek
  'α': 'a', 'ο': 'o', 'ρ': 'p', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'τ': 't', 'υ': 'u', 'χ': 'x', 'ε': 'e',
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T',
  'Υ': 'Y', 'Χ': 'X'
}
const lookAlikeRe = new RegExp(`[${Object.keys(lookAlikes).join('')}]`, 'gu')
const latinRe = /\p{Script=Latin}/u

/**
 * A word as the rules read it, lower case: Unicode NFKC (full-width letters, ligatures, superscript digits),
 * invisible characters removed, look-alike letters of a Latin word folded to Latin. ASCII words come back
 * lower-cased only.
 */
export function foldWord(raw: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/u.test(raw)) return raw.toLowerCase()
  let word = raw.replace(new RegExp(INVISIBLE_RE.source, 'gu'), '').normalize('NFKC')
  if (latinRe.test(word)) word = word.replace(lookAlikeRe, (c) => lookAlikes[c] ?? c)
  return word.toLowerCase()
}

/** A character that changes what the checker reads: where it is and what it is. */
export interface HiddenCharacter {
  /** 0-based offset in the text. */
  offset: number
  /** The character. */
  character: string
  /** `invisible`: no glyph (soft hyphen, zero-width space); `look-alike`: a letter of another script in a Latin word; `compatibility`: a form NFKC folds (full-width, ligature). */
  kind: 'invisible' | 'look-alike' | 'compatibility'
}

const wordRe = /[\p{L}\p{N}\p{M}\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+/gu

/**
 * The hidden characters of a text that sit inside or against a Latin word: invisible characters, look-alike
 * letters, compatibility forms. Zero-width spaces between words of scripts written without spaces (Lao, Thai)
 * are how those texts mark word breaks, and are not reported.
 */
export function hiddenCharacters(text: string): Array<HiddenCharacter> {
  const out: Array<HiddenCharacter> = []
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/u.test(text)) return out
  for (const m of text.matchAll(wordRe)) {
    const word = m[0]
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/u.test(word)) continue
    const latin = latinRe.test(word.normalize('NFKC'))
    if (!latin) continue
    let i = 0
    for (const character of word) {
      const offset = m.index + i
      i += character.length
      if (INVISIBLE_RE.test(character)) out.push({offset, character, kind: 'invisible'})
      else if (lookAlikes[character] !== undefined) out.push({offset, character, kind: 'look-alike'})
      else if (character.normalize('NFKC') !== character) out.push({offset, character, kind: 'compatibility'})
    }
  }
  return out
}

const names: Record<string, string> = {
  '\u00AD': 'a soft hyphen (U+00AD)', '\u200B': 'a zero-width space (U+200B)', '\u200C': 'a zero-width non-joiner (U+200C)',
  '\u200D': 'a zero-width joiner (U+200D)', '\u2060': 'a word joiner (U+2060)', '\uFEFF': 'a zero-width no-break space (U+FEFF)'
}

function describe(h: HiddenCharacter): string {
  const code = `U+${h.character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
  if (h.kind === 'invisible') return `${names[h.character] ?? `an invisible character (${code})`} inside a word`
  if (h.kind === 'look-alike') return `"${h.character}" (${code}) is not a Latin letter but looks like "${lookAlikes[h.character]}"`
  return `"${h.character}" (${code}) is a compatibility form of "${h.character.normalize('NFKC')}"`
}

/**
 * Warnings, with file:line:column, for the hidden characters of a corpus or rule file: the checker reads
 * through them, but a reader cannot see them, and other tools (search, Word) may not.
 */
export function hiddenCharacterWarnings(file: string, text: string): Array<SynopticMessage> {
  const found = hiddenCharacters(text)
  if (found.length === 0) return []
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1)
  return found.map((h) => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid]! <= h.offset) lo = mid
      else hi = mid - 1
    }
    const point = {line: lo + 1, column: h.offset - lineStarts[lo]! + 1, offset: h.offset}
    return createMessage('warning', `${describe(h)}; the checker reads the word without it, but a reader cannot see it: retype the word`, {
      file, place: {start: point, end: {...point, column: point.column + h.character.length, offset: h.offset + h.character.length}},
      source: 'synoptic-text', ruleId: `hidden-${h.kind}`
    })
  })
}
