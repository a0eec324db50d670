import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {importCommand} from '../../src/cli/commands/import.ts'
import {validate} from '../../src/cli/commands/validate.ts'
import {parseInstrument} from '../../src/corpus/index.ts'
import {draftToDocx, layoutConsolidated} from '../../src/export/index.ts'
import {articlesOf, inlineToText, walkProvisions, type Instrument} from '../../src/model/index.ts'
import {runCommand} from './run-command.ts'

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'synoptic-import-round-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

/**
 * What must survive export and import: each article's number, heading, status and subject, its provisions
 * in reading order (label and text, with bold and italic), and the id of every labelled item. An item with no
 * label is exported as an indented paragraph, so it may come back as a paragraph: only its text is compared.
 */
function essentials(instrument: Instrument) {
  return articlesOf(instrument).map((a) => {
    const provisions: Array<unknown> = []
    const labelled: Array<string> = []
    walkProvisions(a.children, (p) => {
      const label = p.type === 'item' ? p.label : ''
      provisions.push({label, content: p.content})
      if (label) labelled.push(p.id.split('/').slice(1).join('/'))
    })
    return {number: a.number, heading: a.heading, status: a.status, subject: a.subject, provisions, labelled}
  })
}

describe('round trip: an instrument exported as a clean DOCX comes back with the same articles and items', () => {
  test.each(['ll-2013', 'ssl-2018', 'md-4139', 'md-4277', 'md-0897', 'c081', 'r081'])('%s', async (name) => {
    const original = parseInstrument(readFileSync(join(corpus, `${name}.md`), 'utf8'), `${name}.md`).value!
    writeFileSync(join(dir, `${name}.docx`), await draftToDocx(layoutConsolidated(original, undefined)))
    const run = await runCommand(importCommand, [`${name}.docx`, '--id', original.id, '--title', original.title, '-o', `${name}.md`], dir)
    expect(run.code, run.err).toBe(0)
    expect((await runCommand(validate, [`${name}.md`], dir)).code).toBe(0)
    const back = parseInstrument(readFileSync(join(dir, `${name}.md`), 'utf8'), `${name}.md`).value!
    expect(essentials(back)).toEqual(essentials(original))
    // No text lost its way: none of the warnings is about placing text (md-0897 quotes only item "2.", which is reported).
    expect(run.err).not.toMatch(/text-outside-article|duplicate-article|unknown-heading/)
  })

  test('the texts compare as plain words too', async () => {
    const original = parseInstrument(readFileSync(join(corpus, 'ssl-2018.md'), 'utf8'), 'ssl-2018.md').value!
    const back = parseInstrument(readFileSync(join(dir, 'ssl-2018.md'), 'utf8'), 'ssl-2018.md').value!
    const words = (i: Instrument) => articlesOf(i).flatMap((a) => {
      const out: Array<string> = []
      walkProvisions(a.children, (p) => out.push(inlineToText(p.content)))
      return out
    })
    expect(words(back)).toEqual(words(original))
  })
})
