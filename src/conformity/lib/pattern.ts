// The word-pattern language of rule files (docs/rules.md): words, `word*` prefixes, `#` numbers, `a|b`
// alternatives, `(two words|other words)` phrase alternatives, `[optional words]` and `...` / `...N` gaps.
// A text is cut once into words (with their offsets, clause and sentence); patterns are matched on the words,
// so match offsets are exact and matching stays linear in the text for the gaps rules use.
import {foldWord, isInvisible} from './normalize.ts'
import type {Language} from './language.ts'
import type {Pattern, PatternElement} from './types.ts'

/** Words a gap `...` may skip when no number is given. */
export const DEFAULT_GAP = 15

/** Number words `#` matches besides digits (the Social Security Law writes "ninety days"). */
const numberWords = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'several', 'few'
])

/** A pattern that does not compile, with the 0-based index in the pattern where the problem is. */
export interface PatternError {
  reason: string
  index: number
}

type Token =
  | {type: 'word'; value: string; prefix: boolean; lemma: boolean; index: number}
  | {type: 'number'; index: number; below?: number}
  | {type: 'gap'; words: number; index: number}
  | {type: '|' | '(' | ')' | '[' | ']'; index: number}

/** Named word groups a pattern may use as `@name` (docs/rules.md, "Terms"): the name and its definition. */
export type Terms = ReadonlyMap<string, string>

function tokenize(source: string, terms?: Terms, within?: string): Array<Token> | PatternError {
  const tokens: Array<Token> = []
  const re = /\s+|\.\.\.(\d+)?|[|()[\]]|#<\d+|#|@([\p{L}\p{N}-]+)|(~?[\p{L}\p{N}\p{M}]+)(\*)?|['’-]|(.)/gu
  for (const m of source.matchAll(re)) {
    const index = m.index
    const text = m[0]
    if (/^\s+$/u.test(text) || text === "'" || text === '’' || text === '-') continue // apostrophes and hyphens separate words
    if (m[5] !== undefined) {
      if (m[5] === '&') return {reason: "'&' joins whole parts of a pattern, outside ( ) and [ ] (a &8 b), and a term cannot use it", index}
      return {reason: `'${m[5]}' is not part of the pattern language (words, *, #, |, ( ), [ ], ..., &, @term)`, index}
    }
    if (text.startsWith('...')) tokens.push({type: 'gap', words: m[1] ? Number(m[1]) : DEFAULT_GAP, index})
    else if (text === '#') tokens.push({type: 'number', index})
    else if (text.startsWith('#<')) tokens.push({type: 'number', index, below: Number(text.slice(2))})
    else if (m[2] !== undefined) {
      // A term stands for its definition in parentheses, one group of alternatives at this place; its tokens
      // point at the reference, so a problem in it is reported where it is used.
      const name = m[2].toLowerCase()
      if (within !== undefined) return {reason: `the term "@${within}" uses "@${name}": a term's definition cannot use other terms`, index}
      const definition = terms?.get(name)
      if (definition === undefined) return {reason: `"@${name}" is not a defined term (terms are defined in a file with "terms:", see docs/rules.md)`, index}
      const inner = tokenize(definition, terms, name)
      if ('reason' in inner) return {reason: `in the term "@${name}": ${inner.reason}`, index}
      tokens.push({type: '(', index}, ...inner.map((t) => ({...t, index})), {type: ')', index})
    }
    else if (m[3] !== undefined) {
      const lemma = m[3].startsWith('~')
      if (lemma && m[4] === '*') return {reason: `'${m[0]}': a word's forms (~) and a prefix (*) cannot be combined`, index}
      tokens.push({type: 'word', value: (lemma ? m[3].slice(1) : m[3]).toLowerCase(), prefix: m[4] === '*', lemma, index})
    }
    else tokens.push({type: text as '|' | '(' | ')' | '[' | ']', index})
  }
  return tokens
}

/** The most parts `&` may join: their orders are all tried, so three parts make six patterns. */
const MAX_ORDER_FREE_PARTS = 3

/**
 * Splits a pattern at its top-level `&N` (outside brackets): `a &8 b` is "a and b within 8 words of each other, in
 * either order". Undefined when the pattern has no `&`.
 */
function orderFreeParts(source: string): {parts: Array<{text: string; start: number}>; gap: number} | PatternError | undefined {
  const parts: Array<{text: string; start: number}> = []
  const gaps: Array<number> = []
  let depth = 0
  let start = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '(' || c === '[') depth++
    else if (c === ')' || c === ']') depth--
    else if (c === '&' && depth === 0) {
      const digits = /^\d*/u.exec(source.slice(i + 1))![0]
      parts.push({text: source.slice(start, i), start})
      gaps.push(digits ? Number(digits) : DEFAULT_GAP)
      start = i + 1 + digits.length
      i += digits.length
    }
  }
  if (parts.length === 0) return undefined
  parts.push({text: source.slice(start), start})
  for (const part of parts) {
    if (part.text.trim() === '') return {reason: "'&' must stand between two parts, each with a word (a &8 b)", index: Math.max(0, part.start - 1)}
  }
  if (parts.length > MAX_ORDER_FREE_PARTS) return {reason: `'&' joins at most ${MAX_ORDER_FREE_PARTS} parts`, index: parts[MAX_ORDER_FREE_PARTS]!.start - 1}
  return {parts, gap: Math.max(...gaps)}
}

function orders<T>(items: ReadonlyArray<T>): Array<Array<T>> {
  if (items.length <= 1) return [[...items]]
  return items.flatMap((item, i) => orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]))
}

/**
 * Compiles one pattern of a rule file into the patterns it stands for: itself, or, for parts joined by `&N`
 * (docs/rules.md, "Patterns"), one pattern per order of the parts, each part followed by the next within N words
 * (the largest N when they differ). Each part is compiled once; the orders are its elements joined by a gap.
 * Each keeps the pattern as written as its `source`.
 */
export function compilePatterns(source: string, language?: Language, terms?: Terms): Array<Pattern> | PatternError {
  const split = orderFreeParts(source)
  if (split === undefined) {
    const one = compilePattern(source, language, terms)
    return 'reason' in one ? one : [one]
  }
  if ('reason' in split) return split
  const parts: Array<Pattern> = []
  for (const part of split.parts) {
    const alone = compilePattern(part.text, language, terms)
    if ('reason' in alone) return {reason: alone.reason, index: part.start + alone.index}
    parts.push(alone)
  }
  const gap: PatternElement = {type: 'gap', words: split.gap}
  const withLanguage = parts.find((p) => p.language)?.language
  return orders(parts).map((order) => ({
    source,
    elements: order.flatMap((p, i) => (i === 0 ? p.elements : [gap, ...p.elements])),
    required: order.flatMap((p) => p.required),
    ...(withLanguage ? {language: withLanguage} : {})
  }))
}

