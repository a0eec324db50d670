import {mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {runInProcess} from '../cli/in-process.ts'
import {readDocx} from './docx-xml.ts'
import {root} from './fixtures.ts'

/** Runs the CLI in-process on the shipped corpus and collects what it prints. */
async function cli(...argv: Array<string>) {
  return runInProcess(argv)
}

const dir = mkdtempSync(join(tmpdir(), 'synoptic-cli-export-'))

describe('synoptic export', () => {
  test('writes a track-changes DOCX of annex-1 and reports what the draft changes', async () => {
    const file = join(dir, 'annex-1.docx')
    const {code, out, err} = await cli('export', 'annex-1', '--format', 'docx', '--mode', 'track-changes', '-o', file, '--date', '2023-06-04', '--json')
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(JSON.parse(out)).toMatchObject({output: file, format: 'docx', mode: 'track-changes', draft: 'annex-1', base: 'ssl-2018', articles: {amended: 3, inserted: 3, repealed: 0, notComparable: 2}})
    const doc = await readDocx(readFileSync(file))
    expect(doc.revisions.length).toBeGreaterThan(0)
    expect(doc.revisions.every((r) => r.date === '2023-06-04T00:00:00Z' || r.date === '2023-06-04T00:03:00Z')).toBe(true)
  })

  test('never overwrites an existing file without --force, and leaves no temporary file', async () => {
    const file = join(dir, 'taken.pdf')
    writeFileSync(file, 'the user\'s own work')
    const before = statSync(file).mtimeMs
    const refused = await cli('export', 'annex-1', '--format', 'pdf', '-o', file)
    expect(refused.code).toBe(1)
    expect(refused.err).toMatch(/already exists.*--force/u)
    expect(readFileSync(file, 'utf8')).toBe('the user\'s own work')
    expect(statSync(file).mtimeMs).toBe(before)
    const forced = await cli('export', 'annex-1', '--format', 'pdf', '-o', file, '--force')
    expect(forced.code).toBe(0)
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  test('exports a draft file given by path, with the edits in it', async () => {
    const text = readFileSync(join(root, 'corpus/drafts/annex-1.md'), 'utf8')
      .replace('3. {++Social security inspection officers.++}', '3. {++Social security inspection officers.++}\n4. {++Labour inspectors, for matters of social security.++}')
    const draftFile = join(dir, 'annex-1-edited.md')
    writeFileSync(draftFile, text)
    const file = join(dir, 'edited.md')
    const {code} = await cli('export', draftFile, '--format', 'md', '-o', file)
    expect(code).toBe(0)
    const md = readFileSync(file, 'utf8')
    expect(md).toContain('- {++4.++} {++Labour inspectors, for matters of social security.++}')
    expect(md).toContain('- 1. Internal inspection agency is the same as') // kept text has no markup
    // A translation difference is a wording variant: the draft's words, unmarked, and listed at the end.
    expect(md).not.toContain('{--at--}{++in++}')
    expect(md).toMatch(/- \*\*Article 110\(2\):\*\* Current text “at”; Draft “in”\./u)
  })

  test('clean Markdown is the consolidated text, new articles in place, no markup', async () => {
    const file = join(dir, 'clean.md')
    expect((await cli('export', 'annex-1', '--format', 'md', '--mode', 'clean', '-o', file)).code).toBe(0)
    const md = readFileSync(file, 'utf8')
    const headings = md.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.split(' ').slice(1, 3).join(' '))
    expect(headings).toEqual([
      'Article 105', 'Article 110', 'Article 111', 'Article 112', 'Article 113', 'New Article', 'New Article', 'New Article',
      'Article 114', 'Article 116', 'Article 117', 'Article 118', 'Article 119'
    ])
    expect(md).not.toMatch(/\{\+\+|\{--/u)
    expect(md).toContain('- 5. Ad hoc inspection is an inspection')
  })

  test.each([
    [['export', 'annex-1', '--format', 'pdf', '--mode', 'track-changes', '-o', 'x.pdf'], 2, /only in Word/u],
    [['export', 'annex-1', '--format', 'docx'], 2, /-o <file>/u],
    [['export', 'annex-1', '--format', 'docx', '--engine', 'chromium', '-o', 'x.docx'], 2, /--engine chooses how PDFs are made/u],
    [['export', 'annex-1', '--format', 'pdf', '--engine', 'prince', '-o', 'x.pdf'], 2, /unknown engine 'prince'/u],
    [['export', 'annex-1', '--format', 'odt', '-o', 'x.odt'], 2, /unknown format/u],
    [['export', 'annex-1', '--format', 'docx', '--mode', 'blue', '-o', 'x.docx'], 2, /unknown mode/u],
    [['export', 'annex-9', '--format', 'docx', '-o', 'x.docx'], 1, /no draft 'annex-9'/u],
    [['export', 'ssl-2018', '--format', 'docx', '-o', 'x.docx'], 1, /not a draft/u],
    [['export', 'missing.md', '--format', 'docx', '-o', 'x.docx'], 1, /cannot read the draft missing\.md: ENOENT/u]
  ])('%j exits %i', async (argv, code, message) => {
    const result = await cli(...argv.map((a) => (a.startsWith('x.') ? join(dir, a) : a)))
    expect(result.code).toBe(code)
    expect(result.err).toMatch(message)
  })
})
