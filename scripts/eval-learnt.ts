// `npm run -s eval:learnt [-- --validation] [-- --json]`: a learnt reader (scripts/eval/learnt.ts) on the real-world
// development set, beside the rules. See docs/rules.md, "A learnt reader".
//
// Without --validation nothing about validation is read: five folds of the tuning countries, each scored by a reader
// fitted on the other four, at several thresholds; the threshold with the best F1 on those folds is the one a
// validation run uses. With --validation the reader is fitted on all tuning rows and scored once on validation,
// beside the rules and the rules and the reader together.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {checkText, loadLanguage, loadRules, type Rule} from '../src/conformity/index.ts'
import {loadDevelopmentSet, type DevelopmentRow, type RowContext} from './eval/development-set.ts'
import {countryFolds, featuresOf, readRow, scoreReadings, train, type LearntRow, type LearntScore, type Reading} from './eval/learnt.ts'
import {scoreRows} from './eval/score.ts'

const usage = 'usage: npm run -s eval:learnt [-- --validation] [-- --json] [-- --folds N]\n' +
  '  --validation  fit on all tuning rows and score validation once, beside the rules (otherwise tuning folds only)'
let values: {validation?: boolean; json?: boolean; folds?: string; help?: boolean}
try {
  values = parseArgs({options: {validation: {type: 'boolean'}, json: {type: 'boolean'}, folds: {type: 'string'}, help: {type: 'boolean', short: 'h'}}}).values
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n${usage}\n`)
  process.exit(2)
}
if (values.help) {
  process.stdout.write(`${usage}\n`)
  process.exit(0)
}
const folds = values.folds === undefined ? 5 : Number(values.folds)
if (!Number.isInteger(folds) || folds < 2 || folds > 20) {
  process.stderr.write(`--folds: a whole number from 2 to 20, not "${values.folds}"\n${usage}\n`)
  process.exit(2)
}
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1))

const set = loadDevelopmentSet()
if (set.problems.length > 0) {
  process.stderr.write(`the development set has problems:\n${set.problems.join('\n')}\n`)
  process.exit(1)
}
const language = await loadLanguage()
const learnt = (rows: ReadonlyArray<DevelopmentRow>): Array<LearntRow> => rows.map((row) => ({row, features: featuresOf(row.text, language, row.context)}))
const tuning = learnt(set.rows.filter((r) => r.split === 'tuning'))

const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
const figures = (s: LearntScore) => ({
  precision: s.tp + s.fp === 0 ? null : s.tp / (s.tp + s.fp),
  recall: s.conflicts === 0 ? null : s.tp / s.conflicts,
  falseAlarmRate: s.nonConflicts === 0 ? null : s.falseAlarms / s.nonConflicts,
  ...s
})
const f1 = (s: LearntScore) => (s.tp === 0 ? 0 : (2 * s.tp) / (2 * s.tp + s.fp + (s.conflicts - s.tp)))

// Each tuning row read by a reader that never saw its country.
const heldOut: Array<{row: DevelopmentRow; reading: Reading}> = []
for (const [i, fold] of countryFolds(tuning, folds, 11).entries()) {
  const reader = train(countryFolds(tuning, folds, 11).filter((_, j) => j !== i).flat())
  for (const r of fold) heldOut.push({row: r.row, reading: readRow(reader, r.features)})
}
const byThreshold = thresholds.map((t) => ({
  threshold: t,
  category: figures(scoreReadings(heldOut.map((h) => ({row: h.row, flagged: h.reading.blindScore >= t, category: h.reading.category})), false)),
  blind: figures(scoreReadings(heldOut.map((h) => ({row: h.row, flagged: h.reading.blindScore >= t, category: undefined})), true))
}))
// The threshold a validation run uses is chosen here, on tuning folds only.
const chosen = byThreshold.reduce((best, t) => (f1(t.category) > f1(best.category) ? t : best)).threshold

const pct = (x: number | null) => (x === null ? '–' : x.toFixed(2))
const line = (name: string, s: ReturnType<typeof figures>) =>
  `${name.padEnd(34)} P ${pct(s.precision)}  R ${pct(s.recall)}  (${s.tp} of ${s.conflicts}, ${s.fp} fp)  false alarms ${s.falseAlarms} of ${s.nonConflicts} (${pct(s.falseAlarmRate)})`

const out: Array<string> = []
const report: Record<string, unknown> = {folds, tuningRows: tuning.length, chosenThreshold: chosen, byThreshold}
out.push(`learnt reader: ${tuning.length} tuning rows from ${new Set(tuning.map((r) => r.row.country)).size} countries, ${folds} folds by country`)
for (const t of byThreshold) {
  out.push(line(`  threshold ${t.threshold.toFixed(1)}, by category`, t.category))
  out.push(line(`  threshold ${t.threshold.toFixed(1)}, category-blind`, t.blind))
}
out.push(`chosen threshold (best F1 by category on the folds): ${chosen}`)
const perCategory = [...new Set(heldOut.filter((h) => h.row.label === 'conflict').map((h) => h.row.category))].sort().map((category) => {
  const rows = heldOut.filter((h) => h.row.category === category)
  return {category, ...figures(scoreReadings(rows.map((h) => ({row: h.row, flagged: h.reading.blindScore >= chosen, category: h.reading.category})), false))}
})
report['perCategory'] = perCategory
out.push('  per category, held-out tuning rows: ' + perCategory.map((c) => `${c.category} ${c.tp}/${c.conflicts}${c.falseAlarms > 0 ? ` (${c.falseAlarms} FA)` : ''}`).join('; '))

if (values.validation) {
  const reader = train(tuning)
  const validation = learnt(set.rows.filter((r) => r.split === 'validation'))
  const rulesDir = join(import.meta.dirname, '../corpus/rules')
  const sources = readdirSync(rulesDir).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({path: `rules/${f}`, text: readFileSync(join(rulesDir, f), 'utf8')}))
  const rules = loadRules(sources, {language}).value
  const check = checkText as (text: string, rules: ReadonlyArray<Rule>, context?: RowContext) => ReturnType<typeof checkText>
  const items = validation.map((r) => {
    const reading = readRow(reader, r.features)
    const findings = check(r.row.text, rules, r.row.context)
    const rulesScore = scoreRows([{row: r.row, findings}])
    return {row: r.row, reading, rulesFound: rulesScore.tp === 1, rulesFlagged: findings.some((f) => f.status === 'conflict')}
  })
  const learntScore = figures(scoreReadings(items.map((i) => ({row: i.row, flagged: i.reading.blindScore >= chosen, category: i.reading.category})), false))
  const blindScore = figures(scoreReadings(items.map((i) => ({row: i.row, flagged: i.reading.blindScore >= chosen, category: undefined})), true))
  const rulesOnly = figures(scoreRows(items.map((i) => ({row: i.row, findings: check(i.row.text, rules, i.row.context)}))))
  // Together: the rules' finding where they have one, the reader's otherwise.
  const together: LearntScore = {conflicts: 0, tp: 0, fp: 0, nonConflicts: 0, falseAlarms: 0}
  for (const i of items) {
    const readerFlags = i.reading.blindScore >= chosen
    if (i.row.label === 'conflict') {
      together.conflicts++
      if (i.rulesFound || (!i.rulesFlagged && readerFlags && i.reading.category === i.row.category)) together.tp++
      else if (i.rulesFlagged || readerFlags) together.fp++
    } else {
      together.nonConflicts++
      if (i.rulesFlagged || readerFlags) {
        together.falseAlarms++
        together.fp++
      }
    }
  }
  const togetherScore = figures(together)
  report['validation'] = {rows: items.length, learnt: learntScore, blind: blindScore, rules: rulesOnly, together: togetherScore}
  out.push(`validation: ${items.length} rows from ${new Set(items.map((i) => i.row.country)).size} countries, reader fitted on all tuning rows, threshold ${chosen}`)
  out.push(line('  learnt reader, by category', learntScore))
  out.push(line('  learnt reader, category-blind', blindScore))
  out.push(line('  rules', rulesOnly))
  out.push(line('  rules, then the reader', togetherScore))
}

process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${out.join('\n')}\n`)
