// A corpus folder as a careless clone or an attacker leaves it: link loops, a link to a system folder, a FIFO, a file
// in Latin-1, and the cost of many articles without text. `validate` must return soon, read nothing outside the
// folder, and name each problem in plain words.
import {execFile, execFileSync} from 'node:child_process'
import {closeSync, constants, cpSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, describe, expect, test} from 'vitest'
import {runCli} from '../../src/cli/run.ts'
import {maxDocumentBytes} from '../../src/ipc/index.ts'
import {bounded} from '../electron/fixtures/hostile.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const fixtures = join(root, 'test/fixtures/corpus')
// Each call parses the files it reads: the parse cache (in the user's cache folder) is not what is tested here.
process.env.SYNOPTIC_CACHE = 'off'
const made: Array<string> = []
const fifos: Array<string> = []
afterEach(() => {
  for (const path of fifos.splice(0)) {
    try {
      closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK)) // releases a reader stuck on it
    } catch {
      // nobody waiting
    }
  }
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true})
})

/** A copy of the fixture corpus in a fresh folder. */
function corpusCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'synoptic-corpus-'))
  made.push(dir)
  cpSync(fixtures, join(dir, 'corpus'), {recursive: true})
  return join(dir, 'corpus')
}

async function validate(...args: Array<string>) {
  let out = ''
  let err = ''
  const outcome = await bounded(() =>
    runCli(['validate', ...args], {cwd: root, defaultCorpus: fixtures, out: (t) => void (out += t + '\n'), err: (t) => void (err += t + '\n')})
  )
  return {outcome, out, err}
}

describe('validate on a hostile corpus folder', () => {
  test('a link loop to .. and a link to /usr/share/doc: returns within 2 s, reads nothing outside, names both links', async () => {
    const dir = corpusCopy()
    symlinkSync('..', join(dir, 'loop'))
    symlinkSync('/usr/share/doc', join(dir, 'docs'))
    symlinkSync(join(dir, 'll-2013-art-173.md'), join(dir, 'same.md'))
    const {outcome, out} = await validate(dir, '--json')
    expect(outcome.ok ? 'done' : outcome.error.message).toBe('done')
    expect(outcome.ms).toBeLessThan(2_000)
    const report = JSON.parse(out) as {files: number; messages: Array<{file: string; reason: string; severity: string}>}
    expect(report.files).toBe(readdirSync(fixtures).length)
    const linkNotes = report.messages.filter((m) => /is a link/u.test(m.reason))
    expect(linkNotes.map((m) => m.file.split('/').pop()).sort()).toEqual(['docs', 'loop', 'same.md'])
    for (const note of linkNotes) expect(note.severity).toBe('warning')
  })

  test('a file named on the command line through a link is read: that link is the user\'s own choice', async () => {
    const dir = corpusCopy()
    symlinkSync(join(dir, 'll-2013-art-173.md'), join(dir, '..', 'chosen.md'))
    const {outcome, out} = await validate(join(dir, '..', 'chosen.md'), '--json')
    expect(outcome.ok ? outcome.value : outcome.error.message).toBe(0)
    expect(JSON.parse(out)).toMatchObject({valid: true, files: 1, instruments: 1})
  })

  test('a FIFO named x.md: validate returns within 2 s and says what it is', async () => {
    const dir = corpusCopy()
    execFileSync('mkfifo', [join(dir, 'x.md')])
    fifos.push(join(dir, 'x.md'))
    const {outcome, out} = await validate(dir, '--json')
    expect(outcome.ok ? 'done' : outcome.error.message).toBe('done')
    expect(outcome.ms).toBeLessThan(2_000)
    const report = JSON.parse(out) as {messages: Array<{file: string; reason: string}>}
    expect(report.messages.find((m) => m.file.endsWith('x.md'))?.reason).toMatch(/named pipe \(FIFO\), not a file/u)
  })

  test('a file that is not UTF-8 is an error at its first bad byte, in a folder and named on the command line', async () => {
    const dir = corpusCopy()
    const lines = ['---', 'id: x-1', 'title: Latin-1', 'kind: law', '---', '', '## Article 1 Test', '', 'Le d\u00e9cret.', '']
    writeFileSync(join(dir, 'latin1.md'), Buffer.from(lines.join('\n'), 'latin1'))
    for (const target of [dir, join(dir, 'latin1.md')]) {
      const {outcome, err} = await validate(target)
      expect(outcome.ok ? outcome.value : outcome.error.message).toBe(1)
      expect(err).toMatch(/latin1\.md:9:5: error: this file is not UTF-8 text \(byte 0xE9/u)
    }
  })

  test('a file larger than the document limit is refused before it is read', async () => {
    const dir = corpusCopy()
    const big = join(dir, 'big.md')
    writeFileSync(big, '')
    execFileSync('truncate', ['-s', '9M', big])
    const {outcome, err} = await validate(dir)
    expect(outcome.ok ? outcome.value : outcome.error.message).toBe(1)
    expect(err).toMatch(/big\.md:1:1: error: .*9\.0 MB, more than the 8 MB a document may be/u)
  })
})

describe('many articles without text', () => {
  // Before the linear parser, 10,000 such articles took 22 s and 693 MB. Parsed run by run, with runs of plain
  // headings and `> key: value` lines built without micromark, 100,000 take a few seconds. The bound is a guard
  // against quadratic parsing (which would take many minutes here), set loose enough for a loaded machine; the
  // figure itself is measured in `npm run bench`.
  test('100,000 "text not available" articles in one file validate in bounded time (30 s) and 2 GB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-many-'))
    made.push(dir)
    const parts = ['---', 'id: many-1', 'title: A law cited article by article', 'kind: law', 'jurisdiction: LA', 'language: en', 'source: test', '---', '']
    // As the importer writes an article it has no text for; about 5 MB, within the 8 MB a document may be.
    for (let n = 1; n <= 100_000; n++) parts.push(`## Article ${n}`, '', '> status: text not available', '')
    const file = join(dir, 'many.md')
    writeFileSync(file, parts.join('\n'))
    expect(statSync(file).size).toBeLessThan(maxDocumentBytes)
    const started = performance.now()
    const result = await new Promise<{code: number | null; stdout: string; stderr: string}>((done) => {
      execFile(
        process.execPath,
        ['--max-old-space-size=2048', '--import', 'tsx', join(root, 'src/cli/main.ts'), 'validate', file, '--json'],
        {cwd: root, timeout: 30_000, maxBuffer: 64 * 1024 * 1024, env: {...process.env, SYNOPTIC_CACHE: 'off'}},
        (error, stdout, stderr) => done({code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr})
      )
    })
    const seconds = (performance.now() - started) / 1000
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(seconds).toBeLessThan(30)
    expect(JSON.parse(result.stdout)).toMatchObject({valid: true, instruments: 1})
  }, 60_000)
})
