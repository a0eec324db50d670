// Parse once: instruments parsed from a file are kept in the user's cache folder, keyed by the file's path and
// content and by the parser's version, so a second `check`, `show`, `export` or `diff` on an unchanged corpus reads
// the model back instead of parsing Markdown again (parsing was 90 to 98% of those commands).
//
// Where: $SYNOPTIC_CACHE_DIR, else $XDG_CACHE_HOME/synoptic, else ~/.cache/synoptic (%LOCALAPPDATA%\synoptic on
// Windows, ~/Library/Caches/synoptic on macOS); never beside the corpus. SYNOPTIC_CACHE=off turns it off.
// An entry carries its key and hashes of its head and of each article's line (see "format 3" below): one that does
// not match, or does not read back as an instrument, is ignored and parsed again. The folder is kept under
// SYNOPTIC_CACHE_MAX_MB (default 256) by removing the entries written longest ago. Any failure of the cache (a
// read-only home) only means parsing.
import {createHash} from 'node:crypto'
import {closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {lstat} from 'node:fs/promises'
import {homedir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {removeFileInside, walkInside} from '../../rooted-files/index.ts'
import type {Result, SynopticMessage} from '../message/index.ts'
import {articlesOf, type Article, type Division, type Instrument} from '../model/index.ts'
import {CommandError} from './command.ts'

/** Parses one file: `parseInstrument`'s signature. */
export type ParseFile = (text: string, file: string) => Result<Instrument | undefined>

declare const __SYNOPTIC_PARSER_VERSION__: string | undefined

/** The cache folder, or undefined when the cache is off. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SYNOPTIC_CACHE === 'off' || env.SYNOPTIC_CACHE === '0') return undefined
  if (env.SYNOPTIC_CACHE_DIR) return env.SYNOPTIC_CACHE_DIR
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'synoptic', 'cache')
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'synoptic')
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'synoptic')
}

let version: string | undefined

/**
 * The parser's version: a hash of the sources that make the model from Markdown (src/corpus, src/model,
 * src/message) and of the lock file. The CLI bundle has it written in at build time; from the sources it is
 * worked out once per run.
 */
export function parserVersion(): string {
  if (version) return version
  if (typeof __SYNOPTIC_PARSER_VERSION__ === 'string') return (version = __SYNOPTIC_PARSER_VERSION__)
  const root = fileURLToPath(new URL('../../', import.meta.url))
  const hash = createHash('sha256')
  for (const folder of ['src/corpus', 'src/model', 'src/message']) {
    for (const file of (readdirSync(join(root, folder), {recursive: true}) as Array<string>).sort()) {
      const path = join(root, folder, file)
      if (statSync(path).isFile()) hash.update(`${folder}/${file}\0`).update(readFileSync(path))
    }
  }
  hash.update(readFileSync(join(root, 'package-lock.json')))
  return (version = hash.digest('hex').slice(0, 16))
}

/** What a cached parser did in one run, for the bench and the tests. */
export interface CacheCounts {
  hits: number
  misses: number
}

/** A parsed file as the cache holds it: the instrument without its articles, its messages, and its articles unread. */
export interface CachedInstrument {
  /** Everything of the instrument but its body; undefined when the file gave none. */
  head: Omit<Instrument, 'body'> | undefined
  messages: Array<SynopticMessage>
  /**
   * Each article's id in reading order (as articlesOf gives them) and its digest: a hash of everything in the
   * article but its positions, so two articles with the same digest are the same text and structure and a diff
   * can call them equal without reading them. Digests are absent when the cache is off.
   */
  articles: Array<{id: string; digest?: string | undefined}>
  /**
   * The articles at these indexes of `articles`, read from the entry's lines at their offsets. A line that does
   * not read back as it was written (a damaged entry) is not used: the file is parsed again instead.
   */
  read: (indexes: ReadonlyArray<number>) => Promise<Array<Article>>
}

/** `parse`, through the cache in `dir` (no cache when `dir` is undefined). */
export function cachedParser(parse: ParseFile, dir: string | undefined = cacheDir(), maxBytes = cacheLimit()): ParseFile & {counts: CacheCounts} {
  const counts: CacheCounts = {hits: 0, misses: 0}
  const pruning = pruneOnce(dir, maxBytes)
  const cached = (text: string, file: string): Result<Instrument | undefined> => {
    if (dir) {
      const found = readWholeEntry(dir, text, file)
      if (found) {
        counts.hits++
        return found
      }
    }
    counts.misses++
    return parseAndStore(parse, dir, text, file, pruning).result
  }
  return Object.assign(cached, {counts})
}

/**
 * Like parseFiles, each instrument with its articles unread (see CachedInstrument): what `diff` of two folders
 * reads. Only each entry's first two lines are read here; the parser is loaded only when a file is not in the
 * cache (or an entry turns out damaged).
 */
export async function readCachedInstruments(files: ReadonlyArray<{path: string; text: string}>, loadParser: () => Promise<ParseFile>, dir: string | undefined = cacheDir(), maxBytes = cacheLimit()): Promise<Array<CachedInstrument>> {
  const pruning = pruneOnce(dir, maxBytes)
  let parser: Promise<ParseFile> | undefined
  const parse = () => (parser ??= loadParser())
  const out: Array<CachedInstrument> = []
  for (const {path, text} of files) {
    const stored = dir ? readStoredHead(dir, text, path) : undefined
    if (stored) {
      out.push(lazyInstrument(stored, async () => parseAndStore(await parse(), dir, text, path, pruning)))
      continue
    }
    const {result} = parseAndStore(await parse(), dir, text, path, pruning)
    out.push(parsedInstrument(result))
  }
  return out
}

/**
 * Parses files through the cache (results in the order of `files`), loading the parser only when one of them is
 * not in it: on an unchanged corpus, `list` or `show` never load remark.
 */
export async function parseFiles(files: ReadonlyArray<{path: string; text: string}>, loadParser: () => Promise<ParseFile>, dir: string | undefined = cacheDir(), maxBytes = cacheLimit()): Promise<Array<Result<Instrument | undefined>>> {
  const found = dir ? files.map((f) => readWholeEntry(dir, f.text, f.path)) : []
  if (dir && found.every((entry) => entry !== undefined)) return found.map((entry) => entry!)
  const parse = cachedParser(await loadParser(), dir, maxBytes)
  return files.map((f, i) => found[i] ?? parse(f.text, f.path))
}

function cacheLimit(): number {
  const mb = Number(process.env.SYNOPTIC_CACHE_MAX_MB)
  return (Number.isFinite(mb) && mb > 0 ? mb : 256) * 1024 * 1024
}

/** Prunes `dir` once, after the first entry this reader writes. */
function pruneOnce(dir: string | undefined, maxBytes: number): () => void {
  let queued = false
  return () => {
    if (queued || !dir) return
    queued = true
    queueMicrotask(() => void prune(join(dir, 'parsed'), maxBytes))
  }
}

/** Parses one file and keeps the result in the cache (when there is one). */
function parseAndStore(parse: ParseFile, dir: string | undefined, text: string, file: string, written: () => void): {result: Result<Instrument | undefined>; entry: Entry} {
  const result = parse(text, file)
  const entry = toEntry(result)
  if (dir) {
    const [path, key] = entryPlace(dir, text, file)
    if (writeEntry(dir, path, key, entry)) written()
  }
  return {result, entry}
}

function parsedInstrument(result: Result<Instrument | undefined>): CachedInstrument {
  const {value, messages} = result
  if (!value) return {head: undefined, messages, articles: [], read: async () => []}
  const {body: _body, ...head} = value
  const articles = articlesOf(value)
  return {head, messages, articles: articles.map((a) => ({id: a.id})), read: async (indexes) => indexes.map((i) => articles[i]!)}
}

/*
 * An entry, format 3, is one file of lines:
 *   1. `synoptic-parsed-instrument 3 <TAB> key <TAB> sha256 of line 2 <TAB> byte length of line 2`
 *   2. the head: the instrument with each article replaced by its index, the messages, and for each article its
 *      id, digest, line length in bytes and line hash (parallel arrays: short to read);
 *   3… one line of JSON per article.
 * So a reader checks and reads the first two lines, then only the articles it needs, each at its offset and
 * checked against its own hash. A line that does not match its hash, a length that does not add up to the file's
 * size, a head that is not an instrument: the entry is not used.
 */
const magic = 'synoptic-parsed-instrument 3'

interface Head {
  value: Instrument | null
  messages: Array<SynopticMessage>
  ids: Array<string>
  digests: Array<string>
  bytes: Array<number>
  hashes: Array<string>
}

/** An entry to write: its head and one line of JSON per article. */
interface Entry {
  head: Head
  lines: Array<string>
}

/** The head of an entry on disk, checked, with where each article's line starts. */
interface StoredHead {
  path: string
  head: Head
  offsets: Array<number>
}

/** Where the entry of `file` with this text is kept, and its key. */
function entryPlace(dir: string, text: string, file: string): [string, string] {
  const key = createHash('sha256').update(`${parserVersion()}\0${file}\0`).update(text).digest('hex')
  return [join(dir, 'parsed', key.slice(0, 2), `${key}.json`), key]
}

// The one shape of a position in the model's JSON ("start" and "end", each line, column, offset). Quotes inside
// JSON strings are escaped, so this never matches inside the text of a provision.
const positionJson = /,?"position":\{"start":\{[^{}]*\},"end":\{[^{}]*\}\}/gu

const lineHash = (line: string | Buffer): string => createHash('sha256').update(line).digest('base64').slice(0, 22)

/** Cuts a parse result into an entry: one line per article, with its digest. */
function toEntry(result: Result<Instrument | undefined>): Entry {
  const lines: Array<string> = []
  const head: Head = {value: null, messages: result.messages, ids: [], digests: [], bytes: [], hashes: []}
  const placeholder = (node: Division | Article): Division | Article | {article: number} => {
    if (node.type === 'division') return {...node, children: node.children.map(placeholder) as Array<Division | Article>}
    const json = JSON.stringify(node)
    head.ids.push(node.id)
    head.digests.push(createHash('sha256').update(json.replace(positionJson, '')).digest('base64'))
    head.bytes.push(Buffer.byteLength(json))
    head.hashes.push(lineHash(json))
    lines.push(json)
    return {article: lines.length - 1}
  }
  if (result.value) head.value = {...result.value, body: result.value.body.map(placeholder) as Array<Division | Article>}
  return {head, lines}
}

/** An entry is a few times the size of its text; one far larger is not one this cache wrote for it. */
const entryLimit = (text: string) => 64 * text.length + 1024 * 1024

// A link at an entry's place is not followed; a FIFO opens without waiting for a writer (then fails the file check).
const openFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/** Opens an entry if it is a plain file of at most `limit` bytes. */
function openEntry(path: string, limit: number): {fd: number; size: number} | undefined {
  let fd: number
  try {
    fd = openSync(path, openFlags)
  } catch {
    return undefined
  }
  try {
    const info = fstatSync(fd)
    if (info.isFile() && info.size <= limit) return {fd, size: info.size}
  } catch {
    // Not readable as a file: not used.
  }
  closeSync(fd)
  return undefined
}

/** `length` bytes at `position`, or undefined when the file ends first. */
function readAt(fd: number, position: number, length: number): Buffer | undefined {
  const buffer = Buffer.allocUnsafe(length)
  let done = 0
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done)
    if (n === 0) return undefined
    done += n
  }
  return buffer
}

