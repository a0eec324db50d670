import {describe, expect, test} from 'vitest'
import {loadCorpus, parseInstrument} from '../../src/corpus/index.ts'
import {formatMessage} from '../../src/message/index.ts'

const header = (extra = '') => `---
id: md-9
title: Test decision
kind: decision
jurisdiction: LA
language: en
source: test${extra}
---
`

/** The formatted messages of one file, so each test states file:line:column and the words a drafter reads. */
function problems(text: string, file = 'corpus/md-9.md'): Array<string> {
  return parseInstrument(text, file).messages.map(formatMessage)
}

describe('malformed corpus files give file:line:column and plain words', () => {
  test('a Markdown file that is not a corpus file', () => {
    expect(problems('# Notes\n\nSome notes.\n', 'notes.md')).toEqual([
      'notes.md:1:1: error: This is not a corpus file: it must start with front matter between two `---` lines (id, title, kind, …) (see docs/corpus-format.md) [synoptic-parse:not-a-corpus-file]'
    ])
  })

  test('an unterminated front matter', () => {
    expect(problems('---\nid: md-9\ntitle: x\n\n## Article 1\n\nText.\n')).toEqual([
      'corpus/md-9.md:1:1: error: The front matter opened on line 1 is never closed: add a line `---` after its last key [synoptic-parse:unterminated-front-matter]'
    ])
  })

  test('front matter that is not YAML', () => {
    const [message] = problems('---\nid: md-9\ntitle: [unclosed\n---\n')
    expect(message).toMatch(/^corpus\/md-9\.md:3:\d+: error: The front matter is not valid YAML/u)
  })

  test('a missing required key and an unknown key', () => {
    const text = '---\nid: md-9\ntitel: Test\nkind: decision\njurisdiction: LA\nlanguage: en\nsource: test\n---\n'
    expect(problems(text)).toEqual([
      expect.stringMatching(/^corpus\/md-9\.md:3:1: error: Unknown front matter key `titel`/u),
      'corpus/md-9.md:2:1: error: The front matter lacks `title`, which every corpus file needs [synoptic-parse:missing-key]'
    ])
  })

  test('a malformed date, kind and translation', () => {
    const text = header('\ndate: 2018-13-40\ntranslation: machine').replace('kind: decision', 'kind: statute')
    expect(problems(text)).toEqual([
      expect.stringMatching(/^corpus\/md-9\.md:4:7: error: Unknown kind `statute`/u),
      expect.stringMatching(/^corpus\/md-9\.md:9:14: error: Unknown translation status `machine`/u),
      'corpus/md-9.md:8:7: error: The date `2018-13-40` is not a real date written YYYY-MM-DD [synoptic-parse:bad-date]'
    ])
  })

  test('a duplicated article names both lines', () => {
    const text = header() + '\n## Article 5 One\n\nText.\n\n## Article 5 Two\n\nMore text.\n'
    expect(problems(text)).toEqual([
      'corpus/md-9.md:14:1: error: Article 5 appears twice in md-9 (first on line 10) [synoptic-parse:duplicate-article]'
    ])
  })

  test('an empty article not marked "text not available", and a marked one with text', () => {
    const text = header() + '\n## Article 5 Empty\n\n## Article 6 Not quoted\n\n> status: text not available\n\nBut it has text.\n'
    expect(problems(text)).toEqual([
      expect.stringMatching(/^corpus\/md-9\.md:10:1: error: Article 5 has no text: write its text, or mark it/u),
      'corpus/md-9.md:12:1: error: Article 6 is marked "text not available" but has text: remove the text or the status [synoptic-parse:text-in-unavailable-article]'
    ])
  })

  test('unknown article metadata and status', () => {
    const text = header() + '\n## Article 5 X\n\n> status: draft\n> colour: red\n\nText.\n'
    expect(problems(text)).toEqual([
      'corpus/md-9.md:12:3: error: Unknown article status "draft" (use in force, proposed, text not available or repealed) [synoptic-parse:bad-status]',
      expect.stringMatching(/^corpus\/md-9\.md:13:3: error: Unknown article metadata key `colour`/u)
    ])
  })

  test('a heading that is not structure, text outside articles, and a rule', () => {
    const text = header() + '\nStray text.\n\n## Remarks\n\n## Article 1 A\n\n***\n'
    expect(problems(text)).toEqual([
      'corpus/md-9.md:10:1: error: Text outside any article: put it under an `Article` heading, or under `Preamble` [synoptic-parse:text-outside-article]',
      expect.stringMatching(/^corpus\/md-9\.md:12:1: error: Heading "Remarks" is not a Part, Chapter, Section, Article, New Article or Preamble heading/u),
      'corpus/md-9.md:16:1: error: A horizontal rule is not allowed in a corpus file [synoptic-parse:unsupported-markup]',
      expect.stringMatching(/^corpus\/md-9\.md:14:1: error: Article 1 has no text/u)
    ])
  })

  test('a reference to an article the instrument lacks is a warning', () => {
    const text = header() + '\n## Article 1 A\n\nAs determined in article 105 of this decision and articles 1 and 7 of this decision.\n'
    const {messages} = loadCorpus([{path: 'corpus/md-9.md', text}])
    expect(messages.map(formatMessage)).toEqual([
      expect.stringMatching(/^corpus\/md-9\.md:12:1: warning: "article 105 of this decision" refers to article 105/u),
      expect.stringMatching(/^corpus\/md-9\.md:12:1: warning: "articles 1 and 7 of this decision" refers to article 7,/u)
    ])
  })

  test('two files with the same id, an alias clash and a draft whose base is missing', () => {
    const a = header('\naliases: [md-10]')
    const b = header().replace('id: md-9', 'id: md-10')
    const draft = header().replace('id: md-9', 'id: d-1').replace('kind: decision', 'kind: draft\nbase: md-404')
    const article = '\n## Article 1 A\n\nText.\n'
    const {messages, value} = loadCorpus([
      {path: 'a.md', text: a + article},
      {path: 'b.md', text: b + article},
      {path: 'c.md', text: header() + article},
      {path: 'd.md', text: draft + article}
    ])
    expect(messages.map(formatMessage)).toEqual([
      'b.md:2:1: error: The id `md-10` is used by a.md too: ids and aliases must be unique in the corpus [synoptic-validate:duplicate-id]',
      'c.md:2:1: error: The id `md-9` is used by a.md too: ids and aliases must be unique in the corpus [synoptic-validate:duplicate-id]',
      'd.md:1:1: error: The draft\'s base `md-404` is not in the corpus [synoptic-validate:missing-base]'
    ])
    expect(value.instruments.map((i) => i.id)).toEqual(['md-9', 'md-10', 'd-1'])
  })

  test('Markdown that legal text cannot hold is refused at its place, never with a stack trace', () => {
    const text = header() + '\n## Article 1 A\n\nSee `code` here.\n\n```\nblock\n```\n'
    expect(problems(text)).toEqual([
      'corpus/md-9.md:12:5: error: Code is not allowed in legal text; only words, **bold** and *italic* [synoptic-parse:unsupported-markup]',
      'corpus/md-9.md:14:1: error: A code block is not allowed in a corpus file [synoptic-parse:unsupported-markup]'
    ])
  })
})