/** Parses one word, `#` or bracketed group at `at`. */
function parseOne(tokens: Array<Token>, at: number): {element: PatternElement; at: number} | PatternError {
  const token = tokens[at]
  if (!token) return {reason: 'the pattern ends where a word was expected', index: 0}
  if (token.type === 'word') return {element: {type: 'word', alternatives: [{word: token.value, prefix: token.prefix, ...(token.lemma ? {lemma: true} : {})}], optional: false}, at: at + 1}
  if (token.type === 'number') return {element: {type: 'number', optional: false, ...(token.below === undefined ? {} : {below: token.below})}, at: at + 1}
  if (token.type === '(' || token.type === '[') {
    const close = token.type === '(' ? ')' : ']'
    const alternatives: Array<Array<PatternElement>> = []
    let i = at + 1
    for (;;) {
      const inner = parseSequence(tokens, i, ['|', close])
      if ('reason' in inner) return inner
      const next = tokens[inner.at]
      if (inner.elements.length === 0) return {reason: `empty alternative inside '${token.type}'`, index: next?.index ?? token.index}
      alternatives.push(inner.elements)
      if (!next) return {reason: `'${token.type}' is never closed with '${close}'`, index: token.index}
      if (next.type !== '|' && next.type !== close) return {reason: `'${token.type}' is closed with '${next.type}'`, index: next.index}
      i = inner.at + 1
      if (next.type === close) break
    }
    return {element: {type: 'group', alternatives, optional: token.type === '['}, at: i}
  }
  if (token.type === '|') return {reason: "'|' must stand between two alternatives, e.g. inform|notify", index: token.index}
  if (token.type === 'gap') return {reason: "'...' cannot stand here", index: token.index}
  return {reason: `unexpected '${token.type}'`, index: token.index}
}

/**
 * Parses a sequence until one of `closers`. Outside brackets `a|b|(c d)` offers alternatives for one place;
 * inside brackets `|` separates whole phrases: `(prior to|in advance of)`.
 */
function parseSequence(tokens: Array<Token>, at: number, closers: ReadonlyArray<string>): {elements: Array<PatternElement>; at: number} | PatternError {
  const elements: Array<PatternElement> = []
  const inBrackets = closers.includes('|')
  let i = at
  while (i < tokens.length) {
    const token = tokens[i]!
    if (closers.includes(token.type)) break
    if (token.type === 'gap') {
      elements.push({type: 'gap', words: token.words})
      i++
      continue
    }
    const first = parseOne(tokens, i)
    if ('reason' in first) return first
    i = first.at
    const slot: Array<PatternElement> = [first.element]
    while (!inBrackets && tokens[i]?.type === '|') {
      const next = parseOne(tokens, i + 1)
      if ('reason' in next) return {reason: "'|' must be followed by a word or a ( ) group", index: tokens[i]!.index}
      if (next.element.type === 'group' && next.element.optional) return {reason: "an optional [ ] part cannot be an alternative", index: tokens[i + 1]!.index}
      slot.push(next.element)
      i = next.at
    }
    if (slot.length === 1) elements.push(first.element)
    else if (slot.every((e) => e.type === 'word')) {
      elements.push({type: 'word', alternatives: slot.flatMap((e) => (e.type === 'word' ? e.alternatives : [])), optional: false})
    } else {
      elements.push({type: 'group', alternatives: slot.map((e) => [e]), optional: false})
    }
  }
  return {elements, at: i}
}

/** The words of which at least one must occur: top-level, non-optional word elements. */
function requiredWords(elements: ReadonlyArray<PatternElement>): Array<Array<string>> {
  return elements
    .filter((e): e is Extract<PatternElement, {type: 'word'}> => e.type === 'word' && !e.optional)
    .map((e) => e.alternatives.map((a) => (a.lemma ? '~' : '') + a.word + (a.prefix ? '*' : '')))
}

/**
 * Compiles one pattern of a rule file. A pattern with a word's forms (`~notify`) needs the language library,
 * which gives the forms; one with `@name` needs the terms, which define the name.
 */
export function compilePattern(source: string, language?: Language, terms?: Terms): Pattern | PatternError {
  const tokens = tokenize(source, terms)
  if ('reason' in tokens) return tokens
  const lemma = tokens.find((t) => t.type === 'word' && t.lemma)
  if (lemma && !language) return {reason: `'~' (every form of a word) needs the language library, which was not loaded (loadRules(sources, {language: await loadLanguage()}))`, index: lemma.index}
  if (tokens.length === 0) return {reason: 'the pattern is empty', index: 0}
  const parsed = parseSequence(tokens, 0, [])
  if ('reason' in parsed) return parsed
  const stray = tokens[parsed.at]
  if (stray) return {reason: `unexpected '${stray.type}'`, index: stray.index}
  const elements = parsed.elements
  if (elements.every((e) => e.type === 'gap' || e.optional)) return {reason: 'the pattern has no word that must occur', index: 0}
  if (elements[0]?.type === 'gap') return {reason: "a pattern cannot start with '...'", index: 0}
  if (elements.at(-1)?.type === 'gap') return {reason: "a pattern cannot end with '...'", index: source.lastIndexOf('...')}
  return {source, elements, required: requiredWords(elements), ...(lemma && language ? {language} : {})}
}

// ---------------------------------------------------------------------------------------------------------------
// Texts as words

/** One word of a text. */
export interface Word {
  /** Lower case. */
  value: string
  /** The word's number in the vocabulary of every text seen, so that answers about it are cached by number. */
  id: number
  /** Offsets in the text (end exclusive). */
  start: number
  end: number
  /** Digits (`90`, `1,500,000`, `08:00`) or a number word. */
  number: boolean
  /** Words of one clause are not separated by `;`, `. `, `!`, `?` or a line break: matches stay inside one. */
  clause: number
  /** Sentences end at `. `, `!`, `?` and line breaks, not at `;`: neutralisers are looked for in the sentence. */
  sentence: number
}

/** A text cut into words once, for every pattern of every rule. */
export interface WordText {
  text: string
  words: Array<Word>
  /** The distinct words, by vocabulary id, for the pre-filter. */
  distinct: Array<number>
  /** A number unique to this text, for the pre-filter's marks. */
  serial: number
}

let serials = 0

const wordCharRe = /[\p{L}\p{N}\p{M}]/u

/** Whether the code point at `i` is part of a word (letters, digits, combining marks); ASCII without a regex. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0
  const cp = text.codePointAt(i)!
  const length = cp > 0xffff ? 2 : 1
  return wordCharRe.test(text.slice(i, i + length)) ? length : 0
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c >= 48 && c <= 57
}

function isSpaceOrEnd(text: string, i: number): boolean {
  if (i >= text.length) return true
  const c = text.charCodeAt(i)
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || (c > 127 && /\s/u.test(text[i]!))
}

/** Every distinct word seen, numbered: a corpus has a few thousand. */
const vocabulary = new Map<string, number>()
const vocabularyWords: Array<string> = []

