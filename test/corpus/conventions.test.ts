import {describe, expect, test} from 'vitest'
import {articlesOf, findInstrument, inlineToText, walkProvisions, type Article, type Division, type Instrument} from '../../src/model/index.ts'
import {normalize, readSharedSource} from './seed-quotes.ts'
import {shippedCorpus} from './shipped-corpus.ts'

const {corpus} = shippedCorpus()

/** The sections of a shared source file: heading and body text (front matter dropped). */
function sections(text: string): Array<{heading: string; body: string}> {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/u, '')
  const out: Array<{heading: string; body: string}> = []
  for (const line of body.split('\n')) {
    const heading = /^#{1,6}\s+(.*)$/u.exec(line)
    if (heading) out.push({heading: heading[1]!.trim(), body: ''})
    else if (out.length > 0) out.at(-1)!.body += `${line}\n`
  }
  return out
}

/** An article's words with its labels, in reading order, the way the source prints them. */
function articleWords(article: Article): string {
  const parts: Array<string> = []
  walkProvisions(article.children, (p) => parts.push(p.type === 'item' ? `${p.label} ${inlineToText(p.content)}` : inlineToText(p.content)))
  return normalize(parts.join(' '))
}

function divisions(instrument: Instrument): Array<string> {
  return instrument.body.filter((n): n is Division => n.type === 'division').map((d) => `Part ${d.number} — ${d.heading}`)
}

describe('the ILO instruments hold the shared sources word for word', () => {
  test.each(['c081', 'c129'])('%s: preamble, Parts and every article as in the shared source', (id) => {
    const source = sections(readSharedSource(`ilo/${id}.md`))
    const instrument = findInstrument(corpus, id)!
    const preamble = source.find((s) => s.heading === 'Preamble')!
    expect(normalize(instrument.preamble!.children.map((p) => inlineToText(p.content)).join(' '))).toBe(normalize(preamble.body))
    expect(divisions(instrument)).toEqual(source.filter((s) => s.heading.startsWith('Part ')).map((s) => s.heading))
    const articles = source.filter((s) => /^Article \d+$/u.test(s.heading))
    expect(articlesOf(instrument).map((a) => `Article ${a.number}`)).toEqual(articles.map((a) => a.heading))
    for (const article of articles) {
      const ours = articlesOf(instrument).find((a) => `Article ${a.number}` === article.heading)!
      expect(articleWords(ours), `${id} ${article.heading}`).toBe(normalize(article.body))
    }
  })

  test('C81 Article 12(1)(a) and (c)(iv), and C129 Article 16(1)(a), sit where the ILO cites them', () => {
    const words = (id: string, article: string, path: Array<string>) => {
      let node = articlesOf(findInstrument(corpus, id)!).find((a) => a.number === article)!.children
      let text = ''
      for (const label of path) {
        const item = node.find((c) => c.type === 'item' && c.label === label)
        if (!item || item.type !== 'item') return undefined
        text = inlineToText(item.content)
        node = item.children
      }
      return text
    }
    expect(words('c081', '12', ['1.', '(a)'])).toBe('to enter freely and without previous notice at any hour of the day or night any workplace liable to inspection;')
    expect(words('c081', '12', ['1.', '(c)', '(iv)'])).toMatch(/^to take or remove for purposes of analysis samples/u)
    expect(words('c081', '10', ['(a)', '(ii)'])).toBe('the number and classes of workers employed in such workplaces; and')
    expect(words('c129', '16', ['1.', '(a)'])).toBe('to enter freely and without previous notice at any hour of the day or night any workplace liable to inspection;')
  })

  test('the source notes (fidelity notes, corrections, authentication clause) travel in the front matter', () => {
    const c129 = findInstrument(corpus, 'c129')!
    expect(normalize(c129.notes!)).toContain('IN FAITH WHEREOF')
    expect(normalize(c129.notes!)).toContain('visits of inspection must arried out')
    expect(c129.extra['completeness']).toMatch(/^complete/u)
    expect(normalize(findInstrument(corpus, 'c081')!.notes!)).toContain('shall cease to be open, to ratification')
  })

  test('p081: the preamble and Article 1(1), nothing more, as in sources/ilo/p081.md', () => {
    const source = sections(readSharedSource('ilo/p081.md'))
    const p081 = findInstrument(corpus, 'p081')!
    expect(normalize(p081.preamble!.children.map((p) => inlineToText(p.content)).join(' '))).toBe(normalize(source.find((s) => s.heading === 'Preamble')!.body))
    const article1 = source.find((s) => s.heading === 'Article 1')!.body.split('\n').filter((l) => /^\d+\. /u.test(l) && !l.includes('MISSING'))
    expect(articleWords(articlesOf(p081)[0]!)).toBe(normalize(article1.join(' ')))
    expect(p081.extra['completeness']).toMatch(/^PARTIAL/u)
  })

  test('r081: Paragraphs 1 to 6 as in sources/ilo/r081.md, without their own number, and the cut-off kept', () => {
    const source = sections(readSharedSource('ilo/r081.md'))
    const r081 = findInstrument(corpus, 'r081')!
    for (const section of source.filter((s) => /^Paragraph \d+$/u.test(s.heading))) {
      const n = section.heading.split(' ')[1]!
      const expected = normalize(section.body.replace(/\[\.\.\. MISSING[^\]]*\]/u, '')).replace(new RegExp(`^${n}\\. `, 'u'), '')
      expect(articleWords(articlesOf(r081).find((a) => a.number === n)!), section.heading).toBe(expected)
    }
    expect(articlesOf(r081)).toHaveLength(source.filter((s) => /^Paragraph \d+$/u.test(s.heading)).length)
    expect(r081.notes).toMatch(/MISSING/u)
  })
})
