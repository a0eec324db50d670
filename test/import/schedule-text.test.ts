// A Schedule's own text (its forms and lists, `content` of its division) is read wherever an instrument's text
// is: the core's walk over an instrument's provisions, its plain text, its citation, and search.
import {describe, expect, test} from 'vitest'
import {parseInstrument} from '../../src/corpus/index.ts'
import {importSource} from '../../src/import/index.ts'
import {searchCorpus} from '../../src/compare/index.ts'
import {
  articlesOf, articleText, citeInDivision, divisionsOf, divisionText, divisionTitle, walkInstrument, walkProvisions, type Division, type Provision
} from '../../src/model/index.ts'
import {commonwealthAct} from './commonwealth.ts'

// The Act as a workspace holds it: imported, written as a corpus file and read back.
const markdown = importSource({format: 'text', text: commonwealthAct().text}, {id: 'wsh-2010', file: 'act.txt'}).value.markdown
const act = parseInstrument(markdown, 'wsh-2010.md').value!
const schedule = divisionsOf(act).find((d) => d.kind === 'schedule')!

describe("the core's walks cover a Schedule's own text", () => {
  test('divisionsOf lists the Parts and then the Schedule, in reading order', () => {
    expect(divisionsOf(act).map((d) => d.id)).toEqual(['wsh-2010/part-i', 'wsh-2010/part-ii', 'wsh-2010/part-iii', 'wsh-2010/schedule-nn'])
    expect(divisionTitle(schedule)).toBe('Schedule FORM OF CERTIFICATE OF APPOINTMENT (Section 3)')
    expect(divisionTitle(divisionsOf(act)[2]!)).toBe('Part III GENERAL PROVISIONS')
  })

  test("walkInstrument visits every article's provisions and then the Schedule's paragraphs, with their holder", () => {
    const seen: Array<string> = []
    walkInstrument(act, (p, holder) => seen.push(`${holder.id} ${p.id}`))
    const expected: Array<string> = []
    for (const a of articlesOf(act)) walkProvisions(a.children, (p) => expected.push(`${a.id} ${p.id}`))
    expected.push('wsh-2010/schedule-nn wsh-2010/schedule-nn/para-1', 'wsh-2010/schedule-nn wsh-2010/schedule-nn/para-2')
    expect(seen).toEqual(expected)
    // `enter` sees each division before what it holds, and articles without text too.
    const entered: Array<string> = []
    walkInstrument(act, () => undefined, (holder) => entered.push(holder.id))
    expect(entered.filter((id) => !id.includes('/art-'))).toEqual(divisionsOf(act).map((d) => d.id))
    expect(entered.filter((id) => id.includes('/art-'))).toEqual(articlesOf(act).map((a) => a.id))
  })

  test("divisionText is the Schedule's text, numbered as written; other divisions have none", () => {
    expect(divisionText(schedule)).toBe('1. Name of the inspector.\n2. Date of the appointment.')
    expect(divisionText(divisionsOf(act)[0]!)).toBe('')
    expect(articleText(articlesOf(act).at(-1)!)).not.toMatch(/Name of the inspector/)
  })

  test('a Schedule and its paragraphs are cited as a drafter writes them', () => {
    expect(citeInDivision(schedule)).toBe('Schedule')
    expect(citeInDivision(schedule, 'wsh-2010/schedule-nn/para-2')).toBe('Schedule, second paragraph')
    const first: Division = {...schedule, number: 'FIRST', content: [item('wsh-2010/schedule-first/item-1', '1.')], id: 'wsh-2010/schedule-first'}
    expect(citeInDivision(first, 'wsh-2010/schedule-first/item-1')).toBe('First Schedule(1)')
    expect(citeInDivision({...schedule, number: '2'})).toBe('Schedule 2')
  })
})

describe('search finds words of a Schedule', () => {
  test('a word only the Schedule has: one hit, on its paragraph, in the Schedule', () => {
    expect(articlesOf(act).some((a) => /name/iu.test(`${a.heading} ${articleText(a)}`))).toBe(false)
    const hits = searchCorpus({instruments: [act]}, 'name inspector')
    expect(hits.map((h) => ({id: h.id, division: h.division?.id, article: h.article?.id, text: h.text}))).toEqual([
      {id: 'wsh-2010/schedule-nn/para-1', division: 'wsh-2010/schedule-nn', article: undefined, text: '1. Name of the inspector.'}
    ])
  })

  test("the Schedule's heading is searched, after the last section's text", () => {
    const hits = searchCorpus({instruments: [act]}, 'certificate')
    expect(hits.at(-1)).toMatchObject({id: 'wsh-2010/schedule-nn', division: {kind: 'schedule'}})
    expect(hits.at(-1)!.provision).toBeUndefined()
  })

  test('articles are still searched by heading and text', () => {
    const hits = searchCorpus({instruments: [act]}, 'statutory instrument regulations')
    expect(hits.map((h) => h.id)).toContain(articlesOf(act).at(-1)!.children[0]!.id)
    expect(searchCorpus({instruments: [act]}, 'Powers of inspectors').map((h) => h.id)).toContain('wsh-2010/art-4')
  })
})

function item(id: string, label: string): Provision {
  const at = {line: 1, column: 1, offset: 0}
  return {type: 'item', id, label, content: [{type: 'text', value: 'Name'}], children: [], position: {start: at, end: at}}
}
