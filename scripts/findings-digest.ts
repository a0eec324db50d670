// `npx tsx scripts/findings-digest.ts`: the count and a SHA-256 of every finding (all fields) on the bench's
// synthetic 10,000 articles, the shipped corpus, Annex 1 with its base, and `checkText` on each tuning row of the
// development set (validation rows are left out before anything is checked). Run before and after a change to the
// engine that must not change what it finds: the lines must be the same.
import {createHash} from 'node:crypto'
import {join} from 'node:path'
import {checkCorpus, checkText, loadLanguage, loadRules, type Finding, type Rule} from '../src/conformity/index.ts'
import {readSourceFiles} from '../src/cli/corpus-files.ts'
import {loadCorpus} from '../src/corpus/index.ts'
import {seed} from '../bench/suites/check.ts'
import {syntheticCorpus} from '../bench/synthetic.ts'
import {loadDevelopmentSet, type RowContext} from './eval/development-set.ts'

const corpusDir = join(import.meta.dirname, '../corpus')
const sources = await readSourceFiles(corpusDir)
const rules = loadRules(sources, {language: await loadLanguage()}).value
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)
const line = (name: string, findings: ReadonlyArray<unknown>, value: unknown = findings) =>
  process.stdout.write(`${name.padEnd(28)} ${String(findings.length).padStart(6)} ${digest(value)}\n`)

const synthetic = loadCorpus(syntheticCorpus({articles: 10_000}).map((f) => ({path: f.path, text: seed(f.text)}))).value
line('synthetic 10,000 articles', checkCorpus(synthetic, rules))
const shipped = loadCorpus(sources).value
line('shipped corpus', checkCorpus(shipped, [...rules]))
line('annex-1 with its base', checkCorpus(shipped, [...rules], {instruments: ['annex-1']}))
const check = checkText as (text: string, rules: ReadonlyArray<Rule>, context?: RowContext) => Array<Finding>
const rows = loadDevelopmentSet().rows.filter((r) => r.split === 'tuning')
const perRow = rows.map((r) => [r.id, check(r.text, rules, r.context)] as const)
line(`tuning rows (${rows.length})`, perRow.flatMap(([, f]) => f), perRow)
