import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {cleanNum, parseInstrument} from '../../src/corpus/index.ts'
import {articlesOf, findProvision, inlineToText, type Item} from '../../src/model/index.ts'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8')

describe('parseInstrument on articles quoted in the review', () => {
  test('Decision 4139 article 18 keeps its nine items, their labels and ids', () => {
    const {value, messages} = parseInstrument(fixture('md-4139-art-18.md'), 'md-4139.md')
    expect(messages).toEqual([])
    const [art18, art19] = articlesOf(value!)
    expect(art18!.id).toBe('md-4139/art-18')
    expect(art18!.heading).toBe('Duties')
    expect(art18!.provenance).toEqual({source: 'ILO review (2023), Table 5', translation: 'unofficial'})
    const items = art18!.children.filter((c): c is Item => c.type === 'item')
    expect(items.map((i) => i.label)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.'])
    expect(items[1]!.id).toBe('md-4139/art-18/item-2')
    expect(inlineToText(items[1]!.content)).toBe(
      'Inform labour units or inspected targets on the dates, location and mode of inspection prior to the actual inspection visits;'
    )
    // The square brackets are the translator's, and must survive as text.
    expect(inlineToText(items[7]!.content)).toContain('to [be imposed on] violators.')
    expect(art18!.children[0]).toMatchObject({type: 'paragraph', id: 'md-4139/art-18/para-1'})
    expect(art19).toMatchObject({status: 'not-available', subject: 'Personal requirements to be an inspector (Table 1)', children: []})
  })

  test('Labour Law article 173 keeps the bold words inside items, and the closing paragraph', () => {
    const {value} = parseInstrument(fixture('ll-2013-art-173.md'), 'll-2013.md')
    const found = findProvision({instruments: [value!]}, 'll-2013/art-173/item-2')
    expect(found?.provision).toMatchObject({
      label: '2.',
      content: [
        {type: 'text', value: 'Inspection with '},
        {type: 'strong', children: [{type: 'text', value: 'advance notice'}]},
        {type: 'text', value: ' is inspection undertaken outside of the plan when deemed necessary, with advance notification for the party undergoing inspection;'}
      ]
    })
    const last = found!.article.children.at(-1)!
    expect(last).toMatchObject({type: 'paragraph', id: 'll-2013/art-173/para-2', content: [{type: 'strong'}]})
  })

  test('articles sit inside their Part; unlabelled bullets nest under their item', () => {
    const {value} = parseInstrument(fixture('ll-2013-art-173.md'), 'll-2013.md')
    expect(value!.body).toHaveLength(1)
    expect(value!.body[0]).toMatchObject({type: 'division', kind: 'part', number: 'XV', id: 'll-2013/part-xv', heading: 'Labour Inspection'})
    const item2 = findProvision({instruments: [value!]}, 'll-2013/art-171/item-2')!.provision as Item
    expect(item2.children.map((c) => [c.id, (c as Item).label])).toEqual([
      ['ll-2013/art-171/item-2/item-nn-1', ''],
      ['ll-2013/art-171/item-2/item-nn-2', '']
    ])
  })

  test('labels of every kind, nested to any depth, and duplicates made unique', () => {
    const text = `---
id: t
title: T
kind: law
jurisdiction: LA
language: en
source: test
---
## Article 2 bis Test

1. One
   - 1.1. One one
     - (a) deep
       - i. deeper
1. Again one
- a) letter
`
    const {value, messages} = parseInstrument(text, 't.md')
    expect(messages).toEqual([])
    const article = articlesOf(value!)[0]!
    expect(article.id).toBe('t/art-2bis')
    expect(article.number).toBe('2 bis')
    const ids: Array<string> = []
    const walk = (items: Array<unknown>) => {
      for (const i of items as Array<Item>) {
        ids.push(`${i.id} ${i.label}`)
        walk(i.children)
      }
    }
    walk(article.children)
    expect(ids).toEqual([
      't/art-2bis/item-1 1.',
      't/art-2bis/item-1/item-1-1 1.1.',
      't/art-2bis/item-1/item-1-1/item-a (a)',
      't/art-2bis/item-1/item-1-1/item-a/item-i i.',
      't/art-2bis/item-1_2 1.',
      't/art-2bis/item-a a)'
    ])
  })

  test('an id does not change when unrelated text changes', () => {
    const before = parseInstrument(fixture('md-4139-art-18.md'), 'a.md').value!
    const edited = fixture('md-4139-art-18.md')
      .replace('Develop programmes, projects,', 'Draw up programmes and')
      .replace('Social security inspectors shall', 'Inspectors of social security shall')
    const after = parseInstrument(edited, 'a.md').value!
    const ids = (i: typeof before) => articlesOf(i).flatMap((a) => [a.id, ...a.children.map((c) => c.id)])
    expect(ids(after)).toEqual(ids(before))
  })

  test('draft headings: (Amended), a trailing note, New Article with ids and insertion points', () => {
    const text = `---
id: d
title: Draft
kind: draft
base: ssl-2018
jurisdiction: LA
language: en
source: test
---
## Article 111 (Amended) Contents of Social Security Inspections

Text.

## Article 113 Inspection Reports and Correction Measures (to be discussed)

Text.

### New Article Social Security Inspection Officials

Text.

### New Article Termination of Terms

Text.
`
    const {value, messages} = parseInstrument(text, 'd.md')
    expect(messages).toEqual([])
    const [a111, a113, n1, n2] = articlesOf(value!)
    expect(a111).toMatchObject({number: '111', amended: true, heading: 'Contents of Social Security Inspections', status: 'proposed'})
    expect(a113).toMatchObject({heading: 'Inspection Reports and Correction Measures', note: 'to be discussed', amended: false})
    expect(n1).toMatchObject({id: 'd/art-new-1', number: 'New', heading: 'Social Security Inspection Officials', after: 'ssl-2018/art-113'})
    expect(n2).toMatchObject({id: 'd/art-new-2', after: 'd/art-new-1'})
  })
})

describe('cleanNum', () => {
  test.each([
    ['1.', '1'], ['(a)', 'a'], ['1.1.', '1-1'], ['2 bis', '2bis'], ['3\u00a0bis', '3bis'], ['(iv)', 'iv'],
    ['“2.3', '2-3'], ['a)', 'a'], ['XV', 'xv'], ['•', 'nn'], ['(ກ)', 'ກ'], ['(三)', '三'], ['1.2.3.', '1-2-3']
  ])('%s → %s', (label, id) => {
    expect(cleanNum(label)).toBe(id)
  })
})

test('a Recommendation numbers Paragraphs: cited as such, ids as for articles, written back as Paragraphs', async () => {
  const {serializeInstrument} = await import('../../src/corpus/index.ts')
  const {articleLabel} = await import('../../src/model/index.ts')
  const text = '---\nid: r1\ntitle: R\nkind: recommendation\njurisdiction: ILO\nlanguage: en\nsource: test\n---\n## Paragraph 4\n\nText.\n'
  const article = articlesOf(parseInstrument(text, 'r.md').value!)[0]!
  expect([article.id, articleLabel(article)]).toEqual(['r1/art-4', 'Paragraph 4'])
  expect(serializeInstrument(parseInstrument(text, 'r.md').value!)).toContain('## Paragraph 4\n')
})
