import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {loadLanguage, loadRules} from '../../src/conformity/index.ts'
import {loadCorpus} from '../../src/corpus/index.ts'
import {
  applyDraftUpdate, articleBodyText, draftChecker, draftFindings, draftUpdate, insertArticle, repealArticle, replaceArticleText
} from '../../src/drafting/index.ts'
import {articlesOf, findInstrument} from '../../src/model/index.ts'
import {root} from '../export/fixtures.ts'

const dir = join(root, 'corpus')
const sources = (readdirSync(dir, {recursive: true}) as Array<string>)
  .map((p) => p.split('\\').join('/'))
  .filter((p) => /\.(md|ya?ml)$/u.test(p) && !/(^|\/)README\.md$/u.test(p))
  .map((p) => ({path: p, text: readFileSync(join(dir, p), 'utf8')}))
const corpus = loadCorpus(sources).value
const rules = loadRules(sources, {language: await loadLanguage()}).value
const draft = findInstrument(corpus, 'annex-1')!

describe('the findings of a draft as one types', () => {
  test('a conflict appears on the draft provision typed, and clears when the words go', () => {
    const before = draftFindings(draft, corpus, rules)
    expect(before.some((f) => f.rule === 'prior-notice' && f.provision?.startsWith('annex-1/art-112'))).toBe(false)
    const article = articlesOf(draft).find((a) => a.id === 'annex-1/art-112')!
    const body = articleBodyText(article, draft).replace(
      '5. {++Ad hoc inspection',
      '6. Inspectors shall inform the employer of every inspection visit in advance.\n5. {++Ad hoc inspection'
    )
    const edited = replaceArticleText(draft, article.id, body).value
    const after = draftFindings(edited, corpus, rules)
    const conflict = after.find((f) => f.rule === 'prior-notice' && f.provision === 'annex-1/art-112/item-6')
    expect(conflict?.status).toBe('conflict')
    expect(conflict?.match?.text).toMatch(/inform the employer of every inspection visit in advance/u)
    const reverted = replaceArticleText(edited, article.id, articleBodyText(article, draft)).value
    expect(draftFindings(reverted, corpus, rules).some((f) => f.provision === 'annex-1/art-112/item-6')).toBe(false)
  })
})

describe('re-checking only what changed', () => {
  // The worker's path: each version sent as an update (a structured clone, as postMessage makes), rebuilt on the
  // other side from the previous version, and checked with one draftChecker kept across versions.
  const article = articlesOf(draft).find((a) => a.id === 'annex-1/art-112')!
  const typed = (text: string) => replaceArticleText(draft, article.id, articleBodyText(article, draft).replace('5. {++Ad hoc inspection', `6. ${text}\n5. {++Ad hoc inspection`)).value
  const versions = [
    draft,
    typed('Inspectors shall inform the employer of every inspection visit in advance.'),
    typed('Inspectors may enter any workplace freely and without previous notice.'),
    draft
  ]
  const base = findInstrument(corpus, 'ssl-2018')!
  const withNew = insertArticle(versions[1]!, base, 'annex-1/art-112', 'Notice', 'Inspectors shall inform the employer before the visit.')
  const repealed = repealArticle(withNew.value, base, 'ssl-2018/art-113')
  expect(withNew.messages).toEqual([])
  expect(repealed.messages).toEqual([])
  versions.push(withNew.value, repealed.value)

  test('gives what checking each whole version gives, and sends only the articles the editor replaced', () => {
    const checker = draftChecker()
    let sent: typeof draft | undefined
    let received: typeof draft | undefined
    for (const version of versions) {
      const update = structuredClone(draftUpdate(sent, version))
      // Kept: exactly the articles the edit left as they were (the same objects), sent without their text.
      const same = sent ? articlesOf(version).filter((a) => articlesOf(sent!).includes(a)).map((a) => a.id) : []
      expect(update.kept).toEqual(same)
      if (sent) expect(same.length).toBeGreaterThan(0)
      sent = version
      received = applyDraftUpdate(received, update)
      expect(received).toEqual(version)
      const incremental = draftFindings(received, corpus, rules, checker)
      expect(incremental).toEqual(draftFindings(version, corpus, rules))
    }
    expect(draftFindings(versions[1]!, corpus, rules, checker).some((f) => f.rule === 'prior-notice' && f.provision === 'annex-1/art-112/item-6')).toBe(true)
  })

  test('an update that keeps an article the receiver lacks is refused', () => {
    const update = draftUpdate(draft, versions[1]!)
    expect(() => applyDraftUpdate(undefined, update)).toThrow(/annex-1\/art-/u)
  })
})
