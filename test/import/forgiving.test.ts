import {describe, expect, test} from 'vitest'
import {parseInstrument} from '../../src/corpus/index.ts'
import {importSource} from '../../src/import/index.ts'

// Lines of every kind the importer meets, shuffled into documents no one would write: whatever comes in, the
// import never throws, never refuses, and always writes a file that validates.
const pieces = [
  'Article 1 Scope', 'Article 2', 'Art. 3 Powers', 'New Article Officials', 'Chapter 1', 'Part II Final', 'Section 3', '1.', '2. text',
  '(a) first', 'a) second', '(i) third', '1.1. sub', '•', '- ', '* starred', '', '', 'Plain text here.', 'more text continues',
  'Page 3 of 9', '3', '**bold** words', '# Heading', '  - nested', '> quote', '---', 'i. roman', 'A. upper', '<p>tag</p>', '\f',
  'Article 5 of this law applies.', '1)', '(1) paren', '\t\tindented', 'Article 12 (Amended) Title (note)', 'Article 7 (Repealed)',
  'Contents ........ 4', '(iv) four', 'ARTICLE 9: DUTIES', 'LABOUR LAW', 'No. 43/NA'
]

function documents(count: number, seed: number): Array<string> {
  let s = seed
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648
  return Array.from({length: count}, () => Array.from({length: 3 + Math.floor(next() * 30)}, () => pieces[Math.floor(next() * pieces.length)]!).join('\n'))
}

describe('the importer is forgiving', () => {
  test.each(['text', 'markdown', 'html'] as const)('%s: 300 jumbled documents all import into valid corpus files', (format) => {
    let drafts = 0
    for (const [i, text] of documents(300, 7 + format.length).entries()) {
      const draft = i % 4 === 0
      if (draft) drafts++
      const result = importSource({format, text}, {id: 'jumbled', file: 'jumbled.txt', title: 'Jumbled', ...(draft ? {kind: 'draft' as const, base: 'll-2013'} : {})})
      expect(result.messages.filter((m) => m.severity === 'error'), text).toEqual([])
      const back = parseInstrument(result.value.markdown, 'jumbled.md')
      expect(back.messages.filter((m) => m.severity === 'error'), text).toEqual([])
    }
    expect(drafts).toBe(75)
  })
})