const NEWLINE = 0x0a

/**
 * Reads and checks an entry's first two lines. `bytes` reads a stretch of the file (from the file, or from the
 * whole file in memory). Undefined for anything that is not an entry this cache wrote for `key`.
 */
function readHead(bytes: (position: number, length: number) => Buffer | undefined, size: number, key: string): {head: Head; offsets: Array<number>} | undefined {
  const first = bytes(0, Math.min(size, 256))
  const newline = first?.indexOf(NEWLINE) ?? -1
  if (!first || newline < 0) return undefined
  const [magicWord, entryKey, headHash, headLength, ...more] = first.toString('latin1', 0, newline).split('\t')
  if (magicWord !== magic || entryKey !== key || more.length > 0 || !/^\d{1,10}$/u.test(headLength ?? '')) return undefined
  const start = newline + 1
  const length = Number(headLength)
  if (start + length + 1 > size) return undefined
  const line = bytes(start, length + 1)
  if (!line || line[length] !== NEWLINE || createHash('sha256').update(line.subarray(0, length)).digest('hex') !== headHash) return undefined
  let head: Head
  try {
    head = JSON.parse(line.toString('utf8', 0, length)) as Head
  } catch {
    return undefined
  }
  if (!isHead(head)) return undefined
  const offsets: Array<number> = []
  let offset = start + length + 1
  for (const n of head.bytes) {
    offsets.push(offset)
    offset += n + 1
  }
  return offset === size ? {head, offsets} : undefined
}

