import {bagSimilarity, diffWords, normalizeText, wordBag} from '../../compare/index.ts'
import {
  articlesOf, citeInArticle, type AmendmentDeclaration, type Article, type DeclaredChange, type Inline, type Instrument, type Provision
} from '../../model/index.ts'
import {baseArticleOf, isNewArticle} from '../../amendment/index.ts'
import type {Redline, RedlineArticle, RedlineBlock, RedlineRun, RunChange, WordingVariant} from './types.ts'

/** Options of `redlineOf`. */
export interface RedlineOptions {
  /**
   * Show words that differ only in capitals ("this law" / "this Law") as unchanged, in the draft's spelling.
   * Default true: the base and the draft are often two unofficial translations, whose capitals differ for no
   * legal reason. The consolidated text always keeps the draft's spelling.
   */
  ignoreCase?: boolean | undefined
}

/** How the differences of one text count: every one as an amendment, only the declared ones, or none. */
interface Reading {
  declaration: AmendmentDeclaration
  /** The draft's declared changes in this text. */
  declared?: ReadonlyArray<DeclaredChange> | undefined
  /** The base's bold and italics are the review's emphasis: not compared, not shown. */
  baseEmphasisIsReview?: boolean | undefined
}

/** Bit flags per character: formatting, and what the draft declares. */
const STRONG = 1
const EMPHASIS = 2
const DECLARED = 4
/** Next to a declared deletion: a deleted run here is declared. */
const STRUCK_NEAR = 8

/** Text with the flags of each character and its offset in the original content. */
interface MarkedText {
  text: string
  marks: Array<number>
  origin: Array<number>
}

function flatten(nodes: ReadonlyArray<Inline>, plain: boolean, marks = 0, out: MarkedText = {text: '', marks: [], origin: []}): MarkedText {
  for (const node of nodes) {
    if (node.type === 'text') {
      const value = node.value.normalize('NFC')
      for (let i = 0; i < value.length; i++) {
        out.marks.push(marks)
        out.origin.push(out.text.length + i)
      }
      out.text += value
    } else {
      flatten(node.children, plain, plain ? marks : marks | (node.type === 'strong' ? STRONG : EMPHASIS), out)
    }
  }
  return out
}

/** The text `flatten` gives, without the flags and origins of each character (what pairing and checks need). */
function flatText(nodes: ReadonlyArray<Inline>): string {
  let text = ''
  for (const node of nodes) text += node.type === 'text' ? node.value.normalize('NFC') : flatText(node.children)
  return text
}

/** Declared inclusions and deletions as flags on the characters of the draft's text. */
function markDeclared(text: MarkedText, declared: ReadonlyArray<DeclaredChange> | undefined): MarkedText {
  if (!declared || declared.length === 0) return text
  for (const d of declared) {
    if (d.kind === 'insert') for (let i = d.start; i < d.end && i < text.marks.length; i++) text.marks[i]! |= DECLARED
    else for (const i of [d.at - 1, d.at]) if (i >= 0 && i < text.marks.length) text.marks[i]! |= STRUCK_NEAR
  }
  return text
}

const droppedCache = new Map<string, boolean>()

/** True for a character normalizeText removes (zero-width space, soft hyphen, …); asked once per character. */
function dropped(c: string): boolean {
  let d = droppedCache.get(c)
  if (d === undefined) {
    d = normalizeText(c) === ''
    droppedCache.set(c, d)
  }
  return d
}

/**
 * `normalizeText` of a marked text, with the flags and origins carried over. normalizeText only drops
 * characters (invisible ones, white space folded or trimmed) or swaps one character for one (quotes, dashes),
 * so walking both strings side by side finds each kept character's flags. A folded run of white space keeps
 * the flags of all its characters.
 */
