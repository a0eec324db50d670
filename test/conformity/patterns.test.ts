// The word-pattern language of rule files: what matches, what does not, and the errors for bad patterns.
import {describe, expect, test} from 'vitest'
import {compilePattern, type Pattern} from '../../src/conformity/index.ts'
import {matchPatterns, unitOf} from '../../src/conformity/lib/match.ts'
import {compilePatterns, StartIndex} from '../../src/conformity/lib/pattern.ts'

function compile(source: string): Pattern {
  const p = compilePattern(source)
  if ('reason' in p) throw new Error(`${source}: ${p.reason}`)
  return p
}

/** The words a pattern (or the patterns its `&` parts stand for) matches in a text (the first match), or undefined. */
function find(source: string, text: string, neutralisers: Array<string> = []): string | undefined {
  const compiled = compilePatterns(source)
  if ('reason' in compiled) throw new Error(`${source}: ${compiled.reason}`)
  return matchPatterns(unitOf(text), compiled, neutralisers.map(compile))?.text
}

describe('pattern language', () => {
  test.each([
    ['notice', 'Without previous NOTICE at any hour', 'NOTICE'],
    ['notice', 'the notices of visits', undefined],
    ['notif*', 'after notification of the employer', 'notification'],
    ['inform|notify', 'shall notify the employer', 'notify'],
    ['(prior to|in advance of) visit*', 'in advance of visits', 'in advance of visits'],
    ['follow up', 'a follow-up inspection', 'follow-up'],
    ['within # days', 'within ninety days', 'within ninety days'],
    ['# kip', 'fined 1,500,000 kip per occasion', '1,500,000 kip'],
    ['between # and #', 'between 08:00 and 17:00', 'between 08:00 and 17:00'],
    // A number in words repeated in digits, and "and" after a scale word, are one number.
    ['at least # days before', 'at least ten (10) days before the visit', 'at least ten (10) days before'],
    ['at least # days before', 'at least 10 (ten) days before the visit', 'at least 10 (ten) days before'],
    ['within # days', 'within one hundred and twenty days', 'within one hundred and twenty days'],
    ['between # and #', 'between eight and five', 'between eight and five'],
    ['without [the] [need for] notice', 'without the need for notice', 'without the need for notice'],
    ['without [the] [need for] notice', 'without notice', 'without notice'],
    ['inform ... visit', 'inform the employer of the date of the visit', 'inform the employer of the date of the visit'],
    ['inform ...2 visit', 'inform the employer of the visit', undefined],
    ['a [b] ... c', 'a x y c', 'a x y c'],
    ["employer*", "the employer's consent", 'employer'],
    ['enter* (freely|at any hour)', 'Inspectors may enter at any hour', 'enter at any hour']
  ])('%s in "%s"', (pattern, text, expected) => {
    expect(find(pattern, text)).toBe(expected)
  })

  // `#<N`: a number whose value is below N, in digits or in words ("four hundred" is 400, "four hundred thousand"
  // is 400,000), so that a rule can tell a nominal fine from a real one.
  test.each([
    ['fine of #<1000 pounds', 'a fine of 400 pounds', 'fine of 400 pounds'],
    ['fine of #<1000 pounds', 'a fine of four hundred pounds', 'fine of four hundred pounds'],
    ['fine of #<1000 pounds', 'a fine of one hundred and fifty pounds', 'fine of one hundred and fifty pounds'],
    ['between # and # days', 'between five and ten days', 'between five and ten days'],
    ['fine of #<1000 pounds', 'a fine of four hundred thousand pounds', undefined],
    ['fine of #<1000 pounds', 'a fine of 400,000 pounds', undefined],
    ['fine of #<1000 pounds', 'a fine of 1.500 pounds', undefined],
    ['fine of #<1000 pounds', 'a fine of several pounds', undefined],
    ['fine of #<1000 pounds', 'a fine of ninety-five pounds', 'fine of ninety-five pounds'],
    ['fine of #<5000 dollars', 'a fine of 4,999 dollars', 'fine of 4,999 dollars'],
    ['fine of #<5000 dollars', 'a fine of five thousand dollars', undefined]
  ])('%s in "%s"', (pattern, text, expected) => {
    expect(find(pattern, text)).toBe(expected)
  })

  // A currency's letters glued to an amount ("K100", "Rs500", "Tk1,000") are two words, so that a rule reads them as
  // it reads "K 100"; longer words ending in digits ("COVID19") and letters after digits ("H2S") stay whole.
  test.each([
    ['not exceeding k #<1000', 'Penalty: a fine not exceeding K100.00.', 'not exceeding K100.00'],
    ['not exceeding k #<1000', 'Penalty: a fine not exceeding K100.', 'not exceeding K100'],
    ['not exceeding k #<1000', 'Penalty: a fine not exceeding K5,000.', undefined],
    ['fine of rs #<1000', 'a fine of Rs500 for each default', 'fine of Rs500'],
    ['fine of tk #', 'a fine of Tk1,000', 'fine of Tk1,000'],
    ['covid #', 'the COVID19 measures', undefined],
    ['h #', 'exposure to H2S gas', undefined],
    ['not exceeding k #<1000', 'Une amende n’excédant pas; a fine not exceeding K100 é', 'not exceeding K100']
  ])('currency letters glued to an amount: %s in "%s"', (pattern, text, expected) => {
    expect(find(pattern, text)).toBe(expected)
  })

  test('the screen lets through a currency glued to an amount, for a pattern keyed on the letters or on a number', () => {
    expect(new StartIndex([compile('(k|rs) #<1000')]).mayMatchText('a fine not exceeding K100')).toBe(true)
    expect(new StartIndex([compile('# (days|months)')]).mayMatchText('within K30 days')).toBe(true)
    expect(new StartIndex([compile('(k|rs) #<1000')]).mayMatchText('a kind of fine')).toBe(false)
  })

  // The raw-text screen keys a pattern on a required group other than words every provision has ("of", "without"),
  // so that such a pattern does not let every provision through; the answer is the same for texts that can match.
  test('the screen keys a pattern on a rarer required word than "of"', () => {
    const index = new StartIndex([compile('(year|years) of ...3 operation|trading')])
    expect(index.mayMatchText('the duties of the employer')).toBe(false)
    expect(index.mayMatchText('in its first year of operation')).toBe(true)
    expect(index.mayMatchText('two years of trading')).toBe(true)
  })

  // One common alternative ("may") makes a group as frequent as that word: the screen keys on a group without one.
  test('the screen keys a pattern on a group with no common word, not on "may|can"', () => {
    const index = new StartIndex([compile('(may|can) ...4 (closure*|stoppage)')])
    expect(index.mayMatchText('the employer may dismiss the worker')).toBe(false)
    expect(index.mayMatchText('the inspector may order the closure')).toBe(true)
    expect(find('(may|can) ...4 (closure*|stoppage)', 'the inspector can order a stoppage')).toBe('can order a stoppage')
  })

  test('a match and a gap never cross a clause: ";", a line break or the end of a sentence', () => {
    expect(find('inform ... visit', 'Inform the employer; the visit takes place later')).toBeUndefined()
    expect(find('inform ... visit', 'Inform the employer.\nThe visit')).toBeUndefined()
    expect(find('inform ... visit', 'Inform the employer. The visit')).toBeUndefined()
    // A full stop inside a number or abbreviation-like token does not end the sentence.
    expect(find('fine # kip', 'a fine 1.5 kip')).toBe('fine 1.5 kip')
  })

  test('a full stop before a lower-case word closes an abbreviation, not the sentence', () => {
    expect(find('from # ...3 to # (a|p)', 'Visits may be made from 8 a.m. to 6 p.m. only.')).toBe('from 8 a.m. to 6 p')
    expect(find('from # ...3 to # (a|p)', 'Visits may be made from 8 a.m.\tto 6 p.m. only.')).toBe('from 8 a.m.\tto 6 p')
    // the ASCII cutter and the general one agree (a non-ASCII word sends the text to the general one)
    expect(find('from # ...3 to # (a|p)', 'Visits — from 8 a.m. to 6 p.m.')).toBe('from 8 a.m. to 6 p')
    expect(find('inform ... visit', 'Inform the employer. The visit')).toBeUndefined()
    expect(find('inform ... visit', 'Inform the employer.\nthe visit')).toBeUndefined()
  })

  test('neutralisers are looked for in the same sentence, across ";" but not across a full stop', () => {
    const trigger = 'report ... signed by ... employer'
    expect(find(trigger, 'The report shall be signed by the employer; a refusal to sign does not affect it.', ['refus* ... sign*'])).toBeUndefined()
    expect(find(trigger, 'The report shall be signed by the employer. A refusal to sign is noted.', ['refus* ... sign*'])).toBe('report shall be signed by the employer')
  })

  test('the earliest unneutralised match is reported, with offsets into the text', () => {
    const text = 'Inspectors may notify the employer without previous notice. They shall notify the employer before the visit.'
    const match = matchPatterns(unitOf(text), [compile('notify ... before ... visit')], [compile('without ... notice')])
    expect(match?.text).toBe('notify the employer before the visit')
    expect(text.slice(match!.start, match!.end)).toBe(match!.text)
  })

  test.each([
    ['', 'empty'],
    ['notice.', "'.' is not part of the pattern language"],
    ['(prior to|before', 'never closed'],
    ['... visit', "cannot start with '...'"],
    ['visit ...', "cannot end with '...'"],
    ['[the]', 'no word that must occur'],
    ['inform | | visit', "'|' must be followed"],
    ['& visit', "'&' must stand between two parts"],
    ['notify &', "'&' must stand between two parts"],
    ['a &4 b &4 c &4 d', "'&' joins at most 3 parts"],
    ['(notify &4 visit)', "'&' joins whole parts of a pattern, outside ( ) and [ ]"],
    ['notify &4 ... visit', "cannot start with '...'"]
  ])('"%s" is refused: %s', (source, reason) => {
    const result = compilePatterns(source)
    expect('reason' in result && result.reason).toContain(reason)
  })
})

