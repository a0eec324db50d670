import {execFile} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, test} from 'vitest'
import {runCli} from '../../src/cli/run.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const fixtures = join(root, 'test/fixtures/corpus')

/** Runs the CLI in-process and collects what it prints. */
async function cli(...argv: Array<string>) {
  let out = ''
  let err = ''
  const code = await runCli(argv, {
    cwd: root,
    defaultCorpus: fixtures,
    out: (t) => void (out += t + '\n'),
    err: (t) => void (err += t + '\n')
  })
  return {code, out, err}
}

describe('the CLI contract', () => {
  test('npm run -s synoptic -- list --json works from the shipped corpus with no build step', async () => {
    const {stdout} = await promisify(execFile)('npm', ['run', '-s', 'synoptic', '--', 'list', '--json'], {cwd: root})
    const rows = JSON.parse(stdout) as Array<Record<string, unknown>>
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(Object.keys(row)).toEqual(['id', 'title', 'kind', 'number', 'date', 'articles'])
  })

  test('list counts articles per instrument', async () => {
    const {code, out} = await cli('list', '--json')
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual([
      {id: 'll-2013', title: 'Labour Law (amended)', kind: 'law', number: 'No. 43/NA', date: '2013-12-24', articles: 2},
      {id: 'md-4139', title: 'Ministerial Decision on Social Security Inspection', kind: 'decision', number: 'No. 4139/MoLSW', date: '2021-11-02', articles: 2}
    ])
  })

  test('show a provision: id, heading, plain text with its items, status, source, children', async () => {
    const {code, out} = await cli('show', 'll-2013/art-173', '--json')
    expect(code).toBe(0)
    const view = JSON.parse(out)
    expect(view).toMatchObject({id: 'll-2013/art-173', heading: 'Forms of labour affairs inspection', status: 'in-force', source: 'ILO review (2023), Table 3'})
    expect(view.text.split('\n')).toEqual([
      'Labour affairs inspection will take the following forms:',
      '1. Inspection is a routine system of inspection undertaken as per a plan over a fixed time period;',
      '2. Inspection with advance notice is inspection undertaken outside of the plan when deemed necessary, with advance notification for the party undergoing inspection;',
      '3. Sudden inspection is urgent inspection without advance notice for the party undergoing inspection;',
      'Any labour inspection must be implemented strictly in accordance with the law'
    ])
    expect(view.children.map((c: {id: string; label: string}) => [c.id, c.label])).toEqual([
      ['ll-2013/art-173/para-1', ''], ['ll-2013/art-173/item-1', '1.'], ['ll-2013/art-173/item-2', '2.'],
      ['ll-2013/art-173/item-3', '3.'], ['ll-2013/art-173/para-2', '']
    ])
    const item = JSON.parse((await cli('show', 'md-4139/art-18/item-2', '--json')).out)
    expect(item).toMatchObject({id: 'md-4139/art-18/item-2', heading: 'Duties', status: 'in-force', children: []})
    expect(item.text).toBe('2. Inform labour units or inspected targets on the dates, location and mode of inspection prior to the actual inspection visits;')
  })

  test('show an instrument: metadata and its articles', async () => {
    const view = JSON.parse((await cli('show', 'md-4139', '--json')).out)
    expect(view).toMatchObject({id: 'md-4139', kind: 'decision', date: '2021-11-02'})
    expect(view.articles.map((a: {id: string; status: string}) => [a.id, a.status])).toEqual([
      ['md-4139/art-18', 'in-force'], ['md-4139/art-19', 'not-available']
    ])
    expect(view.articles[1].text).toBe('')
  })

  test('an unknown provision is an error on stderr with exit 1', async () => {
    const {code, out, err} = await cli('show', 'md-4139/art-99')
    expect([code, out]).toEqual([1, ''])
    expect(err).toContain("no provision 'md-4139/art-99'")
  })

  test('an unknown command or option prints usage and exits 2', async () => {
    const unknown = await cli('frobnicate')
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain("unknown command 'frobnicate'")
    expect(unknown.err).toContain('Commands:')
    const option = await cli('list', '--colour')
    expect(option.code).toBe(2)
    expect(option.err).toMatch(/Unknown option '--colour'[\s\S]*Usage: npm run -s synoptic -- list/u)
    const missing = await cli('show')
    expect(missing.code).toBe(2)
  })

  test('every command answers --help', async () => {
    for (const name of ['validate', 'list', 'show']) {
      const {code, out} = await cli(name, '--help')
      expect(code).toBe(0)
      expect(out).toContain(`Usage: npm run -s synoptic -- ${name}`)
      expect(out).toContain('--corpus')
    }
  })
})