function normalizeMarked(input: MarkedText): MarkedText {
  const text = normalizeText(input.text)
  // Already normal (most text): every character is kept in place, with its flags and origin.
  if (text === input.text) return input
  const marks: Array<number> = []
  const origin: Array<number> = []
  let i = 0
  for (let j = 0; j < text.length; j++) {
    const c = text[j]!
    if (c === ' ') {
      while (i < input.text.length && !/\s/u.test(input.text[i]!)) i++
      let m = input.marks[i] ?? 0
      origin.push(input.origin[i] ?? input.text.length)
      while (i < input.text.length && /\s/u.test(input.text[i]!)) m |= input.marks[i++]! & (DECLARED | STRUCK_NEAR)
      marks.push(m)
      continue
    }
    while (i < input.text.length && (/\s/u.test(input.text[i]!) || dropped(input.text[i]!))) i++
    marks.push(input.marks[i] ?? 0)
    origin.push(input.origin[i] ?? input.text.length)
    i++
  }
  return {text, marks, origin}
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/u

/** Lower case, character by character, only where that keeps the length (so offsets stay valid). */
function foldCase(text: string): string {
  // ASCII letters fold one for one, and the whole string at once folds as each character alone would.
  if (ASCII.test(text)) return text.toLowerCase()
  let out = ''
  for (const c of text) {
    const lower = c.toLowerCase()
    out += lower.length === c.length ? lower : c
  }
  return out
}

function pushRun(runs: Array<RedlineRun>, change: RunChange, text: string, marks: number, variant: boolean, source?: {start: number; end: number}): void {
  if (text === '') return
  const strong = (marks & STRONG) !== 0
  const emphasis = (marks & EMPHASIS) !== 0
  const isVariant = change !== 'equal' && variant
  const last = runs.at(-1)
  if (last && last.change === change && (last.strong ?? false) === strong && (last.emphasis ?? false) === emphasis && (last.variant ?? false) === isVariant) {
    last.text += text
    if (last.source && source) last.source = {start: last.source.start, end: source.end}
    return
  }
  runs.push({change, text, ...(strong ? {strong} : {}), ...(emphasis ? {emphasis} : {}), ...(isVariant ? {variant: true} : {}), ...(source ? {source} : {})})
}

/**
 * Runs for a stretch of one side, split wherever the formatting changes. `variantOf` tells, from a
 * character's flags, whether its change is a wording variant.
 */
function runsOf(runs: Array<RedlineRun>, change: RunChange, source: MarkedText, start: number, end: number, variantOf: (marks: number) => boolean, withSource = false): void {
  const visible = STRONG | EMPHASIS | DECLARED
  let from = start
  for (let k = start + 1; k <= end; k++) {
    if (k === end || (source.marks[k]! & visible) !== (source.marks[from]! & visible)) {
      const span = withSource ? {start: source.origin[from]!, end: (source.origin[k - 1] ?? source.origin[from]!) + 1} : undefined
      pushRun(runs, change, source.text.slice(from, k), source.marks[from] ?? 0, variantOf(source.marks[from] ?? 0), span)
      from = k
    }
  }
}

/**
 * The word-level difference between two inline texts, as runs that keep each side's bold and italics: equal
 * and inserted words in the draft's formatting and spelling, deleted words in the base's. Uses the comparison
 * core's normalisation, segmentation and word diff. With a `reading` other than `replaced`, a difference the
 * draft does not declare is marked `variant`.
 */
export function diffInline(
  base: ReadonlyArray<Inline> | undefined,
  draft: ReadonlyArray<Inline> | undefined,
  language: string,
  options: RedlineOptions = {},
  reading: Reading = {declaration: 'replaced'}
): Array<RedlineRun> {
  const a = normalizeMarked(flatten(base ?? [], reading.baseEmphasisIsReview === true))
  const b = normalizeMarked(markDeclared(flatten(draft ?? [], false), reading.declared))
  const ignoreCase = options.ignoreCase ?? true
  const changes = diffWords(ignoreCase ? foldCase(a.text) : a.text, ignoreCase ? foldCase(b.text) : b.text, {language, normalize: false})
  const strict = reading.declaration !== 'replaced'
  const insertVariant = (m: number) => strict && (m & DECLARED) === 0
  const runs: Array<RedlineRun> = []
  let ia = 0
  let ib = 0
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c]!
    const n = change.text.length
    if (change.kind === 'equal') {
      runsOf(runs, 'equal', b, ib, ib + n, () => false)
      ia += n
      ib += n
    } else if (change.kind === 'delete') {
      // Declared when the draft strikes words here: a flag on the draft's characters around the place.
      const next = changes[c + 1]
      const reach = next?.kind === 'insert' ? next.text.length : 0
      let near = false
      for (let k = Math.max(0, ib - 1); k <= Math.min(b.marks.length - 1, ib + reach); k++) if ((b.marks[k]! & STRUCK_NEAR) !== 0) near = true
      runsOf(runs, 'delete', a, ia, ia + n, () => strict && !near)
      const last = runs.at(-1)
      if (last && strict && !near) last.source = {start: b.origin[ib] ?? b.text.length, end: b.origin[ib] ?? b.text.length}
      ia += n
    } else {
      runsOf(runs, 'insert', b, ib, ib + n, insertVariant, strict)
      ib += n
    }
  }
  return runs
}

