import {describe, expect, test} from 'vitest'
import {segmentWords} from '../../src/compare/index.ts'

const join = (tokens: Array<{text: string}>): string => tokens.map((t) => t.text).join('')

describe('segmentWords', () => {
  test('English: words, spaces and punctuation, reconstructing the text', () => {
    const text = 'Inspection with advance notice, as per a plan; fined 1,500,000 kip.'
    const tokens = segmentWords(text, 'en')
    expect(join(tokens)).toBe(text)
    expect(tokens.filter((t) => t.word).map((t) => t.text)).toEqual([
      'Inspection', 'with', 'advance', 'notice', 'as', 'per', 'a', 'plan', 'fined', '1,500,000', 'kip'
    ])
    expect(tokens.find((t) => t.text === ',')?.word).toBe(false)
  })

  test('Lao text without spaces is split into dictionary words', () => {
    // "labour inspection is inspection": no spaces between the words
    const text = 'ກວດກາແຮງງານແມ່ນການກວດກາ'
    const tokens = segmentWords(text, 'lo')
    expect(join(tokens)).toBe(text)
    const words = tokens.filter((t) => t.word).map((t) => t.text)
    expect(words.length).toBeGreaterThanOrEqual(3)
    expect(words).toContain('ແຮງງານ')
    expect(words).toContain('ແມ່ນ')
  })

  test('a malformed language tag falls back to the default rules instead of throwing', () => {
    const tokens = segmentWords('two words', 'not a tag!')
    expect(tokens.filter((t) => t.word).map((t) => t.text)).toEqual(['two', 'words'])
  })

  test('empty text has no tokens', () => {
    expect(segmentWords('', 'lo')).toEqual([])
  })
})
