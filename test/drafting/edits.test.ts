import {describe, expect, test} from 'vitest'
import {parseInstrument} from '../../src/corpus/index.ts'
import {
  amendArticle, articleBodyText, canRedo, canUndo, closeGroup, createDraft, draftFileText, insertArticle, record, redlineOf,
  redo, removeArticle, repealArticle, replaceArticleText, setArticleHeading, startHistory, summarizeChanges, undo
} from '../../src/drafting/index.ts'
import {articlesOf, type Instrument} from '../../src/model/index.ts'
import {annex1} from '../export/fixtures.ts'

const {draft, base} = annex1()
const ids = (d: Instrument) => articlesOf(d).map((a) => a.id)

describe('editing a draft', () => {
  test('the body text of an article round-trips through the editor', () => {
    const article = articlesOf(draft).find((a) => a.id === 'annex-1/art-112')!
    const body = articleBodyText(article, draft)
    expect(body.split('\n')[0]).toBe('The forms of social security inspections as follows:')
    expect(body).toContain('5. {++Ad hoc inspection is an inspection')
    const {value, messages} = replaceArticleText(draft, article.id, body)
    expect(messages).toEqual([])
    expect(JSON.stringify(redlineOf(value, base).articles[2])).toBe(JSON.stringify(redlineOf(draft, base).articles[2]))
  })

  test('typing an item updates the redline, and only that article changes', () => {
    const article = articlesOf(draft).find((a) => a.id === 'annex-1/art-112')!
    const body = articleBodyText(article, draft).replace('5. {++Ad hoc inspection', '6. Joint inspection with labour inspectors.\n5. {++Ad hoc inspection')
    const {value, messages} = replaceArticleText(draft, article.id, body)
    expect(messages).toEqual([])
    const redline = redlineOf(value, base)
    expect(redline.articles[2]!.blocks.filter((b) => b.change === 'insert').map((b) => b.id)).toEqual([
      'annex-1/art-112/item-4', 'annex-1/art-112/item-6', 'annex-1/art-112/item-5'
    ])
    // Untouched articles are the same objects: the view re-renders only what changed.
    expect(articlesOf(value)[0]).toBe(articlesOf(draft)[0])
    expect(draft).not.toBe(value)
  })

  test('text that cannot be read leaves the article as it was and says where the problem is', () => {
    const {value, messages} = replaceArticleText(draft, 'annex-1/art-110', 'Some text.\n\n## Article 999 Stray heading\n\nMore.')
    expect(value).toBe(draft)
    expect(messages.some((m) => m.severity === 'error' && m.line === 3)).toBe(true)
  })

  test('inserting a new article renumbers the new articles after it and keeps their order', () => {
    const {value, messages} = insertArticle(draft, base, 'annex-1/art-113', 'Inspection plans', '1. The inspectorate adopts a yearly plan.')
    expect(messages).toEqual([])
    expect(ids(value).slice(3, 8)).toEqual(['annex-1/art-113', 'annex-1/art-new-1', 'annex-1/art-new-2', 'annex-1/art-new-3', 'annex-1/art-new-4'])
    const fresh = articlesOf(value).filter((a) => a.number === 'New')
    expect(fresh.map((a) => a.heading)).toEqual(['Inspection plans', 'Social Security Inspection Officials', 'Social security inspectors shall have the following powers:', 'Termination of Terms of being Social Security Inspectors'])
    expect(fresh.map((a) => a.after)).toEqual(['ssl-2018/art-113', 'annex-1/art-new-1', 'annex-1/art-new-2', 'annex-1/art-new-3'])
    expect(fresh[0]!.children[0]!.id).toBe('annex-1/art-new-1/item-1')
    expect(fresh[1]!.children[0]!.id).toBe('annex-1/art-new-2/para-1')
    // Saved and read back, the draft has the same ids.
    const reread = parseInstrument(draftFileText(value), value.file).value!
    expect(ids(reread)).toEqual(ids(value))
    expect(articlesOf(reread).map((a) => a.after)).toEqual(articlesOf(value).map((a) => a.after))
  })

  test('repealing, amending and withdrawing base articles', () => {
    const repealed = repealArticle(draft, base, 'ssl-2018/art-116')
    expect(repealed.messages).toEqual([])
    expect(ids(repealed.value).at(-1)).toBe('annex-1/art-116')
    expect(summarizeChanges(repealed.value, base).repealed.map((a) => a.article)).toEqual(['ssl-2018/art-116'])

    const amended = amendArticle(createDraft(base, {id: 'd', title: 'D'}), base, 'ssl-2018/art-117')
    expect(ids(amended.value)).toEqual(['d/art-117'])
    expect(redlineOf(amended.value, base).articles[0]!.change).toBe('unchanged')
    const before = amendArticle(amended.value, base, 'ssl-2018/art-110')
    expect(ids(before.value)).toEqual(['d/art-110', 'd/art-117'])

    const withdrawn = removeArticle(draft, 'annex-1/art-new-1')
    expect(articlesOf(withdrawn).filter((a) => a.number === 'New').map((a) => [a.id, a.after])).toEqual([
      ['annex-1/art-new-1', 'ssl-2018/art-113'],
      ['annex-1/art-new-2', 'annex-1/art-new-1']
    ])
    expect(amendArticle(draft, base, 'ssl-2018/art-999').messages[0]!.ruleId).toBe('unknown-base-article')
  })

  test('heading and note', () => {
    const next = setArticleHeading(draft, 'annex-1/art-113', undefined, null)
    expect(articlesOf(next)[3]!.note).toBeUndefined()
    expect(articlesOf(next)[3]!.heading).toBe('Inspection Reports and Correction Measures')
    expect(draftFileText(next)).toContain('## Article 113 Inspection Reports and Correction Measures\n')
  })
})

describe('undo and redo', () => {
  test('steps back and forth; keystrokes in one article make one step', () => {
    let h = startHistory('a')
    h = record(h, 'ab', 'art-1')
    h = record(h, 'abc', 'art-1')
    h = record(h, 'abcd', 'art-2')
    expect(h.past).toEqual(['a', 'abc'])
    h = undo(h)
    expect(h.present).toBe('abc')
    h = undo(h)
    expect(h.present).toBe('a')
    expect(canUndo(h)).toBe(false)
    expect(undo(h)).toBe(h)
    h = redo(h)
    expect(h.present).toBe('abc')
    expect(canRedo(h)).toBe(true)
    h = record(h, 'abcX', 'art-1')
    expect(canRedo(h)).toBe(false)
    h = record(closeGroup(h), 'abcXY', 'art-1')
    expect(h.past.at(-1)).toBe('abcX')
  })
})