/** Runs for a whole text that only one side has. */
function oneSided(nodes: ReadonlyArray<Inline> | undefined, change: RunChange, reading: Reading = {declaration: 'replaced'}, plain = false): Array<RedlineRun> {
  const strict = reading.declaration !== 'replaced' && change !== 'equal'
  const declared = change === 'insert' && (reading.declared?.length ?? 0) > 0
  // Text already normal, with nothing declared and no source spans wanted (nearly every unchanged line): its
  // runs are its nodes, merged where the formatting is the same, as the character-by-character walk gives them.
  if (!declared && !(strict && change === 'insert')) {
    const text = flatText(nodes ?? [])
    if (normalizeText(text) === text) {
      const runs: Array<RedlineRun> = []
      const walk = (list: ReadonlyArray<Inline>, marks: number): void => {
        for (const node of list) {
          if (node.type === 'text') pushRun(runs, change, node.value.normalize('NFC'), marks, strict)
          else walk(node.children, plain ? marks : marks | (node.type === 'strong' ? STRONG : EMPHASIS))
        }
      }
      walk(nodes ?? [], 0)
      return runs
    }
  }
  const t = normalizeMarked(markDeclared(flatten(nodes ?? [], plain), change === 'insert' ? reading.declared : undefined))
  const runs: Array<RedlineRun> = []
  runsOf(runs, change, t, 0, t.text.length, (m) => strict && (change === 'delete' || (m & DECLARED) === 0), strict && change === 'insert')
  return runs
}

function plain(text: string): Array<Inline> {
  return text ? [{type: 'text', value: text}] : []
}

function labelOf(p: Provision): string {
  return p.type === 'item' ? p.label : ''
}

/** One line of an article in reading order: a paragraph or an item, with its depth. */
interface Entry {
  node: Provision
  depth: number
  /** Its own words, normalised and case-folded, without the label: what pairing compares. */
  text: string
  bag?: Map<string, number> | undefined
}

function entries(list: ReadonlyArray<Provision>, depth: number, out: Array<Entry> = []): Array<Entry> {
  for (const node of list) {
    out.push({node, depth, text: foldCase(normalizeText(flatText(node.content)))})
    if (node.type === 'item') entries(node.children, depth + 1, out)
  }
  return out
}

function bagOf(entry: Entry, language: string): Map<string, number> {
  entry.bag ??= wordBag(entry.text, language)
  return entry.bag
}

/** A pair of lines, base and draft, and whether it keeps its place in the reading order. */
interface Pair {
  i: number
  j: number
  inOrder: boolean
}

/** Past this many candidate pairs between two anchors, the lines between them are not weighed one by one. */
const MAX_GAP_CELLS = 250_000

/**
 * Pairs the lines of two versions of an article by content, not position: identical wording anchors the
 * alignment; between anchors, lines are paired by shared words (a third of them, or the same label at the
 * same level); what is left is paired across the whole article when half the words are shared (a move).
 */