/** The shape of a head, and its instrument's placeholders 0, 1, 2, … in reading order, one per article. */
function isHead(head: Head): boolean {
  if (typeof head !== 'object' || head === null || !Array.isArray(head.messages)) return false
  const n = Array.isArray(head.ids) ? head.ids.length : -1
  const lists = [head.ids, head.digests, head.hashes]
  if (n < 0 || !lists.every((l) => Array.isArray(l) && l.length === n && l.every((x) => typeof x === 'string'))) return false
  if (!Array.isArray(head.bytes) || head.bytes.length !== n || !head.bytes.every((b) => Number.isSafeInteger(b) && b >= 0)) return false
  const value = head.value
  if (value === null) return n === 0
  if (typeof value !== 'object' || value.type !== 'instrument' || !Array.isArray(value.body)) return false
  let next = 0
  const placeholders = (nodes: Array<unknown>): boolean =>
    nodes.every((node) => {
      if (typeof node !== 'object' || node === null) return false
      if ('article' in node) return node.article === next++
      return 'children' in node && Array.isArray(node.children) && placeholders(node.children)
    })
  return placeholders(value.body) && next === n
}

/** Article `index` of an entry from its line, or undefined when the line is not what the head says. */
function articleFrom(line: Buffer | undefined, head: Head, index: number): Article | undefined {
  const length = head.bytes[index]!
  if (!line || line[length] !== NEWLINE || lineHash(line.subarray(0, length)) !== head.hashes[index]) return undefined
  try {
    const article = JSON.parse(line.toString('utf8', 0, length)) as Article
    return typeof article === 'object' && article !== null && article.type === 'article' && article.id === head.ids[index] ? article : undefined
  } catch {
    return undefined
  }
}

