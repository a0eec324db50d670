import {diffArrays} from 'diff'
import {normalizeText} from './normalize.ts'
import {segmentWords} from './segment.ts'

/** What happened to a run of text between the old version (a) and the new one (b). */
export type ChangeKind = 'equal' | 'insert' | 'delete'

/** A run of text that both versions share (`equal`), that only b has (`insert`) or only a has (`delete`). */
export interface WordChange {
  kind: ChangeKind
  text: string
}

/** Options of `diffWords`. */
export interface DiffWordsOptions {
  /** BCP 47 language of both texts, for word segmentation (`lo` splits Lao words by dictionary). Default `en`. */
  language?: string | undefined
  /** Normalise both texts first (`normalizeText`). Default true; turn off only for text already normalised. */
  normalize?: boolean | undefined
  /** Keep line breaks when normalising (for texts of several blocks). Default false. */
  keepLineBreaks?: boolean | undefined
  /**
   * A bound on the diff's work, in token comparisons (default 100,000: a few hundredths of a second). Past it a
   * text rewritten throughout is compared sentence by sentence, then as one replacement: a coarser answer in
   * bounded time rather than a minute's wait.
   */
  maxWork?: number | undefined
}

const HAS_WORD = /[\p{L}\p{N}]/u

/**
 * The word-level difference from `a` to `b`, on normalised text. Joining the `equal` and `delete` runs gives
 * the normalised `a`; joining `equal` and `insert` gives the normalised `b`. Within a changed stretch the
 * deletion comes before the insertion, and the spaces or punctuation between two changed words are folded into
 * the change, so "the quick" → "a slow" reads as one replacement rather than four fragments.
 */
export function diffWords(a: string, b: string, options: DiffWordsOptions = {}): Array<WordChange> {
  const normalize = options.normalize ?? true
  const left = normalize ? normalizeText(a, {keepLineBreaks: options.keepLineBreaks}) : a
  const right = normalize ? normalizeText(b, {keepLineBreaks: options.keepLineBreaks}) : b
  if (left === right) return left === '' ? [] : [{kind: 'equal', text: left}]
  const language = options.language ?? 'en'
  // Only the stretch between the shared beginning and end needs segmenting and diffing. The cuts are made where
  // a space meets a non-space, which is a word boundary in every script, so the words come out the same.
  const [head, tail] = sharedEnds(left, right)
  const x = segmentWords(left.slice(head, left.length - tail), language).map((t) => t.text)
  const y = segmentWords(right.slice(head, right.length - tail), language).map((t) => t.text)

  let start = 0
  while (start < x.length && start < y.length && x[start] === y[start]) start++
  let endX = x.length
  let endY = y.length
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--
    endY--
  }
  const raw: Array<WordChange> = []
  const before = left.slice(0, head) + x.slice(0, start).join('')
  if (before) raw.push({kind: 'equal', text: before})
  for (const change of boundedDiff(x.slice(start, endX), y.slice(start, endY), options.maxWork ?? 100_000)) {
    raw.push(change)
  }
  const after = x.slice(endX).join('') + left.slice(left.length - tail)
  if (after) raw.push({kind: 'equal', text: after})
  return tidyChanges(raw)
}

const SPACE = /\s/

/** The edit distance the work bound allows for `n` tokens against `m` (Myers' diff does about (n + m) × d steps). */
function editBound(n: number, m: number, work: number): number {
  return Math.max(32, Math.floor(work / Math.max(1, n + m)))
}

export function arrayChanges(x: Array<string>, y: Array<string>, work: number): Array<WordChange> | undefined {
  const bound = editBound(x.length, y.length, work)
  // Nothing in common (one side empty, as for a word inserted, or no token shared, as for a word replaced): the
  // only edit is every token of x deleted and every token of y inserted, which diffArrays finds if it is within
  // the bound; the order it gives the two in is undone by tidyChanges, which puts deletions first.
  if (x.length + y.length <= bound && (x.length === 0 || y.length === 0 || shareNone(x, y))) {
    const out: Array<WordChange> = []
    if (x.length) out.push({kind: 'delete', text: x.join('')})
    if (y.length) out.push({kind: 'insert', text: y.join('')})
    return out
  }
  const changes = diffArrays(x, y, {maxEditLength: bound})
  return changes?.map((c) => ({kind: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value.join('')}))
}

/** True when no token of `x` is in `y`; only asked of short stretches (one changed word or a few). */
function shareNone(x: Array<string>, y: Array<string>): boolean {
  if (x.length * y.length > 64) return false
  return x.every((t) => !y.includes(t))
}

/** Token runs that end a sentence or clause: where the coarse diff cuts a text. */
const SENTENCE_END = /[.;:!?\u0EAF\n]$/u

function sentences(tokens: Array<string>): Array<Array<string>> {
  const out: Array<Array<string>> = []
  let current: Array<string> = []
  let length = 0
  for (const t of tokens) {
    current.push(t)
    length += t.length
    if (SENTENCE_END.test(t) || (length > 400 && SPACE.test(t))) {
      out.push(current)
      current = []
      length = 0
    }
  }
  if (current.length > 0) out.push(current)
  return out
}

/**
 * The word diff within the work bound: words when the texts are close enough, else sentences (each changed
 * stretch of sentences compared again by words if it is small), else one replacement.
 */