function pairLines(x: Array<Entry>, y: Array<Entry>, language: string): Array<Pair> {
  const pairs: Array<Pair> = []
  // Anchors: equal wording, in order (a longest common subsequence of the texts).
  const anchors = lcs(x.map((e) => e.text), y.map((e) => e.text))
  let pi = 0
  let pj = 0
  const gap = (i0: number, i1: number, j0: number, j1: number): void => {
    const n = i1 - i0
    const m = j1 - j0
    if (n === 0 || m === 0 || n * m > MAX_GAP_CELLS) return
    const score = (i: number, j: number): number => {
      const p = x[i0 + i]!
      const q = y[j0 + j]!
      const sameLabel = p.depth === q.depth && labelOf(p.node) !== '' && labelOf(p.node) === labelOf(q.node)
      const sim = bagSimilarity(bagOf(p, language), bagOf(q, language))
      if (!sameLabel && sim < 1 / 3) return -Infinity
      return sim + (sameLabel ? 0.3 : 0) + (p.depth === q.depth ? 0.05 : 0)
    }
    const best: Array<Float64Array> = Array.from({length: n + 1}, () => new Float64Array(m + 1))
    const cell: Array<Float64Array> = Array.from({length: n}, () => new Float64Array(m))
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        const s = score(i, j)
        cell[i]![j] = s
        best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, s + best[i + 1]![j + 1]!)
      }
    }
    let i = 0
    let j = 0
    while (i < n && j < m) {
      if (cell[i]![j]! > -Infinity && cell[i]![j]! + best[i + 1]![j + 1]! === best[i]![j]!) {
        pairs.push({i: i0 + i, j: j0 + j, inOrder: true})
        i++
        j++
      } else if (best[i + 1]![j]! === best[i]![j]!) i++
      else j++
    }
  }
  for (const [ai, aj] of anchors) {
    gap(pi, ai, pj, aj)
    pairs.push({i: ai, j: aj, inOrder: true})
    pi = ai + 1
    pj = aj + 1
  }
  gap(pi, x.length, pj, y.length)
  // Moves: what is left on both sides, paired across the article when half the words are shared.
  const takenX = new Set(pairs.map((p) => p.i))
  const takenY = new Set(pairs.map((p) => p.j))
  const candidates: Array<{i: number; j: number; sim: number}> = []
  const restX = x.map((_, i) => i).filter((i) => !takenX.has(i))
  const restY = y.map((_, j) => j).filter((j) => !takenY.has(j))
  if (restX.length * restY.length <= MAX_GAP_CELLS) {
    for (const i of restX) {
      for (const j of restY) {
        const sim = bagSimilarity(bagOf(x[i]!, language), bagOf(y[j]!, language))
        if (sim >= 0.5 && x[i]!.text !== '') candidates.push({i, j, sim})
      }
    }
  }
  candidates.sort((p, q) => q.sim - p.sim)
  for (const c of candidates) {
    if (takenX.has(c.i) || takenY.has(c.j)) continue
    takenX.add(c.i)
    takenY.add(c.j)
    pairs.push({i: c.i, j: c.j, inOrder: false})
  }
  return pairs
}

/** Index pairs of a longest common subsequence of two lists of strings (both short: an article's lines). */
function lcs(x: Array<string>, y: Array<string>): Array<[number, number]> {
  const n = x.length
  const m = y.length
  if (n * m > MAX_GAP_CELLS * 4) {
    // Very long articles: anchor only on the shared beginning and end.
    const out: Array<[number, number]> = []
    let k = 0
    while (k < n && k < m && x[k] === y[k]) out.push([k, k++])
    return out
  }
  const t: Array<Uint32Array> = Array.from({length: n + 1}, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) t[i]![j] = x[i] === y[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!)
  const out: Array<[number, number]> = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (x[i] === y[j]) out.push([i++, j++])
    else if (t[i + 1]![j]! >= t[i]![j + 1]!) i++
    else j++
  }
  return out
}

interface ArticleContext {
  language: string
  options: RedlineOptions
  declaration: AmendmentDeclaration
  baseEmphasisIsReview: boolean
}

function readingOf(ctx: ArticleContext, node: Provision | undefined): Reading {
  return {declaration: ctx.declaration, declared: node?.declared, baseEmphasisIsReview: ctx.baseEmphasisIsReview}
}

function block(node: Provision, depth: number, change: RedlineBlock['change'], label: Array<RedlineRun>, text: Array<RedlineRun>, ids: {id?: string; baseId?: string}, extra: Partial<RedlineBlock> = {}): RedlineBlock {
  return {type: node.type, change, depth, label, text, ...(ids.id ? {id: ids.id} : {}), ...(ids.baseId ? {baseId: ids.baseId} : {}), ...extra}
}

/** A line only the draft has: inserted, a variant unless the draft declares its words. */
function insertedBlock(e: Entry, ctx: ArticleContext, extra: Partial<RedlineBlock> = {}): RedlineBlock {
  const reading = readingOf(ctx, e.node)
  const text = oneSided(e.node.content, 'insert', reading)
  const declared = ctx.declaration === 'replaced' || text.some((r) => !r.variant)
  const label = oneSided(plain(labelOf(e.node)), 'insert').map((r) => (declared ? r : {...r, variant: true}))
  return block(e.node, e.depth, 'insert', label, text, {id: e.node.id}, extra)
}

