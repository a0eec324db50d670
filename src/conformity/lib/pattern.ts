// The word-pattern language of rule files (docs/rules.md): words, `word*` prefixes, `#` numbers, `a|b`
// alternatives, `(two words|other words)` phrase alternatives, `[optional words]` and `...` / `...N` gaps.
// Patterns compile to one regular expression run on the provision's own text, so match offsets are exact.
import type {Pattern} from './types.ts'

const wordChar = '\\p{L}\\p{N}\\p{M}'
/** Between two adjacent words: anything but a word character or the end of a sentence (`;`, a line break, `. `). */
const SEP = `(?:[^${wordChar};.!?\\n]|[.!?](?!\\s|$))+`
const WORD = `[${wordChar}]+`
const END = `(?![${wordChar}])`
const START = `(?<![${wordChar}])`
/** Words a gap `...` may skip when no number is given. */
export const DEFAULT_GAP = 15

/** Number words `#` matches besides digits (the Social Security Law writes "ninety days"). */
const numberWords = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'forty-five', 'sixty', 'ninety', 'hundred', 'several'
]
const NUMBER = `(?:\\p{N}+(?:[.,:]\\p{N}+)*|${numberWords.map((w) => w.replace('-', '[- ]')).join('|')})`

type Element =
  | {type: 'word'; alternatives: Array<{word: string; prefix: boolean}>; optional: boolean}
  | {type: 'number'; optional: boolean}
  | {type: 'group'; alternatives: Array<Array<Element>>; optional: boolean}
  | {type: 'gap'; words: number}

/** A pattern that does not compile, with the 0-based index in the pattern where the problem is. */
export interface PatternError {
  reason: string
  index: number
}

type Token =
  | {type: 'word'; value: string; prefix: boolean; index: number}
  | {type: 'number'; index: number}
  | {type: 'gap'; words: number; index: number}
  | {type: '|' | '(' | ')' | '[' | ']'; index: number}

function tokenize(source: string): Array<Token> | PatternError {
  const tokens: Array<Token> = []
  const re = /\s+|\.\.\.(\d+)?|[|()[\]]|#|([\p{L}\p{N}\p{M}]+)(\*)?|['’-]|(.)/gu
  for (const m of source.matchAll(re)) {
    const index = m.index
    const text = m[0]
    if (/^\s+$/u.test(text) || text === "'" || text === '’' || text === '-') continue // apostrophes and hyphens separate words
    if (m[4] !== undefined) {
      return {reason: `'${m[4]}' is not part of the pattern language (words, *, #, |, ( ), [ ], ...)`, index}
    }
    if (text.startsWith('...')) tokens.push({type: 'gap', words: m[1] ? Number(m[1]) : DEFAULT_GAP, index})
    else if (text === '#') tokens.push({type: 'number', index})
    else if (m[2] !== undefined) tokens.push({type: 'word', value: m[2].toLowerCase(), prefix: m[3] === '*', index})
    else tokens.push({type: text as '|' | '(' | ')' | '[' | ']', index})
  }
  return tokens
}

