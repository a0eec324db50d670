import {diffArrays} from 'diff'
import {inlineToText, provisionText, articleText} from '../../model/index.ts'
import type {Article, Provision} from '../../model/index.ts'
import {bagSimilarity, diffWords, wordBag, type WordChange} from './diff-words.ts'
import {normalizeText} from './normalize.ts'
import {segmentWords} from './segment.ts'

/** An article or one of its paragraphs or items: anything `diffProvisions` compares. */
export type Comparable = Article | Provision

/**
 * How one provision (or article) changed between two versions, with its sub-provisions aligned.
 * - `equal`: same wording throughout (sub-provisions included);
 * - `changed`: present in both, some wording differs (here or below);
 * - `insert`: only in b; `delete`: only in a.
 */
export interface ProvisionDiff {
  kind: 'equal' | 'changed' | 'insert' | 'delete'
  /** The provision in the old version; absent for an insertion. */
  a?: Comparable | undefined
  /** The provision in the new version; absent for a deletion. */
  b?: Comparable | undefined
  /** Word diff of the provision's own text: an item's label and first block, a paragraph, an article's heading. */
  text: Array<WordChange>
  /** Sub-provisions, aligned: items by label and by wording, in reading order. */
  children: Array<ProvisionDiff>
}

/** Options of `diffProvisions`. */
export interface DiffProvisionsOptions {
  /** Language of both texts (the instruments' `language`), for word segmentation. Default `en`. */
  language?: string | undefined
}

/** The text a provision shows on its own line: label and first block of an item, a paragraph, an article heading. */
export function ownText(node: Comparable): string {
  if (node.type === 'article') return node.heading
  if (node.type === 'paragraph') return inlineToText(node.content)
  return [node.label, inlineToText(node.content)].filter(Boolean).join(' ')
}

/** Every word of a provision or article, sub-provisions included. */
export function fullText(node: Comparable): string {
  return node.type === 'article' ? [node.heading, articleText(node)].join('\n') : provisionText(node)
}

/**
 * One comparison's settings, and each node's own text and full text, normalised, made once per comparison (the
 * comparison, the alignment and the word diffs ask for them at every level of nesting).
 */
interface Context {
  language: string
  own: Map<Comparable, string>
  texts: Map<Comparable, string>
}

/** normalizeText(ownText(node)), made once per node. */
function normalizedOwnText(node: Comparable, context: Context): string {
  let text = context.own.get(node)
  if (text === undefined) context.own.set(node, (text = normalizeText(ownText(node))))
  return text
}

/**
 * normalizeText(fullText(node)), made once per node from its own text and its children's full texts. fullText
 * joins those with line breaks, and normalising folds a line break with the spaces around it into one space and
 * changes nothing across it (a line break neither composes nor folds with its neighbours), so the normalised full
 * text is the normalised parts that are not empty, joined by spaces: each character is normalised once, not
 * once per level of nesting. test/compare/diff-provisions.test.ts holds the two equal.
 */
export function normalizedFullText(node: Comparable, context: Context = newContext()): string {
  let text = context.texts.get(node)
  if (text === undefined) {
    text = normalizedOwnText(node, context)
    for (const child of childrenOf(node)) {
      const part = normalizedFullText(child, context)
      if (part !== '') text = text === '' ? part : `${text} ${part}`
    }
    context.texts.set(node, text)
  }
  return text
}

function newContext(language = 'en'): Context {
  return {language, own: new Map(), texts: new Map()}
}

function childrenOf(node: Comparable): Array<Provision> {
  return node.type === 'paragraph' ? [] : node.children
}

/** The last id segment (`item-2`, `para-1`, `art-112`): what a provision is called within its parent. */
function localName(node: Comparable): string {
  return node.id.slice(node.id.lastIndexOf('/') + 1)
}

/**
 * The difference between two provisions or articles (e.g. `ssl-2018/art-112` and its amended version in Annex 1):
 * their own wording word by word, and their sub-provisions aligned and compared in turn. Sub-provisions are
 * paired by label (`item-2` with `item-2`) unless the wording shows that one was renumbered: an item inserted
 * in the middle of a list shows as one insertion, not as every later item changed.
 */
export function diffProvisions(a: Comparable, b: Comparable, options: DiffProvisionsOptions = {}): ProvisionDiff {
  return diffNodes(a, b, newContext(options.language ?? 'en'))
}

