// Precision and recall of the checker on the provisions of provision-table.ts (written for the tests).
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {checkText, loadLanguage, loadRules} from '../../src/conformity/index.ts'
import {table, type TableRow} from './provision-table.ts'

const rulesDir = join(import.meta.dirname, '../../corpus/rules')
const sources = readdirSync(rulesDir).filter((f) => f.endsWith('.yaml')).map((f) => ({path: `rules/${f}`, text: readFileSync(join(rulesDir, f), 'utf8')}))
const {value: rules, messages} = loadRules(sources, {language: await loadLanguage()})
// The rows are provisions of inspection laws: read as if under such a law's title.
const inspectionLaw = 'Labour Inspection Act'

interface Score {
  tp: number
  fp: number
  fn: number
  misses: Array<string>
  extras: Array<string>
}

/** Scores rows: an expected entry met by a finding is a true positive; a finding neither expected nor allowed is a false positive. */
function score(rows: ReadonlyArray<TableRow>, only?: 'conflict' | 'conforms'): Score {
  const s: Score = {tp: 0, fp: 0, fn: 0, misses: [], extras: []}
  const statusOf = new Map(rules.map((r) => [r.id, r.kind]))
  for (const row of rows) {
    const found = new Set(checkText(row.text, rules, {headings: [inspectionLaw]}).map((f) => f.rule))
    const groups = row.expect.map((e) => (Array.isArray(e) ? e : [e])).filter((g) => !only || g.some((id) => statusOf.get(id) === only))
    const used = new Set<string>()
    for (const group of groups) {
      const hit = group.find((id) => found.has(id))
      if (hit) {
        s.tp++
        group.forEach((id) => used.add(id))
      } else {
        s.fn++
        s.misses.push(`${group.join(' or ')} not found in: ${row.text}`)
      }
    }
    for (const id of found) {
      if (only && statusOf.get(id) !== only) continue
      if (used.has(id) || row.expect.flat().includes(id) || row.allow?.includes(id)) continue
      s.fp++
      s.extras.push(`${id} found in: ${row.text}`)
    }
  }
  return s
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
const precision = (s: Score) => ratio(s.tp, s.tp + s.fp)
const recall = (s: Score) => ratio(s.tp, s.tp + s.fn)
const pct = (x: number) => `${(x * 100).toFixed(1)}%`

describe('the 40+ provision table', () => {
  test('the rules load without problems', () => {
    expect(messages).toEqual([])
    expect(rules.length).toBeGreaterThan(20)
  })

  test('has at least 40 provisions of each kind that matter', () => {
    expect(table.length).toBeGreaterThanOrEqual(40)
    expect(table.filter((r) => r.kind === 'trap').length).toBeGreaterThanOrEqual(10)
    expect(new Set(table.map((r) => r.text)).size).toBe(table.length)
  })

  const tuned = table.filter((r) => !r.heldOut)
  const heldOut = table.filter((r) => r.heldOut)
  const report: Array<string> = []
  for (const [name, rows] of [['tuned rows', tuned], ['held-out rows', heldOut], ['all rows', table]] as const) {
    const all = score(rows)
    const conflicts = score(rows, 'conflict')
    report.push(
      `${name} (${rows.length}): all findings precision ${pct(precision(all))} recall ${pct(recall(all))} (tp ${all.tp}, fp ${all.fp}, fn ${all.fn}); ` +
      `conflicts precision ${pct(precision(conflicts))} recall ${pct(recall(conflicts))} (tp ${conflicts.tp}, fp ${conflicts.fp}, fn ${conflicts.fn})`
    )
    if (name !== 'all rows') for (const line of [...all.misses.map((m) => `  miss: ${m}`), ...all.extras.map((m) => `  extra: ${m}`)]) report.push(line)
  }

  test('prints precision and recall', () => {
    process.stdout.write(`\nConformity checker on the provision table\n${report.join('\n')}\n`)
    expect(report.length).toBeGreaterThan(0)
  })

  test('no trap is flagged as a conflict', () => {
    const flagged = table
      .filter((r) => r.kind === 'trap' && !r.heldOut)
      .map((r) => ({text: r.text, conflicts: checkText(r.text, rules, {headings: [inspectionLaw]}).filter((f) => f.status === 'conflict').map((f) => f.rule)}))
      .filter((r) => r.conflicts.length > 0)
    expect(flagged).toEqual([])
  })

  test('precision and recall on the rows the rules were tuned on stay at or above 90%', () => {
    const s = score(tuned)
    expect(precision(s)).toBeGreaterThanOrEqual(0.9)
    expect(recall(s)).toBeGreaterThanOrEqual(0.9)
  })

  test('held-out conflicts: no false conflict, and at least half found', () => {
    const s = score(heldOut, 'conflict')
    expect(precision(s)).toBeGreaterThanOrEqual(0.9)
    expect(recall(s)).toBeGreaterThanOrEqual(0.5)
  })
})