function wordId(value: string): number {
  let id = vocabulary.get(value)
  if (id === undefined) {
    id = vocabularyWords.length
    vocabulary.set(value, id)
    vocabularyWords.push(value)
  }
  return id
}

/**
 * Sets `list[id]`, filling the places before it: the arrays kept by word id are met in any order of ids, and an
 * array written past its end becomes a slow dictionary rather than a list.
 */
function setDense<T>(list: Array<T | undefined>, id: number, value: T): void {
  while (list.length < id) list.push(undefined)
  list[id] = value
}

/** `seen[id] === serial` while cutting the text numbered `serial`: its distinct words without a Set. */
const seen: Array<number | undefined> = []

/** ASCII characters by what they are to the cutter: 1 a letter or digit, 2 a digit too, 0 neither. */
const asciiClass = new Uint8Array(128)
for (let c = 0; c < 128; c++) asciiClass[c] = c >= 48 && c <= 57 ? 2 : (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0

/**
 * The ids of ASCII words by a hash of their lower-case letters (open addressing, ids + 1, 0 empty): a word of an
 * ASCII text is found without cutting it out of the text and hashing it as a string.
 */
let asciiIds = new Int32Array(1 << 12)
let asciiHashes = new Int32Array(1 << 12)
let asciiCount = 0
/** By word id: 1 when the word is a number (digits first, or a number word), 2 when not, 0 not yet known. */
const numberById: Array<number | undefined> = []

function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c
}

/**
 * Where the amount starts in a currency's letters glued to it ("K100", "Rs500", "Tk1,000"): the index of its first
 * digit, or -1. One to three ASCII letters then ASCII digits only, so that a rule reads "K100" as "k" and "100",
 * as it reads "K 100"; words such as "H2S" or "COVID19" are left whole.
 */
export function amountStart(text: string, start: number, end: number): number {
  let d = start
  while (d < end && d - start < 4) {
    const c = text.charCodeAt(d)
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break
    d++
  }
  if (d === start || d - start > 3 || d === end) return -1
  for (let k = d; k < end; k++) if (!isDigit(text, k)) return -1
  return d
}

/** The id of the ASCII word text[start, end), whose lower-case hash is `hash`. */
function asciiWordId(text: string, start: number, end: number, hash: number): number {
  let mask = asciiIds.length - 1
  let slot = hash & mask
  for (;;) {
    const stored = asciiIds[slot]!
    if (stored === 0) break
    if (asciiHashes[slot] === hash) {
      const known = vocabularyWords[stored - 1]!
      if (known.length === end - start) {
        let same = true
        for (let k = 0; k < known.length; k++) {
          if (known.charCodeAt(k) !== lowerCode(text.charCodeAt(start + k))) {
            same = false
            break
          }
        }
        if (same) return stored - 1
      }
    }
    slot = (slot + 1) & mask
  }
  const id = wordId(text.slice(start, end).toLowerCase())
  if (++asciiCount * 2 > asciiIds.length) {
    // Twice the room, every word placed again by its hash.
    const ids = asciiIds
    const hashes = asciiHashes
    asciiIds = new Int32Array(ids.length * 2)
    asciiHashes = new Int32Array(ids.length * 2)
    mask = asciiIds.length - 1
    for (let k = 0; k < ids.length; k++) {
      if (ids[k] === 0) continue
      let at = hashes[k]! & mask
      while (asciiIds[at] !== 0) at = (at + 1) & mask
      asciiIds[at] = ids[k]!
      asciiHashes[at] = hashes[k]!
    }
    slot = hash & mask
    while (asciiIds[slot] !== 0) slot = (slot + 1) & mask
  }
  asciiIds[slot] = id + 1
  asciiHashes[slot] = hash
  return id
}

/**
 * `wordsOf` for a text of ASCII characters only, which most provisions are: the same words, clauses and
 * sentences, each character looked at once and each word found by its hash. Undefined when the text has a
 * character outside ASCII (the general cutter reads it).
 */
function asciiWordsOf(text: string, serial: number): WordText | undefined {
  const words: Array<Word> = []
  const distinct: Array<number> = []
  let clause = 0
  let sentence = 0
  let i = 0
  const n = text.length
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c > 127) return undefined
    if (asciiClass[c] === 0) {
      const ends = breakAt(text, i, c)
      if (ends > 0) clause++
      if (ends === 2) sentence++
      i++
      continue
    }
    let start = i
    let allDigits = true
    let hash = 0
    while (i < n) {
      const d = text.charCodeAt(i)
      if (d > 127) return undefined
      const kind = asciiClass[d]!
      if (kind === 0) break
      if (kind !== 2) allDigits = false
      hash = (Math.imul(hash, 31) + lowerCode(d)) | 0
      i++
    }
    // "K100": the currency's letters are a word of their own, the amount another.
    if (!allDigits && asciiClass[text.charCodeAt(i - 1)] === 2) {
      const amount = amountStart(text, start, i)
      if (amount > 0) {
        let letters = 0
        for (let k = start; k < amount; k++) letters = (Math.imul(letters, 31) + lowerCode(text.charCodeAt(k))) | 0
        const lettersId = asciiWordId(text, start, amount, letters)
        if (seen[lettersId] !== serial) {
          setDense(seen, lettersId, serial)
          distinct.push(lettersId)
        }
        const lettersValue = vocabularyWords[lettersId]!
        let lettersNumber = numberById[lettersId]
        if (lettersNumber === undefined) setDense(numberById, lettersId, (lettersNumber = numberWords.has(lettersValue) ? 1 : 2))
        words.push({value: lettersValue, id: lettersId, start, end: amount, number: lettersNumber === 1, clause, sentence})
        start = amount
        allDigits = true
        hash = 0
        for (let k = amount; k < i; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0
      }
    }
    // 1,500,000 and 08:00 are one number.
    while (allDigits && i + 1 < n && (text.charCodeAt(i) === 44 || text.charCodeAt(i) === 46 || text.charCodeAt(i) === 58) && asciiClass[text.charCodeAt(i + 1)] === 2) {
      let j = i + 1
      while (j < n && asciiClass[text.charCodeAt(j)] === 2) j++
      if (j < n) {
        const e = text.charCodeAt(j)
        if (e > 127) return undefined
        if (asciiClass[e] !== 0) break
      }
      for (let k = i; k < j; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0
      i = j
    }
    const id = asciiWordId(text, start, i, hash)
    if (seen[id] !== serial) {
      setDense(seen, id, serial)
      distinct.push(id)
    }
    const value = vocabularyWords[id]!
    let number = numberById[id]
    if (number === undefined) setDense(numberById, id, (number = asciiClass[text.charCodeAt(start)] === 2 || numberWords.has(value) ? 1 : 2))
    words.push({value, id, start, end: i, number: number === 1, clause, sentence})
  }
  return {text, words, distinct, serial}
}

