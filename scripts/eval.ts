// `npm run eval [-- --json] [-- --misses]`: the conformity checker on the real-world development set
// (test/conformity/realworld/), scored per split and per category. See docs/rules.md, "Development set".
//
// Each row's text is checked on its own, as `synoptic check --text` does, with the row's context (chapter heading,
// actor) passed along for a checker that takes one. Only the public API of src/conformity is used, so the figures
// follow whatever rules and engine the checker has.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {checkText, loadLanguage, loadRules, type Finding, type Rule} from '../src/conformity/index.ts'
import {formatMessage} from '../src/message/index.ts'
import {categories, loadDevelopmentSet, splits, type DevelopmentRow, type RowContext} from './eval/development-set.ts'
import {scoreRows, type Outcome, type Score} from './eval/score.ts'

const usage = 'usage: npm run eval [-- --json] [-- --misses] [-- --sourced] [-- --tuning] [-- --country NAME ...]\n' +
  '  --misses   list the tuning rows the checker gets wrong (validation rows are never listed)\n' +
  '  --sourced  score only the rows that trace to a source of their own (no variants)\n' +
  '  --tuning   score the tuning split only: nothing about validation is printed, for use while writing rules\n' +
  '  --country  score only this country\'s rows (repeat for several): the figures of one batch of countries'