/** A line only the base has: deleted, a variant unless the article is replaced as a whole. */
function deletedBlock(e: Entry, ctx: ArticleContext, extra: Partial<RedlineBlock> = {}): RedlineBlock {
  const reading: Reading = {declaration: ctx.declaration}
  const text = oneSided(e.node.content, 'delete', reading, ctx.baseEmphasisIsReview)
  const label = oneSided(plain(labelOf(e.node)), 'delete', reading)
  return block(e.node, e.depth, 'delete', label, text, {baseId: e.node.id}, extra)
}

/** A paired line: equal, or its label and words compared. */
function pairedBlock(a: Entry, b: Entry, ctx: ArticleContext): RedlineBlock {
  const reading = readingOf(ctx, b.node)
  const sameCase = (ctx.options.ignoreCase ?? true) || normalizeText(flatText(a.node.content)) === normalizeText(flatText(b.node.content))
  if (a.text === b.text && sameCase && labelOf(a.node) === labelOf(b.node)) {
    return block(b.node, b.depth, 'equal', oneSided(plain(labelOf(b.node)), 'equal'), oneSided(b.node.content, 'equal'), {id: b.node.id, baseId: a.node.id})
  }
  const labelReading: Reading = {declaration: ctx.declaration}
  const label = diffInline(plain(labelOf(a.node)), plain(labelOf(b.node)), ctx.language, ctx.options, labelReading)
  const text = diffInline(a.node.content, b.node.content, ctx.language, ctx.options, reading)
  // A label that changes with declared words is declared too (an item the draft renumbers as it rewrites it).
  const declaredText = text.some((r) => r.change !== 'equal' && !r.variant)
  const labelRuns = declaredText ? label.map(({variant: _v, ...r}) => r) : label
  const changed = [...labelRuns, ...text].some((r) => r.change !== 'equal')
  return block(b.node, b.depth, changed ? 'changed' : 'equal', labelRuns, text, {id: b.node.id, baseId: a.node.id})
}

/** The blocks of an article compared line by line: paired by content, moves shown where they go. */
function comparedBlocks(base: Article, draft: Article, ctx: ArticleContext): Array<RedlineBlock> {
  const x = entries(base.children, 0)
  const y = entries(draft.children, 0)
  const pairs = pairLines(x, y, ctx.language)
  const ofX = new Map(pairs.map((p) => [p.i, p]))
  const ofY = new Map(pairs.map((p) => [p.j, p]))
  const chain = pairs.filter((p) => p.inOrder).sort((p, q) => p.j - q.j)
  const out: Array<RedlineBlock> = []
  const moveFrom = (i: number, p: Pair): RedlineBlock => deletedBlock(x[i]!, ctx, {moved: 'from', movedLabel: labelOf(y[p.j]!.node), id: y[p.j]!.node.id})
  const moveTo = (j: number, p: Pair): RedlineBlock => insertedBlock(y[j]!, ctx, {moved: 'to', movedLabel: labelOf(x[p.i]!.node), baseId: x[p.i]!.node.id})
  const baseLine = (i: number): RedlineBlock => {
    const p = ofX.get(i)
    return p ? moveFrom(i, p) : deletedBlock(x[i]!, ctx)
  }
  const draftLine = (j: number): RedlineBlock => {
    const p = ofY.get(j)
    return p ? moveTo(j, p) : insertedBlock(y[j]!, ctx)
  }
  let i = 0
  let j = 0
  for (const p of chain) {
    while (i < p.i) out.push(baseLine(i++))
    while (j < p.j) out.push(draftLine(j++))
    const a = x[p.i]!
    const b = y[p.j]!
    if (a.depth !== b.depth) {
      // Re-nested (article 111's items under a new item 1): the base line where it was, then where it goes.
      out.push(moveFrom(p.i, p), moveTo(p.j, p))
    } else {
      out.push(pairedBlock(a, b, ctx))
    }
    i = p.i + 1
    j = p.j + 1
  }
  while (i < x.length) out.push(baseLine(i++))
  while (j < y.length) out.push(draftLine(j++))
  markSplitsAndMerges(out, x, y, ofX, ofY, ctx.language)
  return out
}

/**
 * A draft line with no counterpart right after a paired one whose base line it continues is split from it;
 * a base line with no counterpart whose words went into the draft line paired with the line before is merged.
 */