describe('validate', () => {
  function copyOfFixtures(): string {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-validate-'))
    cpSync(fixtures, dir, {recursive: true})
    return dir
  }

  test('passes on valid files and reports warnings without failing', async () => {
    const {code, out} = await cli('validate', fixtures)
    expect(code).toBe(0)
    expect(out).toMatch(/ll-2013-art-173\.md:\d+:1: warning: "article 155 of this law" refers to article 155/u)
    expect(out).toMatch(/valid: 2 files, 2 instruments: 0 errors, 1 warnings/u)
  })

  test('a duplicated article fails with file:line:column', async () => {
    const dir = copyOfFixtures()
    const file = join(dir, 'md-4139-art-18.md')
    writeFileSync(file, readFileSync(file, 'utf8') + '\n## Article 18 Duties again\n\nText.\n')
    const {code, err} = await cli('validate', dir)
    expect(code).toBe(1)
    expect(err).toMatch(/md-4139-art-18\.md:34:1: error: Article 18 appears twice in md-4139 \(first on line 13\)/u)
  })

  test('an unterminated front matter fails with file:1:1', async () => {
    const dir = copyOfFixtures()
    const file = join(dir, 'll-2013-art-173.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n---\n/u, '\n\n'))
    const {code, err, out} = await cli('validate', '--json', dir)
    expect(code).toBe(1)
    expect(err).toBe('')
    const report = JSON.parse(out)
    expect(report.valid).toBe(false)
    expect(report.messages).toContainEqual(expect.objectContaining({
      line: 1, column: 1, severity: 'error', ruleId: 'unterminated-front-matter', file: expect.stringMatching(/ll-2013-art-173\.md$/u)
    }))
  })

  test('review data citing a provision the corpus lacks fails with its place in the YAML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-validate-'))
    cpSync(join(root, 'corpus'), dir, {recursive: true})
    const file = join(dir, 'data/aspects.yaml')
    const text = readFileSync(file, 'utf8')
    const line = text.split('\n').findIndex((l) => l.includes('ll-2013/art-171')) + 1
    writeFileSync(file, text.replace('ll-2013/art-171', 'll-2013/art-999'))
    const {code, err} = await cli('validate', dir)
    expect(code).toBe(1)
    expect(err).toMatch(new RegExp(`data/aspects\\.yaml:${line}:\\d+: error: .*ll-2013/art-999`, 'u'))
  })

  test('a missing path is a clear error', async () => {
    const {code, err} = await cli('validate', 'no/such/folder')
    expect(code).toBe(1)
    expect(err).toContain('no such file or folder: no/such/folder')
  })
})

describe('validate a draft file on its own', () => {
  test('its base is loaded from the corpus, and only the draft is reported on', async () => {
    let out = ''
    let err = ''
    const code = await runCli(['validate', 'corpus/drafts/annex-1.md'], {cwd: root, defaultCorpus: join(root, 'corpus'), out: (t) => void (out += t + '\n'), err: (t) => void (err += t + '\n')})
    expect({code, err}).toEqual({code: 0, err: ''})
    expect(out).toBe('valid: 1 files, 1 instruments: 0 errors, 0 warnings\n')
  })

  test('a base the corpus lacks is still an error naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-draft-'))
    cpSync(join(root, 'corpus/drafts/annex-1.md'), join(dir, 'annex-1.md'))
    let err = ''
    const code = await runCli(['validate', 'annex-1.md'], {cwd: dir, defaultCorpus: fixtures, out: () => undefined, err: (t) => void (err += t + '\n')})
    expect(code).toBe(1)
    expect(err).toMatch(/annex-1\.md:1:1: error: The draft's base `ssl-2018` is not in the corpus/)
  })
})
