import {describe, expect, test} from 'vitest'
import {compareAspectAsTopic, compareTopic, compareAspect} from '../../src/compare/index.ts'
import {formatMessage} from '../../src/message/index.ts'
import {aspectsAsComparison, checkComparison, comparisonDraftOf, comparisonYaml, loadComparison, loadReviewData} from '../../src/review/index.ts'
import {shippedCorpus} from '../corpus/shipped-corpus.ts'

const {corpus, sources} = shippedCorpus()

const text = `title: Labour Law and Social Security Law
columns:
  - key: ll
    title: Labour Law
    instruments: [ll-2013]
  - key: ssl
    title: Social Security Law
    instruments: [ssl-2018]
topics:
  - id: forms
    title: Forms of inspection
    ll:
      - provision: ll-2013/art-173
    ssl:
      - provision: ssl-2018/art-112
    pairs:
      - ll: ll-2013/art-173/item-3
        ssl: ssl-2018/art-112/item-3
        note: sudden / emergency
    note: Table 3 of the review.
`

describe('comparison files (comparisons/<id>.yaml)', () => {
  test('a comparison of two laws reads, lays out with word differences, and writes back the same', () => {
    const read = loadComparison({path: 'comparisons/ll-ssl.yaml', text})
    expect(read.messages.map(formatMessage)).toEqual([])
    const c = read.value!
    expect(c.id).toBe('ll-ssl')
    expect(c.columns.map((x) => x.key)).toEqual(['ll', 'ssl'])
    const laid = compareTopic(corpus, c.columns, c.topics[0]!)
    expect(laid.unresolved).toEqual([])
    const pair = laid.rows.find((r) => r.kind === 'pair')!
    expect(pair.cells.map((cell) => cell.map((x) => x.id))).toEqual([['ll-2013/art-173/item-3'], ['ssl-2018/art-112/item-3']])
    expect(pair.changes!.some((w) => w.kind !== 'equal')).toBe(true)
    const again = loadComparison({path: 'comparisons/ll-ssl.yaml', text: comparisonYaml(comparisonDraftOf(c))})
    expect(again.messages).toEqual([])
    const plain = (x: typeof c) => x.topics.map((t) => [t.title, Object.entries(t.cited).map(([k, v]) => [k, v.map((y) => y.provision)]), t.pairs.map((p) => [p.provisions, p.note]), t.note])
    expect(plain(again.value!)).toEqual(plain(c))
  })

  test('errors are reported at file:line:column', () => {
    const bad = text.replace('  - key: ssl\n', '  - key: ll\n').replace('        ssl: ssl-2018/art-112/item-3\n', '').replace('    ll:\n      - provision: ll-2013/art-173\n', '    ll:\n      - provison: ll-2013/art-173\n')
    const messages = loadComparison({path: 'comparisons/bad.yaml', text: bad}).messages.map(formatMessage)
    expect(messages).toEqual([
      'comparisons/bad.yaml:6:10: error: Two columns have the key `ll` [synoptic-review:review-duplicate-id]',
      'comparisons/bad.yaml:14:5: error: Unknown key `ssl` in a topic (allowed: id, title, ll, pairs, unpaired, standards, dismissed, note) [synoptic-review:review-unknown-key]',
      'comparisons/bad.yaml:13:9: error: Unknown key `provison` in a citation (allowed: provision, note) [synoptic-review:review-unknown-key]',
      'comparisons/bad.yaml:13:9: error: a citation lacks `provision` [synoptic-review:review-missing-key]',
      'comparisons/bad.yaml:17:9: error: A pair names one provision under each of at least two column keys (ll) [synoptic-review:review-pair]'
    ])
    expect(loadComparison({path: 'c.yaml', text: 'title: [unclosed'}).messages.map(formatMessage)[0]).toMatch(/^c\.yaml:1:\d+: error: Not valid YAML/)
  })

  test("the review's Table 1 is a comparison of two columns, laid out as compareAspect lays it out", () => {
    const data = loadReviewData(sources.map((s) => ({path: `corpus/${s.path}`, text: s.text}))).value
    for (const aspect of data.aspects) {
      const topic = compareAspectAsTopic(corpus, aspect)
      const direct = compareAspect(corpus, aspect)
      expect(topic.columns.map((c) => c.key)).toEqual(['labour', 'socialSecurity'])
      expect(topic.rows.map((r) => r.cells.map((cell) => cell.map((x) => x.id)))).toEqual(direct.rows.map((r) => [r.labour.map((x) => x.id), r.socialSecurity.map((x) => x.id)]))
    }
  })

  test('a malformed provision id in a pair, and ids that name no provision, are errors at the id itself', () => {
    const bad = text
      .replace('      - ll: ll-2013/art-173/item-3\n', '      - ll: ll-2013/article-173\n')
      .replace('    pairs:\n', '    pairs:\n      - ll: ll-2013/art-173/item-9\n        ssl: xx-1999/art-1\n')
      .replace('      - provision: ssl-2018/art-112\n', '      - provision: ssl-2018/art-9999\n')
    const read = loadComparison({path: 'comparisons/bad-ids.yaml', text: bad})
    expect(read.messages.map(formatMessage)).toEqual([
      'comparisons/bad-ids.yaml:19:13: error: `ll-2013/article-173` under `ll` in a pair is not a provision id (write e.g. `md-4139/art-18/item-2` (instrument/art-N, then item-… or para-…)) [synoptic-review:review-provision-id]'
    ])
    expect(checkComparison(read.value!, corpus).map(formatMessage)).toEqual([
      'comparisons/bad-ids.yaml:15:9: error: Topic `forms`: the provision `ssl-2018/art-9999`: ssl-2018 has no article `art-9999` [synoptic-review:review-unknown-provision]',
      'comparisons/bad-ids.yaml:17:13: error: Topic `forms`: the paired provision `ll-2013/art-173/item-9`: the article exists, but has no such paragraph or item (ids are listed by `synoptic show <article id> --json`) [synoptic-review:review-unknown-provision]',
      'comparisons/bad-ids.yaml:18:14: error: Topic `forms`: the paired provision `xx-1999/art-1` names the instrument `xx-1999`, which is not in the corpus [synoptic-review:review-unknown-provision]'
    ])
    // The file as it was has none of these.
    expect(checkComparison(loadComparison({path: 'comparisons/ll-ssl.yaml', text}).value!, corpus)).toEqual([])
  })

  test('dismissed suggestions are kept with the topic, written back, and checked against the corpus at their own place', () => {
    const withDismissed = text.replace('    note: Table 3 of the review.\n', '    dismissed: [ll-2013/art-174, ssl-2018/art-9999]\n    note: Table 3 of the review.\n')
    const read = loadComparison({path: 'comparisons/ll-ssl.yaml', text: withDismissed})
    expect(read.messages).toEqual([])
    expect(read.value!.topics[0]!.dismissed.map((d) => d.provision)).toEqual(['ll-2013/art-174', 'ssl-2018/art-9999'])
    expect(checkComparison(read.value!, corpus).map(formatMessage)).toEqual([
      'comparisons/ll-ssl.yaml:20:34: error: Topic `forms`: the dismissed provision `ssl-2018/art-9999`: ssl-2018 has no article `art-9999` [synoptic-review:review-unknown-provision]'
    ])
    const written = comparisonYaml(comparisonDraftOf(read.value!))
    expect(loadComparison({path: 'comparisons/ll-ssl.yaml', text: written}).value!.topics[0]!.dismissed.map((d) => d.provision)).toEqual(['ll-2013/art-174', 'ssl-2018/art-9999'])
    // Without any, the key is not written at all.
    expect(comparisonYaml(comparisonDraftOf(loadComparison({path: 'comparisons/ll-ssl.yaml', text}).value!))).not.toMatch(/dismissed/)
    const bad = loadComparison({path: 'comparisons/ll-ssl.yaml', text: text.replace('    note: Table 3 of the review.\n', '    dismissed: [art-174]\n')})
    expect(bad.messages.map(formatMessage)).toEqual(['comparisons/ll-ssl.yaml:20:17: error: A dismissed provision is its id, e.g. `ll-2013/art-5` [synoptic-review:review-provision-id]'])
  })

  test("Table 1 copied as a comparison keeps every citation, pair, unpaired provision and standard, and reads back the same", () => {
    const data = loadReviewData(sources.map((s) => ({path: `corpus/${s.path}`, text: s.text}))).value
    const draft = aspectsAsComparison(data.aspects, 'table-1', 'Table 1')
    const read = loadComparison({path: 'comparisons/table-1.yaml', text: comparisonYaml(draft)})
    expect(read.messages.map(formatMessage)).toEqual([])
    expect(checkComparison(read.value!, corpus)).toEqual([])
    expect(comparisonDraftOf(read.value!)).toEqual(JSON.parse(JSON.stringify(draft)))
    // The same rows as the review's own Table 1, aspect by aspect.
    for (const [k, aspect] of data.aspects.entries()) {
      const topic = read.value!.topics[k]!
      expect(topic.pairs.map((p) => [p.provisions.labour, p.provisions.socialSecurity])).toEqual(aspect.pairs.map((p) => [p.labour, p.socialSecurity]))
      expect(topic.unpaired.map((u) => u.provision)).toEqual(aspect.unpaired.map((u) => u.provision))
      expect(topic.standards.map((s) => `${s.instrument} ${s.article}`)).toEqual(aspect.standards.map((s) => `${s.instrument} ${s.article}`))
      expect(topic.cited.labour!.length).toBe(aspect.labour.length + aspect.quoted.labour.length)
    }
  })

  test("Table 1 is made the way any comparison is: its aspects copied into a comparison file lay out in the same rows", () => {
    const data = loadReviewData(sources.map((s) => ({path: `corpus/${s.path}`, text: s.text}))).value
    const copy = loadComparison({path: 'comparisons/table-1.yaml', text: comparisonYaml(aspectsAsComparison(data.aspects, 'table-1', 'Table 1'))}).value!
    const shape = (rows: ReadonlyArray<{kind: string; title: string; cells: ReadonlyArray<ReadonlyArray<{id: string}>>}>) => rows.map((r) => [r.kind, r.title, r.cells.map((c) => c.map((x) => x.id))])
    let compared = 0
    for (const [k, aspect] of data.aspects.entries()) {
      // (A copy cites what another table quotes with the rest, with a note saying so: those rows differ by design.)
      if (aspect.quoted.labour.length + aspect.quoted.socialSecurity.length > 0) continue
      const own = compareTopic(corpus, copy.columns, copy.topics[k]!)
      const review = compareAspect(corpus, aspect)
      expect(shape(own.rows)).toEqual(shape(review.rows.map((r) => ({...r, cells: [r.labour, r.socialSecurity]}))))
      compared++
    }
    expect(compared).toBeGreaterThanOrEqual(6)
    // Laws beside laws, decisions beside decisions, when that sets two columns side by side; else one row.
    expect(compareAspect(corpus, data.aspects.find((a) => a.id === 'forms')!).rows.filter((r) => r.kind === 'text').map((r) => r.title)).toEqual(['Laws', 'Ministerial decisions'])
    const lawAndConvention = compareTopic(corpus, [{key: 'll', title: 'Labour Law'}, {key: 'c81', title: 'C81'}], {id: 'x', title: 'X', cited: {ll: [{provision: 'll-2013/art-173'}], c81: [{provision: 'c081/art-12'}]}})
    expect(lawAndConvention.rows.map((r) => [r.kind, r.title])).toEqual([['text', 'Provisions']])
  })
})
