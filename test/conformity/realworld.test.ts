// The real-world development set (test/conformity/realworld/): its schema, its split and its make-up.
// The checker's figures on it are printed by `npm run eval`, never asserted here.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {categories, loadDevelopmentSet, namesExcludedCountry, refusedSource} from '../../scripts/eval/development-set.ts'
import {articleMeets, scoreRows} from '../../scripts/eval/score.ts'

const set = loadDevelopmentSet()

describe('the development set', () => {
  test('every file and row reads without a problem', () => {
    expect(set.problems).toEqual([])
  })

  test('every row has a source address, a label, and a convention article', () => {
    for (const row of set.rows) {
      expect(row.source, row.place).toMatch(/^https?:\/\//)
      expect(['conflict', 'conforms', 'not-applicable'], row.place).toContain(row.label)
      expect(row.articles.length, row.place).toBeGreaterThan(0)
    }
  })

  test("each row's split is the one split.yaml records for its country", () => {
    for (const row of set.rows) expect(set.split[row.split], `${row.place} (${row.country})`).toContain(row.country)
    const both = set.split.tuning.filter((c) => set.split.validation.includes(c))
    expect(both).toEqual([])
  })

  test('no excluded country, by name or by the domain of the source', () => {
    for (const row of set.rows) {
      expect(namesExcludedCountry(row.country), row.place).toBeUndefined()
      expect(namesExcludedCountry(`${row.text} ${row.instrument}`), row.place).toBeUndefined()
      expect(refusedSource(row.source), row.place).toBeUndefined()
    }
    for (const country of [...set.split.tuning, ...set.split.validation]) expect(namesExcludedCountry(country), country).toBeUndefined()
  })

  test('about one third of the countries, and of the rows, are kept for validation', () => {
    const countries = set.split.tuning.length + set.split.validation.length
    expect(set.split.validation.length / countries).toBeGreaterThan(0.25)
    expect(set.split.validation.length / countries).toBeLessThan(0.42)
    const validationRows = set.rows.filter((r) => r.split === 'validation').length
    expect(validationRows / set.rows.length).toBeGreaterThan(0.22)
    expect(validationRows / set.rows.length).toBeLessThan(0.45)
  })

  test('at least 250 rows trace to a source of their own, from at least 30 countries', () => {
    const sourced = set.rows.filter((r) => !r.variantOf)
    expect(sourced.length).toBeGreaterThanOrEqual(250)
    expect(new Set(sourced.map((r) => r.country)).size).toBeGreaterThanOrEqual(30)
  })

  test('between a third and two thirds of the rows are non-conflicts (conforming provisions and traps)', () => {
    const nonConflicts = set.rows.filter((r) => r.label !== 'conflict').length / set.rows.length
    expect(nonConflicts).toBeGreaterThan(0.4)
    expect(nonConflicts).toBeLessThan(0.66)
    // Traps outside inspection and trigger words in other contexts: a real share of the non-conflicts.
    expect(set.rows.filter((r) => r.label === 'not-applicable').length).toBeGreaterThanOrEqual(50)
  })

  test('every category of the catalogue has rows, and every category with four rows or more has rows in both splits', () => {
    for (const category of categories) {
      const rows = set.rows.filter((r) => r.category === category)
      expect(rows.length, category).toBeGreaterThan(0)
      if (rows.length < 4) continue
      expect(rows.some((r) => r.split === 'tuning'), `${category} in tuning`).toBe(true)
      expect(rows.some((r) => r.split === 'validation'), `${category} in validation`).toBe(true)
    }
  })

  test('conflicts of every free-entry family and of Articles 6, 15(c) and 17 are in the validation split', () => {
    const validationConflicts = new Set(set.rows.filter((r) => r.split === 'validation' && r.label === 'conflict').map((r) => r.category))
    for (const category of ['prior-notice', 'authorisation', 'working-hours', 'frequency-limit', 'moratorium', 'complaint-confidentiality', 'prompt-proceedings', 'penalties']) {
      expect(validationConflicts, category).toContain(category)
    }
  })
})

describe('reading the development set', () => {
  function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'devset-'))
    mkdirSync(join(dir, 'tuning'))
    mkdirSync(join(dir, 'validation'))
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
    return dir
  }
  const row = (extra = '') => `  - id: a-1
    source: https://example.org/law
    instrument: Labour Code
    article: art. 1
    articles: [C081 12(1)(a)]
    category: prior-notice
    label: conflict
    text: Inspectors shall give the employer five days' notice of every visit.
${extra}`

  test('a row without a label is reported with its file and line', () => {
    const dir = folder({
      'split.yaml': 'tuning: [Albania]\nvalidation: []\n',
      'tuning/albania.yaml': `country: Albania\nrows:\n${row().replace('    label: conflict\n', '')}`
    })
    const {problems} = loadDevelopmentSet(dir)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/tuning\/albania\.yaml:3:5: label: /)
  })

  test('a country in the wrong folder, an excluded country and an unknown category are refused', () => {
    const dir = folder({
      'split.yaml': 'tuning: [Albania]\nvalidation: [Ghana]\n',
      'validation/albania.yaml': `country: Albania\nrows:\n${row()}`,
      'validation/ghana.yaml': `country: Ghana\nrows:\n${row().replace('a-1', 'g-1').replace('prior-notice', 'visits')}`
    })
    const {problems} = loadDevelopmentSet(dir)
    expect(problems.some((p) => /albania\.yaml.*in the validation folder but split\.yaml lists it under tuning/.test(p))).toBe(true)
    expect(problems.some((p) => /ghana\.yaml.*Ghana is kept out/.test(p))).toBe(true)
    expect(problems.some((p) => /ghana\.yaml:3:5: category: /.test(p))).toBe(true)
  })

  test('a variant must name a sourced row of the same country', () => {
    const dir = folder({
      'split.yaml': 'tuning: [Albania]\nvalidation: []\n',
      'tuning/albania.yaml': `country: Albania\nrows:\n${row()}${row('    variant_of: a-9\n').replace('a-1', 'a-2').replace('five', 'ten')}`
    })
    expect(loadDevelopmentSet(dir).problems.join('\n')).toMatch(/a-2 is a variant of a-9, which does not exist/)
  })

  test('sources under the domain of an excluded country are refused, ILO document mirrors are not', () => {
    expect(refusedSource('https://www.example.gov.gh/labour-act')).toMatch(/\.gh/)
    expect(refusedSource('https://vdocument.in/general-survey-2006.html')).toBeUndefined()
    expect(refusedSource('https://normlex.ilo.org/dyn/normlex/en/f?p=1000')).toBeUndefined()
  })
})

