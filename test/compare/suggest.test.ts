// Suggestions for a topic of a comparison: ranked by the conformity rules the topic shares words with (and the
// rule it was made from), and by the topic's words found in provisions, compared by their stems.
import {describe, expect, test} from 'vitest'
import {suggestProvisions} from '../../src/compare/index.ts'
import {shippedCorpus} from '../corpus/shipped-corpus.ts'

const {corpus} = shippedCorpus()

describe('suggested provisions', () => {
  test("the topic's words find the convention article on them, through their stems (inspectors, workplaces)", () => {
    const got = suggestProvisions(corpus, {instruments: ['c081'], title: 'Powers of inspectors to enter workplaces'})
    expect(got[0]).toMatchObject({id: 'c081/art-12', words: ['inspectors', 'enter', 'workplaces']})
    // Its item 1 says no more than the article, which is suggested as strongly: left out.
    expect(got.map((s) => s.id)).not.toContain('c081/art-12/item-1')
    // Every suggestion is of the column's instrument.
    expect(got.every((s) => s.id.startsWith('c081/'))).toBe(true)
  })

  test('a rule whose title shares the topic words ranks its provisions first; cited ones are not suggested again', () => {
    const rules = [
      {rule: 'prior-notice', title: 'Inspection visits announced in advance', provisions: ['md-4139/art-18/item-2', 'c081/art-12/item-1/item-a']},
      {rule: 'unrelated', title: 'Confidentiality of complaints', provisions: ['md-4139/art-5']}
    ]
    const got = suggestProvisions(corpus, {instruments: ['md-4139'], title: 'Announced visits', rules})
    expect(got[0]).toMatchObject({id: 'md-4139/art-18/item-2', rules: ['Inspection visits announced in advance']})
    expect(got.some((s) => s.rules.includes('Confidentiality of complaints'))).toBe(false)
    const again = suggestProvisions(corpus, {instruments: ['md-4139'], title: 'Announced visits', rules, cited: ['md-4139/art-18']})
    expect(again.map((s) => s.id).filter((id) => id.startsWith('md-4139/art-18'))).toEqual([])
  })

  test('the rule the topic was made from counts fully, whatever its words; no evidence gives no suggestion', () => {
    const rules = [{rule: 'report-signature', title: 'Reports signed by the employer', provisions: ['ll-2013/art-175/para-3']}]
    expect(suggestProvisions(corpus, {instruments: ['ll-2013'], title: 'Zzz', rules, rule: 'report-signature'}).map((s) => s.id)).toEqual(['ll-2013/art-175/para-3'])
    expect(suggestProvisions(corpus, {instruments: ['ll-2013'], title: 'Zzz', rules})).toEqual([])
  })
})
