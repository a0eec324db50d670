import {describe, expect, test} from 'vitest'
import {changedText, diffWords, normalizeText, similarity} from '../../src/compare/index.ts'

describe('diffWords', () => {
  test('marks the words that differ between two forms of inspection (Table 3)', () => {
    const a = 'Sudden inspection is urgent inspection without advance notice for the party undergoing inspection;'
    const b = 'Emergency inspections are urgent inspections carried out when deemed necessary without advance notification of the inspection target.'
    const changes = diffWords(a, b)
    expect(changedText(changes, 'a')).toBe(a)
    expect(changedText(changes, 'b')).toBe(b)
    const deleted = changes.filter((c) => c.kind === 'delete').map((c) => c.text).join('|')
    const inserted = changes.filter((c) => c.kind === 'insert').map((c) => c.text).join('|')
    expect(deleted).toContain('Sudden')
    expect(inserted).toContain('Emergency')
    expect(inserted).toContain('when deemed necessary')
    // "urgent" and "without advance" are shared and stay unmarked
    const equal = changes.filter((c) => c.kind === 'equal').map((c) => c.text).join('|')
    expect(equal).toContain('urgent')
    expect(equal).toContain('without advance')
  })

  test('a replaced stretch reads as one deletion then one insertion', () => {
    expect(diffWords('the quick brown fox', 'a slow brown fox')).toEqual([
      {kind: 'delete', text: 'the quick'},
      {kind: 'insert', text: 'a slow'},
      {kind: 'equal', text: ' brown fox'}
    ])
  })

  test('differences only in quotes, dashes, spacing or composition are no differences', () => {
    const a = '\u201cinspections\u201d under articles 112\u2013113 of the employer\u2019s R\u00e9glement'
    const b = '"inspections"  under articles 112-113 of the employer\'s Re\u0301glement'
    expect(diffWords(a, b)).toEqual([{kind: 'equal', text: normalizeText(b)}])
  })

  test('without normalisation the same pair does differ', () => {
    expect(diffWords('\u201cx\u201d', '"x"', {normalize: false}).some((c) => c.kind !== 'equal')).toBe(true)
  })

  test('Lao text without spaces diffs by word, not as one block or by character', () => {
    // labour inspection → social security inspection
    const changes = diffWords('ກວດກາແຮງງານແມ່ນການກວດກາ', 'ກວດກາປະກັນສັງຄົມແມ່ນການກວດກາ', {language: 'lo'})
    expect(changes).toEqual([
      {kind: 'equal', text: 'ກວດກາ'},
      {kind: 'delete', text: 'ແຮງງານ'},
      {kind: 'insert', text: 'ປະກັນສັງຄົມ'},
      {kind: 'equal', text: 'ແມ່ນການກວດກາ'}
    ])
  })

  test('a change inside a word marks the whole word, wherever it sits', () => {
    expect(diffWords('the inspector visits the unit', 'the inspectors visits the unit')).toEqual([
      {kind: 'equal', text: 'the '},
      {kind: 'delete', text: 'inspector'},
      {kind: 'insert', text: 'inspectors'},
      {kind: 'equal', text: ' visits the unit'}
    ])
    expect(diffWords('fined 1,500,000 kip', 'fined 1,600,000 kip')).toEqual([
      {kind: 'equal', text: 'fined '},
      {kind: 'delete', text: '1,500,000'},
      {kind: 'insert', text: '1,600,000'},
      {kind: 'equal', text: ' kip'}
    ])
    // Lao words between spaces: the change is the changed dictionary word only.
    expect(diffWords('ມາດຕາ ກວດກາແຮງງານ ໃໝ່', 'ມາດຕາ ກວດກາປະກັນສັງຄົມ ໃໝ່', {language: 'lo'})).toEqual([
      {kind: 'equal', text: 'ມາດຕາ ກວດກາ'},
      {kind: 'delete', text: 'ແຮງງານ'},
      {kind: 'insert', text: 'ປະກັນສັງຄົມ'},
      {kind: 'equal', text: ' ໃໝ່'}
    ])
  })

  test('empty sides', () => {
    expect(diffWords('', '')).toEqual([])
    expect(diffWords('', 'new text')).toEqual([{kind: 'insert', text: 'new text'}])
    expect(diffWords('old text', ' ')).toEqual([{kind: 'delete', text: 'old text'}])
  })

  test('both sides reconstruct for many random edits', () => {
    const vocabulary = 'inspection labour unit employer notice , ; . the of ກວດກາ ແຮງງານ 1,500,000 kip'.split(' ')
    let seed = 7
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const sentence = (n: number): string =>
      Array.from({length: n}, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(next() < 0.8 ? ' ' : '')
    for (let round = 0; round < 200; round++) {
      const a = normalizeText(sentence(1 + Math.floor(next() * 20)))
      const words = a.split(' ')
      const b = normalizeText(words.map((w) => (next() < 0.2 ? sentence(2) : next() < 0.1 ? '' : w)).join(' '))
      const changes = diffWords(a, b)
      expect(changedText(changes, 'a')).toBe(a)
      expect(changedText(changes, 'b')).toBe(b)
      for (let i = 1; i < changes.length; i++) {
        // runs are merged: never two equal runs in a row, never an insertion before a deletion
        expect(changes[i - 1]!.kind === 'equal' && changes[i]!.kind === 'equal').toBe(false)
        expect(changes[i - 1]!.kind === 'insert' && changes[i]!.kind === 'delete').toBe(false)
      }
    }
  })
})

describe('similarity', () => {
  test('is 1 for the same words, 0 for none in common, in between otherwise', () => {
    expect(similarity('Emergency inspections', 'emergency  INSPECTIONS')).toBe(1)
    expect(similarity('routine plan', 'sudden notice')).toBe(0)
    const s = similarity('urgent inspection without advance notice', 'urgent inspections without advance notification')
    expect(s).toBeGreaterThan(0.4)
    expect(s).toBeLessThan(0.8)
  })
})
