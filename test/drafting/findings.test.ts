import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {loadLanguage, loadRules} from '../../src/conformity/index.ts'
import {loadCorpus} from '../../src/corpus/index.ts'
import {articleBodyText, draftFindings, replaceArticleText} from '../../src/drafting/index.ts'
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