function diffNodes(a: Comparable, b: Comparable, context: Context): ProvisionDiff {
  const {language} = context
  if (sameShape(a, b) && normalizedFullText(a, context) === normalizedFullText(b, context)) return equalTree(a, b, context)
  // The own texts are normalised already, as diffWords would.
  const text = diffWords(normalizedOwnText(a, context), normalizedOwnText(b, context), {language, normalize: false})
  const children = alignChildren(childrenOf(a), childrenOf(b), context)
  const changed = text.some((c) => c.kind !== 'equal') || children.some((c) => c.kind !== 'equal')
  return {kind: changed ? 'changed' : 'equal', a, b, text, children}
}

/** A provision only one side has, with its whole subtree marked the same way. */
export function oneSidedTree(node: Comparable, kind: 'insert' | 'delete'): ProvisionDiff {
  const text = ownText(node)
  return {
    kind,
    a: kind === 'delete' ? node : undefined,
    b: kind === 'insert' ? node : undefined,
    text: text ? [{kind, text: normalizeText(text)}] : [],
    children: childrenOf(node).map((c) => oneSidedTree(c, kind))
  }
}

function sameShape(a: Comparable, b: Comparable): boolean {
  const x = childrenOf(a)
  const y = childrenOf(b)
  return x.length === y.length && x.every((c, i) => c.type === y[i]!.type && sameShape(c, y[i]!))
}

function equalTree(a: Comparable, b: Comparable, context: Context): ProvisionDiff {
  const text = normalizedOwnText(b, context)
  const x = childrenOf(a)
  return {
    kind: 'equal',
    a,
    b,
    text: text ? [{kind: 'equal', text}] : [],
    children: childrenOf(b).map((c, i) => equalTree(x[i]!, c, context))
  }
}

/**
 * Pairs the sub-provisions of two versions in order. Provisions whose wording is identical anchor the
 * alignment (as lines do in a text diff); between anchors, a global alignment scores each pair by shared
 * wording plus a bonus for the same label. Two provisions are paired only if they share a label or enough
 * wording (a third of their words); the rest are insertions and deletions.
 */
function alignChildren(x: Array<Provision>, y: Array<Provision>, context: Context): Array<ProvisionDiff> {
  const tx = x.map((p) => normalizedFullText(p, context))
  const ty = y.map((p) => normalizedFullText(p, context))
  const out: Array<ProvisionDiff> = []
  let i = 0
  let j = 0
  let gapX: Array<number> = []
  let gapY: Array<number> = []
  const closeGap = (): void => {
    if (gapX.length || gapY.length) out.push(...alignGap(gapX.map((k) => x[k]!), gapY.map((k) => y[k]!), gapX.map((k) => tx[k]!), gapY.map((k) => ty[k]!), context))
    gapX = []
    gapY = []
  }
  for (const run of uniqueRuns(tx, ty) ?? diffArrays(tx, ty)) {
    if (run.removed) for (let n = 0; n < run.count; n++) gapX.push(i++)
    else if (run.added) for (let n = 0; n < run.count; n++) gapY.push(j++)
    else {
      closeGap()
      for (let n = 0; n < run.count; n++) out.push(diffNodes(x[i++]!, y[j++]!, context))
    }
  }
  closeGap()
  return out
}

/**
 * The runs diffArrays(x, y) would give, worked out without it when only one alignment is possible: every text
 * occurs once on its side, and the texts between the shared beginning and the shared end occur on one side only.
 * Then no text outside the shared ends has a match, and each text of the ends matches only its counterpart, so
 * the longest common subsequence (which diffArrays finds) is the shared ends, with one gap between them.
 * Undefined otherwise. This is the usual case (one changed item among unchanged ones), and diffArrays' general
 * machinery cost more than the rest of comparing the provisions.
 */
export function uniqueRuns(x: Array<string>, y: Array<string>): Array<{count: number; added?: boolean; removed?: boolean}> | undefined {
  let head = 0
  while (head < x.length && head < y.length && x[head] === y[head]) head++
  let tail = 0
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++
  const seenX = new Set(x)
  const seenY = new Set(y)
  if (seenX.size !== x.length || seenY.size !== y.length) return undefined
  for (let k = head; k < y.length - tail; k++) if (seenX.has(y[k]!)) return undefined
  const runs: Array<{count: number; added?: boolean; removed?: boolean}> = []
  if (head) runs.push({count: head})
  if (x.length - head - tail) runs.push({count: x.length - head - tail, removed: true})
  if (y.length - head - tail) runs.push({count: y.length - head - tail, added: true})
  if (tail) runs.push({count: tail})
  return runs
}

