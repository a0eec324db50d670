// Importing real and long laws: the Eritrean Labour Proclamation from each of its six formats (when
// ../shared/realworld/ is there), 2,000 numbered paragraphs that switch list and level, and a 1,000-section
// Commonwealth-style Act, each with its stages timed apart (reading, detection, writing, the parse-back check).
import {blocksFromText, detectStructure, importSource} from '../../src/import/index.ts'
import {parseInstrument, serializeInstrument} from '../../src/corpus/index.ts'
import {syntheticAct} from '../../test/import/commonwealth.ts'
import {switchingLists} from '../../test/import/fixtures.ts'
import {eritreaAvailable, eritreaFiles, importEritrea} from '../../test/import/realworld.ts'
import {time} from '../timing.ts'

export const name = 'import-realworld'

async function stages(label: string, text: string): Promise<Record<string, number>> {
  const options = {id: 'bench-law', file: `${label}.txt`}
  const whole = await time(() => importSource({format: 'text', text}, options), 1)
  const blocks = await time(() => blocksFromText(text, {file: options.file}), 1)
  const read = blocksFromText(text, {file: options.file}).value
  const detect = await time(() => detectStructure(read, options), 1)
  const instrument = detectStructure(read, options).value.instrument
  let markdown = ''
  const write = await time(() => (markdown = serializeInstrument(instrument)), 1)
  const check = await time(() => parseInstrument(markdown, 'bench-law.md'), 1)
  return {[`${label}_import_ms`]: whole, [`${label}_blocks_ms`]: blocks, [`${label}_detect_ms`]: detect, [`${label}_serialize_ms`]: write, [`${label}_parse_back_ms`]: check}
}

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {}
  if (eritreaAvailable) {
    for (const file of eritreaFiles) {
      await importEritrea(file)
      out[`eritrea_${file.replace(/^er-labour-118-2001/, '').replace(/^[-.]/, '')}_ms`] = await time(async () => importEritrea(file))
    }
  }
  Object.assign(out, await stages('switching_2000', switchingLists(2000)))
  Object.assign(out, await stages('switching_400', switchingLists(400)))
  Object.assign(out, await stages('commonwealth_1000_sections', syntheticAct(20, 50).text))
  return out
}