describe('order-free parts: a &N b', () => {
  test.each([
    // either order, within N words of each other
    ['notif* &8 visit*', 'The employer shall be notified of the visit.', 'notified of the visit'],
    ['notif* &8 visit*', 'Visits shall be notified to the employer.', 'Visits shall be notified'],
    ['notif* &3 visit*', 'Visits to any undertaking of whatever kind shall be notified.', undefined],
    // three parts: every order
    ['notif* &6 before &6 visit', 'Before the visit the employer shall be notified.', 'Before the visit the employer shall be notified'],
    ['notif* &6 before &6 visit', 'The visit shall be notified to the employer before.', 'visit shall be notified to the employer before'],
    ['notif* &6 before &6 visit', 'The employer shall be notified before the visit.', 'notified before the visit'],
    // a part keeps its own alternatives, gaps and groups
    ['inform|notify &4 (of|about) [the] visit', 'the visit, of which the employer shall inform', undefined],
    ['inform|notify ...4 employer &6 (in advance|beforehand)', 'In advance, the inspector shall notify the employer.', 'In advance, the inspector shall notify the employer'],
    // a match never crosses a clause
    ['notif* &8 visit*', 'The visit takes place; the employer is notified.', undefined]
  ])('%s in "%s": %s', (source, text, expected) => {
    expect(find(source, text)).toBe(expected)
  })

  test('each order is a pattern of its own, keeping the source as written', () => {
    const compiled = compilePatterns('notif* &6 before &6 visit')
    expect('reason' in compiled).toBe(false)
    if ('reason' in compiled) return
    expect(compiled).toHaveLength(6)
    expect(new Set(compiled.map((p) => p.source))).toEqual(new Set(['notif* &6 before &6 visit']))
    // the screen still requires every part's words
    expect(compiled[0]!.required).toEqual(expect.arrayContaining([['notif*'], ['before'], ['visit']]))
  })

  test('a pattern without & is one pattern', () => {
    const compiled = compilePatterns('notify ... visit')
    expect('reason' in compiled ? compiled.reason : compiled.length).toBe(1)
  })
})