/** Parses one word, `#` or bracketed group at `at`. */
function parseOne(tokens: Array<Token>, at: number): {element: Element; at: number} | PatternError {
  const token = tokens[at]
  if (!token) return {reason: 'the pattern ends where a word was expected', index: 0}
  if (token.type === 'word') return {element: {type: 'word', alternatives: [{word: token.value, prefix: token.prefix}], optional: false}, at: at + 1}
  if (token.type === 'number') return {element: {type: 'number', optional: false}, at: at + 1}
  if (token.type === '(' || token.type === '[') {
    const close = token.type === '(' ? ')' : ']'
    const alternatives: Array<Array<Element>> = []
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
function parseSequence(tokens: Array<Token>, at: number, closers: ReadonlyArray<string>): {elements: Array<Element>; at: number} | PatternError {
  const elements: Array<Element> = []
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
    const slot: Array<Element> = [first.element]
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

function escape(word: string): string {
  return word.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}

function compileSequence(elements: ReadonlyArray<Element>): string | PatternError {
  let out = ''
  let join = ''
  let first = true
  let afterOptional = false
  for (let k = 0; k < elements.length; k++) {
    const element = elements[k]!
    if (element.type === 'gap') {
      if (first) return {reason: "a pattern cannot start with '...'", index: 0}
      if (k === elements.length - 1) return {reason: "a pattern cannot end with '...'", index: 0}
      // After an optional part (which carries its own separator) the gap starts with a word.
      join = afterOptional ? `(?:${WORD}${SEP}){0,${element.words}}?` : `(?:${SEP}${WORD}){0,${element.words}}?${SEP}`
      continue
    }
    let body: string
    if (element.type === 'word') {
      body = `(?:${element.alternatives.map((a) => escape(a.word) + (a.prefix ? `[${wordChar}]*` : '')).join('|')})${END}`
    } else if (element.type === 'number') {
      body = `${NUMBER}${END}`
    } else {
      const parts: Array<string> = []
      for (const alternative of element.alternatives) {
        const compiled = compileSequence(alternative)
        if (typeof compiled !== 'string') return compiled
        parts.push(compiled)
      }
      body = `(?:${parts.join('|')})`
    }
    const isLast = elements.slice(k + 1).every((e) => e.type === 'gap')
    if (element.optional) {
      // An optional element carries its own separator after it, so the next element joins as if it were absent.
      out += isLast ? `(?:${join}${body})?` : `${join}(?:${body}${SEP})?`
      join = ''
      afterOptional = true
      if (!isLast) continue
    } else {
      out += join + body
    }
    join = SEP
    first = false
    afterOptional = false
  }
  return out
}

/** The words of which at least one must occur: top-level, non-optional word elements. */
function requiredWords(elements: ReadonlyArray<Element>): Array<Array<string>> {
  return elements
    .filter((e): e is Extract<Element, {type: 'word'}> => e.type === 'word' && !e.optional)
    .map((e) => e.alternatives.map((a) => a.word + (a.prefix ? '*' : '')))
}

/** Compiles one pattern of a rule file. */
export function compilePattern(source: string): Pattern | PatternError {
  const tokens = tokenize(source)
  if ('reason' in tokens) return tokens
  if (tokens.length === 0) return {reason: 'the pattern is empty', index: 0}
  const parsed = parseSequence(tokens, 0, [])
  if ('reason' in parsed) return parsed
  const stray = tokens[parsed.at]
  if (stray) return {reason: `unexpected '${stray.type}'`, index: stray.index}
  if (parsed.elements.every((e) => e.type === 'gap' || ('optional' in e && e.optional))) {
    return {reason: 'the pattern has no word that must occur', index: 0}
  }
  const body = compileSequence(parsed.elements)
  if (typeof body !== 'string') return body
  return {source, regex: new RegExp(START + body, 'giu'), required: requiredWords(parsed.elements)}
}

/** The lower-case words of a text, for the pre-filter. */
export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [])
}

/** False when the text certainly cannot match: some required group has none of its words in it. */
export function mayMatch(pattern: Pattern, words: ReadonlySet<string>): boolean {
  for (const group of pattern.required) {
    let found = false
    for (const word of group) {
      if (word.endsWith('*')) {
        const prefix = word.slice(0, -1)
        for (const w of words) {
          if (w.startsWith(prefix)) {
            found = true
            break
          }
        }
      } else if (words.has(word)) found = true
      if (found) break
    }
    if (!found) return false
  }
  return true
}

/**
 * Start and end (exclusive) of the sentence around `offset`, where neutralisers are looked for: bounded by a line
 * break or `. ` (also `!`, `?`). A `;` does not end it: "…; a refusal to sign shall not affect the report" still
 * qualifies what comes before it.
 */
export function sentenceAround(text: string, offset: number): {start: number; end: number} {
  let start = offset
  while (start > 0) {
    const c = text[start - 1]!
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[start] ?? ' '))) break
    start--
  }
  let end = offset
  while (end < text.length) {
    const c = text[end]!
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s|$/.test(text[end + 1] ?? ''))) break
    end++
  }
  return {start, end}
}
