// Importing a whole law from Word: a 200-article DOCX (chapters, Word-numbered items, typed sub-items) read with
// jszip and mammoth, its structure detected, the corpus file written and parsed back, as `synoptic import` does.
import {readDocx} from '../../src/cli/commands/import.ts'
import {detectStructure, blocksFromHtml, importSource} from '../../src/import/index.ts'
import {parseInstrument, serializeInstrument} from '../../src/corpus/index.ts'
import {longLawDocx} from '../../test/import/fixtures.ts'
import {time} from '../timing.ts'

export const name = 'import'

export async function run(): Promise<Record<string, number | string>> {
  const law = await longLawDocx(200)
  const options = {id: 'bench-law', file: 'bench-law.docx'}
  let summary = ''
  // One run first, so the figures are of warm code (mammoth's first run is three times slower).
  importSource((await readDocx(law.bytes, options.file)).value, options)
  const whole = await time(async () => {
    const source = await readDocx(law.bytes, options.file)
    const result = importSource(source.value, options)
    summary = `${result.value.summary.articles} articles, ${result.value.summary.items} items, ${result.value.summary.warnings} warnings`
  })
  // The steps on their own: Word reading (jszip + mammoth), detection, writing and the parse-back check.
  let html = ''
  const word = await time(async () => {
    html = (await readDocx(law.bytes, options.file)).value.text
  })
  const blocks = blocksFromHtml(html, {file: options.file, unit: 'paragraph'}).value
  const detect = await time(() => detectStructure(blocksFromHtml(html, {file: options.file, unit: 'paragraph'}).value, options))
  const instrument = detectStructure(blocks, options).value.instrument
  let markdown = ''
  const write = await time(() => {
    markdown = serializeInstrument(instrument)
  })
  const check = await time(() => parseInstrument(markdown, 'bench-law.md'))
  return {
    docx_kib: Math.round(law.bytes.length / 1024),
    imported: summary,
    import_ms_200_article_docx: whole,
    word_read_ms_jszip_mammoth: word,
    detect_ms_blocks_to_instrument: detect,
    serialize_ms: write,
    parse_back_ms: check
  }
}
