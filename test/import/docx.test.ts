import {execFile} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {importCommand} from '../../src/cli/commands/import.ts'
import {validate} from '../../src/cli/commands/validate.ts'
import {parseInstrument} from '../../src/corpus/index.ts'
import {articlesOf, inlineToText, walkProvisions, type Article, type Instrument} from '../../src/model/index.ts'
import {draftDocx, longLawDocx, typedNumbersDocx, wordNumberingDocx} from './fixtures.ts'
import {runCommand} from './run-command.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'synoptic-import-'))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

/** Imports `name` (already in the scratch folder) to `<id>.md`, checks it validates, and returns the parsed result. */
async function importAndValidate(name: string, id: string, ...extra: Array<string>) {
  const run = await runCommand(importCommand, [name, '--id', id, '-o', `${id}.md`, ...extra], dir)
  expect(run.err).not.toMatch(/error/)
  expect(run.code).toBe(0)
  const others = extra.includes('--base') ? [join(root, 'corpus', 'ssl-2018.md')] : []
  const check = await runCommand(validate, [`${id}.md`, ...others], dir)
  expect(check.code, check.err).toBe(0)
  expect(check.out).toMatch(/^valid: /m)
  const text = readFileSync(join(dir, `${id}.md`), 'utf8')
  const parsed = parseInstrument(text, `${id}.md`)
  return {run, text, instrument: parsed.value!}
}

function outline(article: Article): Array<string> {
  const out: Array<string> = []
  walkProvisions(article.children, (p) => out.push(`${p.id.split('/').slice(2).join('/')} ${p.type === 'item' ? p.label : '¶'} ${inlineToText(p.content)}`))
  return out
}

function shape(instrument: Instrument): Array<unknown> {
  const visit = (nodes: Instrument['body']): Array<unknown> =>
    nodes.map((n) => (n.type === 'article' ? `${n.id} ${n.heading}`.trim() : {[`${n.id} ${n.heading}`]: visit(n.children)}))
  return visit(instrument.body)
}

