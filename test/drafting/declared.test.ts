import {describe, expect, test} from 'vitest'
import {diffWords, changedText} from '../../src/compare/index.ts'
import {
  acceptBaseWording, articleBodyText, declareAmendment, redlineOf, replaceArticleText, type RedlineArticle, type RedlineRun
} from '../../src/drafting/index.ts'
import {articlesOf} from '../../src/model/index.ts'
import {annex1, instrumentFrom} from '../export/fixtures.ts'

const {draft, base} = annex1()
const redline = redlineOf(draft, base)
const article = (r: typeof redline, n: string): RedlineArticle => r.articles.find((a) => a.number === n)!
/** The words each article changes by declaration (not variants), as `+words` and `-words`. */
const declared = (a: RedlineArticle): Array<string> =>
  a.blocks.flatMap((b) => [...b.label, ...b.text]).filter((r) => r.change !== 'equal' && !r.variant).map((r) => `${r.change === 'insert' ? '+' : '-'}${r.text}`)
const variantRuns = (a: RedlineArticle): Array<RedlineRun> => [...a.heading, ...a.blocks.flatMap((b) => [...b.label, ...b.text])].filter((r) => r.variant)

describe('declared amendments: Annex 1 marks what the review calls its inclusions', () => {
  test('article 110: item 3 and the paragraph on external inspection, nothing else', () => {
    expect(declared(article(redline, '110'))).toEqual([
      '+3.', '+Social security inspection officers.',
      '+External inspection has the objective of inspecting the implementation of duties of the internal Inspection agency to ensure its strength, transparency, fairness and efficiency.'
    ])
  })

  test('article 112: items 4 and 5, nothing else', () => {
    const words = declared(article(redline, '112'))
    expect(words.map((w) => w.split(' ').slice(0, 3).join(' '))).toEqual(['+4.', '+Inspection to follow', '+5.', '+Ad hoc inspection'])
  })

  test('the translation differences of articles 110 and 112 are wording variants, listed with where they stand', () => {
    const variants = [...article(redline, '110').variants, ...article(redline, '112').variants]
    expect(variants.length).toBeGreaterThanOrEqual(11)
    const pairs = variants.map((v) => `${v.where}: ${v.base} -> ${v.draft}`)
    expect(pairs).toContain('Article 110, first paragraph: comprise -> are composing of')
    expect(pairs).toContain('Article 110(2): media -> medias')
    expect(pairs).toContain('Article 112, second paragraph: accordance with -> according to')
    expect(variants.every((v) => !/ssl-2018|annex-1|item-|para-/u.test(v.where))).toBe(true)
  })

  test('article 111 is replaced as a whole, and its three items show as moved under the new item 1', () => {
    const a = article(redline, '111')
    expect(a.declaration).toBe('replaced')
    const moved = a.blocks.filter((b) => b.moved === 'to').map((b) => `${b.movedLabel} -> ${b.label.map((r) => r.text).join('')}`)
    expect(moved).toEqual(['1. -> 1.1.', '2. -> 1.2.', '3. -> 1.3.'])
    expect(a.blocks.filter((b) => b.moved === 'from').map((b) => b.label.map((r) => r.text).join(''))).toEqual(['1.', '2.', '3.'])
    // The law's item 3 is never struck after the new item 2.3.
    const last = a.blocks.at(-1)!
    expect(last.change).toBe('insert')
    expect(variantRuns(a)).toEqual([])
  })

  test('the bold the review added to the base (emphasis added) is not the law\'s: a struck word is not bold', () => {
    const struck = article(redline, '112').blocks.flatMap((b) => b.text).filter((r) => r.change === 'delete')
    expect(struck.length).toBeGreaterThan(0)
    expect(struck.some((r) => r.strong)).toBe(false)
  })

  test('what the drafter types into a declared article is declared', () => {
    const a = articlesOf(draft).find((x) => x.id === 'annex-1/art-112')!
    const body = articleBodyText(a, draft).replace('without advance notification inspecting target.', 'without advance notification to the employer.')
    const edited = replaceArticleText(draft, a.id, body).value
    const item3 = article(redlineOf(edited, base), '112').blocks.find((b) => b.id === 'annex-1/art-112/item-3')!
    expect(item3.text.filter((r) => r.change === 'insert' && !r.variant).map((r) => r.text.trim())).toEqual(['to', 'employer'])
    expect(articleBodyText(articlesOf(edited).find((x) => x.id === a.id)!, edited)).toContain('{--inspecting target--}{++to the employer++}')
  })

  test('typed key by key, the words stay declared, and so do they when another provision is edited next', () => {
    const a = articlesOf(draft).find((x) => x.id === 'annex-1/art-110')!
    let d = draft
    let body = articleBodyText(a, draft)
    for (const ch of ' Typed here.') {
      body += ch
      d = replaceArticleText(d, a.id, body).value
    }
    d = replaceArticleText(d, a.id, body.replace('mass medias', 'mass media')).value
    const text = articleBodyText(articlesOf(d).find((x) => x.id === a.id)!, d)
    expect(text).toContain('efficiency. Typed here.++}')
    expect(text).toContain('mass media{--s--}.')
  })

  test('a variant is taken in the base\'s wording, or declared an amendment', () => {
    const a = article(redline, '110')
    const media = a.variants.find((v) => v.base === 'media')!
    const taken = redlineOf(acceptBaseWording(draft, base, a.id, media), base)
    const after = article(taken, '110')
    expect(after.variants.map((v) => v.base)).not.toContain('media')
    expect(after.variants.length).toBe(a.variants.length - 1)
    const item2 = articlesOf(acceptBaseWording(draft, base, a.id, media)).find((x) => x.id === a.id)!.children[2]!
    expect(JSON.stringify(item2)).toContain('people and mass media.')
    const declaredNow = article(redlineOf(declareAmendment(draft, a.id, media), base), '110')
    expect(declared(declaredNow)).toContain('+medias')
    expect(declared(declaredNow)).toContain('-media')
  })

  test('a draft that declares nothing reads as before: every difference is an amendment', () => {
    const head = '---\nid: d\ntitle: D\nkind: draft\nbase: b\njurisdiction: LA\nlanguage: en\nsource: t\n---\n\n'
    const b = instrumentFrom('---\nid: b\ntitle: B\nkind: law\njurisdiction: LA\nlanguage: en\nsource: t\n---\n\n## Article 1 A\n\nThe agencies comprise the media.\n')
    const d = instrumentFrom(`${head}## Article 1 A\n\nThe agencies are the medias.\n`)
    const a = redlineOf(d, b).articles[0]!
    expect(a.declaration).toBe('replaced')
    expect(a.variants).toEqual([])
    expect(a.change).toBe('amended')
  })
})

describe('the word diff has a bound on its work', () => {
  test('a text rewritten throughout still gives a diff that rebuilds both sides', () => {
    const words = (seed: number, n: number) => Array.from({length: n}, (_, i) => `w${(i * seed) % 997}`).join(' ')
    const a = words(7, 6000)
    const b = words(13, 6000)
    const changes = diffWords(a, b, {maxWork: 200_000})
    expect(changedText(changes, 'a')).toBe(a)
    expect(changedText(changes, 'b')).toBe(b)
  })
})
