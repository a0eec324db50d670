import {describe, expect, test} from 'vitest'
import {applyDraft, diffInline, draftFromInstrument, formatSummary, redlineOf, summarizeChanges, type RedlineBlock, type RedlineRun} from '../../src/drafting/index.ts'
import {articlesOf, findProvision, type Instrument} from '../../src/model/index.ts'
import {annex1, instrumentFrom} from '../export/fixtures.ts'

const show = (runs: ReadonlyArray<RedlineRun>) =>
  runs.map((r) => (r.change === 'equal' ? r.text : r.change === 'insert' ? `{+${r.text}+}` : `[-${r.text}-]`)).join('')
const line = (b: RedlineBlock) => `${show(b.label)}|${show(b.text)}`

const {draft, base} = annex1()
const redline = redlineOf(draft, base)
const article = (id: string) => {
  const found = redline.articles.find((a) => a.id === id)
  if (!found) throw new Error(`no ${id} in the redline`)
  return found
}

describe('the redline of annex-1 against ssl-2018', () => {
  test('article 110: item 3 and the closing paragraph are new, item 1 is kept, item 2 changes word by word', () => {
    const a = article('annex-1/art-110')
    expect(a.change).toBe('amended')
    expect(a.baseId).toBe('ssl-2018/art-110')
    expect(a.blocks.map((b) => [b.change, b.id ?? b.baseId])).toEqual([
      ['changed', 'annex-1/art-110/para-1'],
      ['equal', 'annex-1/art-110/item-1'],
      ['changed', 'annex-1/art-110/item-2'],
      ['insert', 'annex-1/art-110/item-3'],
      ['insert', 'annex-1/art-110/para-2']
    ])
    expect(line(a.blocks[0]!)).toBe('|The social security inspection agencies [-comprise-]{+are composing of+}:')
    expect(line(a.blocks[3]!)).toBe('{+3.+}|{+Social security inspection officers.+}')
    expect(show(a.blocks[2]!.text)).toContain('State Inspection Agencies [-at-]{+in+} each [-level-]{+levels+}')
  })

  test('article 112: items 4 and 5 are new, item 1 is kept though the base set it in bold', () => {
    const a = article('annex-1/art-112')
    const item = (n: string) => a.blocks.find((b) => b.id === `annex-1/art-112/item-${n}`)!
    expect(item('1').change).toBe('equal')
    expect(item('1').text.some((r) => r.strong)).toBe(false) // the draft's formatting, not the base's
    expect(item('4').change).toBe('insert')
    expect(item('5').change).toBe('insert')
    expect(show(item('3').text)).toBe('Emergency inspections are urgent inspections carried out when deemed necessary without advance notification [-of the inspection-]{+inspecting+} target.')
  })

  test('articles whose base text is not available are shown as they are, never as new', () => {
    for (const id of ['annex-1/art-113', 'annex-1/art-114']) {
      const a = article(id)
      expect(a.change).toBe('not-comparable')
      expect(a.notice).toMatch(/not available/u)
      expect(a.blocks.length).toBeGreaterThan(0)
      expect(a.blocks.every((b) => b.change === 'equal' && [...b.label, ...b.text].every((r) => r.change === 'equal'))).toBe(true)
    }
    expect(article('annex-1/art-113').note).toBe('to be discussed')
  })

  test('the three new articles are wholly inserted, each after the one before', () => {
    const fresh = redline.articles.filter((a) => a.change === 'inserted')
    expect(fresh.map((a) => [a.id, a.after])).toEqual([
      ['annex-1/art-new-1', 'ssl-2018/art-113'],
      ['annex-1/art-new-2', 'annex-1/art-new-1'],
      ['annex-1/art-new-3', 'annex-1/art-new-2']
    ])
    for (const a of fresh) expect(a.blocks.every((b) => b.change === 'insert' && b.text.every((r) => r.change === 'insert'))).toBe(true)
  })

  test('the summary lists the declared changes by id and as cited, never by id in its text', () => {
    const summary = summarizeChanges(draft, base)
    expect(summary.amended.map((a) => a.article)).toEqual(['ssl-2018/art-110', 'ssl-2018/art-111', 'ssl-2018/art-112'])
    expect(summary.amended[2]!.inserted).toEqual(['annex-1/art-112/item-4', 'annex-1/art-112/item-5'])
    expect(summary.amended[2]!.changed).toEqual([]) // only wording variants besides items 4 and 5
    expect(summary.amended[0]!.inserted).toEqual(['annex-1/art-110/item-3', 'annex-1/art-110/para-2'])
    expect(summary.inserted.map((a) => a.heading)).toEqual(['Social Security Inspection Officials', 'Social security inspectors shall have the following powers:', 'Termination of Terms of being Social Security Inspectors'])
    expect(summary.notComparable.map((a) => a.article)).toEqual(['ssl-2018/art-113', 'ssl-2018/art-114'])
    expect(summary.repealed).toEqual([])
    const lines = formatSummary(summary)
    expect(lines[0]).toBe('amended   Article 110: inserted Article 110(3), Article 110, second paragraph; 5 wording variants')
    expect(lines.join('\n')).not.toMatch(/ssl-2018|annex-1|art-|item-|para-/u)
  })
})

