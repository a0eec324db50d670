// `synoptic assess`: a framework, a set of instruments, JSON, DOCX and PDF, and wrong usage.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import JSZip from 'jszip'
import {afterAll, describe, expect, test} from 'vitest'
import {runCommand} from '../import/run-command.ts'
import {assess} from '../../src/cli/commands/assess.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const corpus = join(root, 'corpus')
const scratch = mkdtempSync(join(tmpdir(), 'assess-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

const run = (argv: Array<string>) => runCommand(assess, [...argv, '--corpus', corpus], root)

interface JsonRow {
  article: string
  status: string
  provisions: Array<string>
  findings: Array<{rule: string; status: string; provision: string; words: string}>
  unmet: Array<string>
  reason: string
}

describe('synoptic assess', () => {
  test('the labour framework of the review (ll-2013 + md-4277): the employer-signed report conflicts, one row per article', async () => {
    const {code, out, err} = await run(['labour', '--json'])
    expect(err).toBe('')
    expect(code).toBe(0)
    const json = JSON.parse(out) as {target: {instruments: Array<string>}; rows: Array<JsonRow>; counts: Record<string, number>}
    expect(json.target.instruments).toEqual(['ll-2013', 'md-4277'])
    const rows = new Map(json.rows.map((r) => [r.article, r]))
    expect(rows.get('report-signature')).toMatchObject({status: 'conflict', provisions: ['ll-2013/art-175/para-3']})
    expect(rows.get('free-entry')?.status).toBe('conforms')
    expect(rows.get('free-entry')?.findings.map((f) => f.provision)).toContain('md-4277/art-8/item-1')
    // Gaps name what is missing, and that the review quotes only some articles.
    expect(rows.get('annual-report')?.status).toBe('gap')
    expect(rows.get('annual-report')?.reason).toMatch(/^No provision .* cited without text and could not be assessed/)
    expect(Object.values(json.counts).reduce((a, b) => a + b, 0)).toBe(json.rows.length)
  })

  test('instruments joined by + are one framework; a draft is read with its base applied', async () => {
    const joined = JSON.parse((await run(['ll-2013+md-4277', '--json'])).out) as {rows: Array<JsonRow>}
    const framework = JSON.parse((await run(['labour', '--json'])).out) as {rows: Array<JsonRow>}
    expect(joined.rows.map((r) => r.status)).toEqual(framework.rows.map((r) => r.status))
    const base = JSON.parse((await run(['ssl-2018', '--json'])).out) as {rows: Array<JsonRow>}
    const draft = JSON.parse((await run(['annex-1', '--json'])).out) as {rows: Array<JsonRow>}
    const status = (rows: Array<JsonRow>) => rows.find((r) => r.article === 'status')!
    expect(status(base.rows).status).toBe('conflict')
    expect(status(draft.rows).status).not.toBe('conflict')
  })

  test('the text output names status, article, provisions, words and what is missing', async () => {
    const {code, out} = await run(['labour'])
    expect(code).toBe(0)
    expect(out).toMatch(/^conflict\s+Inspection reports valid without the employer's signature — ILO-GP-2022$/m)
    expect(out).toMatch(/^\s+conflict: ll-2013\/art-175\/para-3 “.*signed by the employers” \[report-signature\]$/m)
    expect(out).toMatch(/^\s+missing: /m)
  })

  test('DOCX and PDF exports hold every row; an existing file is never replaced without --force', async () => {
    const docx = join(scratch, 'labour.docx')
    expect((await run(['labour', '--format', 'docx', '-o', docx])).code).toBe(0)
    const xml = await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')!.async('string')
    expect(xml).toContain('Inspection reports valid without the employer')
    expect(xml).toContain('Published annual report on the inspection services')
    expect(xml).toContain('signed by the employers')
    const again = await run(['labour', '--format', 'docx', '-o', docx])
    expect(again.code).toBe(1)
    const pdf = join(scratch, 'labour.pdf')
    expect((await run(['labour', '--format', 'pdf', '-o', pdf])).code).toBe(0)
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
    if (existsSync('/usr/bin/pdftotext')) expect(execFileSync('pdftotext', [pdf, '-'], {encoding: 'utf8'})).toMatch(/Gap: nothing/)
  })

  test('wrong usage exits 2; an unknown instrument or an ILO convention exits 1 naming it', async () => {
    expect((await run([])).code).toBe(2)
    expect((await run(['labour', '--format', 'odt', '-o', join(scratch, 'x.odt')])).code).toBe(2)
    const unknown = await run(['nowhere'])
    expect(unknown.code).toBe(1)
    expect(unknown.err).toMatch(/no instrument 'nowhere'/)
    expect((await run(['c081'])).err).toMatch(/ILO instrument/)
  })

  test('-o names the format when --format is not given; the two must agree when both are', async () => {
    const pdf = join(scratch, 'by-name.pdf')
    expect((await run(['labour', '-o', pdf])).code).toBe(0)
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
    const docx = join(scratch, 'by-name.DOCX')
    expect((await run(['labour', '-o', docx])).code).toBe(0)
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK')
    const mismatch = await run(['labour', '--format', 'pdf', '-o', join(scratch, 'wrong.docx')])
    expect(mismatch.code).toBe(2)
    expect(mismatch.err).toMatch(/--format pdf does not match the output file .*wrong\.docx/)
    expect(existsSync(join(scratch, 'wrong.docx'))).toBe(false)
    const unnamed = await run(['labour', '-o', join(scratch, 'memo.txt')])
    expect(unnamed.code).toBe(2)
    expect(unnamed.err).toMatch(/give --format docx\|pdf, or an output file ending in \.docx, \.pdf/)
  })
})
