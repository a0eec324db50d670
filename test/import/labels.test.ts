import {describe, expect, test} from 'vitest'
import {readLabel} from '../../src/import/index.ts'

describe('item labels at the start of a paragraph', () => {
  test.each([
    ['1. Develop programmes', '1.', 'outline', 1],
    ['12. Perform other powers', '12.', 'outline', 12],
    ['1.1. The implementation', '1.1.', 'outline', 1],
    ['2.3 The performance', '2.3', 'outline', 3],
    ['(a) labour units', '(a)', '(a)', 1],
    ['a) on a regular basis', 'a)', 'a)', 1],
    ['c. without notice', 'c.', 'a.', 3],
    ['(iv) the fourth', '(iv)', '(i)', 4],
    ['(3) the third', '(3)', '(1)', 3],
    ['3) the third', '3)', '1)', 3],
    ['(B) upper case', '(B)', '(A)', 2],
    ['IV. Fourth', 'IV.', 'I.', 4]
  ])('%s → %s', (text, label, style, value) => {
    const read = readLabel(text)
    expect(read?.label).toBe(label)
    expect(read?.readings.some((r) => r.style === style && r.value === value)).toBe(true)
  })

  test('(i) reads as the ninth letter or the first Roman numeral; the structure decides', () => {
    expect(readLabel('(i) the head office')?.readings.map((r) => [r.style, r.value])).toEqual([['(a)', 9], ['(i)', 1]])
  })

  test('a bullet has the empty label; a bullet drawn before a typed label gives way to it', () => {
    expect(readLabel('• leaflets')).toMatchObject({label: '', readings: [{style: 'bullet:•', value: 0}]})
    expect(readLabel('►\tBe warned')?.label).toBe('')
    expect(readLabel('• 1.1. The implementation')).toMatchObject({label: '1.1.', length: 7})
  })

  test.each([
    'e.g. the employer', 'No. 43/NA', '2013. The year', 'Article 5', 'I am', '**bold**', 'Mr. Smith', '1.5million', '-- dash'
  ])('no label: %s', (text) => {
    expect(readLabel(text)).toBeUndefined()
  })

  test('the length covers the label and the spaces after it, so the text starts right after', () => {
    const text = '  (b)   state enterprises'
    const read = readLabel(text)!
    expect(text.slice(read.length)).toBe('state enterprises')
  })
})
