import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test, vi} from 'vitest'
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

  describe('plain ASCII text, split without ICU, gives the tokens ICU gives', () => {
    const segmenters = new Map<string, Intl.Segmenter>()
    const icu = (text: string, language: string) => {
      let segmenter = segmenters.get(language)
      if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language || undefined, {granularity: 'word'})))
      return [...segmenter.segment(text)].map((s) => ({text: s.segment, word: s.isWordLike === true}))
    }

    test('on random texts of letters, digits and every ASCII sign, in several languages', () => {
      let seed = 7
      const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
      const signs = " .',;:-()\n!?\"/%&*+=[]{}<>#@$^~|\\`_\t\r"
      const pick = (chars: string) => chars[Math.floor(random() * chars.length)]!
      const differing: Array<string> = []
      for (let n = 0; n < 20_000; n++) {
        let text = ''
        const length = 1 + Math.floor(random() * 16)
        for (let i = 0; i < length; i++) text += random() < 0.35 ? pick('abZ') : random() < 0.4 ? pick('12') : pick(signs)
        for (const language of ['en', 'sv', 'lo', '']) {
          if (JSON.stringify(segmentWords(text, language)) !== JSON.stringify(icu(text, language))) differing.push(`${JSON.stringify(text)} in '${language}'`)
        }
      }
      expect(differing).toEqual([])
    })

    test('on every line of the shipped corpus', () => {
      const dir = new URL('../../corpus/', import.meta.url)
      const texts = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(new URL(f, dir), 'utf8'))
      const lines = texts.flatMap((t) => t.split('\n'))
      expect(lines.filter((l) => /^[ -~]+$/u.test(l)).length).toBeGreaterThan(500)
      expect(lines.filter((line) => JSON.stringify(segmentWords(line, 'en')) !== JSON.stringify(icu(line, 'en')))).toEqual([])
    })

    test('without calling ICU, which costs about a microsecond a character; text beyond it still goes to ICU', () => {
      const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment')
      try {
        segmentWords('Inspectors may enter any workplace at any hour; fines of 1,500,000 kip (U.S.A. e.g.).\n2. Next', 'en')
        expect(segment).not.toHaveBeenCalled()
        for (const text of ['ratio a:b', 'snake_case', 'tab\there', 'ກວດກາ', 'café']) {
          segmentWords(text, 'en')
        }
        expect(segment).toHaveBeenCalledTimes(5)
      } finally {
        segment.mockRestore()
      }
    })
  })
})