function boundedDiff(x: Array<string>, y: Array<string>, work: number): Array<WordChange> {
  const words = arrayChanges(x, y, work)
  if (words) return words
  const sx = sentences(x)
  const sy = sentences(y)
  const coarse = diffArrays(sx.map((t) => t.join('')), sy.map((t) => t.join('')), {maxEditLength: editBound(sx.length, sy.length, work)})
  if (!coarse) return [{kind: 'delete', text: x.join('')}, {kind: 'insert', text: y.join('')}]
  const out: Array<WordChange> = []
  let deleted: Array<string> = []
  let inserted: Array<string> = []
  const flush = (): void => {
    if (deleted.length + inserted.length === 0) return
    const small = deleted.length + inserted.length < 4000 ? arrayChanges(deleted, inserted, work / 4) : undefined
    if (small) out.push(...small)
    else {
      if (deleted.length > 0) out.push({kind: 'delete', text: deleted.join('')})
      if (inserted.length > 0) out.push({kind: 'insert', text: inserted.join('')})
    }
    deleted = []
    inserted = []
  }
  let i = 0
  let j = 0
  for (const c of coarse) {
    if (c.removed) for (let k = 0; k < c.count; k++) deleted.push(...sx[i++]!)
    else if (c.added) for (let k = 0; k < c.count; k++) inserted.push(...sy[j++]!)
    else {
      flush()
      out.push({kind: 'equal', text: c.value.join('')})
      i += c.count
      j += c.count
    }
  }
  flush()
  return out
}
// Characters that attach to what precedes them (combining marks, joiners): never cut just before one.
const ATTACHES = /[\p{M}\p{Cf}]/u

/**
 * Lengths of the shared beginning and end of two texts, each ending (or starting) at a word boundary: a cut
 * between a space and a non-space character. Zero when no such cut exists (e.g. Lao text without spaces).
 */
function sharedEnds(a: string, b: string): [number, number] {
  const space = (ch: string | undefined): boolean => ch !== undefined && SPACE.test(ch)
  // A character that starts a word: text, not a space, not something that attaches to the character before.
  const starts = (ch: string | undefined): boolean => ch === undefined || (!SPACE.test(ch) && !ATTACHES.test(ch))
  const limit = Math.min(a.length, b.length)
  let head = 0
  while (head < limit && a.charCodeAt(head) === b.charCodeAt(head)) head++
  // a[0..head) is shared; cut where a shared space is followed, in both texts, by the start of a word.
  while (head > 0 && !(space(a[head - 1]) && starts(a[head]) && starts(b[head]))) head--
  const room = limit - head
  let tail = 0
  while (tail < room && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++
  // The shared end starts with a space after a non-space in both texts, or with a word after a space in both.
  const cut = (n: number): boolean => {
    const first = a[a.length - n]
    const beforeA = a[a.length - n - 1]
    const beforeB = b[b.length - n - 1]
    return space(first) ? !space(beforeA) && !space(beforeB) : starts(first) && (beforeA === undefined || space(beforeA)) && (beforeB === undefined || space(beforeB))
  }
  while (tail > 0 && !cut(tail)) tail--
  return [head, tail]
}

/** Folds word-less equal runs between changes into the change, and orders each changed stretch delete-then-insert. */
function tidyChanges(raw: Array<WordChange>): Array<WordChange> {
  const out: Array<WordChange> = []
  let deleted = ''
  let inserted = ''
  const flush = (): void => {
    if (deleted) out.push({kind: 'delete', text: deleted})
    if (inserted) out.push({kind: 'insert', text: inserted})
    deleted = ''
    inserted = ''
  }
  for (let i = 0; i < raw.length; i++) {
    const change = raw[i]!
    if (change.text === '') continue
    if (change.kind === 'delete') deleted += change.text
    else if (change.kind === 'insert') inserted += change.text
    else {
      const inChange = deleted !== '' || inserted !== ''
      const nextChanges = raw[i + 1] !== undefined && raw[i + 1]!.kind !== 'equal'
      if (inChange && nextChanges && !HAS_WORD.test(change.text)) {
        deleted += change.text
        inserted += change.text
        continue
      }
      flush()
      const last = out.at(-1)
      if (last?.kind === 'equal') last.text += change.text
      else out.push({kind: 'equal', text: change.text})
    }
  }
  flush()
  return out
}

/** The old text (`equal` + `delete` runs) or the new one (`equal` + `insert`) of a word diff. */
export function changedText(changes: ReadonlyArray<WordChange>, side: 'a' | 'b'): string {
  const skip: ChangeKind = side === 'a' ? 'insert' : 'delete'
  return changes.filter((c) => c.kind !== skip).map((c) => c.text).join('')
}

/** The words of a text, case-folded, with how often each occurs: what `similarity` compares. */
export function wordBag(text: string, language = 'en'): Map<string, number> {
  const counts = new Map<string, number>()
  for (const t of segmentWords(normalizeText(text).toLowerCase(), language)) {
    if (t.word) counts.set(t.text, (counts.get(t.text) ?? 0) + 1)
  }
  return counts
}

/** Dice coefficient of two word bags: twice the shared words over all words, 0 to 1 (1 for two empty bags). */
export function bagSimilarity(x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>): number {
  let total = 0
  let shared = 0
  for (const n of x.values()) total += n
  for (const [w, n] of y) {
    total += n
    shared += Math.min(n, x.get(w) ?? 0)
  }
  return total === 0 ? 1 : (2 * shared) / total
}

/** Share of the words two texts have in common (Dice coefficient over word tokens, case-folded): 0 to 1. */
export function similarity(a: string, b: string, language = 'en'): number {
  return bagSimilarity(wordBag(a, language), wordBag(b, language))
}