/**
 * Whether a lower-case letter follows the spaces at `i` on the same line: the period before them closes an
 * abbreviation ("8 a.m. to 6 p.m.", "e.g. the employer", "art. 12 and para. b"), not a sentence, since a
 * sentence of a law starts with a capital.
 */
function lowerAfterSpace(text: string, i: number): boolean {
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++
  const c = text.charCodeAt(i)
  return c >= 97 && c <= 122
}

/**
 * What the character `c` at `i` ends, in both word cutters: 2 a sentence (and its clause), 1 a clause, 0 nothing.
 * A full stop before a lower-case word ("8 a.m. to 6 p.m.") ends nothing.
 */
function breakAt(text: string, i: number, c: number): 0 | 1 | 2 {
  if (c === 59 /* ; */) return 1
  if (c === 10 /* \n */) return 2
  if ((c === 46 || c === 33 || c === 63) /* . ! ? */ && isSpaceOrEnd(text, i + 1) && !(c === 46 && lowerAfterSpace(text, i + 1))) return 2
  return 0
}

/** Cuts a text into words, clauses and sentences (one pass, no regular expression on ASCII text). */
export function wordsOf(text: string): WordText {
  return asciiWordsOf(text, ++serials) ?? anyWordsOf(text)
}

/** `wordsOf` for any text (exported for the tests that hold the ASCII cutter to it). */
export function anyWordsOf(text: string): WordText {
  const words: Array<Word> = []
  const distinct: Array<number> = []
  const serial = ++serials
  // Lower-casing the whole text at once is faster; it keeps offsets only if no character changes length.
  const lowered = text.toLowerCase()
  const sameLength = lowered.length === text.length
  let clause = 0
  let sentence = 0
  let i = 0
  const n = text.length
  while (i < n) {
    const length = wordCharLength(text, i)
    if (length === 0) {
      const ends = breakAt(text, i, text.charCodeAt(i))
      if (ends > 0) clause++
      if (ends === 2) sentence++
      i++
      continue
    }
    let start = i
    let allDigits = true
    let ascii = true
    while (i < n) {
      let l = wordCharLength(text, i)
      if (l === 0) {
        // An invisible character (soft hyphen, zero-width space) inside a word does not end it.
        if (!isInvisible(text, i)) break
        let j = i + 1
        while (j < n && isInvisible(text, j)) j++
        if (j >= n || wordCharLength(text, j) === 0) break
        l = j - i
        allDigits = false
      }
      if (text.charCodeAt(i) > 127) ascii = false
      if (allDigits && !isDigit(text, i)) allDigits = false
      i += l
    }
    // "K100": the currency's letters are a word of their own, the amount another (as the ASCII cutter reads it).
    const amount = !allDigits && ascii ? amountStart(text, start, i) : -1
    if (amount > 0) {
      const letters = sameLength ? lowered.slice(start, amount) : text.slice(start, amount).toLowerCase()
      const lettersId = wordId(letters)
      if (seen[lettersId] !== serial) {
        setDense(seen, lettersId, serial)
        distinct.push(lettersId)
      }
      words.push({value: letters, id: lettersId, start, end: amount, number: numberWords.has(letters), clause, sentence})
      start = amount
      allDigits = true
    }
    // 1,500,000 and 08:00 are one number.
    while (allDigits && i + 1 < n && (text[i] === ',' || text[i] === '.' || text[i] === ':') && isDigit(text, i + 1)) {
      let j = i + 1
      while (j < n && isDigit(text, j)) j++
      if (j < n && wordCharLength(text, j) > 0) break
      i = j
    }
    // Non-ASCII words are read through NFKC, without invisible characters, look-alike letters folded.
    const value = ascii ? (sameLength ? lowered.slice(start, i) : text.slice(start, i).toLowerCase()) : foldWord(text.slice(start, i))
    const id = wordId(value)
    if (seen[id] !== serial) {
      setDense(seen, id, serial)
      distinct.push(id)
    }
    words.push({value, id, start, end: i, number: (ascii ? isDigit(text, start) : /^\d/u.test(value)) || numberWords.has(value), clause, sentence})
  }
  return {text, words, distinct, serial}
}

// ---------------------------------------------------------------------------------------------------------------
// Matching

/** The alternatives of one word place, with the answer for every word already seen (vocabularies are small). */
class Atom {
  /** By word id: 1 matches, 2 does not, 0 not yet asked (a typed array: ids come in any order, and a sparse array would be a slow dictionary). */
  private answers = new Uint8Array(64)
  /** Position in `allAtoms`. */
  readonly index: number
  /** The first letters of the atom's words, when none asks the language library (whose forms may not share it: go, went). */
  readonly firsts: ReadonlySet<number> | undefined
  constructor(readonly alternatives: ReadonlyArray<{word: string; prefix: boolean; lemma?: boolean | undefined}>, private readonly language?: Language) {
    this.index = allAtoms.length
    allAtoms.push(this)
    this.firsts = alternatives.some((a) => a.lemma || a.word.length === 0) ? undefined : new Set(alternatives.map((a) => a.word.charCodeAt(0)))
    byFirstLetter(atomsByFirst, this, this.firsts)
  }

  /** Whether a word is one of the forms of `lemma` (`~notify`): their base forms meet. */
  private isFormOf(word: string, lemma: string): boolean {
    if (!this.language) return word === lemma
    const own = this.language.lemmas(lemma)
    return this.language.lemmas(word).some((l) => own.includes(l))
  }

  /** Whether the atom asks the language library. */
  get lemma(): boolean {
    return this.alternatives.some((a) => a.lemma)
  }

  test(id: number): boolean {
    if (id < this.answers.length) {
      const answer = this.answers[id]!
      if (answer !== 0) return answer === 1
    } else {
      const grown = new Uint8Array(Math.max(id + 1, this.answers.length * 2))
      grown.set(this.answers)
      this.answers = grown
    }
    const word = vocabularyWords[id]!
    const yes = this.alternatives.some((a) => (a.lemma ? this.isFormOf(word, a.word) : a.prefix ? word.startsWith(a.word) : word === a.word))
    this.answers[id] = yes ? 1 : 2
    return yes
  }
}

type Step =
  | {type: 'word'; atom: Atom; optional: boolean}
  | {type: 'number'; optional: boolean; below: number}
  | {type: 'group'; alternatives: Array<Array<Step>>; optional: boolean}
  | {type: 'gap'; words: number; optional: false}

