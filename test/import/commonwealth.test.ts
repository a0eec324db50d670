// Acts numbered by section in the Commonwealth style ("13. (1) An inspector may …"): sections with their marginal
// notes as headings, subsections and paragraphs as items, Parts, the arrangement of sections left out.
import {describe, expect, test} from 'vitest'
import {parseInstrument} from '../../src/corpus/index.ts'
import {importSource} from '../../src/import/index.ts'
import {articlesOf, type Instrument, type Provision} from '../../src/model/index.ts'
import {commonwealthAct, syntheticAct, type ExpectedSection} from './commonwealth.ts'
import {instrumentText, missing, words} from './realworld.ts'

function imported(text: string) {
  const result = importSource({format: 'text', text}, {id: 'wsh-2010', file: 'act.txt'})
  const back = parseInstrument(result.value.markdown, 'wsh-2010.md')
  expect(back.messages.filter((m) => m.severity === 'error')).toEqual([])
  return {...result, instrument: result.value.instrument, back: back.value!, warnings: result.messages.filter((m) => m.severity === 'warning')}
}

function items(children: Array<Provision>): ExpectedSection['items'] {
  return children.flatMap((c) => (c.type !== 'item' ? [] : [c.children.some((k) => k.type === 'item') ? [c.label.replace(/[()]/g, ''), items(c.children).map((k) => (typeof k === 'string' ? k : k[0]))] as [string, Array<string>] : c.label.replace(/[()]/g, '')]))
}

function parts(instrument: Instrument) {
  return instrument.body.flatMap((d) => (d.type === 'division' && d.kind === 'part' ? [{number: d.number, heading: d.heading, sections: d.children.flatMap((a) => (a.type === 'article' ? [a.number] : []))}] : []))
}

describe('a Commonwealth-style Act from PDF text', () => {
  const act = commonwealthAct()
  const {instrument, back, warnings, messages} = imported(act.text)

  test('its Parts hold its sections, each with its marginal note as heading and its subsections and paragraphs', () => {
    expect(parts(instrument)).toEqual(act.parts)
    const sections = articlesOf(instrument)
    expect(sections.map((s) => ({number: s.number, heading: s.heading, items: items(s.children)}))).toEqual(act.sections)
    expect(sections.every((s) => s.designation === 'Section')).toBe(true)
    expect(sections[3]!.id).toBe('wsh-2010/art-4')
    expect(sections[3]!.children[0]!.id).toBe('wsh-2010/art-4/item-1')
  })

  test('the corpus file reads back with the same sections, called Sections', () => {
    expect(articlesOf(back).map((s) => `${s.designation} ${s.number} ${s.heading}`)).toEqual(articlesOf(instrument).map((s) => `Section ${s.number} ${s.heading}`))
  })

  test('title and number from the document; the arrangement of sections and the running heads left out, and said so', () => {
    expect(instrument).toMatchObject({title: 'THE WORKPLACE SAFETY AND HEALTH ACT, 2010', number: 'No. 12 of 2010'})
    expect(messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['contents-dropped', 'running-title-dropped']))
    expect(instrumentText(instrument)).not.toMatch(/ARRANGEMENT OF SECTIONS|Workplace Safety and Health \[No/)
  })

  test('no word of the Act is lost; the Schedule, which has no sections, is a division holding its own text', () => {
    const body = act.text.split('\f').slice(1).map((page) => page.split('\n').slice(1).join('\n')).join('\n')
    const schedule = instrument.body.at(-1)!
    const scheduleText = schedule.type === 'division' ? (schedule.content ?? []).map((p) => (p.type === 'paragraph' ? p.content.map((c) => (c.type === 'text' ? c.value : '')).join('') : '')) : []
    expect(missing(words(body), words(instrumentText(instrument)))).toEqual([])
    // Nothing is misplaced, so nothing is warned but the title lines before section 1.
    expect(warnings.map((m) => m.ruleId)).toEqual(['text-before-first-article'])
    expect(schedule).toMatchObject({type: 'division', kind: 'schedule', id: 'wsh-2010/schedule-nn', number: '', heading: 'FORM OF CERTIFICATE OF APPOINTMENT (Section 3)', children: []})
    expect(scheduleText).toEqual(['1. Name of the inspector.', '2. Date of the appointment.'])
    expect(schedule.type === 'division' && schedule.content!.map((p) => p.id)).toEqual(['wsh-2010/schedule-nn/para-1', 'wsh-2010/schedule-nn/para-2'])
    // The last section keeps only its own text, and the corpus file reads the Schedule back as it was.
    expect(JSON.stringify(articlesOf(instrument).at(-1)!.children)).not.toMatch(/Name of the inspector/)
    expect(back.body.at(-1)).toMatchObject({kind: 'schedule', content: [{id: 'wsh-2010/schedule-nn/para-1'}, {id: 'wsh-2010/schedule-nn/para-2'}]})
  })
})

describe('a long synthetic Act', () => {
  test('300 sections in 10 Parts, each with its subsections and paragraphs', () => {
    const act = syntheticAct(10, 30)
    const {instrument, warnings} = imported(act.text)
    const sections = articlesOf(instrument)
    expect(sections.length).toBe(act.sections)
    expect(parts(instrument).map((p) => p.sections.length)).toEqual(Array(10).fill(30))
    const all = sections.flatMap((s) => s.children)
    expect(all.filter((p) => p.type === 'item').length).toBe(act.subsections)
    expect(all.flatMap((p) => (p.type === 'item' ? p.children : [])).filter((p) => p.type === 'item').length).toBe(act.paragraphs)
    expect(sections[299]!.heading).toBe('Duties of kind 300')
    expect(warnings.map((m) => m.ruleId)).toEqual(['text-before-first-article'])
  }, 120_000)
})

describe('show --json gives the Schedule as a division with its text', () => {
  test('the imported Act written to a corpus folder', async () => {
    const {mkdtempSync, writeFileSync} = await import('node:fs')
    const {tmpdir} = await import('node:os')
    const {join} = await import('node:path')
    const {runCommand} = await import('./run-command.ts')
    const {show} = await import('../../src/cli/commands/show.ts')
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-schedule-'))
    writeFileSync(join(dir, 'wsh-2010.md'), importSource({format: 'text', text: commonwealthAct().text}, {id: 'wsh-2010', file: 'act.txt'}).value.markdown)
    const run = await runCommand(show, ['wsh-2010', '--json', '--corpus', dir], dir)
    expect(run.err).toBe('')
    const divisions = JSON.parse(run.out).divisions as Array<{kind: string; id: string; heading: string; content?: Array<{id: string; text: string}>}>
    expect(divisions.map((d) => d.kind)).toEqual(['part', 'part', 'part', 'schedule'])
    expect(divisions[3]).toMatchObject({id: 'wsh-2010/schedule-nn', heading: 'FORM OF CERTIFICATE OF APPOINTMENT (Section 3)', content: [
      {id: 'wsh-2010/schedule-nn/para-1', text: '1. Name of the inspector.'}, {id: 'wsh-2010/schedule-nn/para-2', text: '2. Date of the appointment.'}
    ]})
  })
})
