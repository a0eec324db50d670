import {readFile, stat} from 'node:fs/promises'
import {relative, resolve, sep} from 'node:path'
import {join} from 'node:path'
import {
  articleName, diffInstruments, diffProvisions, oneSidedTree, ownText, pairArticles, pairInstruments, type ProvisionDiff, type WordChange
} from '../../compare/index.ts'
import {checkBase, uniqueInstruments} from '../../corpus/checks.ts'
import {formatMessage, hasErrors, sortMessages, type SynopticMessage} from '../../message/index.ts'
import {findInstrument, type Instrument} from '../../model/index.ts'
import {CommandError, UsageError, type Command, type CommandContext} from '../command.ts'
import {loadParser, readSourceFolder} from '../corpus-files.ts'
import {cachedParser, readCachedInstruments, type CachedInstrument} from '../parse-cache.ts'

const summary = 'Word-level differences between two instruments (ids or .md files) or two corpus folders, article by article.'

/** `[-old-]{+new+}`, as `git diff --word-diff=plain` writes them. */
function words(changes: ReadonlyArray<WordChange>): string {
  return changes.map((c) => (c.kind === 'equal' ? c.text : c.kind === 'delete' ? `[-${c.text}-]` : `{+${c.text}+}`)).join('')
}

const mark = {equal: ' ', changed: '~', insert: '+', delete: '-'} as const

/** The lines of one article's difference: the article, then each provision that differs, indented by depth. */
function articleLines(diff: ProvisionDiff): Array<string> {
  const node = (diff.b ?? diff.a)!
  const lines = [`${mark[diff.kind]} ${node.id}  ${words(diff.text) || ownText(node)}`]
  const walk = (children: ReadonlyArray<ProvisionDiff>, depth: number) => {
    for (const child of children) {
      if (child.kind === 'equal') continue
      const id = (child.b ?? child.a)!.id
      lines.push(`${'  '.repeat(depth)}${mark[child.kind]} ${id.slice(id.indexOf('/', id.indexOf('/') + 1) + 1)}: ${words(child.text)}`)
      walk(child.children, depth + 1)
    }
  }
  walk(diff.children, 1)
  return lines
}

/** The JSON of one provision's difference, equal sub-provisions left out. */
function provisionJson(diff: ProvisionDiff): Record<string, unknown> {
  return {
    kind: diff.kind,
    ...(diff.a ? {a: diff.a.id} : {}),
    ...(diff.b ? {b: diff.b.id} : {}),
    text: diff.text,
    children: diff.children.filter((c) => c.kind !== 'equal').map(provisionJson)
  }
}

type Side = {kind: 'folder'; dir: string} | {kind: 'instrument'; instrument: Instrument}

const shown = (cwd: string, path: string) => relative(cwd, path).split(sep).join('/') || '.'

/** One side of the comparison: a folder, a .md file, or an instrument id of the corpus. */
async function side(context: CommandContext, arg: string): Promise<Side> {
  const path = resolve(context.cwd, arg)
  const info = await stat(path).catch(() => undefined)
  if (info?.isDirectory()) return {kind: 'folder', dir: path}
  if (info?.isFile() || /\.md$/iu.test(arg)) {
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new CommandError(`cannot read ${arg}: ${error.code ?? error.message}`)
    })
    const parsed = cachedParser(await loadParser())(text, shown(context.cwd, path))
    for (const m of sortMessages(parsed.messages).filter((m) => m.severity === 'error')) context.err(formatMessage(m))
    if (!parsed.value || hasErrors(parsed.messages)) throw new CommandError(`${arg} is not a valid corpus file (see above)`)
    return {kind: 'instrument', instrument: parsed.value}
  }
  const {corpus} = await context.loadCorpus()
  const instrument = findInstrument(corpus, arg)
  if (!instrument) throw new CommandError(`'${arg}' is neither a file, a folder nor an instrument of the corpus (see: npm run -s synoptic -- list)`)
  return {kind: 'instrument', instrument}
}