/** What can stand first in a match: word places, and whether a number can. */
interface Starts {
  atoms: Array<Atom>
  number: boolean
}

interface Compiled {
  steps: Array<Step>
  starts: Starts
  /** Sets of word places, one of each of which must occur in a text the pattern matches. */
  required: Array<Array<Atom>>
}

const atoms = new Map<string, Atom>()
const allAtoms: Array<Atom> = []

/**
 * Things keyed on atoms, by the first letter of their words, so that a new word is asked only of the atoms whose
 * words start as it does (and of those that ask the language library, under key -1): each new word of a text is
 * asked of the atoms once, and there are thousands.
 */
type ByFirstLetter<T> = Map<number, Array<T>>
function byFirstLetter<T>(map: ByFirstLetter<T>, item: T, firsts: ReadonlySet<number> | undefined): void {
  for (const key of firsts ?? [-1]) {
    const list = map.get(key)
    if (list) list.push(item)
    else map.set(key, [item])
  }
}
const noItems: ReadonlyArray<never> = []
function* forWord<T>(map: ByFirstLetter<T>, word: string): Generator<T> {
  yield* map.get(word.charCodeAt(0)) ?? noItems
  yield* map.get(-1) ?? noItems
}
const atomsByFirst: ByFirstLetter<Atom> = new Map()
/** By word id: the indexes of the atoms the word satisfies, and how many atoms there were when that was worked out. */
const acceptedBy: Array<{atoms: Array<number>; of: number} | undefined> = []
/** The atoms one text's words satisfy (`present[atom.index] === serial`), for the atoms there were when it was marked. */
interface Marks {
  serial: number
  atoms: number
  present: Int32Array
}

/**
 * The marks of the last few texts: the check goes back and forth between a provision, the text introducing it and
 * its headings (for the rules' contexts), and each must not undo the others' marks.
 */
const ring: Array<Marks> = []
let ringNext = 0
const RING = 8

/** Marks the atoms a text's words satisfy, so `mayMatch` answers in one look per required place. */
function marksOf(text: WordText): Marks {
  for (const m of ring) if (m.serial === text.serial && m.atoms === allAtoms.length) return m
  let slot: Marks
  if (ring.length < RING) ring.push((slot = {serial: 0, atoms: 0, present: new Int32Array(0)}))
  else slot = ring[ringNext++ % RING]!
  if (slot.present.length < allAtoms.length) slot.present = new Int32Array(allAtoms.length * 2)
  // Atoms are made as patterns are first used: a text is marked again when there are new ones.
  const serial = text.serial
  for (const id of text.distinct) {
    let entry = acceptedBy[id]
    if (entry === undefined) setDense(acceptedBy, id, (entry = {atoms: [], of: 0}))
    if (entry.of !== allAtoms.length) {
      // Only the atoms made since the word was last asked (the patterns of contexts and neutralisers are compiled
      // as they are first used, during the first check): each list holds its atoms in the order they were made.
      const word = vocabularyWords[id]!
      for (const list of [atomsByFirst.get(word.charCodeAt(0)), atomsByFirst.get(-1)]) {
        if (list === undefined) continue
        let k = list.length
        while (k > 0 && list[k - 1]!.index >= entry.of) k--
        for (; k < list.length; k++) if (list[k]!.test(id)) entry.atoms.push(list[k]!.index)
      }
      entry.of = allAtoms.length
    }
    for (const a of entry.atoms) slot.present[a] = serial
  }
  slot.serial = serial
  slot.atoms = allAtoms.length
  return slot
}
const compiled = new WeakMap<Pattern, Compiled>()

function atomOf(alternatives: ReadonlyArray<{word: string; prefix: boolean; lemma?: boolean | undefined}>, language: Language | undefined): Atom {
  const key = alternatives.map((a) => (a.lemma ? '~' : '') + a.word + (a.prefix ? '*' : '')).join('|')
  let atom = atoms.get(key)
  if (!atom) atoms.set(key, (atom = new Atom(alternatives, alternatives.some((a) => a.lemma) ? language : undefined)))
  return atom
}

function stepsOf(elements: ReadonlyArray<PatternElement>, language: Language | undefined): Array<Step> {
  return elements.map((e): Step => {
    if (e.type === 'word') return {type: 'word', atom: atomOf(e.alternatives, language), optional: e.optional}
    if (e.type === 'number') return {type: 'number', optional: e.optional, below: e.below ?? Infinity}
    if (e.type === 'gap') return {type: 'gap', words: e.words, optional: false}
    return {type: 'group', alternatives: e.alternatives.map((a) => stepsOf(a, language)), optional: e.optional}
  })
}

/** The places a match can start with; `complete` is false when every step may be left out. */
function startsOf(steps: ReadonlyArray<Step>, into: Starts): boolean {
  for (const step of steps) {
    if (step.type === 'gap') continue
    if (step.type === 'word') into.atoms.push(step.atom)
    else if (step.type === 'number') into.number = true
    else {
      let complete = true
      for (const alternative of step.alternatives) if (!startsOf(alternative, into)) complete = false
      if (complete && !step.optional) return true
      continue
    }
    if (!step.optional) return true
  }
  return false
}

/** The word places one of which every match of `steps` starts with; undefined when a match may start otherwise. */
function firstAtoms(steps: ReadonlyArray<Step>): Array<Atom> | undefined {
  const first = steps[0]
  if (!first || first.optional) return undefined
  if (first.type === 'word') return [first.atom]
  if (first.type !== 'group') return undefined
  const atoms: Array<Atom> = []
  for (const alternative of first.alternatives) {
    const own = firstAtoms(alternative)
    if (!own) return undefined
    for (const atom of own) if (!atoms.includes(atom)) atoms.push(atom)
  }
  return atoms
}

function compiledOf(pattern: Pattern): Compiled {
  let c = compiled.get(pattern)
  if (!c) {
    const steps = stepsOf(pattern.elements, pattern.language)
    const starts: Starts = {atoms: [], number: false}
    startsOf(steps, starts)
    const required: Array<Array<Atom>> = []
    for (const step of steps) {
      if (step.optional) continue
      if (step.type === 'word') required.push([step.atom])
      else if (step.type === 'group') {
        // A group requires one of its alternatives' first words, when each starts with a word that must occur
        // (or with a group of such words: `immediately|(at once)|(without delay)` needs immediately, at or without).
        const firsts = firstAtoms([step])
        if (firsts) required.push(firsts)
      }
    }
    compiled.set(pattern, (c = {steps, starts, required}))
  }
  return c
}

/** Whether a match of the pattern may start at this word. */
export function mayStartAt(pattern: Pattern, word: Word): boolean {
  const {starts} = compiledOf(pattern)
  if (starts.number && word.number) return true
  for (const atom of starts.atoms) if (atom.test(word.id)) return true
  return false
}