let values: {json?: boolean; misses?: boolean; sourced?: boolean; tuning?: boolean; country?: Array<string>; help?: boolean}
try {
  values = parseArgs({options: {json: {type: 'boolean'}, misses: {type: 'boolean'}, sourced: {type: 'boolean'}, tuning: {type: 'boolean'}, country: {type: 'string', multiple: true}, help: {type: 'boolean', short: 'h'}}}).values
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n${usage}\n`)
  process.exit(2)
}
if (values.help) {
  process.stdout.write(`${usage}\n`)
  process.exit(0)
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1))

const set = loadDevelopmentSet()
if (set.problems.length > 0) {
  process.stderr.write(`the development set has problems:\n${set.problems.join('\n')}\n`)
  process.exit(1)
}

// A batch of countries is named as split.yaml names them; a misspelt name would silently score nothing.
const known = new Set([...set.split.tuning, ...set.split.validation])
const unknown = (values.country ?? []).filter((c) => !known.has(c))
if (unknown.length > 0) {
  process.stderr.write(`--country: not in test/conformity/realworld/split.yaml: ${unknown.join(', ')}\n${usage}\n`)
  process.exit(2)
}
const countries = values.country ? new Set(values.country) : undefined

const rulesDir = join(import.meta.dirname, '../corpus/rules')
const ruleSources = readdirSync(rulesDir).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({path: `rules/${f}`, text: readFileSync(join(rulesDir, f), 'utf8')}))
const loaded = loadRules(ruleSources, {language: await loadLanguage()})
if (loaded.messages.some((m) => m.severity === 'error')) {
  process.stderr.write(`the rules do not load:\n${loaded.messages.map(formatMessage).join('\n')}\n`)
  process.exit(1)
}

// A checker that takes a context (issue 11, section 4) gets it; today's ignores the extra argument.
const check = checkText as (text: string, rules: ReadonlyArray<Rule>, context?: RowContext) => Array<Finding>
const started = performance.now()
// --tuning drops validation rows before anything is checked, so no figure, total or count can carry them.
const scoredRows = set.rows.filter((r) => (!values.sourced || !r.variantOf) && (!values.tuning || r.split === 'tuning') && (!countries || countries.has(r.country)))
const outcomes: Array<Outcome> = scoredRows.map((row) => ({row, findings: check(row.text, loaded.value, row.context)}))
const elapsed = performance.now() - started

const groups: Array<{split: string; category: string; rows: Array<Outcome>}> = []
for (const split of values.tuning ? (['tuning'] as const) : ([...splits, 'all'] as const)) {
  const inSplit = outcomes.filter((o) => split === 'all' || o.row.split === split)
  groups.push({split, category: 'all', rows: inSplit})
  for (const category of categories) {
    const rows = inSplit.filter((o) => o.row.category === category)
    if (rows.length > 0) groups.push({split, category, rows})
  }
}
const scored = groups.map((g) => ({split: g.split, category: g.category, ...scoreRows(g.rows)}))

const count = (pred: (r: DevelopmentRow) => boolean) => scoredRows.filter(pred).length
const summary = {
  rows: scoredRows.length,
  sourcedRows: count((r) => !r.variantOf),
  countries: new Set(scoredRows.map((r) => r.country)).size,
  onlySourced: Boolean(values.sourced),
  split: values.tuning ? {tuning: set.split.tuning} : set.split,
  checkMsPerRow: Number((elapsed / Math.max(scoredRows.length, 1)).toFixed(3))
}

if (values.json) {
  process.stdout.write(JSON.stringify({...summary, scores: scored}, null, 2) + '\n')
  process.exit(0)
}

const fmt = (x: number | null) => (x === null ? '  –  ' : x.toFixed(2).padStart(5))
const out = (s: string) => process.stdout.write(`${s}\n`)
out(`Development set: ${summary.rows} rows (${summary.sourcedRows} from a source, the rest variants), ${summary.countries} countries${values.sourced ? ' (--sourced: variants left out)' : ''}`)
out(`  tuning: ${set.split.tuning.length} countries, ${count((r) => r.split === 'tuning')} rows${values.tuning ? ' (--tuning: validation left out)' : `; validation: ${set.split.validation.length} countries, ${count((r) => r.split === 'validation')} rows`}`)
out('')
out('Conflicts: precision and recall (a conflict finding citing the row\'s convention article); false alarms: non-conflict rows given a conflict.')
out(`${'split'.padEnd(11)}${'category'.padEnd(27)}${'rows'.padStart(5)}${'confl'.padStart(6)}${'tp'.padStart(4)}${'fp'.padStart(4)}${'fn'.padStart(4)}${'prec'.padStart(6)}${'rec'.padStart(6)}  ${'false alarms'.padEnd(13)}${'conforms found'.padStart(15)}`)
for (const s of scored) {
  if (s.category === 'all') out('')
  const alarms = `${s.falseAlarms}/${s.nonConflicts}${s.nonConflicts > 0 ? ` ${fmt(s.falseAlarmRate)}` : ''}`
  out(
    `${s.split.padEnd(11)}${s.category.padEnd(27)}${String(s.rows).padStart(5)}${String(s.conflicts).padStart(6)}${String(s.tp).padStart(4)}` +
    `${String(s.fp).padStart(4)}${String(s.fn).padStart(4)}${fmt(s.precision).padStart(6)}${fmt(s.recall).padStart(6)}  ${alarms.padEnd(13)}` +
    `${`${s.conformsFound}/${s.conforms}`.padStart(15)}`
  )
}
out('')
const total = scored.find((s) => s.split === (values.tuning ? 'tuning' : 'all') && s.category === 'all')
out(`Stray "conforms" findings on not-applicable rows: ${total?.strayConforms ?? 0}`)
if (total && total.partialOnConflicts + total.partialOnOthers > 0) {
  out(`"Partial" findings (not counted above): on ${total.partialOnConflicts} conflict rows, on ${total.partialOnOthers} other rows`)
}
out(`Check time: ${summary.checkMsPerRow} ms per row`)

if (values.misses) {
  out('')
  out('Tuning rows the checker gets wrong (validation rows are never listed):')
  for (const o of outcomes.filter((x) => x.row.split === 'tuning')) {
    const s: Score = scoreRows([o])
    if (s.fn === 0 && s.fp === 0) continue
    const got = o.findings.filter((f) => f.status === 'conflict').map((f) => `${f.rule} (${f.standards.map((st) => `${st.instrument} ${st.article}`.trim()).join(', ')})`)
    out(`  ${o.row.id} [${o.row.category}, ${o.row.label}${o.row.label === 'conflict' ? ` ${o.row.articles.join('/')}` : ''}] ${o.row.place}`)
    out(`    got: ${got.length > 0 ? got.join('; ') : 'no conflict'}`)
    out(`    text: ${o.row.text}`)
  }
}
