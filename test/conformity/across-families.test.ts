// Rules of one family firing on the wordings of another (docs/rules.md, "Across families"): each case below is
// checked with the shipped rules, so a rule widened again into another family's wording fails here.
import {describe, expect, test} from 'vitest'
import {conflictRules, shippedRuleMessages as messages} from './shipped-rules.ts'

describe('across families', () => {
  test('the rules load', () => expect(messages).toEqual([]))

  // Free entry (C81 12(1)(a)): the leave or the warning for entry still trips; for a stop or an order it does not.
  test.each([
    ['visit-authorisation', 'Before carrying out an inspection visit, the inspector shall request the authorisation of the minister.'],
    ['visit-authorisation', 'No inspector may enter an undertaking without a prior decision of the judge.'],
    ['consent-or-approval', 'Every inspection visit requires the prior approval of the provincial governor.'],
    ['prior-notice', 'Every inspection visit shall be preceded by a written warning to the employer.'],
  ])('%s still trips on entry: %s', (rule, text) => expect(conflictRules(text)).toContain(rule))
  test.each([
    'No inspector may suspend the activity of an undertaking without a prior decision of the judge.',
    'The prohibition of the use of dangerous machinery shall be preceded by a written warning to the employer.',
    'Inspectors may, with the approval of the Labour Commissioner, prohibit the use of any machine which is in a dangerous condition.',
  ])('no free-entry conflict when the leave is for a measure: %s', (text) => {
    expect(conflictRules(text).filter((r) => ['visit-authorisation', 'consent-or-approval', 'entry-conditional', 'prior-notice'].includes(r))).toEqual([])
  })

  // C81 17 is about fines and proceedings; a stop after notices is a C81 13 matter, a fine after notices is still 17.
  test('a fine only after notices is still a warning-period conflict', () => {
    expect(conflictRules('Only where the employer has failed to comply with two successive notices may the inspector impose a fine.')).toContain('mandatory-warning-periods')
  })

  // The undertaking keeping the inspectors (C81 6) against costs charged to an employer in default (C81 18).
  test('costs of an inquiry recovered from an employer in default are not the inspectors\' keep', () => {
    expect(conflictRules('An employer found in default shall bear the costs of the inquiry, which the inspector may recover from him by an action in court.')).toEqual([])
    expect(conflictRules('The undertaking visited shall meet the inspectors\' costs of transport, food and lodging for as long as the inspection lasts.')).toContain('discretionary-dismissal')
    expect(conflictRules('The employer shall bear the expenses of the inspectors for the duration of the visit.')).toContain('discretionary-dismissal')
  })

  // Another authority's inspection (contexts.yaml, other-authorities): named in what introduces the provision or in a
  // heading, it takes the provision out even when it names "an authorised officer"; the same words for a labour
  // inspector still trip.
  const notice = 'Where the date and time of an announced inspection of premises cannot be agreed with the person, he shall be given at least seven days\' notice, unless an authorised officer permits shorter notice.'
  test('a tax officer\'s notice of inspection is not labour inspection', () => {
    expect(conflictRules(notice, {actor: 'tax officer', heading: 'Information and inspection powers'})).toEqual([])
    expect(conflictRules(notice, {heading: 'Powers of tax inspectors'})).toEqual([])
    expect(conflictRules(notice, {actor: 'labour inspector', heading: 'Information and inspection powers'})).toContain('prior-notice')
  })
  test('a tax authority named as an exception in the provision does not take it out', () => {
    expect(conflictRules('For two years producers are exempted from every kind of inspection, other than the planned inspections of the tax authority.').length).toBeGreaterThan(0)
  })

  // C81 15(c): the employer told of the complaint or its source trips; telling the purpose of every visit is kept a
  // conflict too, as the CEACR reads it (a visit made on a complaint has that as its purpose; docs/rules.md).
  test.each([
    'The inspector shall inform the employer that the visit follows a complaint.',
    'The inspector shall tell the employer who made the complaint.',
    'The inspector shall, upon arrival, inform the person in charge of the purpose of the visit.',
  ])('complaint-disclosure: %s', (text) => expect(conflictRules(text)).toContain('complaint-disclosure'))
  test('notification of presence alone is not complaint disclosure', () => {
    expect(conflictRules('The inspector shall, on arrival, notify the employer of his presence, unless this would defeat the purpose of the visit.')).toEqual([])
  })
})
