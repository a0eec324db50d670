import {describe, expect, test} from 'vitest'
import {loadCorpus} from '../../src/corpus/index.ts'
import {formatMessage} from '../../src/message/index.ts'
import {
  checkReviewData, daysBeforeSanction, loadReviewData, sanctionDelays, standardProvisionId, type EnforcementProcedure
} from '../../src/review/index.ts'

const load = (text: string, path = 'corpus/data/test.yaml') => loadReviewData([{path, text}])
const problems = (text: string) => load(text).messages.map(formatMessage)

describe('loadReviewData reads the data files and only those', () => {
  test('files outside data/ or not YAML are left alone', () => {
    const {value, messages} = loadReviewData([
      {path: 'corpus/ll-2013.md', text: 'aspects: [oops'},
      {path: 'corpus/rules/ilo.yaml', text: 'rules: []'},
      {path: 'corpus/data/notes.txt', text: ': : :'}
    ])
    expect(messages).toEqual([])
    expect(value).toEqual({aspects: [], fines: [], procedures: []})
  })

  test('a fine is read into typed values, with its place', () => {
    const {value, messages} = load(`fines:
  - id: lab-x
    framework: labour
    provision: md-4277/art-10/item-4
    offence: not having the correct internal regulations
    amounts:
      - {kip: 1000000, condition: fewer than 100 workers}
      - {rule: equal to the employer's contribution}
    per: [occasion, worker]
    warnings: required
    procedure: p
procedures:
  - id: p
    framework: labour
    title: P
    provision: md-4277/art-9
    steps: []
`)
    expect(messages).toEqual([])
    expect(value.fines[0]).toMatchObject({
      id: 'lab-x', framework: 'labour', per: ['occasion', 'worker'], warnings: 'required', procedure: 'p',
      amounts: [{kind: 'fixed', kip: 1000000, condition: 'fewer than 100 workers'}, {kind: 'rule', rule: "equal to the employer's contribution"}],
      location: {file: 'corpus/data/test.yaml', position: {start: {line: 2, column: 5}}}
    })
  })
})

describe('bad data gives file:line:column and plain words', () => {
  test('YAML that does not parse', () => {
    expect(problems('aspects:\n  - id: [mandate\n')).toEqual([
      expect.stringMatching(/^corpus\/data\/test\.yaml:\d+:\d+: error: Not valid YAML: .+ \[synoptic-review:review-yaml\]$/u)
    ])
  })

  test('an unknown top-level key, and an unknown key in a record', () => {
    expect(problems('fine:\n  - id: x\n')).toEqual([
      'corpus/data/test.yaml:1:1: error: Unknown key `fine` in a review data file (allowed: aspects, fines, procedures) [synoptic-review:review-unknown-key]'
    ])
    expect(problems('aspects:\n  - id: mandate\n    title: Mandate\n    labour: []\n    socialSecurity: []\n    standards: []\n    pairz: []\n')).toEqual([
      'corpus/data/test.yaml:7:5: error: Unknown key `pairz` in an aspect (allowed: id, title, labour, socialSecurity, standards, pairs, unpaired, quoted) [synoptic-review:review-unknown-key]'
    ])
  })

  test('a missing key, a wrong value, a malformed provision id, each at its line', () => {
    const messages = problems(`aspects:
  - id: mandates
    title: Mandate
    labour:
      - provision: ll-2013/article-171
    socialSecurity:
      - {provision: ssl-2018/art-110, note: 12}
    standards:
      - {instrument: C087, article: '3'}
      - {instrument: C081, article: 'Art. 3'}
`)
    expect(messages).toEqual([
      'corpus/data/test.yaml:2:9: error: `id` in an aspect is `mandates`; use one of mandate, content, forms, requirements, prohibitions, powers-duties, measures, fines [synoptic-review:review-value]',
      'corpus/data/test.yaml:5:20: error: `ll-2013/article-171` is not a provision id (write e.g. `md-4139/art-18/item-2` (instrument/art-N, then item-… or para-…)) [synoptic-review:review-provision-id]',
      'corpus/data/test.yaml:9:22: error: `instrument` in a standard is `C087`; use one of C081, C129, P081, R081 [synoptic-review:review-value]',
      'corpus/data/test.yaml:10:37: error: The article `Art. 3` is not an ILO article reference (write e.g. `12` or `12(1)(a)`) [synoptic-review:review-standard-article]'
    ])
  })

  test('a fine without amounts or with a bad unit, and steps with bad days', () => {
    expect(problems(`fines:
  - id: f
    framework: labour
    provision: md-4277/art-10/item-1
    offence: x
    amounts: [{kip: 10, rule: y}]
    per: [hour]
    warnings: required
procedures:
  - id: p
    framework: social-security
    title: P
    provision: md-4139/art-25
    steps:
      - {id: a, title: A, provision: md-4139/art-25/para-3, trigger: t, days: -3, sanction: false}
      - {id: a, title: B, provision: md-4139/art-25/para-4, trigger: t, days: 90, sanction: yes}
`)).toEqual([
      'corpus/data/test.yaml:6:15: error: A fine amount needs either `kip` (a sum) or `rule` (how the law sets it), not both or neither [synoptic-review:review-amount]',
      'corpus/data/test.yaml:7:11: error: `hour` is not a unit of a fine; use one of occasion, worker, person, day, month, period [synoptic-review:review-value]',
      'corpus/data/test.yaml:2:5: error: A fine that needs the warning steps first must name their `procedure` (an id from enforcement data) [synoptic-review:review-missing-key]',
      'corpus/data/test.yaml:15:79: error: `days` in an enforcement step must be a whole number of zero or more, or null [synoptic-review:review-type]',
      'corpus/data/test.yaml:16:93: error: `sanction` in an enforcement step must be true or false [synoptic-review:review-type]'
    ])
  })

  test('ids defined twice across files, and a fine naming another framework\'s procedure', () => {
    const procedure = `procedures:
  - {id: p, framework: social-security, title: P, provision: md-4139/art-25, steps: []}
`
    const {messages} = loadReviewData([
      {path: 'data/a.yaml', text: procedure},
      {path: 'data/b.yaml', text: `${procedure}fines:
  - {id: f, framework: labour, provision: md-4277/art-10/item-1, offence: x, amounts: [{kip: 1}], per: [], warnings: required, procedure: p}
  - {id: g, framework: labour, provision: md-4277/art-10/item-2, offence: x, amounts: [{kip: 1}], per: [], warnings: required, procedure: q}
`}
    ])
    expect(messages.map(formatMessage)).toEqual([
      'data/b.yaml:2:5: error: The procedure `p` is defined twice (first at data/a.yaml:2) [synoptic-review:review-duplicate-id]',
      'data/b.yaml:4:5: error: The fine `f` (labour) names the procedure `p` of the social-security framework [synoptic-review:review-framework]',
      'data/b.yaml:5:5: error: The fine `g` names the procedure `q`, which no data file defines [synoptic-review:review-unknown-procedure]'
    ])
  })
})

