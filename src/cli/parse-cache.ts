// Parse once: instruments parsed from a file are kept in the user's cache folder, keyed by the file's path and
// content and by the parser's version, so a second `check`, `show`, `export` or `diff` on an unchanged corpus reads
// the model back instead of parsing Markdown again (parsing was 90 to 98% of those commands).
//
// Where: $SYNOPTIC_CACHE_DIR, else $XDG_CACHE_HOME/synoptic, else ~/.cache/synoptic (%LOCALAPPDATA%\synoptic on
// Windows, ~/Library/Caches/synoptic on macOS); never beside the corpus. SYNOPTIC_CACHE=off turns it off.
// An entry carries its key and a hash of its body: one that does not match, or does not read back as an
// instrument, is ignored and parsed again. The folder is kept under SYNOPTIC_CACHE_MAX_MB (default 256) by
// removing the entries written longest ago. Any failure of the cache (a read-only home) only means parsing.
import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {lstat} from 'node:fs/promises'
import {homedir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {removeFileInside, walkInside} from '../../rooted-files/index.ts'
import type {Result, SynopticMessage} from '../message/index.ts'
import {articlesOf, type Article, type Division, type Instrument} from '../model/index.ts'

/** Parses one file: `parseInstrument`'s signature. */
export type ParseFile = (text: string, file: string) => Result<Instrument | undefined>

declare const __SYNOPTIC_PARSER_VERSION__: string | undefined

// 2: each article on a line of its own, with a digest, so a diff reads only the articles that differ.
const magic = 'synoptic-parsed-instrument 2'

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

/** One article of an instrument as the cache holds it, read from its own line only when asked for. */
export interface CachedArticle {
  /** The article's id (`ssl-2018/art-112`). */
  id: string
  /**
   * A hash of everything in the article but its positions: two articles with the same digest are the same text
   * and structure, so a diff can call them equal without reading them. Absent when the cache is off.
   */
  digest?: string | undefined
  /** The article itself, parsed from the entry on first call. */
  read: () => Article
}

/** A parsed file as the cache holds it: the instrument without its articles, its messages, and the articles one by one. */
export interface CachedInstrument {
  /** Everything of the instrument but its body; undefined when the file gave none. */
  head: Omit<Instrument, 'body'> | undefined
  messages: Array<SynopticMessage>
  /** In reading order, as articlesOf gives them. */
  articles: Array<CachedArticle>
}

/** `parse`, through the cache in `dir` (no cache when `dir` is undefined). */
export function cachedParser(parse: ParseFile, dir: string | undefined = cacheDir(), maxBytes = cacheLimit()): ParseFile & {counts: CacheCounts} {
  const lookup = cacheLookup(parse, dir, maxBytes)
  const cached = (text: string, file: string): Result<Instrument | undefined> => {
    const found = lookup(text, file)
    return 'result' in found ? found.result : reviveResult(found.entry)
  }
  return Object.assign(cached, {counts: lookup.counts})
}

/**
 * `parse` through the cache, giving each instrument with its articles still unread: what `diff` of two folders
 * wants, since it reads only the articles whose digests differ. With the cache off, the articles are the parsed
 * ones and carry no digest.
 */
export function cachedInstruments(parse: ParseFile, dir: string | undefined = cacheDir(), maxBytes = cacheLimit()): ((text: string, file: string) => CachedInstrument) & {counts: CacheCounts} {
  const lookup = cacheLookup(parse, dir, maxBytes)
  const cached = (text: string, file: string): CachedInstrument => {
    const found = lookup(text, file)
    if ('entry' in found) return lazyInstrument(found.entry)
    const {value, messages} = found.result
    if (!value) return {head: undefined, messages, articles: []}
    const {body: _body, ...head} = value
    return {head, messages, articles: articlesOf(value).map((article) => ({id: article.id, read: () => article}))}
  }
  return Object.assign(cached, {counts: lookup.counts})
}

/** An entry as stored: the instrument with each article replaced by its index, and one line of JSON per article. */
interface Entry {
  head: {value: Instrument | null; messages: Array<SynopticMessage>; articles: Array<{id: string; digest: string}>}
  lines: Array<string>
}

function cacheLookup(parse: ParseFile, dir: string | undefined, maxBytes: number) {
  const counts: CacheCounts = {hits: 0, misses: 0}
  let written = false
  const lookup = (text: string, file: string): {entry: Entry} | {result: Result<Instrument | undefined>} => {
    if (!dir) {
      counts.misses++
      return {result: parse(text, file)}
    }
    const [path, key] = entryPlace(dir, text, file)
    const found = readEntry(path, key)
    if (found) {
      counts.hits++
      return {entry: found}
    }
    counts.misses++
    const result = parse(text, file)
    if (writeEntry(path, key, toEntry(result))) {
      if (!written) queueMicrotask(() => void prune(join(dir, 'parsed'), maxBytes))
      written = true
    }
    return {result}
  }
  return Object.assign(lookup, {counts})
}

/** Where the entry of `file` with this text is kept, and its key. */
function entryPlace(dir: string, text: string, file: string): [string, string] {
  const key = createHash('sha256').update(`${parserVersion()}\0${file}\0`).update(text).digest('hex')
  return [join(dir, 'parsed', key.slice(0, 2), `${key}.json`), key]
}

/**
 * Parses files through the cache (results in the order of `files`), loading the parser only when one of them is
 * not in it: on an unchanged corpus, `list` or `show` never load remark.
 */
export async function parseFiles(files: ReadonlyArray<{path: string; text: string}>, loadParser: () => Promise<ParseFile>, dir: string | undefined = cacheDir(), maxBytes = cacheLimit()): Promise<Array<Result<Instrument | undefined>>> {
  const found = dir ? files.map((f) => readEntry(...entryPlace(dir, f.text, f.path))) : []
  if (dir && found.every((entry) => entry !== undefined)) return found.map((entry) => reviveResult(entry!))
  const parse = cachedParser(await loadParser(), dir, maxBytes)
  return files.map((f, i) => (found[i] ? reviveResult(found[i]) : parse(f.text, f.path)))
}

/** Like parseFiles, each instrument with its articles unread (see cachedInstruments): what `diff` of two folders reads. */
export async function readCachedInstruments(files: ReadonlyArray<{path: string; text: string}>, loadParser: () => Promise<ParseFile>, dir: string | undefined = cacheDir(), maxBytes = cacheLimit()): Promise<Array<CachedInstrument>> {
  const found = dir ? files.map((f) => readEntry(...entryPlace(dir, f.text, f.path))) : []
  if (dir && found.every((entry) => entry !== undefined)) return found.map((entry) => lazyInstrument(entry!))
  const read = cachedInstruments(await loadParser(), dir, maxBytes)
  return files.map((f, i) => (found[i] ? lazyInstrument(found[i]) : read(f.text, f.path)))
}

function cacheLimit(): number {
  const mb = Number(process.env.SYNOPTIC_CACHE_MAX_MB)
  return (Number.isFinite(mb) && mb > 0 ? mb : 256) * 1024 * 1024
}

// The one shape of a position in the model's JSON ("start" and "end", each line, column, offset). Quotes inside
// JSON strings are escaped, so this never matches inside the text of a provision.
const positionJson = /,?"position":\{"start":\{[^{}]*\},"end":\{[^{}]*\}\}/gu

/** Cuts a parse result into an entry: one line per article, with its digest. */
function toEntry(result: Result<Instrument | undefined>): Entry {
  const lines: Array<string> = []
  const articles: Array<{id: string; digest: string}> = []
  const placeholder = (node: Division | Article): Division | Article | {article: number} => {
    if (node.type === 'division') return {...node, children: node.children.map(placeholder) as Array<Division | Article>}
    const json = JSON.stringify(node)
    articles.push({id: node.id, digest: createHash('sha256').update(json.replace(positionJson, '')).digest('base64')})
    lines.push(json)
    return {article: lines.length - 1}
  }
  const value = result.value ? {...result.value, body: result.value.body.map(placeholder) as Array<Division | Article>} : null
  return {head: {value, messages: result.messages, articles}, lines}
}

/** The instrument of an entry with every article read back in place. */
function reviveResult(entry: Entry): Result<Instrument | undefined> {
  const {value, messages} = entry.head
  if (!value) return {value: undefined, messages}
  const revive = (node: Division | Article | {article: number}): Division | Article =>
    'article' in node && typeof node.article === 'number' ? JSON.parse(entry.lines[node.article]!) as Article
      : {...(node as Division), children: (node as Division).children.map(revive) as Array<Division | Article>}
  return {value: {...value, body: value.body.map(revive)}, messages}
}

function lazyInstrument(entry: Entry): CachedInstrument {
  const {value, messages, articles} = entry.head
  if (!value) return {head: undefined, messages, articles: []}
  const {body: _body, ...head} = value
  return {
    head,
    messages,
    articles: articles.map(({id, digest}, index) => {
      let article: Article | undefined
      return {id, digest, read: () => (article ??= JSON.parse(entry.lines[index]!) as Article)}
    })
  }
}

function readEntry(path: string, key: string): Entry | undefined {
  let raw: string
  try {
    raw = readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
  const newline = raw.indexOf('\n')
  const [magicWord, entryKey, digest] = raw.slice(0, newline).split('\t')
  const body = raw.slice(newline + 1)
  if (newline < 0 || magicWord !== magic || entryKey !== key || digest !== createHash('sha256').update(body).digest('hex')) return undefined
  try {
    const [first, ...lines] = body.split('\n')
    const head = JSON.parse(first!) as Entry['head']
    const instrument = head.value as Instrument | null
    if (!Array.isArray(head.messages) || !Array.isArray(head.articles) || head.articles.length !== lines.length) return undefined
    if (instrument !== null && (instrument.type !== 'instrument' || !Array.isArray(instrument.body))) return undefined
    touch(path)
    return {head, lines}
  } catch {
    return undefined
  }
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

function writeEntry(path: string, key: string, entry: Entry): boolean {
  try {
    const body = [JSON.stringify(entry.head), ...entry.lines].join('\n')
    mkdirSync(join(path, '..'), {recursive: true})
    const scratch = `${path}.${process.pid}.tmp`
    writeFileSync(scratch, `${magic}\t${key}\t${createHash('sha256').update(body).digest('hex')}\n${body}`)
    renameSync(scratch, path)
    return true
  } catch {
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
