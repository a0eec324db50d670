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
import type {Result} from '../message/index.ts'
import type {Instrument} from '../model/index.ts'

/** Parses one file: `parseInstrument`'s signature. */
export type ParseFile = (text: string, file: string) => Result<Instrument | undefined>

declare const __SYNOPTIC_PARSER_VERSION__: string | undefined

const magic = 'synoptic-parsed-instrument 1'

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

/** `parse`, through the cache in `dir` (no cache when `dir` is undefined). */
export function cachedParser(parse: ParseFile, dir: string | undefined = cacheDir(), maxBytes = cacheLimit()): ParseFile & {counts: CacheCounts} {
  const counts: CacheCounts = {hits: 0, misses: 0}
  let written = false
  const cached = (text: string, file: string): Result<Instrument | undefined> => {
    if (!dir) {
      counts.misses++
      return parse(text, file)
    }
    const key = createHash('sha256').update(`${parserVersion()}\0${file}\0`).update(text).digest('hex')
    const path = join(dir, 'parsed', key.slice(0, 2), `${key}.json`)
    const found = readEntry(path, key)
    if (found) {
      counts.hits++
      return found
    }
    counts.misses++
    const result = parse(text, file)
    if (writeEntry(path, key, result)) {
      if (!written) queueMicrotask(() => void prune(join(dir, 'parsed'), maxBytes))
      written = true
    }
    return result
  }
  return Object.assign(cached, {counts})
}

function cacheLimit(): number {
  const mb = Number(process.env.SYNOPTIC_CACHE_MAX_MB)
  return (Number.isFinite(mb) && mb > 0 ? mb : 256) * 1024 * 1024
}

function readEntry(path: string, key: string): Result<Instrument | undefined> | undefined {
  let raw: string
  try {
    raw = readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
  const newline = raw.indexOf('\n')
  const [head, entryKey, digest] = raw.slice(0, newline).split('\t')
  const body = raw.slice(newline + 1)
  if (newline < 0 || head !== magic || entryKey !== key || digest !== createHash('sha256').update(body).digest('hex')) return undefined
  try {
    const value = JSON.parse(body) as Result<Instrument | undefined>
    const instrument = value.value as Instrument | undefined | null
    if (!Array.isArray(value.messages) || (instrument != null && (instrument.type !== 'instrument' || !Array.isArray(instrument.body)))) return undefined
    if (instrument === null) value.value = undefined
    touch(path)
    return value
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

function writeEntry(path: string, key: string, result: Result<Instrument | undefined>): boolean {
  try {
    const body = JSON.stringify({value: result.value ?? null, messages: result.messages})
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