function markSplitsAndMerges(blocks: Array<RedlineBlock>, x: Array<Entry>, y: Array<Entry>, ofX: Map<number, Pair>, ofY: Map<number, Pair>, language: string): void {
  const indexX = new Map(x.map((e, i) => [e.node.id, i]))
  const indexY = new Map(y.map((e, j) => [e.node.id, j]))
  const sim = (a: Map<string, number>, b: Map<string, number>) => bagSimilarity(a, b)
  const joined = (p: Map<string, number>, q: Map<string, number>): Map<string, number> => {
    const out = new Map(p)
    for (const [w, n] of q) out.set(w, (out.get(w) ?? 0) + n)
    return out
  }
  for (let k = 1; k < blocks.length; k++) {
    const prev = blocks[k - 1]!
    const cur = blocks[k]!
    if (prev.change !== 'changed' && prev.change !== 'equal') continue
    const pi = prev.baseId !== undefined ? indexX.get(prev.baseId) : undefined
    const pj = prev.id !== undefined ? indexY.get(prev.id) : undefined
    if (pi === undefined || pj === undefined) continue
    // Word bags only for a line that may be split or merged: most blocks are paired and need none.
    const a = () => bagOf(x[pi]!, language)
    const b = () => bagOf(y[pj]!, language)
    if (cur.change === 'insert' && !cur.moved && cur.id !== undefined) {
      const j = indexY.get(cur.id)
      if (j === undefined || ofY.has(j)) continue
      const c = bagOf(y[j]!, language)
      if (sim(a(), joined(b(), c)) >= sim(a(), b()) + 0.1 && sim(a(), c) >= 0.3) cur.relation = {kind: 'split', label: labelOf(x[pi]!.node)}
    } else if (cur.change === 'delete' && !cur.moved && cur.baseId !== undefined) {
      const i = indexX.get(cur.baseId)
      if (i === undefined || ofX.has(i)) continue
      const c = bagOf(x[i]!, language)
      if (sim(joined(a(), c), b()) >= sim(a(), b()) + 0.1 && sim(c, b()) >= 0.3) cur.relation = {kind: 'merged', label: labelOf(y[pj]!.node)}
    }
  }
}

/** Blocks of an article shown without comparison: all `equal` (not-comparable) or all one-sided. */
function uniformBlocks(children: ReadonlyArray<Provision>, change: 'equal' | 'insert' | 'delete', depth: number, out: Array<RedlineBlock>, plainText = false): void {
  const run: RunChange = change
  for (const p of children) {
    out.push({
      type: p.type,
      change,
      depth,
      label: oneSided(plain(labelOf(p)), run),
      text: oneSided(p.content, run, undefined, plainText),
      ...(change === 'delete' ? {baseId: p.id} : {id: p.id})
    })
    if (p.type === 'item') uniformBlocks(p.children, change, depth + 1, out, plainText)
  }
}

/**
 * How a draft article declares its changes: as it says (`> amendment:`); else `declared` when it marks any
 * span, else `replaced` (every difference an amendment, the reading of drafts that declare nothing).
 */
export function declarationOf(article: Article): AmendmentDeclaration {
  if (article.amendment) return article.amendment
  const marks = (list: ReadonlyArray<Provision>): boolean => list.some((p) => (p.declared?.length ?? 0) > 0 || (p.type === 'item' && marks(p.children)))
  return marks(article.children) ? 'declared' : 'replaced'
}

/** The differences of a redline article that the draft does not declare, with where they stand. */
function variantsOf(draft: Article, base: Article, heading: Array<RedlineRun>, blocks: Array<RedlineBlock>): Array<WordingVariant> {
  const out: Array<WordingVariant> = []
  const collect = (runs: ReadonlyArray<RedlineRun>, where: string, ids: {id?: string | undefined; baseId?: string | undefined}): void => {
    let current: WordingVariant | undefined
    for (const r of runs) {
      if (!r.variant || r.change === 'equal') {
        if (r.change === 'equal' && current) {
          out.push(current)
          current = undefined
        }
        continue
      }
      current ??= {where, ...(ids.id ? {id: ids.id} : {}), ...(ids.baseId ? {baseId: ids.baseId} : {}), base: '', draft: ''}
      if (r.change === 'delete') {
        current.base += r.text
        if (r.source && current.start === undefined) current = {...current, start: r.source.start, end: r.source.start}
      } else {
        current.draft += r.text
        if (r.source) current = {...current, start: current.start ?? r.source.start, end: r.source.end}
      }
    }
    if (current) out.push(current)
  }
  collect(heading, `${citeInArticle(draft)}, heading`, {id: draft.id, baseId: base.id})
  for (const b of blocks) collect([...b.label, ...b.text], b.where ?? citeInArticle(draft), {id: b.moved === 'from' ? undefined : b.id, baseId: b.baseId})
  return out.map((v) => ({...v, base: v.base.trim(), draft: v.draft.trim()}))
}

