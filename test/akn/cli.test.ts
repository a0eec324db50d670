// `synoptic export --format akn` and `synoptic import file.xml`, through the commands themselves.
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {exportDraft} from '../../src/cli/commands/export.ts'
import {importCommand} from '../../src/cli/commands/import.ts'
import {runCommand as runWith} from '../../src/cli/run.ts'
import type {Command} from '../../src/cli/command.ts'
import {parseInstrument} from '../../src/corpus/index.ts'
import {repoRoot} from '../corpus/seed-quotes.ts'
import {content} from './eritrea.ts'

const dir = mkdtempSync(join(tmpdir(), 'synoptic-akn-cli-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

async function run(command: Command, argv: Array<string>) {
  let out = ''
  let err = ''
  const code = await runWith(command, argv, {cwd: dir, defaultCorpus: join(repoRoot, 'corpus'), out: (t) => void (out += t + '\n'), err: (t) => void (err += t + '\n')})
  return {code, out, err}
}

describe('synoptic export --format akn', () => {
  test('an instrument: writes the act, and never replaces a file without --force', async () => {
    const first = await run(exportDraft, ['ssl-2018', '--format', 'akn', '-o', 'ssl-2018.xml', '--date', '2026-12-01'])
    expect(first).toMatchObject({code: 0, err: ''})
    expect(first.out).toBe(`wrote ${join(dir, 'ssl-2018.xml')} (Akoma Ntoso 3.0 act): ssl-2018, 10 articles\n`)
    const written = readFileSync(join(dir, 'ssl-2018.xml'), 'utf8')
    expect(written).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<akomaNtoso /u)
    writeFileSync(join(dir, 'ssl-2018.xml'), 'mine')
    const again = await run(exportDraft, ['ssl-2018', '--format', 'akn', '-o', 'ssl-2018.xml'])
    expect(again.code).toBe(1)
    expect(again.err).toMatch(/already exists/u)
    expect(readFileSync(join(dir, 'ssl-2018.xml'), 'utf8')).toBe('mine')
  })

  test('a draft, with --json; --mode is refused for Akoma Ntoso', async () => {
    const json = await run(exportDraft, ['annex-1', '--format', 'akn', '-o', 'annex-1.xml', '--json'])
    expect(json.code).toBe(0)
    expect(JSON.parse(json.out)).toEqual({output: join(dir, 'annex-1.xml'), format: 'akn', instrument: 'annex-1', kind: 'draft', base: 'ssl-2018', articles: 8})
    const mode = await run(exportDraft, ['annex-1', '--format', 'akn', '--mode', 'clean', '-o', 'other.xml'])
    expect(mode.code).toBe(2)
    expect(existsSync(join(dir, 'other.xml'))).toBe(false)
  })

  test('the other formats still work', async () => {
    const md = await run(exportDraft, ['annex-1', '--format', 'md', '-o', 'annex-1.md'])
    expect(md.code).toBe(0)
    expect(md.out).toMatch(/\(md, redline\)/u)
  })
})

describe('synoptic import file.xml', () => {
  test('reads its own export back into the same corpus file model, taking the id from the document', async () => {
    await run(exportDraft, ['annex-1', '--format', 'akn', '-o', 'back.xml', '--force'])
    const imported = await run(importCommand, ['back.xml', '-o', 'annex-1-back.md'])
    expect(imported.code).toBe(0)
    expect(imported.out).toBe('back.xml: 8 articles, 34 items, 0 warnings → annex-1-back.md\n')
    const original = readFileSync(join(repoRoot, 'corpus/drafts/annex-1.md'), 'utf8')
    const back = parseInstrument(readFileSync(join(dir, 'annex-1-back.md'), 'utf8'), 'drafts/annex-1.md').value!
    expect(content(back)).toEqual(content(parseInstrument(original, 'drafts/annex-1.md').value!))
  })

  test('an Indigo-style act with an id given', async () => {
    writeFileSync(join(dir, 'harbours.xml'), readFileSync(join(repoRoot, 'test/fixtures/akn/indigo-act.xml')))
    const imported = await run(importCommand, ['harbours.xml', '--id', 'zz-harbours', '--json'])
    expect(imported.code).toBe(0)
    const report = JSON.parse(imported.out) as {id: string; summary: object; markdown: string}
    expect(report.id).toBe('zz-harbours')
    expect(report.summary).toEqual({divisions: 4, articles: 5, items: 10, paragraphs: 5, warnings: 0})
    expect(report.markdown).toMatch(/^---\nid: zz-harbours\n/u)
  })

  test('refused files: the reason on stderr, nothing written', async () => {
    const bad = {
      'entities.xml': '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x "y">]>\n<akomaNtoso>&x;</akomaNtoso>',
      'cut.xml': '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n  <act>\n    <meta>',
      'words.xml': 'not XML at all'
    }
    for (const [name, text] of Object.entries(bad)) writeFileSync(join(dir, name), text)
    const before = readdirSync(dir).sort()
    const results = await Promise.all(Object.keys(bad).map((name) => run(importCommand, [name, '-o', `${name}.md`])))
    expect(readdirSync(dir).sort()).toEqual(before)
    expect(results.map((r) => r.code)).toEqual([1, 1, 1])
    expect(results[0]!.err).toMatch(/^entities\.xml:2:1: error: the file declares a DOCTYPE or entities/mu)
    expect(results[1]!.err).toMatch(/^cut\.xml:3:\d+: error: this is not well-formed XML/mu)
    expect(results[2]!.err).toMatch(/words\.xml is not an Akoma Ntoso \(XML\) document: it is plain text/u)
    for (const r of results) expect(r.err).toMatch(/nothing was written/u)
  })
})
