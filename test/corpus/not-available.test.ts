import {describe, expect, test} from 'vitest'
import {articlesOf, findProvision} from '../../src/model/index.ts'
import {shippedCorpus, shippedSources} from './shipped-corpus.ts'

describe('articles marked "text not available" carry no text', () => {
  test('in the Markdown: below such a heading there is nothing but the metadata block quote', () => {
    const offending: Array<string> = []
    let marked = 0
    for (const source of shippedSources().filter((s) => s.path.endsWith('.md'))) {
      const lines = source.text.split('\n')
      let section: {start: number; lines: Array<[number, string]>} | undefined
      const close = () => {
        if (!section) return
        if (section.lines.some(([, l]) => /^>\s*status:\s*text not available\s*$/iu.test(l))) {
          marked++
          for (const [n, l] of section.lines) {
            if (l.trim() !== '' && !l.startsWith('>')) offending.push(`${source.path}:${n}: "${l.slice(0, 60)}"`)
          }
        }
      }
      lines.forEach((line, i) => {
        if (/^#{1,6}\s/u.test(line)) {
          close()
          section = {start: i + 1, lines: []}
        } else if (section) section.lines.push([i + 1, line])
      })
      close()
    }
    expect(offending).toEqual([])
    expect(marked).toBeGreaterThan(0)
  })

  test('in the model: no paragraph or item, but a subject and a source', () => {
    const {corpus} = shippedCorpus()
    for (const instrument of corpus.instruments) {
      for (const article of articlesOf(instrument)) {
        if (article.status !== 'not-available') continue
        expect(article.children, article.id).toEqual([])
        expect(article.subject?.length ?? 0, `${article.id} needs a subject`).toBeGreaterThan(10)
        expect(article.provenance.source, article.id).toMatch(/^ILO review \(2023\), (Table 1|section|Annex 1)/u)
      }
    }
  })

  test('the articles the review cites without quoting are recorded, with no text', () => {
    const {corpus} = shippedCorpus()
    const cited = [
      'll-2013/art-155', 'll-2013/art-174',
      'md-4277/art-3', 'md-4277/art-5', 'md-4277/art-6', 'md-4277/art-13',
      'md-4139/art-5', 'md-4139/art-6', 'md-4139/art-19', 'md-4139/art-20', 'md-4139/art-21', 'md-4139/art-28',
      'ssl-2018/art-105', 'ssl-2018/art-113', 'ssl-2018/art-118'
    ]
    for (const id of cited) {
      const found = findProvision(corpus, id)
      expect(found, `${id} is missing`).toBeDefined()
      expect(found!.article.status, id).toBe('not-available')
    }
  })
})
