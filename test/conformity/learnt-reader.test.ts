// The learnt reader used for comparison with the rules (scripts/eval/learnt.ts): its fit, its folds and its score.
// Its figures on the development set are printed by `npm run -s eval:learnt`, never asserted here.
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {loadLanguage} from '../../src/conformity/index.ts'
import type {DevelopmentRow} from '../../scripts/eval/development-set.ts'
import {countryFolds, featuresOf, fit, probability, readRow, scoreReadings, train, type LearntRow} from '../../scripts/eval/learnt.ts'

function row(id: string, country: string, category: DevelopmentRow['category'], label: DevelopmentRow['label']): DevelopmentRow {
  return {id, country, split: 'tuning', source: 'https://example.org', instrument: 'Act', article: '1', articles: ['C081 12(1)(a)'], category, label, text: 'x'.repeat(20), features: [], place: `${id}.yaml:1:1`}
}

describe('the learnt reader', () => {
  test('marks negated lemmas, numbers and the chapter heading', async () => {
    const features = featuresOf('The inspector shall not give notice. A fine of 500 applies.', await loadLanguage(), {heading: 'Labour inspection'})
    expect(features).toContain('w:not_notice')
    expect(features).not.toContain('w:notice')
    expect(features).toContain('p:of #')
    expect(features).toContain('h:inspection')
  })

  test('a fit separates what its features separate, and ignores features it never saw', () => {
    const examples = [
      ...Array.from({length: 20}, () => ({features: ['w:notice', 'w:before'], positive: true})),
      ...Array.from({length: 60}, () => ({features: ['w:notice', 'w:arrival'], positive: false}))
    ]
    const model = fit(examples)
    expect(probability(model, ['w:notice', 'w:before'])).toBeGreaterThan(0.8)
    expect(probability(model, ['w:notice', 'w:arrival'])).toBeLessThan(0.2)
    expect(probability(model, ['w:notice', 'w:before', 'w:unseen'])).toBeCloseTo(probability(model, ['w:notice', 'w:before']), 10)
    // The same data and seed give the same model.
    expect(probability(fit(examples), ['w:notice', 'w:before'])).toBe(probability(model, ['w:notice', 'w:before']))
  })

  test('folds keep each country whole and hold every row once', () => {
    const rows: Array<LearntRow> = Array.from({length: 40}, (_, i) => ({row: row(`r-${i}`, `country ${i % 13}`, 'prior-notice', 'conflict'), features: []}))
    const folds = countryFolds(rows, 5, 11)
    expect(folds.flat().map((r) => r.row.id).sort()).toEqual(rows.map((r) => r.row.id).sort())
    const foldOf = new Map<string, number>()
    folds.forEach((fold, i) => {
      for (const r of fold) {
        expect(foldOf.get(r.row.country) ?? i, r.row.country).toBe(i)
        foldOf.set(r.row.country, i)
      }
    })
    expect(folds.every((f) => f.length > 0)).toBe(true)
  })

  test('reads the idea and the conflict apart, and says which words weighed', () => {
    const rows: Array<LearntRow> = [
      ...Array.from({length: 10}, (_, i) => ({row: row(`a-${i}`, 'A', 'prior-notice', 'conflict'), features: ['w:notice', 'w:before']})),
      ...Array.from({length: 10}, (_, i) => ({row: row(`b-${i}`, 'B', 'prior-notice', 'not-applicable'), features: ['w:notice', 'w:arrival']})),
      ...Array.from({length: 10}, (_, i) => ({row: row(`c-${i}`, 'C', 'penalties', 'conflict'), features: ['w:fine', 'w:small']}))
    ]
    const reader = train(rows)
    const reading = readRow(reader, ['w:fine', 'w:small'])
    expect(reading.category).toBe('penalties')
    expect(reading.blindScore).toBeGreaterThan(0.5)
    expect(reading.because).toContain('w:fine')
    expect(readRow(reader, ['w:notice', 'w:arrival']).blindScore).toBeLessThan(0.5)
  })

  test('is scored as the checker is: a wrong idea is a false positive, a flag on a trap a false alarm', () => {
    const items = [
      {row: row('1', 'A', 'prior-notice', 'conflict'), flagged: true, category: 'prior-notice' as const},
      {row: row('2', 'A', 'prior-notice', 'conflict'), flagged: true, category: 'penalties' as const},
      {row: row('3', 'A', 'prior-notice', 'conflict'), flagged: false, category: undefined},
      {row: row('4', 'A', 'prior-notice', 'not-applicable'), flagged: true, category: 'prior-notice' as const}
    ]
    expect(scoreReadings(items, false)).toEqual({conflicts: 3, tp: 1, fp: 2, nonConflicts: 1, falseAlarms: 1})
    expect(scoreReadings(items, true)).toEqual({conflicts: 3, tp: 2, fp: 1, nonConflicts: 1, falseAlarms: 1})
  })

  test('npm run eval:learnt refuses a wrong argument, naming it', () => {
    const script = join(import.meta.dirname, '../../scripts/eval-learnt.ts')
    const refused = spawnSync(process.execPath, ['--import', 'tsx', script, '--folds', '1'], {encoding: 'utf8'})
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/--folds: a whole number from 2 to 20, not "1"/)
    expect(refused.stdout).toBe('')
  }, 60_000)
})
