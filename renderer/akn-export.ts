// Export › Akoma Ntoso, shared by the draft and instrument views: the core writes the XML, the platform saves it.
import {toAkomaNtoso} from '../src/akn/index.ts'
import {formatMessage} from '../src/message/index.ts'
import type {Instrument} from '../src/model/index.ts'
import {offerFile} from './exporter.ts'

/** Offers `<id>.xml`; resolves to the reason when the export or the save failed, else undefined. */
export async function offerAkomaNtoso(instrument: Instrument, base: Instrument | undefined): Promise<string | undefined> {
  const written = toAkomaNtoso(instrument, {date: new Date().toISOString().slice(0, 10), base})
  if (written.value === undefined) return `The Akoma Ntoso export failed: ${written.messages.map(formatMessage).join('; ')}`
  try {
    await offerFile(`${instrument.id}.xml`, new TextEncoder().encode(written.value), 'xml')
    return undefined
  } catch (error) {
    return `The export failed: ${(error as Error).message}`
  }
}
