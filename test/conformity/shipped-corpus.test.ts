// Golden tests: the ILO review's findings, reproduced by the checker on the shipped corpus and rules.
import {beforeAll, describe, expect, test} from 'vitest'
import {checkCorpus, consolidateDraft, loadLanguage, loadRules, type Finding, type Rule} from '../../src/conformity/index.ts'
import {articleText, articlesOf, findInstrument, findProvision, provisionText, type Corpus} from '../../src/model/index.ts'
import {shippedCorpus} from '../corpus/shipped-corpus.ts'

let corpus: Corpus
let rules: Array<Rule>
let findings: Array<Finding>

beforeAll(async () => {
  const shipped = shippedCorpus()
  expect(shipped.messages.filter((m) => m.severity === 'error')).toEqual([])
  corpus = shipped.corpus
  const loaded = loadRules(shipped.sources, {language: await loadLanguage()})
  expect(loaded.messages).toEqual([])
  rules = loaded.value
  findings = checkCorpus(corpus, rules)
})

const on = (provision: string, rule?: string) => findings.filter((f) => f.provision === provision && (!rule || f.rule === rule))
const standardsOf = (f: Finding) => f.standards.map((s) => `${s.instrument} ${s.article}`.trim())

describe("the review's findings", () => {
  test('Decision 4139 article 18 item 2 (dates, place and mode told before the visit) conflicts with C81 12 and C129 16', () => {
    const [f, ...rest] = on('md-4139/art-18/item-2')
    expect(rest).toEqual([])
    expect(f).toMatchObject({rule: 'prior-notice', status: 'conflict', instrument: 'md-4139', framework: 'social-security'})
    expect(standardsOf(f!)).toEqual(expect.arrayContaining(['C081 12(1)(a)', 'C129 16(1)(a)']))
    // The standards point at the convention's own words in the corpus.
    expect(f!.standards.find((s) => s.instrument === 'C081')?.provision).toBe('c081/art-12/item-1/item-a')
    expect(f!.standards.find((s) => s.instrument === 'C129')?.provision).toBe('c129/art-16/item-1/item-a')
    expect(f!.match?.text).toMatch(/^Inform labour units .* prior to the actual inspection/)
  })

  test('Labour Law article 175 (report signed by the employer) conflicts with the ILO Guidelines, cited but not quoted', () => {
    const f = findings.filter((x) => x.rule === 'report-signature')
    expect(f.map((x) => x.provision)).toEqual(['ll-2013/art-175/para-3'])
    expect(f[0]!.status).toBe('conflict')
    expect(f[0]!.standards).toHaveLength(1)
    expect(f[0]!.standards[0]).toMatchObject({instrument: 'ILO-GP-2022', article: ''})
    expect(f[0]!.standards[0]!.provision).toBeUndefined()
    expect(f[0]!.standards[0]!.note).toMatch(/not in the sources/)
  })

  test('Decision 4139 article 25 (90 + 90 days of warnings before sanctions) conflicts with C81 17', () => {
    const f = findings.filter((x) => x.rule === 'mandatory-warning-periods')
    expect(f).toHaveLength(1)
    expect(f[0]!.provision).toMatch(/^md-4139\/art-25\//)
    expect(f[0]!.status).toBe('conflict')
    expect(standardsOf(f[0]!)).toContain('C081 17(1)')
    expect(f[0]!.match?.text).toBe('additional 90 days')
  })

  test('the social security framework has no penalty for obstruction (gap, C81 18); the labour framework has one', () => {
    const gaps = findings.filter((f) => f.rule === 'obstruction-penalty-missing')
    expect(gaps.map((g) => [g.framework, g.instrument, g.provision])).toEqual([
      ['social-security', 'ssl-2018', null],
      ['social-security', 'annex-1', null]
    ])
    expect(standardsOf(gaps[0]!)).toContain('C081 18')
    expect(on('md-4277/art-10/item-1', 'obstruction-penalty')[0]?.status).toBe('conforms')
  })

  test('the social security framework gives its inspectors no power to sanction (gap); Labour Law 175 item 7 does', () => {
    const gaps = findings.filter((f) => f.rule === 'inspector-sanctions-missing')
    expect(gaps.map((g) => [g.status, g.framework, g.instrument])).toEqual([
      ['gap', 'social-security', 'ssl-2018'],
      ['gap', 'social-security', 'annex-1']
    ])
    expect(on('ll-2013/art-175/item-7', 'inspector-sanctions')[0]?.status).toBe('conforms')
    // Proposing penalties to other bodies is not the power to impose them.
    expect(on('md-4139/art-18/item-8')).toEqual([])
    expect(on('md-4139/art-17/item-7')).toEqual([])
  })

  test('Decision 4277 article 8 items 1, 5 and 7 conform and are not flagged as conflicts', () => {
    expect(on('md-4277/art-8/item-1').map((f) => [f.rule, f.status])).toEqual([['free-entry', 'conforms']])
    expect(on('md-4277/art-8/item-5').map((f) => [f.rule, f.status])).toEqual([['samples-notification', 'conforms']])
    expect(on('md-4277/art-8/item-7').map((f) => [f.rule, f.status])).toEqual([['presence-discretion', 'conforms']])
    expect(findings.filter((f) => f.provision?.startsWith('md-4277/art-8') && f.status === 'conflict')).toEqual([])
    expect(on('md-4277/art-8/item-7')[0]!.standards.map((s) => s.provision)).toEqual(['c081/art-12/item-2', 'c129/art-16/item-3'])
  })

  test('the inspection forms "with advance notice" (Labour Law 173, Social Security Law 112) are not read as a duty to announce', () => {
    for (const id of ['ll-2013/art-173/item-2', 'ssl-2018/art-112/item-2', 'annex-1/art-112/item-2']) expect(on(id)).toEqual([])
    expect(on('ll-2013/art-173/item-3', 'free-entry')).toHaveLength(1)
    expect(on('ssl-2018/art-112/item-3', 'free-entry')).toHaveLength(1)
  })

  test('the conflicts of the whole corpus are exactly the review\'s, plus the self-inspection of Social Security Law 111', () => {
    const conflicts = findings.filter((f) => f.status === 'conflict').map((f) => `${f.provision} ${f.rule}`).sort()
    expect(conflicts).toEqual([
      'll-2013/art-175/para-3 report-signature',
      'md-4139/art-18/item-2 prior-notice',
      'md-4139/art-25/item-nn-2 mandatory-warning-periods',
      'ssl-2018/art-111/item-2 self-inspection'
    ])
  })

  test('harmonization: follow-up and special inspections, powers in the law, fines for obstruction', () => {
    const base = findings.filter((f) => f.status === 'harmonization' && f.instrument === 'ssl-2018')
    expect(base.map((f) => `${f.rule} ${f.provision}`).sort()).toEqual([
      'follow-up-inspections ll-2013/art-173/item-4',
      'inspector-powers-in-law ll-2013/art-175',
      'obstruction-fines md-4277/art-10/item-1',
      'obstruction-fines md-4277/art-10/item-2',
      'special-inspections ll-2013/art-173/item-5'
    ])
    const followUp = base.find((f) => f.rule === 'follow-up-inspections')!
    expect(followUp.reason).toMatch(/^The labour inspection law provides .* the social security inspection\s+law does not/)
    expect(followUp.framework).toBe('social-security')
  })
})

describe('Annex 1 clears the conflicts it was written to clear', () => {
  test('with the draft applied, follow-up and special inspections and the powers in the law need no harmonization', () => {
    const draft = checkCorpus(corpus, rules, {instruments: ['annex-1']})
    const harmonization = draft.filter((f) => f.status === 'harmonization').map((f) => f.rule)
    expect(harmonization).not.toContain('follow-up-inspections')
    expect(harmonization).not.toContain('special-inspections')
    expect(harmonization).not.toContain('inspector-powers-in-law')
    // What the Annex does not address stays: no penalty for obstruction, no power to sanction.
    expect(harmonization).toContain('obstruction-fines')
    expect(draft.filter((f) => f.status === 'gap').map((f) => f.rule)).toEqual(expect.arrayContaining(['obstruction-penalty-missing', 'inspector-sanctions-missing']))
  })

  test('the consolidated Social Security Law under Annex 1 has no conflict; without it, article 111 has one', () => {
    const draft = checkCorpus(corpus, rules, {instruments: ['annex-1']})
    expect(draft.filter((f) => f.status === 'conflict')).toEqual([])
    // The Annex's article 110 adds the external inspection of the internal agency, which clears self-inspection.
    expect(draft.find((f) => f.rule === 'external-oversight')?.provision).toBe('annex-1/art-110/para-2')
    const base = checkCorpus(corpus, rules, {instruments: ['ssl-2018']})
    expect(base.filter((f) => f.status === 'conflict').map((f) => f.provision)).toEqual(['ssl-2018/art-111/item-2'])
  })

  test('the draft\'s new powers article ("informing or not informing in advance") conforms', () => {
    expect(on('annex-1/art-new-2/item-1').map((f) => [f.rule, f.status])).toEqual([['free-entry', 'conforms']])
  })

  test('a draft checked alone is read as its consolidated base: unchanged base articles keep their ids', () => {
    const draft = findInstrument(corpus, 'annex-1')!
    const base = findInstrument(corpus, 'ssl-2018')!
    const ids = consolidateDraft(draft, base).map((a) => a.id)
    expect(ids).toEqual([
      'ssl-2018/art-105', 'annex-1/art-110', 'annex-1/art-111', 'annex-1/art-112', 'annex-1/art-113',
      'annex-1/art-new-1', 'annex-1/art-new-2', 'annex-1/art-new-3', 'annex-1/art-114',
      'ssl-2018/art-116', 'ssl-2018/art-117', 'ssl-2018/art-118', 'ssl-2018/art-119'
    ])
  })
})

describe('every finding is traceable', () => {
  test("each match is the provision's own words, at the offsets given", () => {
    const withMatch = findings.filter((f) => f.match && f.provision)
    expect(withMatch.length).toBeGreaterThan(20)
    for (const f of withMatch) {
      const found = findProvision(corpus, f.provision!)
      expect(found, f.provision!).toBeDefined()
      const text = found!.provision
        ? provisionText(found!.provision)
        : f.match!.inHeading ? found!.article.heading : articleText(found!.article)
      expect(text.slice(f.match!.start, f.match!.end), `${f.rule} ${f.provision}`).toBe(f.match!.text)
    }
  })

  test('every C081 and C129 standard resolves to a provision of the convention in the corpus', () => {
    for (const f of findings) {
      for (const s of f.standards.filter((x) => /^C(081|129)$/.test(x.instrument))) {
        expect(s.provision, `${f.rule} ${s.instrument} ${s.article}`).toBeDefined()
        expect(findProvision(corpus, s.provision!), s.provision).toBeDefined()
      }
    }
  })

  test('gaps name what could not be checked: the articles cited without text', () => {
    const gap = findings.find((f) => f.rule === 'obstruction-penalty-missing' && f.instrument === 'ssl-2018')!
    const ss = ['ssl-2018', 'md-4139', 'md-0897'].flatMap((id) => articlesOf(findInstrument(corpus, id)!))
    const without = ss.filter((a) => a.status === 'not-available').length
    expect(without).toBeGreaterThan(0)
    expect(gap.reason).toContain(`${without} articles of the social security inspection framework are cited without text`)
  })
})
