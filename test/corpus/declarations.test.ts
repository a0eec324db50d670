import {describe, expect, test} from 'vitest'
import {parseInstrument, serializeInstrument} from '../../src/corpus/index.ts'
import {articlesOf, inlineToText, type Item} from '../../src/model/index.ts'

const front = ['---', 'id: d', 'title: D', 'kind: draft', 'base: ssl-2018', 'jurisdiction: LA', 'language: en', 'source: test', '---', ''].join('\n')

describe('declared amendments in a draft ({++…++}, {--…--}, > amendment:)', () => {
  test('markers leave the text and become offsets; the file round-trips', () => {
    const text = `${front}\n## Article 110 Agencies\n\n> amendment: declared\n\nThe agencies {--comprise--}{++are composing of++}:\n\n1. First **{++bold++}** item;\n2. {++Second item.++}\n`
    const {value, messages} = parseInstrument(text, 'drafts/d.md')
    expect(messages).toEqual([])
    const article = articlesOf(value!)[0]!
    expect(article.amendment).toBe('declared')
    const para = article.children[0]!
    expect(inlineToText(para.content)).toBe('The agencies are composing of:')
    expect(para.declared).toEqual([{kind: 'delete', at: 13, text: 'comprise'}, {kind: 'insert', start: 13, end: 29}])
    const item = article.children[1] as Item
    expect(inlineToText(item.content)).toBe('First bold item;')
    expect(item.declared).toEqual([{kind: 'insert', start: 6, end: 10}])
    const again = serializeInstrument(value!)
    expect(again).toContain('{--comprise--}{++are composing of++}')
    const reread = parseInstrument(again, 'drafts/d.md').value!
    const strip = (x: unknown) => JSON.parse(JSON.stringify(x, (k, v) => (k === 'position' ? undefined : v)))
    expect(strip(articlesOf(reread))).toEqual(strip(articlesOf(value!)))
  })

  test('an unclosed or stray marker is an error at its line and column', () => {
    const text = `${front}\n## Article 110 Agencies\n\nThe agencies {++are composing of:\n\n1. An item --} here.\n`
    const {messages} = parseInstrument(text, 'drafts/d.md')
    const errors = messages.filter((m) => m.ruleId === 'bad-declaration')
    expect(errors.map((m) => [m.line, m.column])).toEqual([[13, 14], [15, 12]])
    expect(errors[0]!.reason).toMatch(/never closed/u)
    expect(errors[1]!.reason).toMatch(/never opened/u)
  })

  test('an unknown amendment value is an error; `amendment` outside a draft too', () => {
    const bad = parseInstrument(`${front}\n## Article 110 A\n\n> amendment: rewritten\n\nText.\n`, 'd.md')
    expect(bad.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['13:3 bad-metadata'])
    const law = front.replace('kind: draft', 'kind: law').replace('base: ssl-2018\n', '')
    const outside = parseInstrument(`${law}\n## Article 1 A\n\n> amendment: replaced\n\nText.\n`, 'l.md')
    expect(outside.messages.map((m) => m.ruleId)).toEqual(['amendment-outside-draft'])
  })
})