/** The global alignment of the provisions between two anchors (usually one changed item against its new wording). */
function alignGap(x: Array<Provision>, y: Array<Provision>, tx: Array<string>, ty: Array<string>, context: Context): Array<ProvisionDiff> {
  const {language} = context
  const n = x.length
  const m = y.length
  // One provision against one with the same label: paired without weighing words.
  if (n === 1 && m === 1 && x[0]!.type === y[0]!.type && localName(x[0]!) === localName(y[0]!)) return [diffNodes(x[0]!, y[0]!, context)]
  // Each provision can pair only with the one in its place (same kind and label there, another kind everywhere
  // else), as a changed paragraph with the changed item after it: every pair scores above zero and no other
  // pairing is possible, so the alignment below would pair them in place. Done without weighing words.
  if (n === m && x.every((p, i) => y.every((q, j) => (p.type === q.type) === (i === j)) && localName(p) === localName(y[i]!))) {
    return x.map((p, i) => diffNodes(p, y[i]!, context))
  }
  const bagsX = new Map<number, Map<string, number>>()
  const bagsY = new Map<number, Map<string, number>>()
  const bag = (cache: Map<number, Map<string, number>>, texts: Array<string>, k: number): Map<string, number> => {
    let found = cache.get(k)
    if (!found) cache.set(k, (found = wordBag(texts[k]!, language)))
    return found
  }
  const score = (i: number, j: number): number => {
    const p = x[i]!
    const q = y[j]!
    if (p.type !== q.type) return -Infinity
    const sameLabel = localName(p) === localName(q)
    const sim = tx[i] === ty[j] ? 1 : bagSimilarity(bag(bagsX, tx, i), bag(bagsY, ty, j))
    if (!sameLabel && sim < 1 / 3) return -Infinity
    return sim + (sameLabel ? 0.3 : 0)
  }
  // best[i][j]: best total score aligning x[i..] with y[j..].
  const best: Array<Float64Array> = Array.from({length: n + 1}, () => new Float64Array(m + 1))
  const pairScore: Array<Float64Array> = Array.from({length: n}, () => new Float64Array(m))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = score(i, j)
      pairScore[i]![j] = s
      best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, s + best[i + 1]![j + 1]!)
    }
  }
  const out: Array<ProvisionDiff> = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && pairScore[i]![j]! > -Infinity && pairScore[i]![j]! + best[i + 1]![j + 1]! === best[i]![j]!) {
      out.push(diffNodes(x[i]!, y[j]!, context))
      i++
      j++
    } else if (i < n && (j === m || best[i + 1]![j]! === best[i]![j]!)) {
      out.push(oneSidedTree(x[i]!, 'delete'))
      i++
    } else {
      out.push(oneSidedTree(y[j]!, 'insert'))
      j++
    }
  }
  return out
}

/** What a provision diff comes to, for a one-line summary above it. */
export interface DiffSummary {
  /** Sub-provisions (paragraphs, items) changed, inserted and deleted, at every depth. */
  changed: number
  inserted: number
  deleted: number
  /** Words only the new version has, and words only the old one has, throughout (own text and sub-provisions). */
  wordsInserted: number
  wordsDeleted: number
}

/**
 * Counts a diff's changes. Two items without sub-items differ only in their words, so the words are counted as
 * well as the sub-provisions: a summary of "0 changed" above two different texts would be false.
 */
export function summarizeDiff(diff: ProvisionDiff, language = 'en'): DiffSummary {
  const summary: DiffSummary = {changed: 0, inserted: 0, deleted: 0, wordsInserted: 0, wordsDeleted: 0}
  const words = (text: string): number => segmentWords(text, language).filter((t) => t.word).length
  const visit = (d: ProvisionDiff): void => {
    for (const c of d.text) {
      if (c.kind === 'insert') summary.wordsInserted += words(c.text)
      else if (c.kind === 'delete') summary.wordsDeleted += words(c.text)
    }
    for (const child of d.children) {
      if (child.kind === 'changed') summary.changed++
      else if (child.kind === 'insert') summary.inserted++
      else if (child.kind === 'delete') summary.deleted++
      visit(child)
    }
  }
  visit(diff)
  return summary
}