/** False when the text certainly cannot match: some word the pattern requires is not in it. */
export function mayMatch(pattern: Pattern, text: WordText): boolean {
  return requiredPresent(compiledOf(pattern).required, text)
}

function requiredPresent(required: ReadonlyArray<ReadonlyArray<Atom>>, text: WordText): boolean {
  if (required.length === 0) return true
  const {present, serial} = marksOf(text)
  for (const atoms of required) {
    let found = false
    for (const atom of atoms) {
      if (present[atom.index] === serial) {
        found = true
        break
      }
    }
    if (!found) return false
  }
  return true
}

/** What to match once a group's alternative is done: the rest of the enclosing sequence. */
interface Frame {
  steps: ReadonlyArray<Step>
  k: number
  up: Frame | null
}

const unitValues: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
}

/** Words that join number words into one number after a scale word: "one hundred and twenty". */
const scaleWords = new Set(['hundred', 'thousand', 'million'])

/**
 * The end of a number starting at word `at`. Number words run on ("twenty-four", "one hundred", "one hundred and
 * twenty"), and a number written in words and repeated in digits, as laws often write it ("ten (10) days", "10 (ten)
 * days"), is one number.
 */
function numberEnd(words: ReadonlyArray<Word>, at: number): number {
  const first = words[at]!
  const inClause = (n: number) => n < words.length && words[n]!.clause === first.clause
  const isWord = (n: number) => inClause(n) && numberWords.has(words[n]!.value)
  const isDigits = (n: number) => inClause(n) && words[n]!.number && !numberWords.has(words[n]!.value)
  let end = at + 1
  if (numberWords.has(first.value)) {
    for (;;) {
      if (isWord(end)) end++
      else if (words[end]?.value === 'and' && scaleWords.has(words[end - 1]!.value) && isWord(end + 1)) end += 2
      else break
    }
    if (isDigits(end)) end++
  } else if (isWord(end)) {
    end++
    while (isWord(end)) end++
  }
  return end
}

/**
 * The value of the number in words [at, end): digits (`400`, `1,500,000`, `1.500.000`) or number words ("four
 * hundred", "twenty-five thousand"). NaN for what has no single value ("several", "08:00").
 * Used by `#<N`, so that a rule can tell a fine of four hundred from one of four hundred thousand.
 */
export function numberValue(words: ReadonlyArray<Word>, at: number, end: number): number {
  const first = words[at]!.value
  if (/^\d/u.test(first)) {
    if (/:/u.test(first)) return Number.NaN
    const grouped = /^\d{1,3}([.,]\d{3})+$/u.test(first) ? first.replace(/[.,]/gu, '') : first.replace(/,/gu, '')
    return Number(grouped)
  }
  let total = 0
  let current = 0
  for (let i = at; i < end; i++) {
    const w = words[i]!.value
    const unit = unitValues[w]
    if (w === 'and') continue
    // "ten (10) days": the digits repeat the words.
    if (/^\d/u.test(w)) break
    if (unit !== undefined) current += unit
    else if (w === 'hundred') current = (current || 1) * 100
    else if (w === 'thousand' || w === 'million') {
      total += (current || 1) * (w === 'thousand' ? 1_000 : 1_000_000)
      current = 0
    } else return Number.NaN
  }
  return total + current
}

/** The end (exclusive word index) of the last successful `matchSteps`. */
let lastEnd = -1

/**
 * Matches `steps` from step `k` at word `i` on, all in clause `clause`, with up to `gap` words skipped before it,
 * then the frames above; shortest gaps first, and the first complete match wins (its end in `lastEnd`). Written
 * without closures: this runs for every candidate word of every provision.
 */
function matchSteps(
  words: ReadonlyArray<Word>, steps: ReadonlyArray<Step>, k: number, i: number, clause: number, gap: number, up: Frame | null
): boolean {
  if (k === steps.length) {
    if (up === null) {
      lastEnd = i
      return true
    }
    return matchSteps(words, up.steps, up.k, i, clause, 0, up.up)
  }
  const step = steps[k]!
  if (step.type === 'gap') return matchSteps(words, steps, k + 1, i, clause, step.words, up)
  for (let at = i; at <= i + gap; at++) {
    const word = words[at]
    // Skipped words, like matched ones, must be in the clause.
    if (word === undefined || word.clause !== clause) break
    if (step.type === 'word') {
      if (step.atom.test(word.id) && matchSteps(words, steps, k + 1, at + 1, clause, 0, up)) return true
    } else if (step.type === 'number') {
      if (word.number) {
        const end = numberEnd(words, at)
        if ((step.below === Infinity || numberValue(words, at, end) < step.below) && matchSteps(words, steps, k + 1, end, clause, 0, up)) return true
      }
    } else {
      const frame: Frame = {steps, k: k + 1, up}
      for (const alternative of step.alternatives) if (matchSteps(words, alternative, 0, at, clause, 0, frame)) return true
    }
  }
  // An optional part may be left out: the next step then takes its gap.
  return step.optional && matchSteps(words, steps, k + 1, i, clause, gap, up)
}

/** A match: word indexes, `last` exclusive. */
export interface WordSpan {
  first: number
  last: number
}

/** The match of `pattern` starting exactly at word `i`, if any. */
export function matchAt(text: WordText, pattern: Pattern, i: number): WordSpan | undefined {
  const word = text.words[i]
  if (!word) return undefined
  return matchSteps(text.words, compiledOf(pattern).steps, 0, i, word.clause, 0, null) ? {first: i, last: lastEnd} : undefined
}

/** The first match of `pattern` starting at a word in [from, to). */
export function findPattern(text: WordText, pattern: Pattern, from = 0, to = text.words.length): WordSpan | undefined {
  for (let i = from; i < to; i++) {
    if (!mayStartAt(pattern, text.words[i]!)) continue
    const found = matchAt(text, pattern, i)
    if (found) return found
  }
  return undefined
}

/** The word indexes [from, to) of the sentence word `i` is in. */
export function sentenceOf(text: WordText, i: number): {from: number; to: number} {
  const sentence = text.words[i]!.sentence
  let from = i
  while (from > 0 && text.words[from - 1]!.sentence === sentence) from--
  let to = i + 1
  while (to < text.words.length && text.words[to]!.sentence === sentence) to++
  return {from, to}
}

/**
 * The trigger patterns of a set of rules, indexed by the words they can start with, so that a text is walked once
 * and each pattern is tried only where it can start.
 *
 * Each word of the vocabulary gets, once per index, two bit sets: the patterns it may start, and the required
 * groups (see `Compiled.required`) it satisfies. A text's candidates are then worked out from its distinct words
 * with a few bitwise ORs, and a pattern is kept only when every group it requires is among the text's: no list
 * walked per word occurrence and no marks of every atom, which is what a provision that matches nothing costs.
 */
