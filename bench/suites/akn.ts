// Akoma Ntoso: export of one 10,000-article act and its validation by xmllint against the OASIS schema, against
// writing the same instrument as corpus Markdown; and the import of a 1,000-article act (the import writes and
// re-reads the corpus file to give every node the parser's own id, so it costs about two parses).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {fromAkomaNtoso, toAkomaNtoso} from '../../src/akn/index.ts'
import {loadCorpus, serializeInstrument} from '../../src/corpus/index.ts'
import type {Instrument} from '../../src/model/index.ts'
import {syntheticCorpus} from '../synthetic.ts'
import {time} from '../timing.ts'

export const name = 'akn'

const schema = fileURLToPath(new URL('../../../shared/schemas/akn/akomantoso30.xsd', import.meta.url))

/**
 * The synthetic instruments of 500 articles joined into one act (the corpus parser is slow on a single file of
 * 10,000 articles, and this suite times Akoma Ntoso, not the parser). Chapter ids get their file's number.
 */
function oneInstrument(parts: Array<Instrument>): Instrument {
  const body = parts.flatMap((part, n) => {
    const json = JSON.stringify(part.body).replace(new RegExp(`"${part.id}/(chapter-)?`, 'gu'), (_m, chapter?: string) => `"syn/${chapter ? `chapter-${n + 1}x` : ''}`)
    return JSON.parse(json) as Instrument['body']
  })
  return {...parts[0]!, id: 'syn', title: 'Synthetic Law', body}
}

export async function run(): Promise<Record<string, number | string>> {
  const articles = 10_000
  const instrument = oneInstrument(loadCorpus(syntheticCorpus({articles})).value.instruments)
  let xml = ''
  const exportMs = await time(() => {
    xml = toAkomaNtoso(instrument, {date: '2026-12-01'}).value!
  })
  const markdownMs = await time(() => serializeInstrument(instrument))
  const dir = mkdtempSync(join(tmpdir(), 'synoptic-bench-akn-'))
  const file = join(dir, 'act.xml')
  writeFileSync(file, xml)
  let verdict = ''
  const validateMs = await time(() => {
    const run = spawnSync('xmllint', ['--noout', '--schema', schema, file], {encoding: 'utf8'})
    verdict = run.error ? `xmllint did not run: ${run.error.message}` : run.status === 0 ? 'validates' : `fails: ${run.stderr.split('\n')[0]}`
  }, 1)
  const wellFormedMs = await time(() => spawnSync('xmllint', ['--noout', file]), 1)
  const small = oneInstrument(loadCorpus(syntheticCorpus({articles: 1000})).value.instruments)
  const smallXml = toAkomaNtoso(small, {date: '2026-12-01'}).value!
  let importedArticles = 0
  const importMs = await time(() => {
    const back = fromAkomaNtoso(smallXml, {file: 'act.xml'}).value!
    importedArticles = back.instrument.body.reduce((n, d) => n + (d.type === 'division' ? d.children.length : 1), 0)
  }, 1)
  const smallMarkdown = serializeInstrument(small)
  const parseMs = await time(() => loadCorpus([{path: 'act.md', text: smallMarkdown}]), 1)
  rmSync(dir, {recursive: true, force: true})
  return {
    articles,
    megabytes: xml.length / 1e6,
    export_ms: exportMs,
    markdown_ms: markdownMs,
    export_over_markdown_ratio: exportMs / markdownMs,
    xmllint_schema_validation_ms: validateMs,
    xmllint_well_formed_only_ms: wellFormedMs,
    xmllint_verdict: verdict,
    import_1000_articles_ms: importMs,
    imported_articles: importedArticles,
    markdown_parse_1000_articles_ms: parseMs,
    import_over_markdown_parse_ratio: importMs / parseMs
  }
}