describe('a Word document with typed numbers, headings, chapters, amended articles', () => {
  test('comes in whole and validates', async () => {
    writeFileSync(join(dir, 'typed.docx'), await typedNumbersDocx())
    const {run, instrument} = await importAndValidate('typed.docx', 'typed-law')
    expect(run.out).toBe('typed.docx: 3 divisions, 7 articles, 12 items, 1 warning → typed-law.md\n')
    expect(run.err).toMatch(/typed\.docx:1:1: warning: a paragraph before the first article \(at paragraph 1\) was kept as the preamble/)
    expect(instrument).toMatchObject({title: 'LAW ON LABOUR INSPECTION', number: 'No. 12/NA', kind: 'law', provenance: {source: 'Imported from typed.docx', translation: 'unofficial'}})
    expect(shape(instrument)).toEqual([
      {'typed-law/part-i General Provisions': [
        {'typed-law/part-i/chapter-1 Objectives and Definitions': ['typed-law/art-1 Objective', 'typed-law/art-2 Definitions']},
        {'typed-law/part-i/chapter-2 Inspection': [
          'typed-law/art-3 Forms of inspection', 'typed-law/art-4 Powers of inspectors', 'typed-law/art-5 Appointment of inspectors',
          'typed-law/art-6', 'typed-law/art-7 Inspection reports'
        ]}
      ]}
    ])
    const [, art2, art3, , art5, art6, art7] = articlesOf(instrument)
    expect(art2!.amended).toBe(true)
    expect(outline(art2!)).toEqual([
      'para-1 ¶ The terms used in this Law have the following meanings:',
      'item-1 1. Labour unit means any enterprise employing workers;',
      'item-2 2. Inspection targets are the following:',
      'item-2/item-a (a) labour units of the private sector;',
      'item-2/item-b (b) state enterprises;',
      'item-3 3. Inspector means an official appointed under article 5 of this Law.',
      'para-2 ¶ Terms not defined here have the meaning given in the Labour Law.'
    ])
    // Bold words stay bold.
    expect(art2!.children[1]!.content[0]).toEqual({type: 'strong', children: [{type: 'text', value: 'Labour unit'}]})
    expect(outline(art3!).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([
      'item-1 1.', 'item-1/item-1-1 1.1.', 'item-1/item-1-2 1.2.', 'item-2 2.', 'item-2/item-a a)', 'item-2/item-b b)', 'item-2/item-c c)'
    ])
    expect(outline(art5!)).toEqual(['para-1 ¶ The Minister appoints inspectors.', 'para-2 ¶ Article 5 of this Law applies to provincial inspectors too.'])
    expect(art6!.status).toBe('repealed')
    expect(art7!.note).toBe('to be discussed')
  })
})

describe('a Word document numbered by Word itself', () => {
  test('gets the labels Word shows, the same as LibreOffice renders them', async () => {
    writeFileSync(join(dir, 'word.docx'), await wordNumberingDocx())
    const {instrument} = await importAndValidate('word.docx', 'word-law')
    expect(articlesOf(instrument).map((a) => `${a.number} ${a.heading}`)).toEqual(['1 Objective', '2 Duties', '3 Sanctions', '4 Information'])
    expect(outline(articlesOf(instrument)[1]!)).toEqual([
      'para-1 ¶ Social security inspectors shall have the following duties:',
      'item-1 1. Develop inspection programmes and plans;',
      'item-2 2. Inform labour units of the following before the visit:',
      'item-2/item-a a) the date of the visit;',
      'item-2/item-b b) the place of the visit, namely:',
      'item-2/item-b/item-i (i) the head office;',
      'item-2/item-b/item-ii (ii) the branches;',
      'item-3 3. Report on the findings.',
      'para-2 ¶ In an emergency, inspectors may act at once.',
      'item-4 4. Keep the records of every visit.'
    ])
    expect(outline(articlesOf(instrument)[3]!).map((l) => l.split(' ')[0])).toEqual(['para-1', 'item-nn-1', 'item-nn-2'])

    // LibreOffice, the real one, reads the same file: every numbered line it prints has the label we found.
    await promisify(execFile)('soffice', ['--headless', '--convert-to', 'txt:Text', '--outdir', dir, join(dir, 'word.docx')], {timeout: 120_000})
    const rendered = readFileSync(join(dir, 'word.txt'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
    const ours: Array<string> = []
    for (const a of articlesOf(instrument)) {
      ours.push(`Article ${a.number} ${a.heading}`)
      walkProvisions(a.children, (p) => ours.push(p.type === 'item' ? `${p.label || '•'} ${inlineToText(p.content)}` : inlineToText(p.content)))
    }
    expect(ours).toEqual(rendered.slice(rendered.indexOf('Article 1 Objective')))
  })
})

describe('a Word document written by LibreOffice (its own list styles)', () => {
  test('gets the labels LibreOffice shows', async () => {
    writeFileSync(join(dir, 'lo.html'), [
      '<html><body><h2>Article 1 Duties</h2><p>Inspectors shall:</p>',
      '<ol><li>inspect labour units:<ol type="a"><li>the head office;</li><li>the branches;</li></ol></li><li>report.</li></ol>',
      '<h2>Article 2 Powers</h2><p>Inspectors may:</p><ol type="i"><li>enter;</li><li>question;</li></ol><ul><li>and more.</li></ul>',
      '</body></html>'
    ].join('\n'))
    const exec = promisify(execFile)
    await exec('soffice', ['--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, join(dir, 'lo.html')], {timeout: 120_000})
    await exec('soffice', ['--headless', '--convert-to', 'txt:Text', '--outdir', dir, join(dir, 'lo.docx')], {timeout: 120_000})
    const {instrument} = await importAndValidate('lo.docx', 'lo-law', '--title', 'LO')
    const rendered = readFileSync(join(dir, 'lo.txt'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
    const ours: Array<string> = []
    for (const a of articlesOf(instrument)) {
      ours.push(`Article ${a.number} ${a.heading}`)
      walkProvisions(a.children, (p) => ours.push(p.type === 'item' ? `${p.label || '•'} ${inlineToText(p.content)}` : inlineToText(p.content)))
    }
    expect(ours).toEqual(rendered)
    expect(outline(articlesOf(instrument)[0]!).map((l) => l.split(' ')[0])).toEqual(['para-1', 'item-1', 'item-1/item-a', 'item-1/item-b', 'item-2'])
  })
})

describe('a draft with amended and new articles', () => {
  test('keeps "New Article" headings and their order, and notes', async () => {
    writeFileSync(join(dir, 'draft.docx'), await draftDocx())
    const {instrument} = await importAndValidate('draft.docx', 'draft-x', '--kind', 'draft', '--base', 'ssl-2018')
    expect(articlesOf(instrument).map((a) => [a.id, a.amended, a.note ?? null, a.after ?? null, a.status])).toEqual([
      ['draft-x/art-111', true, null, null, 'proposed'],
      ['draft-x/art-new-1', false, null, 'ssl-2018/art-111', 'proposed'],
      ['draft-x/art-113', false, 'to be discussed', null, 'proposed'],
      ['draft-x/art-new-2', false, null, 'ssl-2018/art-113', 'proposed']
    ])
  })
})

describe('a 200-article law', () => {
  test('every article, chapter and item comes through', async () => {
    const law = await longLawDocx(200)
    writeFileSync(join(dir, 'long.docx'), law.bytes)
    const {run, instrument} = await importAndValidate('long.docx', 'long-law', '--json')
    const report = JSON.parse(run.out) as {summary: {articles: number; items: number; divisions: number; warnings: number}; written: boolean}
    expect(report.written).toBe(true)
    expect(report.summary).toMatchObject({articles: law.articles, items: law.items, divisions: law.chapters, warnings: 0})
    expect(articlesOf(instrument).map((a) => a.number)).toEqual(Array.from({length: law.articles}, (_, i) => String(i + 1)))
    let items = 0
    for (const a of articlesOf(instrument)) walkProvisions(a.children, (p) => void (p.type === 'item' && items++))
    expect(items).toBe(law.items)
  })
})

describe('the command line contract', () => {
  test('npm run -s synoptic -- import writes a file that npm run -s synoptic -- validate accepts', async () => {
    writeFileSync(join(dir, 'npm.docx'), await typedNumbersDocx())
    const exec = promisify(execFile)
    const imported = await exec('npm', ['run', '-s', 'synoptic', '--', 'import', join(dir, 'npm.docx'), '--id', 'npm-law', '-o', join(dir, 'npm-law.md'), '--json'], {cwd: root})
    expect(JSON.parse(imported.stdout)).toMatchObject({written: true, summary: {articles: 7}})
    const checked = await exec('npm', ['run', '-s', 'synoptic', '--', 'validate', join(dir, 'npm-law.md')], {cwd: root})
    expect(checked.stdout).toMatch(/^valid: 1 files, 1 instruments: 0 errors/m)
  })
})