/** The whole parse result of an entry, every article read back in place; undefined when there is no good entry. */
function readWholeEntry(dir: string, text: string, file: string): Result<Instrument | undefined> | undefined {
  const [path, key] = entryPlace(dir, text, file)
  const opened = openEntry(path, entryLimit(text))
  if (!opened) return undefined
  let whole: Buffer | undefined
  try {
    whole = readAt(opened.fd, 0, opened.size)
  } catch {
    whole = undefined
  } finally {
    closeSync(opened.fd)
  }
  if (!whole) return undefined
  const stored = readHead((position, length) => (position + length <= whole.length ? whole.subarray(position, position + length) : undefined), whole.length, key)
  if (!stored) return undefined
  const {head, offsets} = stored
  const articles: Array<Article> = []
  for (const [i, offset] of offsets.entries()) {
    const article = articleFrom(whole.subarray(offset, offset + head.bytes[i]! + 1), head, i)
    if (!article) return undefined
    articles.push(article)
  }
  touch(path)
  if (!head.value) return {value: undefined, messages: head.messages}
  const revive = (node: Division | Article | {article: number}): Division | Article =>
    'article' in node ? articles[node.article]! : {...(node as Division), children: (node as Division).children.map(revive)}
  return {value: {...head.value, body: head.value.body.map(revive)}, messages: head.messages}
}

/** The checked head of the entry of `file` with this text, its articles left on disk. */
function readStoredHead(dir: string, text: string, file: string): StoredHead | undefined {
  const [path, key] = entryPlace(dir, text, file)
  const opened = openEntry(path, entryLimit(text))
  if (!opened) return undefined
  try {
    const stored = readHead((position, length) => readAt(opened.fd, position, length), opened.size, key)
    if (!stored) return undefined
    touch(path)
    return {path, ...stored}
  } catch {
    return undefined
  } finally {
    closeSync(opened.fd)
  }
}

/**
 * An instrument whose articles are read from its entry when asked for. If the entry was damaged since its head
 * was read (a line that no longer matches its hash, a file cut short or gone), the file is parsed again and
 * stored afresh; the articles then come from that parse, which must be the ones the head named.
 */