describe('checkReviewData against a corpus', () => {
  const corpus = loadCorpus([
    {path: 'll.md', text: '---\nid: ll-2013\ntitle: L\nkind: law\njurisdiction: LA\nlanguage: en\nsource: s\n---\n\n## Article 173\n\n1. Routine.\n2. Announced.\n'},
    {path: 'md.md', text: '---\nid: md-4277\naliases: [md-4227]\ntitle: D\nkind: decision\njurisdiction: LA\nlanguage: en\nsource: s\n---\n\n## Article 3\n\n> status: text not available\n> subject: forms\n'},
    {path: 'ssl.md', text: '---\nid: ssl-2018\ntitle: S\nkind: law\njurisdiction: LA\nlanguage: en\nsource: s\n---\n\n## Article 112\n\n1. Regular.\n'},
    {path: 'c081.md', text: '---\nid: c081\nnumber: C081\ntitle: C\nkind: convention\njurisdiction: ILO\nlanguage: en\nsource: s\n---\n\n## Article 12\n\n1. Inspectors shall be empowered:\n   - (a) to enter freely;\n'}
  ]).value

  test('unknown instruments, articles and items; aliases; ILO articles; pair sides; missing aspects', () => {
    const {value} = load(`aspects:
  - id: forms
    title: Forms
    labour:
      - provision: ll-2013/art-173
      - provision: md-4227/art-3
    socialSecurity:
      - provision: ssl-2018/art-112
      - provision: md-4139/art-6
    standards:
      - {instrument: C081, article: '12(1)(a)'}
      - {instrument: C081, article: '12(1)(d)'}
      - {instrument: C129, article: '16'}
    pairs:
      - {labour: ll-2013/art-173/item-1, socialSecurity: ssl-2018/art-112/item-1, basis: review}
      - {labour: ssl-2018/art-112/item-1, socialSecurity: ll-2013/art-173/item-9, basis: editorial}
    unpaired:
      - provision: ll-2013/art-174
`)
    expect(checkReviewData(value, corpus).map(formatMessage)).toEqual([
      'corpus/data/test.yaml:6:9: warning: Aspect `forms`: the citation `md-4227/art-3` uses the alias `md-4227`; write `md-4277` [synoptic-review:review-alias]',
      'corpus/data/test.yaml:9:9: error: Aspect `forms`: the citation `md-4139/art-6` names the instrument `md-4139`, which is not in the corpus [synoptic-review:review-unknown-provision]',
      'corpus/data/test.yaml:12:9: error: C081 has no article 12(1)(d) in the corpus [synoptic-review:review-unknown-standard]',
      'corpus/data/test.yaml:13:9: error: The standard C129 is not in the corpus [synoptic-review:review-unknown-standard]',
      'corpus/data/test.yaml:16:9: error: Aspect `forms`: the pair\'s social security side `ll-2013/art-173/item-9`: the article exists, but has no such paragraph or item (ids are listed by `synoptic show <article id> --json`) [synoptic-review:review-unknown-provision]',
      'corpus/data/test.yaml:16:9: warning: Aspect `forms`: the pair\'s labour side `ssl-2018/art-112/item-1` is not in an instrument the aspect cites for labour inspection [synoptic-review:review-pair-side]',
      'corpus/data/test.yaml:16:9: warning: Aspect `forms`: the pair\'s social security side `ll-2013/art-173/item-9` is not in an instrument the aspect cites for social security inspection [synoptic-review:review-pair-side]',
      'corpus/data/test.yaml:18:9: error: Aspect `forms`: the unpaired provision `ll-2013/art-174`: ll-2013 has no article `art-174` [synoptic-review:review-unknown-provision]',
      ...['mandate', 'content', 'requirements', 'prohibitions', 'powers-duties', 'measures', 'fines'].map((id) =>
        `corpus/data/test.yaml:2:5: warning: The aspect \`${id}\` of Table 1 is missing from the review data [synoptic-review:review-missing-aspect]`)
    ])
  })

  test('standardProvisionId follows the corpus ids', () => {
    expect(standardProvisionId('c081', '12(1)(a)')).toBe('c081/art-12/item-1/item-a')
    expect(standardProvisionId('c129', '16')).toBe('c129/art-16')
    expect(standardProvisionId('c081', '10(a)(ii)')).toBe('c081/art-10/item-a/item-ii')
    expect(standardProvisionId('c081', 'Art 12')).toBeUndefined()
  })
})

