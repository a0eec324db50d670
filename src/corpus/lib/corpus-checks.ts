// The checks of a corpus as a whole, apart from the parser (the CLI joins instruments read back from its cache
// without loading the parser at all).
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import {articlesOf, inlineToText, walkProvisions, type Corpus, type Instrument, type Position} from '../../model/index.ts'
import {cleanNum} from './ids.ts'

/**
 * Joins parsed files into a corpus and checks it as a whole: ids and aliases unique, drafts' bases present,
 * references to articles that exist. The messages are the files' own, then the corpus's.
 */
export function joinInstruments(results: ReadonlyArray<Result<Instrument | undefined>>): Result<Corpus> {
  const messages: Array<SynopticMessage> = results.flatMap((r) => r.messages)
  const instruments = results.flatMap((r) => (r.value ? [r.value] : []))
  const {unique, owners, messages: clashes} = uniqueInstruments(instruments)
  messages.push(...clashes)
  for (const instrument of unique) messages.push(...checkInCorpus(instrument, owners))
  return {value: {instruments: unique}, messages}
}

/** What the corpus-wide checks need of an instrument (the CLI's diff has only this much of most of them). */
export type InstrumentHead = Pick<Instrument, 'id' | 'aliases' | 'file' | 'base'>

/**
 * Ids and aliases must be unique in a corpus: the instruments kept (the first to claim an id), who owns each
 * id and alias, and an error for each clash.
 */
export function uniqueInstruments<T extends InstrumentHead>(instruments: ReadonlyArray<T>): {unique: Array<T>; owners: Map<string, T>; messages: Array<SynopticMessage>} {
  const messages: Array<SynopticMessage> = []
  const owners = new Map<string, T>()
  const unique: Array<T> = []
  for (const instrument of instruments) {
    let clash = false
    for (const name of [instrument.id, ...instrument.aliases]) {
      const owner = owners.get(name)
      if (owner) {
        clash = true
        messages.push(createMessage('error', `The id \`${name}\` is used by ${owner.file} too: ids and aliases must be unique in the corpus`, {
          file: instrument.file, place: {line: 2, column: 1, offset: 0}, source: 'synoptic-validate', ruleId: 'duplicate-id'
        }))
      } else owners.set(name, instrument)
    }
    if (!clash || !unique.some((i) => i.id === instrument.id)) unique.push(instrument)
  }
  return {unique, owners, messages}
}

/** A draft's base must be in the corpus. */
export function checkBase(instrument: InstrumentHead, owners: ReadonlyMap<string, unknown>): Array<SynopticMessage> {
  if (!instrument.base || owners.has(instrument.base)) return []
  return [createMessage('error', `The draft's base \`${instrument.base}\` is not in the corpus`, {
    file: instrument.file, place: {line: 1, column: 1, offset: 0}, source: 'synoptic-validate', ruleId: 'missing-base'
  })]
}

/** What an instrument's place in a corpus implies: a draft's base is present, "article N of this law" exists. */
export function checkInCorpus(instrument: Instrument, owners: ReadonlyMap<string, Instrument>): Array<SynopticMessage> {
  const messages = checkBase(instrument, owners)
  messages.push(...checkReferences(instrument, instrument.base ? owners.get(instrument.base) : undefined))
  return messages
}

// "article 105 of this law", "articles 17 and 18 of this Decision", "article 117, paragraph 2, of this law"
const reference = /\barticles?\s+(\d+[a-z]?(?:\s*(?:,|and|to|–|-)\s*\d+[a-z]?)*)(?:\s*,\s*paragraph\s+\d+\s*,)?\s+of\s+this\s+(?:law|decision|convention|protocol|recommendation)\b/giu

/** Warns about "article N of this law" where the instrument (or, for a draft, its base) has no article N. */
function checkReferences(instrument: Instrument, base: Instrument | undefined): Array<SynopticMessage> {
  const messages: Array<SynopticMessage> = []
  const numbers = new Set([...articlesOf(instrument), ...(base ? articlesOf(base) : [])].map((a) => cleanNum(a.number)))
  const scan = (text: string, position: Position) => {
    for (const match of text.matchAll(reference)) {
      for (const n of match[1]!.split(/\s*(?:,|and|to|–|-)\s*/u)) {
        if (n && !numbers.has(cleanNum(n))) {
          messages.push(createMessage('warning', `"${match[0]}" refers to article ${n}, which ${instrument.id} does not have in the corpus`, {
            file: instrument.file, place: position, source: 'synoptic-validate', ruleId: 'unknown-reference',
            note: `add article ${n} (with \`status: text not available\` if the sources do not quote it)`
          }))
        }
      }
    }
  }
  for (const article of articlesOf(instrument)) {
    walkProvisions(article.children, (p) => scan(inlineToText(p.content), p.position))
  }
  return messages
}
