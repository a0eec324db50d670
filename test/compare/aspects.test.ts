import {beforeAll, describe, expect, test} from 'vitest'
import {fileURLToPath} from 'node:url'
import {readSourceFiles} from '../../src/cli/corpus-files.ts'
import {loadCorpus} from '../../src/corpus/index.ts'
import {loadReviewData, type Aspect} from '../../src/review/index.ts'
import {aspectsCiting, changedText, compareAspect, counterparts, fullText, normalizeText, resolveStandard, searchCorpus} from '../../src/compare/index.ts'
import {findProvision, type Corpus} from '../../src/model/index.ts'

// The shipped corpus and review data: the comparison workspace is built from them.
let corpus: Corpus
let aspects: Array<Aspect>
beforeAll(async () => {
  const sources = await readSourceFiles(fileURLToPath(new URL('../../corpus/', import.meta.url)))
  corpus = loadCorpus(sources.filter((s) => s.path.endsWith('.md'))).value
  aspects = loadReviewData(sources).value.aspects
})

const aspect = (id: string): Aspect => aspects.find((a) => a.id === id)!

describe('compareAspect', () => {
  test('pairs first, each with the word difference of the two wordings; then unpaired items; then full texts by rank', () => {
    const forms = aspect('forms')
    const comparison = compareAspect(corpus, forms)
    const kinds = comparison.rows.map((r) => r.kind)
    expect(kinds.slice(0, forms.pairs.length)).toEqual(forms.pairs.map(() => 'pair'))
    expect(kinds.filter((k) => k === 'unpaired').length).toBe(forms.unpaired.length)
    expect(kinds.at(-1)).toBe('text')
    const sudden = comparison.rows.find((r) => r.labour[0]?.id === 'll-2013/art-173/item-3')!
    expect(sudden.socialSecurity[0]!.id).toBe('ssl-2018/art-112/item-3')
    // The difference joins back into both wordings.
    expect(changedText(sudden.changes!, 'a')).toBe(normalizeText(fullText(findProvision(corpus, 'll-2013/art-173/item-3')!.provision!)))
    expect(changedText(sudden.changes!, 'b')).toBe(normalizeText(fullText(findProvision(corpus, 'ssl-2018/art-112/item-3')!.provision!)))
    expect(sudden.title).toBe('Sudden inspection / Emergency inspections')
  })

  test('a pair whose one side has no text carries no difference', () => {
    const comparison = compareAspect(corpus, aspect('forms'))
    const adHoc = comparison.rows.find((r) => r.socialSecurity[0]?.id === 'md-4139/art-6' && r.kind === 'pair')
    expect(findProvision(corpus, 'md-4139/art-6')!.article.status).toBe('not-available')
    expect(adHoc?.changes).toBeUndefined()
  })

  test('full-text rows hold every cited provision, laws beside laws and decisions beside decisions', () => {
    for (const a of aspects) {
      const rows = compareAspect(corpus, a).rows.filter((r) => r.kind === 'text')
      const cited = rows.flatMap((r) => [...r.labour, ...r.socialSecurity].map((c) => c.id)).sort()
      expect(cited).toEqual([...a.labour, ...a.socialSecurity].map((c) => c.provision).sort())
      for (const r of rows) {
        const kinds = new Set([...r.labour, ...r.socialSecurity].map((c) => c.found?.instrument.kind))
        expect(kinds.size).toBe(1)
      }
    }
  })

  test('citations the corpus lacks are reported, not dropped', () => {
    const broken = {...aspect('content'), labour: [{provision: 'll-2013/art-9999'}]}
    const comparison = compareAspect(corpus, broken)
    expect(comparison.unresolved).toEqual(['ll-2013/art-9999'])
    expect(comparison.rows.flatMap((r) => r.labour).map((c) => c.id)).toContain('ll-2013/art-9999')
  })
})

describe('resolveStandard', () => {
  test.each([
    [{instrument: 'C081', article: '12'}, 'c081/art-12'],
    [{instrument: 'C081', article: '12(1)(a)'}, 'c081/art-12/item-1/item-a'],
    [{instrument: 'C129', article: '16(1)'}, 'c129/art-16/item-1']
  ])('%j → %s', (standard, id) => {
    const found = resolveStandard(corpus, standard)!
    expect((found.provision ?? found.article).id).toBe(id)
  })

  test('falls back to the deepest part the corpus has, and to nothing for an unknown article', () => {
    const found = resolveStandard(corpus, {instrument: 'C081', article: '12(9)(z)'})!
    expect((found.provision ?? found.article).id).toBe('c081/art-12')
    expect(resolveStandard(corpus, {instrument: 'C081', article: '999'})).toBeUndefined()
  })
})

describe('aspectsCiting and counterparts', () => {
  test('an item is covered by the aspect citing its article, and its paired item comes first', () => {
    expect(aspectsCiting(aspects, 'll-2013/art-173/item-3').map((a) => a.id)).toContain('forms')
    const list = counterparts(aspects, 'll-2013/art-173/item-3')
    expect(list[0]).toMatchObject({id: 'ssl-2018/art-112/item-3', via: 'pair', from: 'll-2013/art-173/item-3'})
    // Then the articles cited on the other side of the aspect, compared from the cited labour article.
    expect(list.filter((c) => c.via === 'aspect').map((c) => c.id)).toEqual(expect.arrayContaining(['ssl-2018/art-112', 'md-4139/art-5']))
    expect(list.find((c) => c.id === 'ssl-2018/art-112')!.from).toBe('ll-2013/art-173')
  })

  test('a provision no aspect cites has no counterparts', () => {
    expect(counterparts(aspects, 'c081/art-1')).toEqual([])
    expect(aspectsCiting(aspects, 'c081/art-1')).toEqual([])
  })
})

describe('searchCorpus', () => {
  test('finds every word of the query, case and quote variants ignored, with the match offsets', () => {
    const hits = searchCorpus(corpus, 'ADVANCE notice')
    expect(hits.length).toBeGreaterThan(0)
    for (const hit of hits) {
      expect(hit.text.toLowerCase()).toContain('advance')
      expect(hit.text.toLowerCase()).toContain('notice')
      for (const m of hit.matches) expect(hit.text.slice(m.start, m.end).toLowerCase()).toMatch(/^(advance|notice)$/)
    }
    expect(hits.map((h) => h.id)).toContain('ll-2013/art-173/item-3')
  })

  test('finds headings, respects the limit, and finds nothing for blank queries or absent words', () => {
    expect(searchCorpus(corpus, 'Forms of social security inspection').some((h) => h.id === 'ssl-2018/art-112')).toBe(true)
    expect(searchCorpus(corpus, 'inspection', {limit: 3})).toHaveLength(3)
    expect(searchCorpus(corpus, '   ')).toEqual([])
    expect(searchCorpus(corpus, 'zzyzx-not-a-word')).toEqual([])
  })
})
