import {describe, expect, test} from 'vitest'
import {articlesOf, findInstrument, findProvision, provisionText} from '../../src/model/index.ts'
import {formatMessage} from '../../src/message/index.ts'
import {shippedCorpus} from './shipped-corpus.ts'

const {corpus, messages} = shippedCorpus()

describe('the shipped corpus', () => {
  test('validates with no message', () => {
    expect(messages.map(formatMessage)).toEqual([])
  })

  test.each([
    ['ll-2013', 'law', 7], ['ssl-2018', 'law', 10], ['md-4277', 'decision', 9], ['md-4139', 'decision', 12],
    ['md-0897', 'decision', 1], ['c081', 'convention', 39], ['c129', 'convention', 35], ['p081', 'protocol', 1],
    ['r081', 'recommendation', 6], ['annex-1', 'draft', 8]
  ] as const)('%s is a %s with %i articles', (id, kind, count) => {
    const instrument = findInstrument(corpus, id)
    expect(instrument).toBeDefined()
    expect(instrument!.kind).toBe(kind)
    expect(articlesOf(instrument!)).toHaveLength(count)
  })

  test('the conventions number their articles 1 to N with none missing', () => {
    for (const [id, last] of [['c081', 39], ['c129', 35]] as const) {
      const numbers = articlesOf(findInstrument(corpus, id)!).map((a) => Number(a.number))
      expect(numbers).toEqual(Array.from({length: last}, (_, i) => i + 1))
    }
  })

  test('Decision 4227 is Decision 4277: both numbers resolve to one instrument, with the discrepancy noted', () => {
    const instrument = findInstrument(corpus, 'md-4227')
    expect(instrument?.id).toBe('md-4277')
    expect(instrument!.aliases).toEqual(['md-4227'])
    expect(instrument!.notes).toMatch(/4227/u)
    expect(findProvision(corpus, 'md-4227/art-8/item-1')?.provision?.id).toBe('md-4277/art-8/item-1')
  })

  test('Annex 1 is a draft on ssl-2018 in the order of the Annex', () => {
    const annex = findInstrument(corpus, 'annex-1')!
    expect(annex.base).toBe('ssl-2018')
    const articles = articlesOf(annex)
    expect(articles.map((a) => a.id.split('/')[1])).toEqual(['art-110', 'art-111', 'art-112', 'art-113', 'art-new-1', 'art-new-2', 'art-new-3', 'art-114'])
    expect(articles.map((a) => a.heading)).toEqual([
      'Social Security Inspection Agencies', 'Contents of Social Security Inspections', 'Forms of Social Security Inspections',
      'Inspection Reports and Correction Measures', 'Social Security Inspection Officials',
      'Social security inspectors shall have the following powers:', 'Termination of Terms of being Social Security Inspectors',
      'Powers and Obligations of the Inspecting Target'
    ])
    expect(articles[1]!.amended).toBe(true)
    expect(articles[3]!.note).toBe('to be discussed')
    expect(articles.every((a) => a.status === 'proposed')).toBe(true)
  })

  test('nested provisions have the ids the issue promises', () => {
    expect(provisionText(findProvision(corpus, 'c081/art-12/item-1/item-a')!.provision!)).toMatch(/^\(a\) to enter freely and without previous notice/u)
    expect(provisionText(findProvision(corpus, 'annex-1/art-111/item-1/item-1-1')!.provision!)).toBe('1.1. The implementation of the law on social security;')
    expect(provisionText(findProvision(corpus, 'md-4277/art-10/item-1_2')!.provision!)).toMatch(/^1\. For using a person less than 14 years of age/u)
    const bullets = findProvision(corpus, 'll-2013/art-171/item-2')!.provision!
    expect(bullets.type === 'item' && bullets.children.map((c) => c.type === 'item' && c.label)).toEqual(['', '', '', ''])
  })

  test('every article says where its words come from and whether they are a translation', () => {
    for (const instrument of corpus.instruments) {
      const expected = instrument.jurisdiction === 'ILO' ? 'authentic' : 'unofficial'
      for (const article of articlesOf(instrument)) {
        expect(article.provenance.translation, article.id).toBe(expected)
        expect(article.provenance.source.length, article.id).toBeGreaterThan(10)
      }
    }
  })
})
