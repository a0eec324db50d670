// The whole-law assessment on a real law nobody on the project wrote: the Labour Proclamation of Eritrea
// No. 118/2001, imported from ../shared/realworld/ with the importer, against the reading of its EXPERT.md.
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {assessLaw, loadCatalogue, resolveTarget, type Assessment, type AssessmentStatus} from '../../src/assessment/index.ts'
import {checkCorpus, loadLanguage, loadRules} from '../../src/conformity/index.ts'
import {parseInstrument} from '../../src/corpus/index.ts'
import {importSource} from '../../src/import/index.ts'
import {articlesOf, type Corpus, type Instrument} from '../../src/model/index.ts'
import {repoRoot} from '../corpus/seed-quotes.ts'
import {shippedCorpus} from '../corpus/shipped-corpus.ts'

const source = join(repoRoot, '../shared/realworld/eritrea-labour-118-2001/er-labour-118-2001.txt')
const available = existsSync(source)

let corpus: Corpus
let law: Instrument
let assessment: Assessment
const shipped = shippedCorpus()
const rules = loadRules(shipped.sources, {language: await loadLanguage()}).value
const catalogue = loadCatalogue(shipped.sources).value

beforeAll(() => {
  if (!available) return
  const imported = importSource({format: 'text', text: readFileSync(source, 'utf8')}, {id: 'er-118-2001', file: 'er-labour-118-2001.txt', jurisdiction: 'ER'})
  expect(imported.messages.filter((m) => m.severity === 'error')).toEqual([])
  law = parseInstrument(imported.value.markdown, 'er-118-2001.md').value!
  corpus = {instruments: [...shipped.corpus.instruments, law]}
  const target = resolveTarget(corpus, 'er-118-2001')
  if ('error' in target) throw new Error(target.error)
  assessment = assessLaw(corpus, rules, catalogue, target)
})

const row = (id: string) => assessment.rows.find((r) => r.article.id === id)!
const statusOf = (id: string): AssessmentStatus => row(id).status

describe.skipIf(!available)("the Eritrean Proclamation assessed as EXPERT.md reads it", () => {
  test('the import gives the 161 articles of the ground truth', () => {
    expect(articlesOf(law)).toHaveLength(161)
  })

  test('conflicts: entry only during working hours, and only after identifying himself to the employer (art. 144(2))', () => {
    expect(statusOf('free-entry')).toBe('conflict')
    expect(row('free-entry').findings.filter((f) => f.status === 'conflict').map((f) => [f.provision, f.words])).toEqual([
      ['er-118-2001/art-144/item-2', 'enter, during working hours']
    ])
    expect(statusOf('presence-notification')).toBe('conflict')
    expect(row('presence-notification').findings.map((f) => f.provision)).toEqual(['er-118-2001/art-144/item-2'])
    expect(row('presence-notification').findings[0]!.words).toMatch(/after identifying himself to the employer$/)
  })

  test('partial: imminent danger reported to the Minister (144(3)), impartiality without status (144(5)), obstruction an offence with no penalty (146)', () => {
    expect(statusOf('orders')).toBe('partial')
    expect(row('orders').findings.map((f) => `${f.status} ${f.provision}`)).toEqual(expect.arrayContaining([
      'partial er-118-2001/art-144/item-3', 'conforms er-118-2001/art-144/item-3'
    ]))
    expect(row('orders').unmet.join()).toMatch(/immediate executory force/)
    expect(statusOf('status')).toBe('partial')
    expect(row('status').findings.map((f) => f.provision)).toEqual(['er-118-2001/art-144/item-5'])
    expect(statusOf('penalties')).toBe('partial')
    expect(row('penalties').findings.find((f) => f.status === 'partial')?.provision).toBe('er-118-2001/art-146/para-1')
  })

  test('conforms: powers of examination (144(2)(a)-(e)), secrets (144(4)), no interest (144(6)), an inspection service (143)', () => {
    expect(statusOf('examination-powers')).toBe('conforms')
    expect(row('examination-powers').provisions).toEqual(['er-118-2001/art-144/item-2/item-a', 'er-118-2001/art-144/item-2/item-b', 'er-118-2001/art-144/item-2/item-d', 'er-118-2001/art-144/item-2/item-e'])
    expect(statusOf('secrecy')).toBe('conforms')
    expect(row('secrecy').provisions).toEqual(['er-118-2001/art-144/item-4'])
    expect(statusOf('interest')).toBe('conforms')
    expect(row('interest').provisions).toEqual(['er-118-2001/art-144/item-6'])
    expect(statusOf('inspection-service')).toBe('conforms')
    expect(row('inspection-service').provisions).toEqual(['er-118-2001/art-143'])
  })

  test('gaps: complaints confidential (15(c)), accidents notified (14), reports (19 to 21), prompt proceedings (17), each naming what is missing', () => {
    for (const id of ['complaint-confidentiality', 'accident-notification', 'periodic-reports', 'annual-report', 'prompt-proceedings']) {
      expect(statusOf(id), id).toBe('gap')
      expect(row(id).findings, id).toEqual([])
      expect(row(id).reason, id).toMatch(/^No provision/)
    }
    expect(row('complaint-confidentiality').unmet.join()).toMatch(/source of complaints/)
  })

  test('no finding on a provision outside labour inspection: only the inspection chapter, art. 141 and the penalties chapter', () => {
    const findings = checkCorpus(corpus, rules, {instruments: ['er-118-2001'], frameworks: [{id: 'labour', name: 'Eritrea', instruments: ['er-118-2001']}]})
      .filter((f) => f.provision !== null)
    expect(findings.length).toBeGreaterThan(10)
    const article = (id: string) => Number(/art-(\d+)/u.exec(id)![1])
    // Title XI Chapter 2 (arts 143-146) is labour inspection; Title XIII Chapter 1 (arts 154-158) sets the penalties C81 18 asks for.
    const outside = findings.filter((f) => !(article(f.provision!) >= 143 && article(f.provision!) <= 146) && !(article(f.provision!) >= 154 && article(f.provision!) <= 158) && article(f.provision!) !== 141)
    expect(outside.map((f) => `${f.provision} ${f.rule}`)).toEqual([])
    // The traps of the issue: probation, contract renewal and the Board's hearings and powers of entry.
    const probation = articlesOf(law).filter((a) => /probation/iu.test(a.heading)).map((a) => a.id)
    expect(probation.length).toBeGreaterThan(0)
    expect(findings.filter((f) => probation.some((p) => f.provision!.startsWith(`${p}/`) || f.provision === p))).toEqual([])
    expect(findings.filter((f) => f.provision!.startsWith('er-118-2001/art-133'))).toEqual([])
  })
})
