// `npm run bench [-- --json] [-- --only <suite>] [-- --filter <word>] [-- --quick]`: every suite in bench/suites/,
// figures printed, never asserted. --filter and --quick reach the suites that take them (peers: one comparison,
// three runs instead of five and no 100,000-article run).
import {readdir} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

/** What a suite module exports. */
export interface BenchSuite {
  name: string
  /** Figures by name; units go in the name (`parse_ms_per_1000_articles`). A string explains a skipped figure. */
  run: (options?: {quick?: boolean; filter?: string | undefined}) => Promise<Record<string, number | string>>
}

const {values} = parseArgs({options: {json: {type: 'boolean'}, only: {type: 'string'}, filter: {type: 'string'}, quick: {type: 'boolean'}}})
const dir = fileURLToPath(new URL('./suites/', import.meta.url))
const names = (await readdir(dir)).filter((f) => f.endsWith('.ts')).sort()
const figures: Record<string, Record<string, number | string>> = {}
for (const file of names) {
  const suite = (await import(new URL(`./suites/${file}`, import.meta.url).href)) as BenchSuite
  if (values.only && suite.name !== values.only) continue
  if (!values.json) process.stdout.write(`${suite.name}\n`)
  const result = await suite.run({quick: values.quick === true, filter: values.filter})
  figures[suite.name] = result
  if (!values.json) {
    for (const [key, value] of Object.entries(result)) {
      process.stdout.write(`  ${key.padEnd(44)} ${typeof value === 'number' ? (Number.isInteger(value) ? value : value.toFixed(2)) : value}\n`)
    }
  }
}
if (values.json) process.stdout.write(JSON.stringify(figures, null, 2) + '\n')

