// An invisible character or a look-alike letter cannot hide a word from the rules, and validate says where they are.
import {describe, expect, test} from 'vitest'
import {checkText, hiddenCharacterWarnings, loadRules} from '../../src/conformity/index.ts'
import {shippedCorpus} from '../corpus/shipped-corpus.ts'

const rules = loadRules(shippedCorpus().sources).value
const conflicts = (text: string) => checkText(text, rules).filter((f) => f.status === 'conflict').map((f) => f.rule)

describe('the checker reads through hidden characters', () => {
  const plain = 'The employer shall be notified of the visit in advance.'
  test.each([
    ['a soft hyphen', plain.replace('notified', 'noti\u00ADfied')],
    ['a zero-width space', plain.replace('notified', 'not\u200Bified')],
    ['a word joiner and a zero-width joiner', plain.replace('advance', 'adv\u2060\u200Dance')],
    ['Cyrillic о and е', plain.replace('notified', 'n\u043Etifi\u0435d')],
    ['Greek ο', plain.replace('visit', 'visit').replace('notified', 'n\u03BFtified')],
    ['full-width letters', plain.replace('notified', '\uFF4E\uFF4F\uFF54\uFF49\uFF46\uFF49\uFF45\uFF44')]
  ])('%s', (_name, text) => {
    expect(conflicts(plain)).toEqual(['prior-notice'])
    expect(conflicts(text)).toEqual(['prior-notice'])
    // The words shown are the text's own, hidden characters included.
    const match = checkText(text, rules).find((f) => f.rule === 'prior-notice')!.match!
    expect(text.slice(match.start, match.end)).toBe(match.text)
  })

  test('a whole Cyrillic word is not folded into Latin', () => {
    expect(conflicts('The employer shall be \u043D\u043E\u0442\u0438\u0444\u0438\u0446\u0438\u0440\u043E\u0432\u0430\u043D of the visit in advance.')).toEqual([])
  })
})

describe('validate warns where hidden characters are', () => {
  test('file:line:column of each, and what it is', () => {
    const text = 'Article 1\n\nInspectors may enter no\u00ADtice and n\u043Etice.\n'
    const warnings = hiddenCharacterWarnings('law.md', text)
    expect(warnings.map((w) => [w.line, w.column, w.ruleId, w.severity])).toEqual([
      [3, 24, 'hidden-invisible', 'warning'],
      [3, 35, 'hidden-look-alike', 'warning']
    ])
    expect(warnings[0]!.reason).toMatch(/soft hyphen/)
    expect(warnings[1]!.reason).toMatch(/looks like "o"/)
  })

  test('zero-width spaces between Lao words mark word breaks and are not reported', () => {
    expect(hiddenCharacterWarnings('lo.md', '\u0E81\u0EB2\u0E99\u200B\u0E81\u0EA7\u0E94')).toEqual([])
  })

  test('the shipped corpus has none', () => {
    expect(shippedCorpus().sources.flatMap((s) => hiddenCharacterWarnings(s.path, s.text))).toEqual([])
  })
})
