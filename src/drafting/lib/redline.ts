import {diffProvisions, diffWords, normalizeText, type ProvisionDiff} from '../../compare/index.ts'
import {articlesOf, type Article, type Inline, type Instrument, type Provision} from '../../model/index.ts'
import {baseArticleOf, isNewArticle} from '../../amendment/index.ts'
import type {Redline, RedlineArticle, RedlineBlock, RedlineRun, RunChange} from './types.ts'

/** Options of `redlineOf`. */
export interface RedlineOptions {
  /**
   * Show words that differ only in capitals ("this law" / "this Law") as unchanged, in the draft's spelling.
   * Default true: the base and the draft are often two unofficial translations, whose capitals differ for no
   * legal reason. The consolidated text always keeps the draft's spelling.
   */
  ignoreCase?: boolean | undefined
}

/** Bit flags of inline formatting, per character. */
const STRONG = 1
const EMPHASIS = 2

/** Text with the formatting of each character. */
interface MarkedText {
  text: string
  marks: Array<number>
}

function flatten(nodes: ReadonlyArray<Inline>, marks = 0, out: MarkedText = {text: '', marks: []}): MarkedText {
  for (const node of nodes) {
    if (node.type === 'text') {
      const value = node.value.normalize('NFC')
      out.text += value
      for (let i = 0; i < value.length; i++) out.marks.push(marks)
    } else {
      flatten(node.children, marks | (node.type === 'strong' ? STRONG : EMPHASIS), out)
    }
  }
  return out
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
 * `normalizeText` of a marked text, with the marks carried over. normalizeText only drops characters
 * (invisible ones, white space folded or trimmed) or swaps one character for one (quotes, dashes), so walking
 * both strings side by side finds each kept character's marks.
 */
function normalizeMarked(input: MarkedText): MarkedText {
  const text = normalizeText(input.text)
  const marks: Array<number> = []
  let i = 0
  for (let j = 0; j < text.length; j++) {
    const c = text[j]!
    if (c === ' ') {
      while (i < input.text.length && !/\s/u.test(input.text[i]!)) i++
      marks.push(input.marks[i] ?? 0)
      while (i < input.text.length && /\s/u.test(input.text[i]!)) i++
      continue
    }
    while (i < input.text.length && (/\s/u.test(input.text[i]!) || dropped(input.text[i]!))) i++
    marks.push(input.marks[i] ?? 0)
    i++
  }
  return {text, marks}
}

/** Lower case, character by character, only where that keeps the length (so offsets stay valid). */
function foldCase(text: string): string {
  let out = ''
  for (const c of text) {
    const lower = c.toLowerCase()
    out += lower.length === c.length ? lower : c
  }
  return out
}

function pushRun(runs: Array<RedlineRun>, change: RunChange, text: string, marks: number): void {
  if (text === '') return
  const strong = (marks & STRONG) !== 0
  const emphasis = (marks & EMPHASIS) !== 0
  const last = runs.at(-1)
  if (last && last.change === change && (last.strong ?? false) === strong && (last.emphasis ?? false) === emphasis) {
    last.text += text
    return
  }
  runs.push({change, text, ...(strong ? {strong} : {}), ...(emphasis ? {emphasis} : {})})
}

/** Runs for a stretch of one side, split wherever the formatting changes. */
function runsOf(runs: Array<RedlineRun>, change: RunChange, source: MarkedText, start: number, end: number): void {
  let from = start
  for (let k = start + 1; k <= end; k++) {
    if (k === end || source.marks[k] !== source.marks[from]) {
      pushRun(runs, change, source.text.slice(from, k), source.marks[from] ?? 0)
      from = k
    }
  }
}

/**
 * The word-level difference between two inline texts, as runs that keep each side's bold and italics: equal
 * and inserted words in the draft's formatting and spelling, deleted words in the base's. Uses the comparison
 * core's normalisation, segmentation and word diff.
 */
export function diffInline(
  base: ReadonlyArray<Inline> | undefined,
  draft: ReadonlyArray<Inline> | undefined,
  language: string,
  options: RedlineOptions = {}
): Array<RedlineRun> {
  const a = normalizeMarked(flatten(base ?? []))
  const b = normalizeMarked(flatten(draft ?? []))
  const ignoreCase = options.ignoreCase ?? true
  const changes = diffWords(ignoreCase ? foldCase(a.text) : a.text, ignoreCase ? foldCase(b.text) : b.text, {language, normalize: false})
  const runs: Array<RedlineRun> = []
  let ia = 0
  let ib = 0
  for (const change of changes) {
    const n = change.text.length
    if (change.kind === 'equal') {
      runsOf(runs, 'equal', b, ib, ib + n)
      ia += n
      ib += n
    } else if (change.kind === 'delete') {
      runsOf(runs, 'delete', a, ia, ia + n)
      ia += n
    } else {
      runsOf(runs, 'insert', b, ib, ib + n)
      ib += n
    }
  }
  return runs
}

/** Runs for a whole text that only one side has. */
function oneSided(nodes: ReadonlyArray<Inline> | undefined, change: RunChange): Array<RedlineRun> {
  const t = normalizeMarked(flatten(nodes ?? []))
  const runs: Array<RedlineRun> = []
  runsOf(runs, change, t, 0, t.text.length)
  return runs
}

function plain(text: string): Array<Inline> {
  return text ? [{type: 'text', value: text}] : []
}

function contentOf(p: Provision | Article | undefined): ReadonlyArray<Inline> | undefined {
  if (!p || p.type === 'article') return undefined
  return p.content
}

function labelOf(p: Provision | Article | undefined): string {
  return p?.type === 'item' ? p.label : ''
}

/** Flattens an aligned provision tree into redline blocks. */
function blocksOf(diff: ProvisionDiff, depth: number, language: string, options: RedlineOptions, out: Array<RedlineBlock>): void {
  const node = (diff.b ?? diff.a) as Provision
  const type = node.type
  let label: Array<RedlineRun>
  let text: Array<RedlineRun>
  if (diff.kind === 'insert' || diff.kind === 'delete' || diff.kind === 'equal') {
    // Equal provisions have the same normalised words: the draft's runs, kept, with no word diff to run.
    const side = diff.kind
    label = oneSided(plain(labelOf(node)), side)
    text = oneSided(contentOf(node), side)
  } else {
    label = diffInline(plain(labelOf(diff.a as Provision)), plain(labelOf(diff.b as Provision)), language, options)
    text = diffInline(contentOf(diff.a as Provision), contentOf(diff.b as Provision), language, options)
  }
  const own = [...label, ...text].some((r) => r.change !== 'equal')
  const change: RedlineBlock['change'] = diff.kind === 'insert' || diff.kind === 'delete' ? diff.kind : own ? 'changed' : 'equal'
  out.push({
    type,
    change,
    depth,
    label,
    text,
    ...(diff.b ? {id: diff.b.id} : {}),
    ...(diff.a ? {baseId: diff.a.id} : {})
  })
  for (const child of diff.children) blocksOf(child, depth + 1, language, options, out)
}

/** Blocks of an article shown without comparison: all `equal` (not-comparable) or all one-sided. */
function uniformBlocks(children: ReadonlyArray<Provision>, change: 'equal' | 'insert' | 'delete', depth: number, out: Array<RedlineBlock>): void {
  const run: RunChange = change
  for (const p of children) {
    out.push({
      type: p.type,
      change,
      depth,
      label: oneSided(plain(labelOf(p)), run),
      text: oneSided(p.content, run),
      ...(change === 'delete' ? {baseId: p.id} : {id: p.id})
    })
    if (p.type === 'item') uniformBlocks(p.children, change, depth + 1, out)
  }
}

/** The redline of one draft article against the base. */
export function redlineArticle(article: Article, base: Instrument, language: string, options: RedlineOptions = {}): RedlineArticle {
  const common = {id: article.id, number: article.number, amended: article.amended, note: article.note}
  const blocks: Array<RedlineBlock> = []
  if (isNewArticle(article)) {
    uniformBlocks(article.children, 'insert', 0, blocks)
    return {...common, change: 'inserted', after: article.after, heading: oneSided(plain(article.heading), 'insert'), blocks}
  }
  const target = baseArticleOf(article, base)
  if (!target) {
    uniformBlocks(article.children, 'equal', 0, blocks)
    return {
      ...common,
      change: 'not-comparable',
      heading: oneSided(plain(article.heading), 'equal'),
      notice: `${base.id} has no Article ${article.number}: the text is shown as the draft gives it, without comparison. To add an article, head it "New Article".`,
      blocks
    }
  }
  const baseId = target.id
  if (article.status === 'repealed') {
    uniformBlocks(target.children, 'delete', 0, blocks)
    const heading = target.heading ? diffInline(plain(target.heading), plain(article.heading || target.heading), language, options) : oneSided(plain(article.heading), 'equal')
    return {...common, baseId, change: 'repealed', heading, blocks}
  }
  if (target.status === 'not-available' || target.status === 'repealed') {
    uniformBlocks(article.children, 'equal', 0, blocks)
    const why = target.status === 'repealed' ? 'is marked repealed in the base' : 'is not available in the sources'
    return {
      ...common,
      baseId,
      change: 'not-comparable',
      heading: oneSided(plain(article.heading), 'equal'),
      notice: `The current text of Article ${target.number} of ${base.id} ${why}: the proposed text is shown as the draft gives it, without comparison.`,
      blocks
    }
  }
  const diff = diffProvisions(target, article, {language})
  for (const child of diff.children) blocksOf(child, 0, language, options, blocks)
  // The base may have no heading (the review quotes some articles without one): a heading the draft adds is new.
  const heading = diffInline(plain(target.heading), plain(article.heading), language, options)
  const changed = heading.some((r) => r.change !== 'equal') || blocks.some((b) => b.change !== 'equal')
  return {...common, baseId, change: changed ? 'amended' : 'unchanged', heading, blocks}
}

/**
 * The redline of a draft against its base: for every article of the draft, in the draft's order, its words
 * against the base article's (inserted, deleted, unchanged). New articles are wholly inserted, repealed ones
 * wholly deleted; an article whose base text is not available is shown as the draft gives it, with a notice,
 * never as wholly new.
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