export class StartIndex {
  /** 32-bit words of a pattern bit set, and of a group bit set. */
  private readonly patternWords: number
  private readonly groupWords: number
  /** The distinct required groups of all patterns (a group is a list of atoms, any one of which must occur). */
  private readonly groups: Array<ReadonlyArray<Atom>> = []
  /** Per pattern, its required groups by number: `requiredGroups[requiredFrom[n] .. requiredFrom[n + 1])`. */
  private readonly requiredFrom: Int32Array
  private readonly requiredGroups: Int32Array
  /** The patterns that can start with a number. */
  private readonly numberBits: Uint32Array
  /** The patterns that require no group (they have no key group, below). */
  private readonly keylessBits: Uint32Array
  /** By word id: the patterns it may start (a bit set). */
  private readonly startsByWord: Array<Uint32Array | undefined> = []
  /**
   * By word id: the patterns it may start, the patterns whose key group (the first of `requiredGroups`) it
   * satisfies, and the groups it satisfies, as one bit set of `2 * patternWords + groupWords` numbers, kept as the
   * pairs (number index, bits) that are not 0: most words start few patterns and satisfy few groups. A text's
   * patterns that may start in it and have their key group in it are then found by one AND; only those few have
   * their other groups looked at.
   */
  private readonly bitsByWord: Array<Int32Array | undefined> = []
  /** The bits of the text being looked at. */
  private readonly textBits: Uint32Array
  /**
   * The atoms of the patterns' starts and groups, each with the patterns it may start and the groups it is in,
   * and per group the patterns it is the key group of: a new word's bits come from the atoms it satisfies.
   */
  private readonly atomsByFirst: ByFirstLetter<{atom: Atom; starts: Array<number>; groups: Array<number>}> = new Map()
  private readonly keyOf: Array<Array<number>> = []

  constructor(readonly patterns: ReadonlyArray<Pattern>) {
    const groupNumber = new Map<string, number>()
    const from: Array<number> = [0]
    const flat: Array<number> = []
    for (const pattern of patterns) {
      const own: Array<number> = []
      for (const group of compiledOf(pattern).required) {
        const key = group.map((a) => a.index).join(',')
        let g = groupNumber.get(key)
        if (g === undefined) {
          groupNumber.set(key, (g = this.groups.length))
          this.groups.push(group)
        }
        own.push(g)
      }
      // The last groups first: a pattern's first word is the one that put it among the candidates.
      flat.push(...own.reverse())
      from.push(flat.length)
    }
    this.requiredFrom = Int32Array.from(from)
    this.requiredGroups = Int32Array.from(flat)
    this.patternWords = (patterns.length + 31) >>> 5
    this.groupWords = (this.groups.length + 31) >>> 5
    this.numberBits = new Uint32Array(this.patternWords)
    this.keylessBits = new Uint32Array(this.patternWords)
    patterns.forEach((p, n) => {
      if (compiledOf(p).starts.number) this.numberBits[n >>> 5]! |= 1 << (n & 31)
      if (this.requiredFrom[n] === this.requiredFrom[n + 1]) this.keylessBits[n >>> 5]! |= 1 << (n & 31)
    })
    this.textBits = new Uint32Array(2 * this.patternWords + this.groupWords)
    const entries = new Map<Atom, {atom: Atom; starts: Array<number>; groups: Array<number>}>()
    const entryOf = (atom: Atom) => {
      let entry = entries.get(atom)
      if (!entry) {
        entries.set(atom, (entry = {atom, starts: [], groups: []}))
        byFirstLetter(this.atomsByFirst, entry, atom.firsts)
      }
      return entry
    }
    patterns.forEach((p, n) => {
      for (const atom of compiledOf(p).starts.atoms) {
        const entry = entryOf(atom)
        if (entry.starts.at(-1) !== n) entry.starts.push(n)
      }
    })
    this.groups.forEach((group, g) => {
      this.keyOf.push([])
      for (const atom of group) {
        const entry = entryOf(atom)
        if (entry.groups.at(-1) !== g) entry.groups.push(g)
      }
    })
    patterns.forEach((_, n) => {
      if (this.requiredFrom[n] !== this.requiredFrom[n + 1]) this.keyOf[this.requiredGroups[this.requiredFrom[n]!]!]!.push(n)
    })
  }

  /** The patterns a word of the vocabulary may start, worked out the first time the index meets it. */
  private startsOf(id: number): Uint32Array {
    const bits = this.startsByWord[id]
    if (bits !== undefined) return bits
    this.bitsOf(id)
    return this.startsByWord[id]!
  }

  /** The pattern, key and group bits of a word of the vocabulary, as (index, bits) pairs. */
  private bitsOf(id: number): Int32Array {
    let pairs = this.bitsByWord[id]
    if (pairs === undefined) {
      const P = this.patternWords
      const bits = new Uint32Array(2 * P + this.groupWords)
      for (const {atom, starts, groups} of forWord(this.atomsByFirst, vocabularyWords[id]!)) {
        if (!atom.test(id)) continue
        for (const n of starts) bits[n >>> 5]! |= 1 << (n & 31)
        for (const g of groups) {
          bits[2 * P + (g >>> 5)]! |= 1 << (g & 31)
          for (const n of this.keyOf[g]!) bits[P + (n >>> 5)]! |= 1 << (n & 31)
        }
      }
      setDense(this.startsByWord, id, bits.slice(0, P))
      const list: Array<number> = []
      bits.forEach((b, k) => {
        if (b !== 0) list.push(k, b)
      })
      setDense(this.bitsByWord, id, (pairs = Int32Array.from(list)))
    }
    return pairs
  }

  private screen: RegExp | null | undefined

  /**
   * Whether any pattern of the set may match a text, asked of the raw text before it is cut into words: one
   * regular expression, compiled once, of the words each pattern needs (one of the groups it requires, or the
   * words it can start with), so that a provision without any of them costs one scan. Texts with characters
   * outside ASCII (which the words are folded from) always pass, and so does every text when a pattern needs
   * nothing in particular.
   */
  mayMatchText(text: string): boolean {
    if (this.screen === undefined) this.screen = screenOf(this.patterns)
    if (this.screen === null) return true
    // eslint-disable-next-line no-control-regex
    if (!/^[\x00-\x7f]*$/.test(text)) return true
    this.screen.lastIndex = 0
    return this.screen.test(text)
  }

