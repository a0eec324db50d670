// The language library in the matcher (wink-nlp): every form of a word (`~notify`), and a trigger governed by a
// negation before it. Each test fails without the library's answers: the plain word `notify` matches none of
// these forms, and without the negation reading the negated sentences trip the rule.
import {describe, expect, test} from 'vitest'
import {formatMessage} from '../../src/message/index.ts'
import {checkText, loadLanguage, loadRules} from '../../src/conformity/index.ts'

const language = await loadLanguage()

const rule = (triggers: Array<string>, kind = 'conflict') => `- id: test-rule
  title: A test rule
  kind: ${kind}
  context: any
  standards:
    - {instrument: C081, article: "12(1)(a)"}
  triggers:
${triggers.map((t) => `    - "${t}"`).join('\n')}
  reason: Visits must be possible without notice.
  recommendation: Remove the duty to announce visits.
`

function rules(triggers: Array<string>, kind?: string) {
  const loaded = loadRules([{path: 'rules/test.yaml', text: rule(triggers, kind)}], {language})
  expect(loaded.messages.map(formatMessage)).toEqual([])
  return loaded.value
}

describe('every form of a word: ~notify', () => {
  const lemma = rules(['~notify ... employer ...8 (before|prior to) ...4 ~visit'])

  test.each([
    'The inspector shall notify the employer before the visit.',
    'The inspector shall have notified the employer before any visit.',
    'Notification of the employer before the visits is compulsory.',
    'The inspector, notifying the employer before the visit, shall state its purpose.'
  ])('%s', (text) => {
    const [finding] = checkText(text, lemma)
    expect(finding?.rule).toBe('test-rule')
    // The words that tripped it, exactly as they stand, at their offsets.
    expect(text.slice(finding!.match!.start, finding!.match!.end)).toBe(finding!.match!.text)
    expect(finding!.match!.text).toMatch(/^notif/iu)
  })

  test('a word with other base forms does not match', () => {
    expect(checkText('The inspector shall notice the employer before the visit.', lemma)).toEqual([])
  })

  test('a plural noun made from a verb is a form of the verb', () => {
    const inspect = rules(['~inspect ...6 suspended'])
    expect(checkText('Inspections of small businesses are suspended.', inspect)).toHaveLength(1)
    expect(checkText('Notifications of the visits are suspended.', rules(['~notify ...6 suspended']))).toHaveLength(1)
    expect(checkText('Inspectors of small businesses are suspended.', inspect)).toEqual([])
  })

  test('British and American spellings are one word', () => {
    const authorise = rules(['~authorise ... ~visit'])
    expect(checkText('Each visit shall be authorized by the director.', authorise)).toEqual([])
    expect(checkText('The director shall authorize each visit.', authorise)).toHaveLength(1)
    expect(checkText('Authorisation of the director is needed for every visit.', authorise)).toHaveLength(1)
  })

  test('without the language library, ~ is an error naming the place', () => {
    const loaded = loadRules([{path: 'rules/test.yaml', text: rule(['~notify ... visit'])}])
    expect(loaded.value[0]?.triggers).toEqual([])
    expect(loaded.messages.map(formatMessage).join('\n')).toMatch(/rules\/test\.yaml:8:\d+: error: .*'~' \(every form of a word\) needs the language library/u)
  })
})

describe('negation scope', () => {
  const notice = rules(['notice ...10 (before|prior to) ...4 visit*', '~notify ...10 (before|prior to) ...4 visit*'])

  test.each([
    'No prior notice shall be required before an inspection visit.',
    'The employer need not be notified before the visit.',
    'Inspectors may enter without giving notice to the employer before the visit.'
  ])('a negated trigger does not trip a conflict: %s', (text) => {
    expect(checkText(text, notice)).toEqual([])
  })

  test.each([
    'Notice shall be given to the employer before the visit.',
    'No inspection shall take place unless notice has been given before the visit.',
    'Without the consent of the director, the employer shall be notified before the visit.'
  ])('the negation does not reach the trigger: %s', (text) => {
    expect(checkText(text, notice)).toHaveLength(1)
  })

  test('a negation of the inspection itself is a restriction, and still trips', () => {
    const moratorium = rules(['inspect* ...8 (for|during) ...3 # (years|months)'])
    expect(checkText('No inspections shall be carried out for two years.', moratorium)).toHaveLength(1)
    // the nouns of a compound are read together
    const ordered = rules(['~inspect ...15 moratori*'])
    expect(checkText('No business inspection may be initiated while the moratorium remains in force.', ordered)).toHaveLength(1)
    expect(checkText('No business notice is needed before the inspection visit.', rules(['notice ...10 visit']))).toEqual([])
    // read by its head: an inspection notice is a notice
    expect(checkText('No advance inspection notice shall be given to the employer.', rules(['advance ...3 notice ...6 employer']))).toEqual([])
  })

  test('a trigger holding its own negation means what it says', () => {
    const consent = rules(['not enter ...6 without ...3 consent'])
    expect(checkText('Inspectors shall not enter the premises without the consent of the employer.', consent)).toHaveLength(1)
  })

  test('a conforming prohibition is never turned off by its negation', () => {
    const secrets = rules(['reveal* ...4 secret*'], 'conforms')
    expect(checkText('Inspectors shall not reveal trade secrets.', secrets)).toHaveLength(1)
  })
})