describe('npm run eval -- --tuning', () => {
  // Rules are written with this flag on: no figure, count or total may carry a validation row.
  test('scores the tuning rows only and prints nothing about validation', () => {
    const run = (...args: Array<string>) =>
      execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../scripts/eval.ts'), '--tuning', ...args], {encoding: 'utf8'})
    const json = JSON.parse(run('--json')) as {rows: number; split: Record<string, Array<string>>; scores: Array<{split: string; rows: number}>}
    const tuningRows = set.rows.filter((r) => r.split === 'tuning').length
    expect(json.rows).toBe(tuningRows)
    expect(Object.keys(json.split)).toEqual(['tuning'])
    expect(new Set(json.scores.map((s) => s.split))).toEqual(new Set(['tuning']))
    expect(json.scores.find((s) => s.split === 'tuning')?.rows).toBe(tuningRows)
    const text = run().replace('(--tuning: validation left out)', '')
    expect(text).not.toMatch(/validation|^all /im)
  }, 60_000)

  test('--country scores that batch of countries alone, and refuses a name split.yaml does not have', () => {
    const script = join(import.meta.dirname, '../../scripts/eval.ts')
    const [first, second] = set.split.tuning
    const json = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', script, '--tuning', '--json', '--country', first!, '--country', second!], {encoding: 'utf8'})) as {rows: number; countries: number}
    expect(json.rows).toBe(set.rows.filter((r) => r.country === first || r.country === second).length)
    expect(json.countries).toBe(2)
    const refused = spawnSync(process.execPath, ['--import', 'tsx', script, '--tuning', '--country', 'Atlantis'], {encoding: 'utf8'})
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/--country: not in test\/conformity\/realworld\/split\.yaml: Atlantis/)
  }, 60_000)
})

describe('scoring', () => {
  test('an article meets its parts and the whole it belongs to, not its neighbours', () => {
    expect(articleMeets({instrument: 'C081', article: '12(1)'}, 'C081 12(1)(a)')).toBe(true)
    expect(articleMeets({instrument: 'C081', article: '12(1)(a)'}, 'C081 12')).toBe(true)
    expect(articleMeets({instrument: 'C081', article: '12(2)'}, 'C081 12(1)(a)')).toBe(false)
    expect(articleMeets({instrument: 'C081', article: '1'}, 'C081 12')).toBe(false)
    expect(articleMeets({instrument: 'C129', article: '16(1)(a)'}, 'C081 12(1)(a)')).toBe(false)
    expect(articleMeets({instrument: 'ILO-GP-2022', article: ''}, 'ILO-GP-2022')).toBe(true)
  })

  test('a conflict with the wrong article is both a miss and a false positive; a conflict on a trap is a false alarm', () => {
    const base = set.rows[0]!
    const finding = (status: 'conflict' | 'conforms', article: string) => ({
      rule: 'r', title: 't', status, provision: null, instrument: '', reason: '', recommendation: '',
      standards: [{instrument: 'C081', article}]
    })
    const conflictRow = {...base, label: 'conflict' as const, articles: ['C081 12(1)(a)']}
    const trapRow = {...base, label: 'not-applicable' as const, articles: ['C081 12(1)(a)']}
    const s = scoreRows([
      {row: conflictRow, findings: [finding('conflict', '12(1)(a)')]},
      {row: conflictRow, findings: [finding('conflict', '17')]},
      {row: trapRow, findings: [finding('conflict', '12(1)(a)')]},
      {row: trapRow, findings: [finding('conforms', '12(1)(a)')]}
    ])
    expect(s).toMatchObject({tp: 1, fn: 1, fp: 2, falseAlarms: 1, nonConflicts: 2, strayConforms: 1})
    expect(s.precision).toBeCloseTo(1 / 3)
    expect(s.recall).toBeCloseTo(1 / 2)
  })

  test('knows every category of the catalogue', () => {
    expect(categories).toContain('moratorium')
    expect(categories).toContain('report-signature')
  })
})