/** One instrument's comparison as printed: the articles that differ, and how many did not. */
interface InstrumentRows {
  id: string
  a?: {id: string; file: string} | undefined
  b?: {id: string; file: string} | undefined
  /** The articles that differ (changed, only in a, only in b), in reading order. */
  articles: Array<ProvisionDiff>
  equal: number
}

type FolderInstrument = CachedInstrument & {head: NonNullable<CachedInstrument['head']>}

/**
 * The instruments of a corpus folder for a diff: read through the cache with their articles unread, and the
 * errors that leave an instrument out or make it wrong (parse errors, clashing ids, a draft without its base).
 * Warnings are not shown by diff, so the checks that only warn (references to missing articles) are not run.
 */
async function readFolder(dir: string, cwd: string): Promise<{instruments: Array<FolderInstrument>; errors: Array<SynopticMessage>}> {
  const {files, messages: unread} = await readSourceFolder(dir)
  const shownDir = shown(cwd, dir)
  const markdown = files.filter((f) => /\.md$/iu.test(f.path)).map((f) => ({path: join(shownDir, f.path).split(sep).join('/'), text: f.text}))
  const parsed = await readCachedInstruments(markdown, loadParser)
  const found = parsed.filter((p): p is FolderInstrument => p.head !== undefined)
  const byHead = new Map(found.map((p) => [p.head, p]))
  const {unique, owners, messages: clashes} = uniqueInstruments(found.map((p) => p.head))
  const messages = [
    ...unread.map((m) => ({...m, file: join(shownDir, m.file).split(sep).join('/')})),
    ...parsed.flatMap((p) => p.messages),
    ...clashes,
    ...unique.flatMap((head) => checkBase(head, owners))
  ]
  return {instruments: unique.map((head) => byHead.get(head)!), errors: messages.filter((m) => m.severity === 'error')}
}

/**
 * Two versions of an instrument, article by article, as diffInstruments pairs and compares them; an article
 * whose digest is the same on both sides is the same text and structure, and is counted equal without being read.
 */
async function diffFolderInstrument(a: FolderInstrument, b: FolderInstrument): Promise<InstrumentRows> {
  const language = b.head.language || a.head.language
  const x = a.articles
  const y = b.articles
  const rows: InstrumentRows = {id: b.head.id, a: a.head, b: b.head, articles: [], equal: 0}
  const pairs: Array<{a?: number | undefined; b?: number | undefined}> = []
  for (const pair of pairArticles(x.map(articleName), y.map(articleName))) {
    const before = pair.a === undefined ? undefined : x[pair.a]!
    const after = pair.b === undefined ? undefined : y[pair.b]!
    if (before && after && before.digest !== undefined && before.digest === after.digest) rows.equal++
    else pairs.push(pair)
  }
  // Only the articles that may differ are read from the cache, each side in one go.
  const [readA, readB] = await Promise.all([
    a.read(pairs.flatMap((p) => (p.a === undefined ? [] : [p.a]))),
    b.read(pairs.flatMap((p) => (p.b === undefined ? [] : [p.b])))
  ])
  let i = 0
  let j = 0
  for (const pair of pairs) {
    const before = pair.a === undefined ? undefined : readA[i++]!
    const after = pair.b === undefined ? undefined : readB[j++]!
    const change = !after ? oneSidedTree(before!, 'delete') : !before ? oneSidedTree(after, 'insert') : diffProvisions(before, after, {language})
    if (change.kind === 'equal') rows.equal++
    else rows.articles.push(change)
  }
  return rows
}

/** Compares two folders' instruments, paired by id, handing each comparison to `add` as soon as it is made. */
async function diffFolders(a: Array<FolderInstrument>, b: Array<FolderInstrument>, add: (rows: InstrumentRows) => void): Promise<void> {
  const all = (i: FolderInstrument) => i.read(i.articles.map((_, k) => k))
  for (const {id, a: before, b: after} of pairInstruments(a.map((i) => ({id: i.head.id, i})), b.map((i) => ({id: i.head.id, i})))) {
    add(before && after ? await diffFolderInstrument(before.i, after.i)
      : after ? {id, b: after.i.head, articles: (await all(after.i)).map((x) => oneSidedTree(x, 'insert')), equal: 0}
        : {id, a: before!.i.head, articles: (await all(before!.i)).map((x) => oneSidedTree(x, 'delete')), equal: 0})
  }
}

