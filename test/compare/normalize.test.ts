import {describe, expect, test} from 'vitest'
import {normalizeText} from '../../src/compare/index.ts'

describe('normalizeText', () => {
  test('composes decomposed characters (NFC)', () => {
    const decomposed = 'Re\u0301glement'
    expect(decomposed).not.toBe('R\u00e9glement')
    expect(normalizeText(decomposed)).toBe('R\u00e9glement')
  })

  test.each([
    ['\u201cLaw\u201d', '"Law"'],
    ['\u00abLaw\u00bb', '"Law"'],
    ['employer\u2019s', "employer's"],
    ['\u2018sudden\u2019', "'sudden'"],
    ['articles 112\u2013113', 'articles 112-113'],
    ['non\u2011compliance', 'non-compliance'],
    ['Part I \u2015 Labour', 'Part I \u2014 Labour'],
    ['10\u00a0000\u202fkip', '10 000 kip'],
    ['in\u200bspection', 'inspection'],
    ['  two   spaces\tand a tab \n ', 'two spaces and a tab']
  ])('%j → %j', (raw, expected) => expect(normalizeText(raw)).toBe(expected))

  test('folds line breaks unless asked to keep them', () => {
    const text = 'first line \r\n\r\n  second\u2028third'
    expect(normalizeText(text)).toBe('first line second third')
    expect(normalizeText(text, {keepLineBreaks: true})).toBe('first line\nsecond\nthird')
  })

  test('is idempotent on mixed input', () => {
    const samples = ['\u201ca\u201d \u2013 b\u00a0c', ' x\n\n y ', 'ກວດ\u200bກາ  ແຮງງານ', 'e\u0301\u2014\u2019']
    for (const s of samples) expect(normalizeText(normalizeText(s))).toBe(normalizeText(s))
  })

  test('keeps Lao text intact apart from invisible characters', () => {
    expect(normalizeText('ກວດກາແຮງງານ')).toBe('ກວດກາແຮງງານ')
  })
})
