import {execFileSync} from 'node:child_process'
import {existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {parseInstrument} from '../../src/corpus/index.ts'
import {cacheDir, cachedParser, prune, readCachedInstruments} from '../../src/cli/parse-cache.ts'

const root = new URL('../../', import.meta.url)
const law = readFileSync(new URL('corpus/ssl-2018.md', root), 'utf8')
const broken = '---\nid: x\ntitle: X\nkind: law\njurisdiction: LA\nlanguage: en\nsource: s\n---\n\n## Article 1\n\n## Article 1\n\ntext\n'

/** parseInstrument, counting its calls. */
function countingParse() {
  const calls: Array<string> = []
  const parse = (text: string, file: string) => {
    calls.push(file)
    return parseInstrument(text, file)
  }
  return {parse, calls}
}

const entries = (dir: string) => (readdirSync(dir, {recursive: true}) as Array<string>).filter((f) => f.endsWith('.json')).map((f) => join(dir, f))

describe('the cache of parsed instruments', () => {
  test('a second read of an unchanged file does not parse it, and gives the same instrument and messages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-cache-'))
    const first = countingParse()
    const a = cachedParser(first.parse, dir)
    const fresh = [a(law, 'corpus/ssl-2018.md'), a(broken, 'bad.md')]
    expect(first.calls).toEqual(['corpus/ssl-2018.md', 'bad.md'])
    const second = countingParse()
    const b = cachedParser(second.parse, dir)
    const again = [b(law, 'corpus/ssl-2018.md'), b(broken, 'bad.md')]
    expect(second.calls).toEqual([])
    expect(b.counts).toEqual({hits: 2, misses: 0})
    expect(again).toEqual(JSON.parse(JSON.stringify(fresh)))
    expect(again[1]!.messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`)).toEqual(['bad.md:12:1 duplicate-article', 'bad.md:10:1 empty-article'])
    // A changed text, or the same text under another name, is parsed again.
    b(law.replace('Social Security', 'Social  Security'), 'corpus/ssl-2018.md')
    b(law, 'elsewhere/ssl-2018.md')
    expect(second.calls).toEqual(['corpus/ssl-2018.md', 'elsewhere/ssl-2018.md'])
  })

  test('a damaged or forged entry is ignored and the file parsed again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-cache-'))
    cachedParser(parseInstrument, dir)(law, 'ssl.md')
    const [entry] = entries(dir)
    const original = readFileSync(entry!, 'utf8')
    const damages = [
      original.slice(0, original.length - 40),
      original.replace('"Law on Social Security', '"Law on Antisocial Security'),
      original.replace(/^[^\n]*/u, (head) => head.replace(/\t[0-9a-f]{64}$/u, '\t' + '0'.repeat(64))),
      'not a cache entry'
    ]
    for (const damaged of damages) {
      writeFileSync(entry!, damaged)
      const counting = countingParse()
      const result = cachedParser(counting.parse, dir)(law, 'ssl.md')
      expect(counting.calls).toEqual(['ssl.md'])
      expect(result.value!.title).toBe('Law on Social Security (amended)')
    }
  })

  test('stays under its size limit by removing the entries used longest ago', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-cache-'))
    const parse = cachedParser(parseInstrument, dir)
    for (let i = 0; i < 6; i++) parse(law, `copy-${i}.md`)
    const files = entries(dir)
    const size = statSync(files[0]!).size
    files.forEach((f, i) => utimesSync(f, 1000 + i, 1000 + i))
    await prune(join(dir, 'parsed'), size * 4)
    const left = entries(dir)
    expect(left.length).toBe(3)
    expect(left.sort()).toEqual(files.slice(3).sort())
  })

  test('pruning follows no link: files of a folder linked from inside the cache, and a FIFO, are left alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-cache-'))
    const outside = mkdtempSync(join(tmpdir(), 'synoptic-outside-'))
    const parse = cachedParser(parseInstrument, dir)
    for (let i = 0; i < 4; i++) parse(law, `copy-${i}.md`)
    const files = entries(dir)
    const size = statSync(files[0]!).size
    files.forEach((f, i) => utimesSync(f, 1000 + i, 1000 + i))
    // The user's own files, older than every entry and larger than the limit: followed, they would go first.
    const theirs = ['thesis.json', 'notes.json'].map((name) => join(outside, name))
    for (const file of theirs) {
      writeFileSync(file, 'x'.repeat(size * 2))
      utimesSync(file, 10, 10)
    }
    mkdirSync(join(dir, 'parsed', 'zz'), {recursive: true})
    symlinkSync(outside, join(dir, 'parsed', 'zz', 'linked'))
    symlinkSync(outside, join(dir, 'parsed', 'linked-top'))
    symlinkSync(theirs[0]!, join(dir, 'parsed', 'zz', 'linked-file.json'))
    if (process.platform !== 'win32') execFileSync('mkfifo', [join(dir, 'parsed', 'zz', 'pipe.json')])
    await prune(join(dir, 'parsed'), size * 2)
    for (const file of theirs) expect(readFileSync(file, 'utf8').length).toBe(size * 2)
    expect(lstatSync(join(dir, 'parsed', 'zz', 'linked')).isSymbolicLink()).toBe(true)
    expect(lstatSync(join(dir, 'parsed', 'zz', 'linked-file.json')).isSymbolicLink()).toBe(true)
    // The cache's own entries were pruned, oldest first, counting only what is really inside.
    expect(files.map((f) => existsSync(f))).toEqual([false, false, false, true])
  })

  test('an entry keeps each article apart with a digest: the same text elsewhere in the file has the same digest, a changed one another', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-cache-'))
    const front = '---\nid: d\ntitle: D\nkind: law\njurisdiction: LA\nlanguage: en\nsource: s\n---\n\n'
    const before = `${front}## Article 1\n\nOne.\n\n## Article 2\n\n1. Inspectors may enter;\n2. They may ask.\n\n## Article 3\n\nThree.\n`
    // Article 1 longer, so articles 2 and 3 sit lines further down; article 3's wording changed.
    const after = `${front}## Article 1\n\nOne, and\n\nmore.\n\n## Article 2\n\n1. Inspectors may enter;\n2. They may ask.\n\n## Article 3\n\nThree times.\n`
    const files = [{path: 'a/d.md', text: before}, {path: 'b/d.md', text: after}]
    const load = async () => parseInstrument
    const cold = await readCachedInstruments(files, load, dir)
    const warm = await readCachedInstruments(files, async () => {
      throw new Error('a warm cache loads no parser')
    }, dir)
    const [x, y] = warm
    expect(x!.articles.map((a) => a.id)).toEqual(['d/art-1', 'd/art-2', 'd/art-3'])
    expect(x!.articles.map((a, i) => a.digest === y!.articles[i]!.digest)).toEqual([false, true, false])
    expect(y!.articles[1]!.read().position.start.line).toBeGreaterThan(x!.articles[1]!.read().position.start.line)
    // What an entry gives back is what the parser gave, article by article.
    expect(warm.map((w) => w.articles.map((a) => a.read()))).toEqual(cold.map((c) => JSON.parse(JSON.stringify(c.articles.map((a) => a.read())))))
    expect(cold[0]!.articles[0]!.digest).toBeUndefined()
    expect(warm[1]!.head!.id).toBe('d')
  })

  test('lives in the user cache folder, or where SYNOPTIC_CACHE_DIR says, and can be turned off', () => {
    expect(cacheDir({SYNOPTIC_CACHE_DIR: '/somewhere'})).toBe('/somewhere')
    expect(cacheDir({SYNOPTIC_CACHE: 'off', SYNOPTIC_CACHE_DIR: '/somewhere'})).toBeUndefined()
    if (process.platform === 'linux') {
      expect(cacheDir({XDG_CACHE_HOME: '/xdg'})).toBe('/xdg/synoptic')
      expect(cacheDir({})).toMatch(/\.cache\/synoptic$/u)
    }
  })
})