/** The redline of one draft article against the base. */
export function redlineArticle(article: Article, base: Instrument, language: string, options: RedlineOptions = {}): RedlineArticle {
  const declaration = declarationOf(article)
  const common = {id: article.id, number: article.number, amended: article.amended, note: article.note, declaration, variants: []}
  const blocks: Array<RedlineBlock> = []
  const target0 = baseArticleOf(article, base)
  const cite = () => {
    for (const b of blocks) b.where ??= b.id && b.moved !== 'from' ? citeInArticle(article, b.id) : target0 ? citeInArticle(target0, b.baseId) : citeInArticle(article)
  }
  if (isNewArticle(article)) {
    uniformBlocks(article.children, 'insert', 0, blocks)
    cite()
    return {...common, change: 'inserted', after: article.after, heading: oneSided(plain(article.heading), 'insert'), blocks}
  }
  const target = baseArticleOf(article, base)
  if (!target) {
    uniformBlocks(article.children, 'equal', 0, blocks)
    cite()
    return {
      ...common,
      change: 'not-comparable',
      heading: oneSided(plain(article.heading), 'equal'),
      notice: `${base.title} has no Article ${article.number}: the text is shown as the draft gives it, without comparison. To add an article, head it "New Article".`,
      blocks
    }
  }
  const baseId = target.id
  const review = target.emphasis === 'review'
  if (article.status === 'repealed') {
    uniformBlocks(target.children, 'delete', 0, blocks, review)
    cite()
    const heading = target.heading ? diffInline(plain(target.heading), plain(article.heading || target.heading), language, options) : oneSided(plain(article.heading), 'equal')
    return {...common, baseId, change: 'repealed', heading, blocks}
  }
  if (target.status === 'not-available' || target.status === 'repealed') {
    uniformBlocks(article.children, 'equal', 0, blocks)
    cite()
    const why = target.status === 'repealed' ? 'is marked repealed in the base' : 'is not available in the sources'
    return {
      ...common,
      baseId,
      change: 'not-comparable',
      heading: oneSided(plain(article.heading), 'equal'),
      notice: `The current text of Article ${target.number} of the ${base.title} ${why}: the proposed text is shown as the draft gives it, without comparison.`,
      blocks
    }
  }
  const ctx: ArticleContext = {language, options, declaration, baseEmphasisIsReview: review}
  blocks.push(...comparedBlocks(target, article, ctx))
  cite()
  // The base may have no heading (the review quotes some articles without one): a heading the draft adds is new.
  const heading = diffInline(plain(target.heading), plain(article.heading), language, options, {declaration: declaration === 'replaced' ? 'replaced' : 'wording'})
  const amends = (r: RedlineRun) => r.change !== 'equal' && !r.variant
  const changed = heading.some(amends) || blocks.some((b) => [...b.label, ...b.text].some(amends) || (b.change !== 'equal' && b.label.length + b.text.length === 0))
  return {...common, baseId, change: changed ? 'amended' : 'unchanged', heading, blocks, variants: variantsOf(article, target, heading, blocks)}
}

/**
 * The redline of a draft against its base: for every article of the draft, in the draft's order, its words
 * against the base article's (inserted, deleted, unchanged, moved). New articles are wholly inserted, repealed
 * ones wholly deleted; an article whose base text is not available is shown as the draft gives it, with a
 * notice, never as wholly new. Differences the draft does not declare are wording variants.
 */
export function redlineOf(draft: Instrument, base: Instrument, options: RedlineOptions = {}): Redline {
  const language = draft.language || base.language || 'en'
  return {
    draft: {id: draft.id, title: draft.title, author: draft.author, date: draft.date, status: draft.draftStatus, file: draft.file},
    base: {id: base.id, title: base.title, number: base.number},
    language,
    articles: articlesOf(draft).map((a) => redlineArticle(a, base, language, options))
  }
}