describe('days before a sanction', () => {
  const step = (id: string, days: number | null, sanction: boolean) =>
    ({id, title: id, provision: 'x/art-1', trigger: 't', days, sanction, location: {file: 'f', position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}}})
  const procedure = (id: string, framework: 'labour' | 'social-security', steps: EnforcementProcedure['steps']): EnforcementProcedure =>
    ({id, framework, title: id, provision: 'x/art-1', steps, location: steps[0]?.location ?? step('s', 0, false).location})

  test('sums the steps before the first sanction and names those with no stated days', () => {
    const p = procedure('p', 'labour', [step('a', 30, false), step('b', null, false), step('c', 15, false), step('fine', 10, true), step('court', 5, true)])
    expect(daysBeforeSanction(p)).toEqual({procedure: 'p', framework: 'labour', days: 45, unstated: ['b'], sanctionStep: 'fine'})
  })

  test('a procedure that never sanctions has no sanction step and is neither fastest nor slowest', () => {
    const never = procedure('never', 'social-security', [step('a', 400, false)])
    const slow = procedure('slow', 'social-security', [step('a', 200, false), step('f', null, true)])
    const fast = procedure('fast', 'social-security', [step('a', 10, false), step('f', null, true)])
    const [delay] = sanctionDelays({aspects: [], fines: [], procedures: [never, slow, fast]})
    expect(daysBeforeSanction(never).sanctionStep).toBeUndefined()
    expect(delay).toMatchObject({framework: 'social-security', fastest: {procedure: 'fast', days: 10}, slowest: {procedure: 'slow', days: 200}})
    expect(delay!.procedures).toHaveLength(3)
    expect(sanctionDelays({aspects: [], fines: [], procedures: []})).toEqual([])
  })
})

describe('public API of src/review', () => {
  test('exports exactly the loader, the checks and the delay functions', async () => {
    const module = (await import('../../src/review/index.ts')) as Record<string, unknown>
    expect(Object.keys(module).sort()).toEqual(['aspectsAsComparison', 'checkComparison', 'checkReviewData', 'comparisonDraftOf', 'comparisonIdOf', 'comparisonYaml', 'daysBeforeSanction', 'isReviewDataFile', 'loadComparison', 'loadReviewData', 'sanctionDelays', 'standardProvisionId'])
  })
})