function lazyInstrument(stored: StoredHead, reparse: () => Promise<{result: Result<Instrument | undefined>; entry: Entry}>): CachedInstrument {
  const {head, path, offsets} = stored
  const articles = head.ids.map((id, i) => ({id, digest: head.digests[i]}))
  const fromEntry = (indexes: ReadonlyArray<number>): Array<Article> | undefined => {
    const opened = openEntry(path, offsets.length ? offsets.at(-1)! + head.bytes.at(-1)! + 1 : Infinity)
    if (!opened) return undefined
    try {
      const out: Array<Article> = []
      for (const i of indexes) {
        const article = articleFrom(readAt(opened.fd, offsets[i]!, head.bytes[i]! + 1), head, i)
        if (!article) return undefined
        out.push(article)
      }
      return out
    } catch {
      return undefined
    } finally {
      closeSync(opened.fd)
    }
  }
  const read = async (indexes: ReadonlyArray<number>): Promise<Array<Article>> => {
    if (indexes.some((i) => !Number.isInteger(i) || i < 0 || i >= articles.length)) throw new RangeError(`no article at ${indexes.join(', ')} of ${path}`)
    if (indexes.length === 0) return []
    const found = fromEntry(indexes)
    if (found) return found
    const {result, entry} = await reparse()
    if (!result.value || entry.head.ids.join('\n') !== head.ids.join('\n') || entry.head.digests.join('\n') !== head.digests.join('\n')) {
      throw new CommandError(`the cache entry ${path} does not match the file it was made from: remove it, or run with SYNOPTIC_CACHE=off`)
    }
    const parsed = articlesOf(result.value)
    return indexes.map((i) => parsed[i]!)
  }
  if (!head.value) return {head: undefined, messages: head.messages, articles: [], read: async () => []}
  const {body: _body, ...instrument} = head.value
  return {head: instrument, messages: head.messages, articles, read}
}

/** Marks an entry used (at most once a day, so a hit rarely writes), for the pruning below. */
function touch(path: string): void {
  try {
    const now = Date.now()
    if (now - statSync(path).mtimeMs > 86_400_000) utimesSync(path, now / 1000, now / 1000)
  } catch {
    // An entry that cannot be marked is pruned earlier: no harm.
  }
}

/** A folder of the cache's own: a real folder, not a link to one elsewhere. */
function ownFolder(path: string): boolean {
  mkdirSync(path, {recursive: true})
  const info = lstatSync(path)
  return info.isDirectory() && !info.isSymbolicLink()
}

/**
 * Writes an entry: to a new scratch file (never through a link that is there), then renamed into place, and only
 * inside `parsed/` and its two-letter folder when both are real folders, so nothing is written outside the cache.
 */
function writeEntry(dir: string, path: string, key: string, entry: Entry): boolean {
  let scratch: string | undefined
  try {
    if (!ownFolder(join(dir, 'parsed')) || !ownFolder(join(path, '..'))) return false
    const head = JSON.stringify(entry.head)
    const lines = entry.lines.map((line) => `${line}\n`).join('')
    const first = `${magic}\t${key}\t${createHash('sha256').update(head).digest('hex')}\t${Buffer.byteLength(head)}\n`
    scratch = `${path}.${process.pid}.${Date.now()}.tmp`
    writeFileSync(scratch, `${first}${head}\n${lines}`, {flag: 'wx'})
    renameSync(scratch, path)
    return true
  } catch {
    if (scratch) rmSync(scratch, {force: true})
    return false
  }
}

/**
 * How far pruning looks: the cache is `parsed/<2 hex>/<key>.json`, at most a few hundred thousand entries under
 * the size limit. A folder beyond that is not ours to sweep.
 */
const pruneLimits = {maxDepth: 2, maxEntries: 500_000}

/**
 * Removes the entries used longest ago until the folder is under three quarters of `maxBytes`. The folder is
 * listed by rooted-files' walk: a link inside it (to a folder of the user's, say) is neither followed nor
 * removed, nor is a FIFO or other special file, so only plain files that are really inside are ever deleted.
 */
export async function prune(dir: string, maxBytes: number): Promise<void> {
  try {
    const walk = await walkInside(dir, '', pruneLimits)
    const entries: Array<{file: string; size: number; time: number}> = []
    for (const file of walk.files) {
      const info = await lstat(join(dir, file)).catch(() => undefined)
      if (info?.isFile()) entries.push({file, size: info.size, time: info.mtimeMs})
    }
    let total = entries.reduce((sum, e) => sum + e.size, 0)
    if (total <= maxBytes) return
    entries.sort((a, b) => a.time - b.time)
    for (const entry of entries) {
      if (total <= maxBytes * 0.75) break
      await removeFileInside(dir, entry.file)
      total -= entry.size
    }
  } catch {
    // Pruning again on the next write.
  }
}