describe('the consolidated text of annex-1', () => {
  const {value: consolidated, messages} = applyDraft(draft, base)

  test('puts new articles after article 113 and keeps the base ids', () => {
    expect(messages).toEqual([])
    expect(articlesOf(consolidated).map((a) => a.id.split('/')[1])).toEqual([
      'art-105', 'art-110', 'art-111', 'art-112', 'art-113', 'art-new-1', 'art-new-2', 'art-new-3', 'art-114', 'art-116', 'art-117', 'art-118', 'art-119'
    ])
    const corpus = {instruments: [consolidated]}
    expect(findProvision(corpus, 'ssl-2018/art-112/item-5')?.provision).toBeDefined()
    expect(findProvision(corpus, 'ssl-2018/art-new-2/item-8')?.provision).toBeDefined()
  })

  test('leaves the base and the draft untouched', () => {
    const before = JSON.stringify([draft, base])
    applyDraft(draft, base)
    redlineOf(draft, base)
    expect(JSON.stringify([draft, base])).toBe(before)
  })
})

const lawWith = (articles: string) => instrumentFrom(`---
id: law-x
title: Law X
kind: law
jurisdiction: LA
language: en
source: test
---

${articles}`, 'law-x.md')
const draftWith = (articles: string) => instrumentFrom(`---
id: draft-x
title: Draft X
kind: draft
base: law-x
jurisdiction: LA
language: en
source: test
---

${articles}`, 'draft-x.md')

describe('amendments of a draft', () => {
  const base: Instrument = lawWith(`## Article 1 Scope

This law applies to **every** employer.

## Article 2 Inspections

1. Inspectors may enter workplaces at any hour;
2. Inspectors shall give notice of every visit.

## Article 3 Fines

Fines are set by decree.
`)

  test('a wording change in one item is a provision amendment; a repeal and an insertion are recognised', () => {
    const draft = draftWith(`## Article 2 Inspections

1. Inspectors may enter workplaces at any hour;
2. Inspectors may give notice of a visit.

## Article 3 Fines

> status: repealed

## New Article Follow-up

Inspectors shall follow up their advice.
`)
    const {value, messages} = draftFromInstrument(draft, base)
    expect(messages).toEqual([])
    expect(value.map((a) => [a.kind, a.article.id])).toEqual([
      ['replace-provision', 'draft-x/art-2'],
      ['repeal-article', 'draft-x/art-3'],
      ['insert-article', 'draft-x/art-new-1']
    ])
    const replaced = value[0]!
    expect(replaced.kind === 'replace-provision' && replaced.baseProvision.id).toBe('law-x/art-2/item-2')
    const inserted = value[2]!
    expect(inserted.kind === 'insert-article' && inserted.after).toBe('law-x/art-3')

    const redline = redlineOf(draft, base)
    const repealed = redline.articles[1]!
    expect(repealed.change).toBe('repealed')
    expect(repealed.blocks.map((b) => [b.change, show(b.text)])).toEqual([['delete', '[-Fines are set by decree.-]']])
    const consolidated = applyDraft(draft, base).value
    expect(articlesOf(consolidated).map((a) => `${a.id} ${a.status}`)).toEqual([
      'law-x/art-1 in-force', 'law-x/art-2 proposed', 'law-x/art-3 repealed', 'law-x/art-new-1 proposed'
    ])
  })

  test('an unknown article number is read as new, with a warning; repealing one is an error', () => {
    const draft = draftWith(`## Article 9 Other

Text.

## Article 10 Gone

> status: repealed
`)
    const {value, messages} = draftFromInstrument(draft, base)
    expect(value.map((a) => a.kind)).toEqual(['insert-article'])
    expect(messages.map((m) => [m.severity, m.ruleId, m.line])).toEqual([['warning', 'unknown-base-article', 11], ['error', 'unknown-base-article', 15]])
    expect(messages[0]!.reason).toMatch(/law-x has no Article 9/u)
  })

  test('an article repeated word for word is no amendment', () => {
    const draft = draftWith(`## Article 1 Scope

This law applies to every employer.
`)
    expect(draftFromInstrument(draft, base).value).toEqual([])
    expect(redlineOf(draft, base).articles[0]!.change).toBe('unchanged')
  })

  test('a draft on another base is refused', () => {
    const other = {...base, id: 'law-y'}
    expect(draftFromInstrument(draftWith('## Article 1 Scope\n\nText.\n'), other).messages[0]!.ruleId).toBe('wrong-base')
  })
})

describe('diffInline', () => {
  const text = (value: string) => [{type: 'text' as const, value}]

  test('keeps bold on deleted base words and the draft spelling on kept words', () => {
    const runs = diffInline([{type: 'strong', children: text('Routine')}, ...text(' inspections of this law')], text('Planned inspections of this Law'), 'en')
    expect(runs).toEqual([
      {change: 'delete', text: 'Routine', strong: true},
      {change: 'insert', text: 'Planned'},
      {change: 'equal', text: ' inspections of this Law'}
    ])
  })

  test('shows case changes when asked to', () => {
    expect(show(diffInline(text('of this law'), text('of this Law'), 'en', {ignoreCase: false}))).toBe('of this [-law-]{+Law+}')
  })

  test('diffs Lao word by word although it has no spaces', () => {
    const runs = diffInline(text('ການກວດກາການປະກັນສັງຄົມ'), text('ການກວດກາແຮງງານ'), 'lo')
    expect(show(runs)).toBe('ການກວດກາ[-ການປະກັນສັງຄົມ-]{+ແຮງງານ+}')
  })

  test('folds white space and quotes as the comparison core does', () => {
    expect(diffInline(text('the “law”  of\u00A02018'), text('the "law" of 2018'), 'en')).toEqual([{change: 'equal', text: 'the "law" of 2018'}])
  })
})
