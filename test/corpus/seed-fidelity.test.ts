import {describe, expect, test} from 'vitest'
import {
  articlesOf, findInstrument, inlineToText, walkProvisions, type Article, type Inline, type Provision
} from '../../src/model/index.ts'
import {normalize, quotedArticles, readSeed, type Quote} from './seed-quotes.ts'
import {shippedCorpus} from './shipped-corpus.ts'

/** The words of an article's body as the review would print them: labels, then text, block after block. */
function bodyText(article: Article): string {
  const parts: Array<string> = []
  walkProvisions(article.children, (p: Provision) => {
    parts.push(p.type === 'item' ? `${p.label} ${inlineToText(p.content)}` : inlineToText(p.content))
  })
  return normalize(parts.join(' '))
}

/** The bold words of an article's body, in reading order. */
function boldWords(article: Article): Array<string> {
  const out: Array<string> = []
  const visit = (nodes: ReadonlyArray<Inline>) => {
    for (const n of nodes) {
      if (n.type === 'strong') out.push(normalize(inlineToText(n.children)))
      else if (n.type === 'emphasis') visit(n.children)
    }
  }
  walkProvisions(article.children, (p) => visit(p.content))
  return out
}

/** The heading as printed: "(Amended)", the title, then the note in parentheses. */
function printedHeading(article: Article): string {
  return normalize([article.amended ? '(Amended)' : '', article.heading, article.note ? `(${article.note})` : ''].join(' '))
}

const seed = readSeed()
const quotes = quotedArticles(seed)
const {corpus} = shippedCorpus()

/** The corpus article a quote is of; the Annex's new articles are matched in their order. */
function articleFor(quote: Quote): Article | undefined {
  const instrument = findInstrument(corpus, quote.instrument)
  if (!instrument) return undefined
  if (quote.number === 'New') {
    const nth = quotes.filter((q) => q.instrument === quote.instrument && q.number === 'New').indexOf(quote) + 1
    return articlesOf(instrument).find((a) => a.id === `${instrument.id}/art-new-${nth}`)
  }
  return articlesOf(instrument).find((a) => a.number === quote.number)
}

const label = (q: Quote) => `${q.instrument} article ${q.number} (${q.where})`

describe('every article the review quotes is in the corpus, word for word', () => {
  test('the review yields the quoted articles the issue lists', () => {
    const found = quotes.map((q) => `${q.instrument}/${q.number}`)
    // A cross-check on the extraction itself: these are the quotations named in the corpus issue.
    expect(found).toEqual(expect.arrayContaining([
      'll-2013/171', 'll-2013/172', 'll-2013/173', 'll-2013/175', 'll-2013/179',
      'ssl-2018/110', 'ssl-2018/111', 'ssl-2018/112', 'ssl-2018/116', 'ssl-2018/117', 'ssl-2018/119',
      'md-4227/2', 'md-4277/7', 'md-4277/8', 'md-4277/9', 'md-4277/10',
      'md-4139/4', 'md-4139/17', 'md-4139/18', 'md-4139/24', 'md-4139/25', 'md-4139/26', 'md-0897/9',
      'annex-1/110', 'annex-1/111', 'annex-1/112', 'annex-1/113', 'annex-1/New', 'annex-1/114'
    ]))
    expect(found.filter((f) => f === 'annex-1/New')).toHaveLength(3)
    expect(new Set(found).size).toBe(found.length - 2) // only the three "New" articles share a key
  })

  test.each(quotes.map((q) => [label(q), q] as const))('%s', (_name, quote) => {
    const article = articleFor(quote)
    expect(article, `${label(quote)} is missing from the corpus`).toBeDefined()
    expect(article!.status, `${label(quote)} is quoted, so it cannot be "text not available"`).not.toBe('not-available')
    // The review marks an elided quotation with "..." after the heading (Decision 0897, article 9).
    expect(printedHeading(article!)).toBe(quote.heading.replace(/\s*\.\.\.$/u, ''))
    expect(bodyText(article!)).toBe(normalize(quote.blocks.map((b) => b.text).join(' ')))
    expect(boldWords(article!)).toEqual(quote.blocks.flatMap((b) => b.bold))
  })

  test('each article names the table or annex it is quoted from', () => {
    for (const quote of quotes) {
      const article = articleFor(quote)!
      expect(article.provenance.source, label(quote)).toContain(quote.where)
      expect(article.provenance.translation, label(quote)).toBe('unofficial')
    }
  })
})

describe('the corpus invents no Lao text', () => {
  test('every article of the Lao instruments and of the draft that has text is one the review quotes', () => {
    const quoted = new Set(quotes.map((q) => articleFor(q)?.id))
    for (const id of ['ll-2013', 'ssl-2018', 'md-4277', 'md-4139', 'md-0897', 'annex-1']) {
      const instrument = findInstrument(corpus, id)
      expect(instrument, `${id} is missing from the corpus`).toBeDefined()
      for (const article of articlesOf(instrument!)) {
        if (article.status === 'not-available') continue
        expect(quoted.has(article.id), `${article.id} has text, but the review quotes no such article`).toBe(true)
      }
    }
  })
})
