// The Eritrean Labour Proclamation No. 118/2001, imported from its text with the ordinary importer: a real law
// of 161 articles from outside the corpus, for the Akoma Ntoso tests.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {importSource} from '../../src/import/index.ts'
import type {Instrument} from '../../src/model/index.ts'
import {repoRoot} from '../corpus/seed-quotes.ts'

export const eritreaText = join(repoRoot, '../shared/realworld/eritrea-labour-118-2001/er-labour-118-2001.txt')

export function eritreanProclamation(): Instrument {
  const imported = importSource({format: 'text', text: readFileSync(eritreaText, 'utf8')}, {
    id: 'er-labour-118-2001', file: 'er-labour-118-2001.txt', jurisdiction: 'ER', number: 'No. 118/2001', date: '2001-11-15'
  })
  const errors = imported.messages.filter((m) => m.severity === 'error')
  if (errors.length > 0) throw new Error(`the Eritrean Proclamation does not import: ${errors[0]!.reason}`)
  return imported.value.instrument
}

/** The model without positions and file names: what an export and import must give back. */
export function content(instrument: Instrument): unknown {
  return JSON.parse(JSON.stringify(instrument, (key, value) => (key === 'position' || key === 'file' ? undefined : value)))
}
