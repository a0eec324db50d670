// Every shipped instrument, the Annex 1 draft and a real law from outside the corpus export to Akoma Ntoso
// that xmllint validates against the OASIS schema; a broken document shows the check can fail.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {toAkomaNtoso} from '../../src/akn/index.ts'
import {findInstrument, type Instrument} from '../../src/model/index.ts'
import {repoRoot} from '../corpus/seed-quotes.ts'
import {shippedCorpus} from '../corpus/shipped-corpus.ts'
import {eritreanProclamation} from './eritrea.ts'
import {importSource} from '../../src/import/index.ts'
import {commonwealthAct} from '../import/commonwealth.ts'

const schema = join(repoRoot, '../shared/schemas/akn/akomantoso30.xsd')
const dir = mkdtempSync(join(tmpdir(), 'synoptic-akn-schema-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

/** xmllint's verdict on each file, in one run (the schema is read once). */
function xmllint(files: Array<string>): {status: number; output: string} {
  const run = spawnSync('xmllint', ['--noout', '--schema', schema, ...files], {encoding: 'utf8'})
  return {status: run.status ?? -1, output: `${run.stdout}${run.stderr}`}
}

const {corpus} = shippedCorpus()
const exported = new Map<string, string>()

function write(instrument: Instrument, base?: Instrument): string {
  const xml = toAkomaNtoso(instrument, {date: '2026-12-01', base})
  expect(xml.messages.filter((m) => m.severity === 'error')).toEqual([])
  const file = join(dir, `${instrument.id}.xml`)
  writeFileSync(file, xml.value!)
  exported.set(instrument.id, xml.value!)
  return file
}

let files: Array<string> = []
let verdict: {status: number; output: string}
beforeAll(() => {
  execFileSync('xmllint', ['--version'], {stdio: 'ignore'})
  files = corpus.instruments.map((i) => write(i, i.base ? findInstrument(corpus, i.base) : undefined))
  files.push(write(eritreanProclamation()))
  // A Commonwealth-style Act with a Schedule holding its own text.
  files.push(write(importSource({format: 'text', text: commonwealthAct().text}, {id: 'wsh-2010', file: 'act.txt'}).value.instrument))
  verdict = xmllint(files)
})

describe('Akoma Ntoso exports validate against the OASIS schema (xmllint)', () => {
  test('every shipped instrument and draft, and the Eritrean Proclamation, are checked', () => {
    const ids = corpus.instruments.map((i) => i.id)
    expect(ids).toEqual(expect.arrayContaining(['annex-1', 'ssl-2018', 'll-2013', 'c081', 'c129', 'r081', 'p081', 'md-4139']))
    expect(files).toHaveLength(ids.length + 2)
  })

  test('xmllint validates every file', () => {
    expect(verdict.output.trim().split('\n').sort()).toEqual(files.map((f) => `${f} validates`).sort())
    expect(verdict.status).toBe(0)
  })

  test('the check can fail: two articles with one eId, and a number where the body wants an article, are rejected', () => {
    const good = exported.get('ssl-2018')!
    const noEid = good.replace(/<article eId="art_113"/u, '<article eId="art_112"')
    const misplaced = good.replace('<body>', '<body><num>1</num>')
    expect(noEid).not.toBe(good)
    writeFileSync(join(dir, 'no-eid.xml'), noEid)
    writeFileSync(join(dir, 'misplaced.xml'), misplaced)
    const bad = xmllint([join(dir, 'no-eid.xml'), join(dir, 'misplaced.xml')])
    expect(bad.status).not.toBe(0)
    expect(bad.output).toMatch(/no-eid\.xml fails to validate/u)
    expect(bad.output).toMatch(/misplaced\.xml fails to validate/u)
    expect(bad.output).toMatch(/Duplicate key-sequence \['art_112'\]/u)
    expect(bad.output).toMatch(/num': This element is not expected/u)
  })

  test('the draft is a bill whose modifications point at the base act\'s eIds', () => {
    const xml = exported.get('annex-1')!
    expect(xml).toMatch(/<bill name="draft"/u)
    // Article 111 is amended, three new articles follow Article 113, and each is one textual modification.
    expect(xml).toContain('<source href="#art_111"/>')
    expect(xml).toContain('<destination href="/akn/la/act/2018/54/eng@2018-06-27/!main#art_111"/>')
    expect(xml.match(/type="insertion"/gu)).toHaveLength(3)
    expect(xml).toContain('<destination href="/akn/la/act/2018/54/eng@2018-06-27/!main#art_113" pos="after"/>')
    // The note "(to be discussed)" of article 113 is an authorial note in its heading.
    expect(xml).toMatch(/<heading>Inspection Reports and Correction Measures<authorialNote [^>]*><p>to be discussed<\/p><\/authorialNote><\/heading>/u)
  })

  test('FRBR URIs, language and eIds after the naming convention', () => {
    const xml = exported.get('ssl-2018')!
    expect(xml).toContain('<FRBRuri value="/akn/la/act/2018/54"/>')
    expect(xml).toContain('<FRBRuri value="/akn/la/act/2018/54/eng@2018-06-27"/>')
    expect(xml).toContain('<FRBRlanguage language="eng"/>')
    expect(xml).toContain('<article eId="art_112">')
    expect(xml).toContain('<point eId="art_112__point_2"><num>2.</num>')
    // An article the sources cite without quoting: an empty article with a remark, marked incomplete.
    expect(xml).toMatch(/<article eId="art_113" status="incomplete">\s*<num>113<\/num>\s*<content><p><remark>Text not available/u)
    const annex = exported.get('annex-1')!
    expect(annex).toContain('<point eId="art_111__point_1__point_1-1"><num>1.1.</num>')
    expect(exported.get('c081')!).toContain('<part eId="part_i">')
    expect(exported.get('r081')!).toMatch(/<paragraph eId="para_1">\s*<num>1<\/num>/u)
  })
})
