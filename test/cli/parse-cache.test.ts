import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {parseInstrument} from '../../src/corpus/index.ts'
import {articlesOf} from '../../src/model/index.ts'
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

/** An article's line changed at the same length, as valid JSON: only its hash tells. */
const damage = (line: string) => {
  expect(line).toContain('"amended":false')
  return line.replace('"amended":false', '"amended":true ')
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
    const lastLine = original.slice(original.lastIndexOf('\n', original.length - 2) + 1)
    const damages = [
      original.slice(0, original.length - 40),
      original.replace('"Law on Social Security', '"Law on Antisocial Security'),
      original.replace(/^([^\t\n]*\t[^\t\n]*\t)[0-9a-f]{64}/u, `$1${'0'.repeat(64)}`),
      original.replace(/^([^\n]*\t)(\d+)\n/u, (_, before: string, length: string) => `${before}${Number(length) - 1}\n`),
      // One word of the last article, the same length: the sizes still add up, the line's hash does not.
      original.slice(0, original.length - lastLine.length) + lastLine.replace(/employer/u, 'emplozer'),
      original.replace('synoptic-parsed-instrument 3', 'synoptic-parsed-instrument 2'),
      'not a cache entry'
    ]
    expect(lastLine).toContain('employer')
    for (const damaged of damages) {
      expect(damaged).not.toBe(original)
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
    const [[second]] = await Promise.all([y!.read([1])])
    expect(second!.position.start.line).toBeGreaterThan((await x!.read([1]))[0]!.position.start.line)
    // What an entry gives back is what the parser gave, article by article.
    const all = (c: (typeof warm)[number]) => c.read(c.articles.map((_, i) => i))
    expect(await Promise.all(warm.map(all))).toEqual(JSON.parse(JSON.stringify(await Promise.all(cold.map(all)))))
    expect(cold[0]!.articles[0]!.digest).toBeUndefined()
    expect(warm[1]!.head!.id).toBe('d')
  })

  test('a diff reads only the first two lines and the articles it asks for; a line damaged since is parsed again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-cache-'))
    const files = [{path: 'ssl.md', text: law}]
    const parsed = parseInstrument(law, 'ssl.md').value!
    await readCachedInstruments(files, async () => parseInstrument, dir)
    const [entry] = entries(dir)
    const original = readFileSync(entry!, 'utf8')
    let loads = 0
    const counting = async () => {
      loads++
      return parseInstrument
    }
    const [warm] = await readCachedInstruments(files, counting, dir)
    expect(loads).toBe(0)
    const wanted = [3, 0, 7]
    const fromParse = JSON.parse(JSON.stringify(wanted.map((i) => articlesOf(parsed)[i])))
    // Article 5's line is damaged after the head was read; articles 0, 3 and 7 are read from their lines.
    const lines = original.split('\n')
    lines[2 + 5] = damage(lines[2 + 5]!)
    expect(lines.join('\n')).not.toBe(original)
    writeFileSync(entry!, lines.join('\n'))
    expect(await warm!.read(wanted)).toEqual(fromParse)
    expect(loads).toBe(0)
    expect(await warm!.read([5, 1])).toEqual(JSON.parse(JSON.stringify([5, 1].map((i) => articlesOf(parsed)[i]))))
    expect(loads).toBe(1)
    // The entry was written afresh: the next run reads it without the parser.
    expect(readFileSync(entry!, 'utf8')).toBe(original)
    const [again] = await readCachedInstruments(files, counting, dir)
    expect(await again!.read([5])).toEqual(JSON.parse(JSON.stringify([articlesOf(parsed)[5]])))
    expect(loads).toBe(1)
    // Cut short: the head no longer adds up to the file, so the file is parsed.
    writeFileSync(entry!, original.slice(0, original.length - 100))
    await readCachedInstruments(files, counting, dir)
    expect(loads).toBe(2)
  })

  test('an entry whose checked head names other articles than the file has stops the diff with an error naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-cache-'))
    const files = [{path: 'ssl.md', text: law}]
    await readCachedInstruments(files, async () => parseInstrument, dir)
    const [entry] = entries(dir)
    const [first, head, ...lines] = readFileSync(entry!, 'utf8').split('\n')
    // A head made to look right (its hash and length redone) with another digest, and a damaged line to send the
    // reader back to the parser, which then finds other articles than the head said.
    const forged = JSON.parse(head!) as {digests: Array<string>}
    forged.digests[0] = forged.digests[1]!
    const text = JSON.stringify(forged)
    const [magicWord, key] = first!.split('\t')
    const headLine = `${magicWord}\t${key}\t${createHash('sha256').update(text).digest('hex')}\t${Buffer.byteLength(text)}`
    lines[0] = damage(lines[0]!)
    writeFileSync(entry!, [headLine, text, ...lines].join('\n'))
    const [warm] = await readCachedInstruments(files, async () => parseInstrument, dir)
    expect(warm!.articles[0]!.digest).toBe(warm!.articles[1]!.digest)
    await expect(warm!.read([0])).rejects.toThrow(new RegExp(`the cache entry ${entry!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} does not match`, 'u'))
  })

  test('writes nothing through a link in the cache folder, and waits on no FIFO at an entry\'s place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-cache-'))
    const outside = mkdtempSync(join(tmpdir(), 'synoptic-outside-'))
    cachedParser(parseInstrument, dir)(law, 'ssl.md')
    const [entry] = entries(dir)
    const folder = join(entry!, '..')
    rmSync(folder, {recursive: true})
    symlinkSync(outside, folder)
    const counting = countingParse()
    cachedParser(counting.parse, dir)(law, 'ssl.md')
    expect(counting.calls).toEqual(['ssl.md'])
    expect(readdirSync(outside)).toEqual([])
    if (process.platform === 'win32') return
    rmSync(folder)
    mkdirSync(folder)
    execFileSync('mkfifo', [entry!])
    const again = countingParse()
    expect(cachedParser(again.parse, dir)(law, 'ssl.md').value!.id).toBe('ssl-2018')
    expect((await readCachedInstruments([{path: 'ssl.md', text: law}], async () => again.parse, dir))[0]!.head!.id).toBe('ssl-2018')
    // The parse wrote a real entry in the FIFO's place, which the second read took.
    expect(again.calls).toEqual(['ssl.md'])
    expect(lstatSync(entry!).isFIFO()).toBe(false)
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
