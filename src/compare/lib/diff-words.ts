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
  const x = segmentWords(left, language).map((t) => t.text)
  const y = segmentWords(right, language).map((t) => t.text)

  // The shared beginning and end need no search; Myers' algorithm then only sees the changed middle.
  let start = 0
  while (start < x.length && start < y.length && x[start] === y[start]) start++
  let endX = x.length
  let endY = y.length
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--
    endY--
  }
  const raw: Array<WordChange> = []
  if (start > 0) raw.push({kind: 'equal', text: x.slice(0, start).join('')})
  for (const change of diffArrays(x.slice(start, endX), y.slice(start, endY))) {
    raw.push({kind: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value.join('')})
  }
  if (endX < x.length) raw.push({kind: 'equal', text: x.slice(endX).join('')})
  return tidyChanges(raw)
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

/** Share of the words two texts have in common (Dice coefficient over word tokens, case-folded): 0 to 1. */
export function similarity(a: string, b: string, language = 'en'): number {
  const words = (text: string): Map<string, number> => {
    const counts = new Map<string, number>()
    for (const t of segmentWords(normalizeText(text).toLowerCase(), language)) {
      if (t.word) counts.set(t.text, (counts.get(t.text) ?? 0) + 1)
    }
    return counts
  }
  const x = words(a)
  const y = words(b)
  let total = 0
  let shared = 0
  for (const n of x.values()) total += n
  for (const [w, n] of y) {
    total += n
    shared += Math.min(n, x.get(w) ?? 0)
  }
  return total === 0 ? 1 : (2 * shared) / total
}
