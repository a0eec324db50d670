import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {parseInstrument, serializeInstrument} from '../../src/corpus/index.ts'
import {walkProvisions, type Article, type Instrument} from '../../src/model/index.ts'
import {syntheticCorpus} from '../../bench/synthetic.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

function markdownFiles(dir: string): Array<string> {
  return (readdirSync(join(root, dir), {recursive: true}) as Array<string>)
    .filter((f) => f.endsWith('.md') && !f.endsWith('README.md'))
    .map((f) => join(dir, f))
}

/** The model without positions and file names: what must survive the round trip. */
function content(instrument: Instrument): unknown {
  return JSON.parse(JSON.stringify(instrument, (key, value) => (key === 'position' || key === 'file' ? undefined : value)))
}

function roundTrip(text: string, file: string) {
  const first = parseInstrument(text, file)
  expect(first.messages.filter((m) => m.severity === 'error'), `${file} must parse`).toEqual([])
  const written = serializeInstrument(first.value!)
  const second = parseInstrument(written, file)
  expect(second.messages.filter((m) => m.severity === 'error'), `${file} written back must parse:\n${written}`).toEqual([])
  expect(content(second.value!)).toEqual(content(first.value!))
  // Writing is stable: the second write gives the same text as the first.
  expect(serializeInstrument(second.value!)).toBe(written)
}

const shipped = markdownFiles('corpus')

describe('serialising the model back to Markdown and parsing it again gives the same model', () => {
  test('the shipped corpus has files to check', () => {
    expect(shipped.length).toBeGreaterThan(0)
  })
  test.each(shipped)('%s', (file) => {
    roundTrip(readFileSync(join(root, file), 'utf8'), file)
  })
  test.each(markdownFiles('test/fixtures/corpus'))('%s', (file) => {
    roundTrip(readFileSync(join(root, file), 'utf8'), file)
  })
  test('synthetic instruments with nested items and bold words', () => {
    for (const f of syntheticCorpus({articles: 120, perInstrument: 60})) roundTrip(f.text, f.path)
  })
  test('text that looks like Markdown syntax stays text', () => {
    const text = `---
id: t
title: "T: a title with a colon"
kind: law
jurisdiction: LA
language: en
source: test
---
## Article 1 Tricky

1\\. This paragraph starts like a list item, and has \\*stars\\*, a \\[bracket\\] and a \\# hash.

- \\(a) an unlabelled bullet that starts like a label
- (b) a labelled one with **bold *and italic* words** and a_snake_case word
- \\- a bullet that starts with a dash

2) A parenthesised number, &amp; an entity, and \\<angle>.
`
    const first = parseInstrument(text, 't.md').value!
    expect(first.body[0]).toMatchObject({children: [
      {type: 'paragraph', content: [{type: 'text', value: '1. This paragraph starts like a list item, and has *stars*, a [bracket] and a # hash.'}]},
      {type: 'item', label: '', content: [{type: 'text', value: '(a) an unlabelled bullet that starts like a label'}]},
      {type: 'item', label: '(b)'},
      {type: 'item', label: '', content: [{type: 'text', value: '- a bullet that starts with a dash'}]},
      {type: 'item', label: '2)', content: [{type: 'text', value: 'A parenthesised number, & an entity, and <angle>.'}]}
    ]})
    roundTrip(text, 't.md')
  })
})

describe('nesting that Markdown reads differently unless written with care', () => {
  const head = '---\nid: t\ntitle: T\nkind: law\njurisdiction: LA\nlanguage: en\nsource: test\n---\n## Article 1 A\n\n'
  test.each([
    ['a sub-list numbered from 2 under a bullet', '- x\n\n  2. y\n  3. z\n', ['item-nn-1/item-2', 'item-nn-1/item-3']],
    ['an item with no words of its own', '1.\n   - (a) sub\n   - (b) sub\n2. two\n', ['item-1/item-a', 'item-1/item-b']],
    ['a bullet list then a numbered one under one item', '1. x\n   - (a) sub\n\n   3. three\n', ['item-1/item-a', 'item-1/item-3']],
    ['long roman labels', '- (viii) eight\n- xiii) thirteen\n- (iv) four\n', []]
  ])('%s', (_name, body, nested) => {
    const first = parseInstrument(head + body, 't.md').value!
    const ids: Array<string> = []
    const labels: Array<string> = []
    const article = first.body[0] as Article
    walkProvisions(article.children, (p) => {
      if (p.id.split('/').length > 3) ids.push(p.id.split('/').slice(2).join('/'))
      if (p.type === 'item' && p.label) labels.push(p.label)
    })
    for (const id of nested) expect(ids).toContain(id)
    if (nested.length === 0) expect(labels).toEqual(['(viii)', 'xiii)', '(iv)'])
    roundTrip(head + body, 't.md')
  })
})

describe('divisions of every kind nest, and survive the round trip', () => {
  const text = [
    '---', 'id: er-118', 'title: Test Proclamation', 'kind: law', 'jurisdiction: ER', 'language: en', 'source: test', '---', '',
    '## Title I — Preliminary', '', '### Article 1 Short title', '', 'This is the law.', '',
    '## Title II — Employment', '', '### Chapter 1 — Contracts', '', '#### Article 2 Form', '', 'Contracts are written.', '',
    '### Chapter 2 — Benefits', '', '#### Section 2 — Services', '', '##### Section I — Medical', '', '###### Article 3 Care', '', 'Care is free.', '',
    '##### Section II — Cash', '', '###### Article 4 Sums', '', 'Sums are paid.', '',
    '## Part 1 — Final', '', '## Subpart A — Transitional', '', '## Division 1 — Other', '', '## Sub-chapter 1', '', '### Sec. 5 Powers of inspectors', '', '- (1) An inspector may enter.', '',
    '## Schedule — Forms', '', '### Article 6 Form A', '', 'A form.', ''
  ].join('\n')

  test('by heading level, or by rank at the same level; ids under their parents; Sections of an Act as `Sec.`', () => {
    const {value, messages} = parseInstrument(text, 'er-118.md')
    expect(messages.filter((m) => m.severity === 'error')).toEqual([])
    const tree = (nodes: Instrument['body']): Array<unknown> => nodes.map((n) => (n.type === 'article' ? `${n.designation ?? 'Article'} ${n.id}` : {[`${n.kind} ${n.id}`]: tree(n.children)}))
    expect(tree(value!.body)).toEqual([
      {'title er-118/title-i': ['Article er-118/art-1']},
      {'title er-118/title-ii': [
        {'chapter er-118/title-ii/chapter-1': ['Article er-118/art-2']},
        {'chapter er-118/title-ii/chapter-2': [{'section er-118/title-ii/chapter-2/section-2': [
          {'section er-118/title-ii/chapter-2/section-2/section-i': ['Article er-118/art-3']},
          {'section er-118/title-ii/chapter-2/section-2/section-ii': ['Article er-118/art-4']}
        ]}]}
      ]},
      // At one heading level, a kind of lower rank nests: Part > Subpart > Division > Sub-chapter.
      {'part er-118/part-1': [{'subpart er-118/part-1/subpart-a': [{'division er-118/part-1/subpart-a/division-1': [{'sub-chapter er-118/part-1/subpart-a/division-1/sub-chapter-1': ['Section er-118/art-5']}]}]}]},
      {'schedule er-118/schedule-nn': ['Article er-118/art-6']}
    ])
    roundTrip(text, 'er-118.md')
    const written = serializeInstrument(value!)
    expect(written).toContain('##### Sec. 5 Powers of inspectors')
    expect(written).toContain('## Schedule — Forms')
  })
})
