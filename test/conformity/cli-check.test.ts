// `synoptic check`: the whole corpus, instruments, a draft file, one provision's text, and bad rule files.
import {execFile} from 'node:child_process'
import {cpSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, test} from 'vitest'
import {runInProcess} from '../cli/in-process.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

async function cli(argv: Array<string>, corpus = join(root, 'corpus')) {
  return runInProcess(argv, {corpus})
}

interface JsonFinding {
  rule: string
  status: string
  provision: string | null
  instrument: string
  standards: Array<{instrument: string; article: string}>
  reason: string
  match?: {text: string; start: number; end: number}
  recommendation: string
}

describe('synoptic check', () => {
  test('npm run -s synoptic -- check --json checks the whole shipped corpus and exits 0', async () => {
    const {stdout} = await promisify(execFile)('npm', ['run', '-s', 'synoptic', '--', 'check', '--json'], {cwd: root, maxBuffer: 16 << 20})
    const {findings} = JSON.parse(stdout) as {findings: Array<JsonFinding>}
    const f = findings.find((x) => x.provision === 'md-4139/art-18/item-2')!
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'status', 'provision', 'standards', 'reason', 'match', 'recommendation']))
    expect(f).toMatchObject({rule: 'prior-notice', status: 'conflict'})
    expect(f.standards).toEqual(expect.arrayContaining([expect.objectContaining({instrument: 'C081', article: '12(1)(a)'})]))
    expect(findings.some((x) => x.status === 'gap' && x.provision === null)).toBe(true)
  })

  test('an instrument id checks that instrument and its framework; the text output names provision, rule and standard', async () => {
    const {code, out} = await cli(['check', 'md-4139'])
    expect(code).toBe(0)
    expect(out).toContain('conflict      md-4139/art-18/item-2  [prior-notice] Inspection visits announced to the employer in advance — C081 12(1)(a); C129 16(1)(a); ILO-GP-2022')
    expect(out).toContain('words: “Inform labour units or inspected targets')
    expect(out).not.toContain('ll-2013/art-175/para-3')
    expect(out).toMatch(/\d+ findings: 2 conflicts, \d+ gaps/)
  })

  test('--text checks one provision as a drafter types it', async () => {
    const text = 'The employer shall be informed of the inspection at least three days in advance.'
    const {code, out} = await cli(['check', '--json', '--text', text])
    expect(code).toBe(0)
    const {findings} = JSON.parse(out) as {findings: Array<JsonFinding>}
    expect(findings.map((f) => [f.rule, f.status, f.provision])).toEqual([['prior-notice', 'conflict', null]])
    expect(findings[0]!.match).toEqual({text: 'informed of the inspection at least three days in advance', start: 22, end: 79})
    expect(text.slice(22, 79)).toBe(findings[0]!.match!.text)
    const clean = await cli(['check', '--json', '--text', 'Inspectors may enter without previous notice.'])
    expect((JSON.parse(clean.out) as {findings: Array<JsonFinding>}).findings.map((f) => f.status)).toEqual(['conforms'])
  })

  test('a draft file is checked as its consolidated base: removing the duty to announce clears the conflict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-check-'))
    const file = join(dir, 'draft-4139.md')
    writeFileSync(file, `---
id: draft-4139
title: Amendment of Decision 4139 article 18
kind: draft
base: md-4139
jurisdiction: LA
language: en
source: test draft
---
## Article 18 (Amended) Duties

Social security inspectors shall have the following duties:

1. Develop programmes and plans of social security inspection;
2. Decide whether to inform inspected targets of a visit, and inform them only where this cannot prejudice the inspection;
`)
    const before = await cli(['check', '--json', 'md-4139'])
    const after = await cli(['check', '--json', file])
    expect(after.code).toBe(0)
    const conflicts = (run: {out: string}) => (JSON.parse(run.out) as {findings: Array<JsonFinding>}).findings.filter((f) => f.status === 'conflict').map((f) => f.provision)
    expect(conflicts(before)).toContain('md-4139/art-18/item-2')
    expect(conflicts(after)).not.toContain('draft-4139/art-18/item-2')
    // The articles the draft leaves alone are still checked, under the draft.
    expect(conflicts(after)).toContain('md-4139/art-25/item-nn-2')
  })

  test('an unknown instrument is exit 1 with a message; --text with instruments is exit 2', async () => {
    const missing = await cli(['check', 'md-9999'])
    expect(missing.code).toBe(1)
    expect(missing.err).toContain("no instrument 'md-9999' in the corpus")
    expect((await cli(['check', 'md-4139', '--text', 'x'])).code).toBe(2)
  })

  test('a broken rule file stops the check with file:line:column, and no findings are printed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-rules-'))
    cpSync(join(root, 'corpus'), dir, {recursive: true})
    writeFileSync(join(dir, 'rules', 'broken.yaml'), '- id: broken\n  title: Broken\n  kind: conflict\n  standards: [{instrument: C081, article: "12"}]\n  triggers: ["inform ((visit"]\n  reason: r\n  recommendation: r\n')
    const {code, out, err} = await cli(['check'], dir)
    expect(code).toBe(1)
    expect(out).toBe('')
    expect(err).toMatch(/rules\/broken\.yaml:5:\d+: error: pattern "inform \(\(visit" of rule "broken": '\(' is never closed/)
  })
})