/**
 * What diff prints, written instrument by instrument as each comparison is made, so that no comparison (nor the
 * articles it holds) is kept longer than it takes to write it out: on two large folders that keeps the heap, and
 * the garbage collector's work, small. The JSON is the one JSON.stringify(report, null, 2) makes, each instrument
 * stringified on its own and indented to its depth in the report.
 */
function report(json: boolean) {
  const counts = {changed: 0, insert: 0, delete: 0, equal: 0}
  const parts: Array<string> = []
  const add = (d: InstrumentRows): void => {
    counts.equal += d.equal
    for (const article of d.articles) counts[article.kind]++
    // Instruments with nothing changed are left out.
    if (d.articles.length === 0 && d.a && d.b) return
    if (json) {
      const instrument = {id: d.id, ...(d.a ? {a: d.a.file} : {}), ...(d.b ? {b: d.b.file} : {}), articles: d.articles.map(provisionJson)}
      parts.push(JSON.stringify(instrument, null, 2).split('\n').join('\n    '))
    } else {
      const lines = [`diff ${d.a ? `${d.a.id} (${d.a.file})` : '(none)'} ${d.b ? `${d.b.id} (${d.b.file})` : '(none)'}`]
      for (const article of d.articles) lines.push(...articleLines(article))
      parts.push(lines.join('\n'))
    }
  }
  const differ = () => counts.changed + counts.insert + counts.delete > 0
  const text = (): string => {
    if (!json) return [...parts, `articles: ${counts.changed} changed, ${counts.insert} only in b, ${counts.delete} only in a, ${counts.equal} equal`].join('\n')
    const head = JSON.stringify({differ: differ(), articles: counts, instruments: []}, null, 2)
    return parts.length === 0 ? head : `${head.slice(0, -'[]\n}'.length)}[\n    ${parts.join(',\n    ')}\n  ]\n}`
  }
  return {add, differ, text}
}

export const diff: Command = {
  name: 'diff',
  summary,
  usage: [
    '<a> <b> [--json] [--exit-code]',
    '',
    '<a> and <b> are two instruments (ids of the corpus, or .md files) or two corpus folders. Instruments are',
    'paired by id, articles by number (art-112 with art-112), items by label and wording. Text output marks each',
    'article that differs with ~ (changed), + (only in b) or - (only in a), and words as git diff --word-diff does:',
    '[-deleted-]{+inserted+}.',
    '',
    'Exit status: 0 whether or not they differ; with --exit-code, 1 when they differ (as git diff --exit-code).',
    'An error (an unreadable or invalid file) exits 1 with its message on stderr; wrong usage exits 2.'
  ].join('\n'),
  options: {
    'exit-code': {type: 'boolean', description: 'exit 1 when the two differ, 0 when they do not'}
  },
  async run(context) {
    const [x, y, extra] = context.args
    if (x === undefined || y === undefined || extra !== undefined) throw new UsageError('give exactly two instruments (ids or .md files) or two folders')
    const a = await side(context, x)
    const b = await side(context, y)
    const printed = report(context.json)
    if (a.kind === 'folder' && b.kind === 'folder') {
      const [left, right] = [await readFolder(a.dir, context.cwd), await readFolder(b.dir, context.cwd)]
      for (const m of sortMessages([...left.errors, ...right.errors])) context.err(formatMessage(m))
      await diffFolders(left.instruments, right.instruments, printed.add)
    } else if (a.kind === 'instrument' && b.kind === 'instrument') {
      const d = diffInstruments(a.instrument, b.instrument)
      printed.add({id: d.id, a: d.a, b: d.b, articles: d.articles.filter((p) => p.kind !== 'equal'), equal: d.articles.filter((p) => p.kind === 'equal').length})
    } else {
      throw new UsageError('compare two folders, or two instruments: not a folder with an instrument')
    }
    context.out(printed.text())
    const differ = printed.differ()
    return differ && context.options['exit-code'] === true ? 1 : 0
  }
}
