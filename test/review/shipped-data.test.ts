import {describe, expect, test} from 'vitest'
import {formatMessage} from '../../src/message/index.ts'
import {findProvision, inlineToText, provisionText, type Item} from '../../src/model/index.ts'
import {checkReviewData, daysBeforeSanction, loadReviewData, sanctionDelays, type Fine} from '../../src/review/index.ts'
import {normalize, readSeed} from '../corpus/seed-quotes.ts'
import {shippedCorpus} from '../corpus/shipped-corpus.ts'

const {corpus, sources} = shippedCorpus()
const {value: data, messages} = loadReviewData(sources.map((s) => ({path: `corpus/${s.path}`, text: s.text})))
const seed = readSeed()

const instrumentIds: Record<string, string> = {
  'Labour Law': 'll-2013', 'Social Security Law': 'ssl-2018',
  'Ministerial Decision No. 4277': 'md-4277', 'Ministerial Decision No. 4139': 'md-4139', 'Ministerial Decision No. 0897': 'md-0897'
}

/** Table 1 of the review, read from the seed: each aspect's title and its citations per framework, with remarks. */
function table1(): Array<{title: string; labour: Array<{provision: string; note?: string}>; socialSecurity: Array<{provision: string; note?: string}>}> {
  const start = seed.indexOf('► **Table 1.')
  const region = seed.slice(start, seed.indexOf('## 1.1.', start))
  const cell = (text: string) =>
    text.split(';').flatMap((part) => {
      const m = /^\s*(.+?),\s+(?:articles?|Art\.)\s+([\d–, and]+?)\s*(?:\((.+)\))?\s*$/u.exec(part)
      if (!m) throw new Error(`Unreadable citation in Table 1: "${part}"`)
      const instrument = instrumentIds[m[1]!]
      if (!instrument) throw new Error(`Unknown instrument in Table 1: "${m[1]}"`)
      const range = /^(\d+)–(\d+)$/u.exec(m[2]!.trim())
      const numbers = range
        ? Array.from({length: Number(range[2]) - Number(range[1]) + 1}, (_, i) => Number(range[1]) + i)
        : m[2]!.split(/,|and/u).map((n) => Number(n.trim()))
      return numbers.map((n) => ({provision: `${instrument}/art-${n}`, ...(m[3] ? {note: m[3]} : {})}))
    })
  return region.split('\n').filter((l) => l.startsWith('<b>')).map((line) => {
    const [title, labour, social] = line.split('\t')
    return {title: title!.replace(/<\/?b>/gu, ''), labour: cell(labour!), socialSecurity: cell(social!)}
  })
}

const textOf = (id: string) => {
  const found = findProvision(corpus, id)
  if (!found) throw new Error(`${id} is not in the corpus`)
  return normalize(found.provision ? provisionText(found.provision) : found.article.children.map(provisionText).join(' '))
}