  /**
   * For each pattern (by its index in the set) that may start somewhere in `text` and whose required words are
   * all in it, the words where it may start, in order. Patterns come in the order their first start is met
   * (at one word: those starting with the word by number, then those starting with a number), which decides
   * between two triggers of one rule matching at the same word.
   */
  candidates(text: WordText): Map<number, Array<number>> {
    const P = this.patternWords
    const all = this.textBits
    all.fill(0)
    for (const id of text.distinct) {
      const pairs = this.bitsOf(id)
      for (let k = 0; k < pairs.length; k += 2) all[pairs[k]!]! |= pairs[k + 1]!
    }
    const words = text.words
    for (const word of words) {
      if (!word.number) continue
      for (let k = 0; k < P; k++) all[k]! |= this.numberBits[k]!
      break
    }
    // The patterns that may start in the text and have every group they require in it, in order.
    let viable: Array<number> | undefined
    const G = 2 * P
    for (let k = 0; k < P; k++) {
      let bits = all[k]! & (all[P + k]! | this.keylessBits[k]!)
      while (bits !== 0) {
        const low = bits & -bits
        bits ^= low
        const n = (k << 5) + 31 - Math.clz32(low)
        let present = true
        // The key group (the first) is in the text: the others are looked at.
        for (let r = this.requiredFrom[n]! + 1, to = this.requiredFrom[n + 1]!; r < to; r++) {
          const g = this.requiredGroups[r]!
          if ((all[G + (g >>> 5)]! & (1 << (g & 31))) === 0) {
            present = false
            break
          }
        }
        if (present) (viable ??= []).push(n)
      }
    }
    if (viable === undefined) return noCandidates
    const out = new Map<number, Array<number>>()
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!
      const bits = this.startsOf(word.id)
      for (const n of viable) if ((bits[n >>> 5]! & (1 << (n & 31))) !== 0) addCandidate(out, n, i)
      if (word.number) for (const n of viable) if ((this.numberBits[n >>> 5]! & (1 << (n & 31))) !== 0) addCandidate(out, n, i)
    }
    return out
  }
}

/**
 * The start index of a list of patterns, shared by every list of the same compiled patterns (a copy of a rule
 * list, the rules of a draft check): what it knows of each word of the vocabulary holds for all of them, as the
 * atoms' answers do.
 */
const startIndexes = new WeakMap<Pattern, Array<StartIndex>>()

export function startIndexOf(patterns: ReadonlyArray<Pattern>): StartIndex {
  const first = patterns[0]
  if (!first) return new StartIndex(patterns)
  let known = startIndexes.get(first)
  if (!known) startIndexes.set(first, (known = []))
  const same = known.find((index) => index.patterns.length === patterns.length && index.patterns.every((p, n) => p === patterns[n]))
  if (same) return same
  const index = new StartIndex(patterns)
  if (known.length >= 8) known.shift()
  known.push(index)
  return index
}

/** No candidates: shared, never written to. */
const noCandidates: Map<number, Array<number>> = new Map()

function addCandidate(out: Map<number, Array<number>>, n: number, i: number): void {
  const list = out.get(n)
  if (list === undefined) out.set(n, [i])
  else if (list[list.length - 1] !== i) list.push(i)
}

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Words nearly every provision has: a group made only of them screens nothing out. */
const commonWords = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'and', 'or', 'not', 'no',
  'be', 'is', 'are', 'was', 'were', 'been', 'has', 'have', 'shall', 'may', 'must', 'will', 'that', 'which', 'who',
  'it', 'its', 'as', 'any', 'all', 'first', 'only', 'such', 'this', 'if', 'where', 'when',
  // modal verbs, pronouns and connectives that most provisions of a law have too
  'can', 'could', 'should', 'would', 'he', 'she', 'they', 'him', 'his', 'her', 'them', 'their', 'then', 'also',
  'before', 'after', 'upon', 'under', 'other', 'each', 'every', 'until', 'unless', 'but', 'nor', 'do', 'does'
])

/** How weak a required group is as a screen: its alternatives that are common words (or short prefixes). */
function commonness(group: ReadonlyArray<Atom>): number {
  let n = 0
  for (const atom of group) for (const a of atom.alternatives) if (a.prefix ? a.word.length < 3 : commonWords.has(a.word)) n++
  return n
}

/**
 * The required group a pattern is screened by: the smallest one with no common word ("of", "without", "may",
 * "he"), since one common alternative lets nearly every provision through; failing that, the one with the fewest
 * common words, then the smallest. Any required group is a sound screen; a rarer one lets fewer provisions through
 * to be cut into words.
 */
function screenKey(required: ReadonlyArray<ReadonlyArray<Atom>>): ReadonlyArray<Atom> | undefined {
  let key: ReadonlyArray<Atom> | undefined
  let fallback: ReadonlyArray<Atom> | undefined
  let fallbackCommon = Infinity
  for (const r of required) {
    if (r.some((a) => a.lemma)) continue
    const common = commonness(r)
    if (common > 0) {
      if (!fallback || common < fallbackCommon || (common === fallbackCommon && r.length < fallback.length)) {
        fallback = r
        fallbackCommon = common
      }
    } else if (!key || r.length < key.length) key = r
  }
  return key ?? fallback
}

/**
 * The end of a screened word: no letter follows. A digit may, since "K100" is the words "k" and "100" (a currency's
 * letters glued to an amount, `amountStart`), and a screen must let through every text a pattern can match.
 */
const WORD_END = '(?![a-z])'

/** The screen of `mayMatchText`; null when some pattern may match any text. */
function screenOf(patterns: ReadonlyArray<Pattern>): RegExp | null {
  const words = new Set<string>()
  let numbers = false
  for (const pattern of patterns) {
    const {required, starts} = compiledOf(pattern)
    // A word's forms (`~give`: gave, given) are not known in advance: such a group cannot be screened for.
    const key = screenKey(required)
    if (key) {
      for (const atom of key) for (const a of atom.alternatives) words.add(escapeWord(a.word) + (a.prefix ? '' : WORD_END))
      continue
    }
    if (starts.atoms.length === 0 && !starts.number) return null
    if (!startsComplete(pattern) || starts.atoms.some((a) => a.lemma)) return null
    numbers ||= starts.number
    for (const atom of starts.atoms) for (const a of atom.alternatives) words.add(escapeWord(a.word) + (a.prefix ? '' : WORD_END))
  }
  if (numbers) for (const w of numberWords) words.add(`${w}(?![a-z0-9])`)
  if (words.size === 0 && !numbers) return null
  // A digit may follow a currency's letters ("K100", two words): it is looked for on its own.
  return new RegExp(`(?<![a-z0-9])(?:${[...words].join('|')})${numbers ? '|[0-9]' : ''}`, 'i')
}

/** Whether every match of the pattern starts with one of its start words or a number (no part before may be left out). */
function startsComplete(pattern: Pattern): boolean {
  return startsOf(compiledOf(pattern).steps, {atoms: [], number: false})
}
