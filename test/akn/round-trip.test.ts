// Export to Akoma Ntoso, then import: the same model comes back (articles, items, labels, statuses, notes,
// provenance) for every shipped instrument and for a real law from outside the corpus.
import {describe, expect, test} from 'vitest'
import {fromAkomaNtoso, toAkomaNtoso} from '../../src/akn/index.ts'
import {articlesOf, findInstrument, type Instrument, type Item} from '../../src/model/index.ts'
import {shippedCorpus} from '../corpus/shipped-corpus.ts'
import {content, eritreanProclamation} from './eritrea.ts'
import {importSource} from '../../src/import/index.ts'
import {commonwealthAct} from '../import/commonwealth.ts'

const {corpus} = shippedCorpus()

function roundTrip(instrument: Instrument): Instrument {
  const base = instrument.base ? findInstrument(corpus, instrument.base) : undefined
  const xml = toAkomaNtoso(instrument, {date: '2026-12-01', base})
  expect(xml.value).toBeDefined()
  const back = fromAkomaNtoso(xml.value!, {file: `${instrument.id}.xml`})
  expect(back.messages).toEqual([])
  return back.value!.instrument
}

function eIds(xml: string): Array<string> {
  return [...xml.matchAll(/ eId="([^"]+)"/gu)].map((m) => m[1]!)
}

describe('Akoma Ntoso export then import gives back the same model', () => {
  test.each(corpus.instruments.map((i) => [i.id, i] as const))('%s', (_id, instrument) => {
    expect(content(roundTrip(instrument))).toEqual(content(instrument))
  })

  test('the Eritrean Labour Proclamation No. 118/2001, imported from its text', () => {
    const proclamation = eritreanProclamation()
    expect(articlesOf(proclamation).length).toBeGreaterThan(150)
    expect(content(roundTrip(proclamation))).toEqual(content(proclamation))
  })

  test('a Commonwealth-style Act: its Schedule comes back a Schedule, with its own text', () => {
    const act = importSource({format: 'text', text: commonwealthAct().text}, {id: 'wsh-2010', file: 'act.txt'}).value.instrument
    const back = roundTrip(act)
    // Akoma Ntoso carries sections as articles: only the designation "Section" does not travel.
    const undesignated = (i: Instrument) => JSON.parse(JSON.stringify(content(i), (key, value) => (key === 'designation' ? undefined : value)))
    expect(undesignated(back)).toEqual(undesignated(act))
    expect(back.body.at(-1)).toMatchObject({kind: 'schedule', number: '', content: [{type: 'paragraph'}, {type: 'paragraph'}], children: []})
  })

  test('what travels: statuses, subjects, notes, the "(Amended)" mark, sources and new articles\' places', () => {
    const annex = roundTrip(findInstrument(corpus, 'annex-1')!)
    const law = roundTrip(findInstrument(corpus, 'ssl-2018')!)
    const article = (i: Instrument, id: string) => articlesOf(i).find((a) => a.id === id)!
    expect(article(law, 'ssl-2018/art-113').status).toBe('not-available')
    expect(article(law, 'ssl-2018/art-113').subject).toMatch(/^Inspection reports/u)
    expect(article(annex, 'annex-1/art-113').note).toBe('to be discussed')
    expect(article(annex, 'annex-1/art-111').amended).toBe(true)
    expect(article(annex, 'annex-1/art-new-1').after).toBe('ssl-2018/art-113')
    expect(annex.base).toBe('ssl-2018')
    const items = article(annex, 'annex-1/art-111').children.filter((c): c is Item => c.type === 'item')
    expect(items[0]!.children.map((c) => (c as Item).label)).toEqual(['1.1.', '1.2.', '1.3.'])
  })
})

describe('eIds are derived from the numbers as written, so they survive edits', () => {
  test('rewording an item and removing another leaves every other eId as it was', () => {
    const law = findInstrument(corpus, 'ssl-2018')!
    const before = toAkomaNtoso(law, {date: '2026-12-01'}).value!
    const edited = structuredClone(law)
    const art112 = articlesOf(edited).find((a) => a.id === 'ssl-2018/art-112')!
    const second = art112.children.find((c): c is Item => c.type === 'item' && c.label === '2.')!
    second.content = [{type: 'text', value: 'Inspections with notice given in advance.'}]
    art112.children = art112.children.filter((c) => !(c.type === 'item' && c.label === '1.'))
    const after = toAkomaNtoso(edited, {date: '2026-12-01'}).value!
    expect(after).toContain('Inspections with notice given in advance.')
    expect(eIds(after).sort()).toEqual(eIds(before).filter((e) => e !== 'art_112__point_1').sort())
  })
})