describe('the review data shipped in corpus/data', () => {
  test('loads with no message and refers only to provisions the corpus has', () => {
    expect(messages.map(formatMessage)).toEqual([])
    expect(checkReviewData(data, corpus).map(formatMessage)).toEqual([])
  })

  test('the aspects are Table 1, row by row: titles, citations and remarks as the review gives them', () => {
    const expected = table1()
    expect(expected).toHaveLength(8)
    expect(data.aspects.map((a) => a.title)).toEqual(expected.map((r) => r.title))
    data.aspects.forEach((aspect, i) => {
      const strip = (cs: typeof aspect.labour) => cs.map((c) => ({provision: c.provision, ...(c.note ? {note: c.note} : {})}))
      expect(strip(aspect.labour), aspect.id).toEqual(expected[i]!.labour)
      expect(strip(aspect.socialSecurity), aspect.id).toEqual(expected[i]!.socialSecurity)
    })
  })

  test('forms of inspection: Table 3 pairs routine, announced and sudden labour inspections with the three social security forms', () => {
    const forms = data.aspects.find((a) => a.id === 'forms')!
    const pairs = forms.pairs.filter((p) => p.labour.startsWith('ll-2013/art-173/item-') && p.socialSecurity.startsWith('ssl-2018/art-112/item-'))
    expect(pairs.map((p) => [p.labour.split('/').at(-1), p.socialSecurity.split('/').at(-1)])).toEqual([['item-1', 'item-1'], ['item-2', 'item-2'], ['item-3', 'item-3']])
    expect(forms.unpaired.map((u) => u.provision)).toEqual(['ll-2013/art-173/item-4'])
    expect(forms.standards).toEqual(expect.arrayContaining([
      expect.objectContaining({instrument: 'C081', article: '12'}), expect.objectContaining({instrument: 'C129', article: '16'})
    ]))
  })

  test('every fine of Decision 4277 article 10 and Decision 4139 article 26 is recorded once', () => {
    for (const articleId of ['md-4277/art-10', 'md-4139/art-26']) {
      const items = findProvision(corpus, articleId)!.article.children.filter((c): c is Item => c.type === 'item').map((c) => c.id)
      const fined = data.fines.filter((f) => f.provision.startsWith(`${articleId}/item-`)).map((f) => f.provision)
      expect(fined.sort()).toEqual(items.sort())
    }
  })

  test('a fine is in its provision\'s own words: offence, sum or rule, condition, and unit', () => {
    const unitWords: Record<Fine['per'][number], RegExp> = {
      occasion: /per occasion|on the occasion/u, worker: /per worker|number of unregistered employees/u, person: /per person/u,
      day: /per day/u, month: /each month/u, period: /each period/u
    }
    for (const fine of data.fines) {
      const text = textOf(fine.provision)
      expect(text.toLowerCase(), fine.id).toContain(fine.offence.toLowerCase())
      for (const amount of fine.amounts) {
        if (amount.kind === 'fixed') expect(text, fine.id).toContain(amount.kip.toLocaleString('en-US'))
        else expect(text, fine.id).toContain(amount.rule)
        if (amount.condition) expect(text, fine.id).toContain(amount.condition)
      }
      for (const [unit, words] of Object.entries(unitWords)) {
        expect(fine.per.includes(unit as Fine['per'][number]), `${fine.id}: ${unit}`).toBe(words.test(text))
      }
    }
  })

  test('Decision 4277: the first list of fines waits for the warning processes, the second is immediate', () => {
    const children = findProvision(corpus, 'md-4277/art-10')!.article.children
    const split = children.findIndex((c) => c.type === 'paragraph' && /issued immediately/u.test(inlineToText(c.content)))
    expect(split).toBeGreaterThan(0)
    for (const fine of data.fines.filter((f) => f.provision.startsWith('md-4277/art-10/'))) {
      const index = children.findIndex((c) => c.id === fine.provision)
      expect(fine.warnings, fine.id).toBe(index < split ? 'required' : 'not-required')
      expect(fine.procedure, fine.id).toBe(index < split ? 'md-4277-processes' : undefined)
    }
  })

  test('enforcement: the days of each step are the days its provision gives', () => {
    for (const procedure of data.procedures) {
      for (const step of procedure.steps) {
        if (step.days === null || step.days === 0) continue
        expect(textOf(step.provision), `${procedure.id}/${step.id}`).toMatch(new RegExp(`\\b(${step.days} days|ninety days)\\b`, 'u'))
      }
    }
  })

  test('Decision 4139 gives "more than 270 days" before a fine, as the review says; Decision 4277 can fine at once', () => {
    const reviewDays = Number(/giving employers more than (\d+) days to comply/u.exec(seed)?.[1])
    expect(reviewDays).toBe(270)
    const procedure = data.procedures.find((p) => p.id === 'md-4139-steps')!
    expect(daysBeforeSanction(procedure)).toMatchObject({days: reviewDays, unstated: [], sanctionStep: 'fining'})
    const [labour, social] = sanctionDelays(data)
    expect(labour).toMatchObject({framework: 'labour', fastest: {procedure: 'md-4277-immediate', days: 0, unstated: []}})
    expect(labour!.procedures.find((p) => p.procedure === 'md-4277-processes')).toMatchObject({days: 0, unstated: ['process-1'], sanctionStep: 'process-3'})
    expect(social).toMatchObject({framework: 'social-security', fastest: {procedure: 'ssl-2018-education', days: 90}, slowest: {procedure: 'md-4139-steps', days: 270}})
  })
})
