// The parser reads a file a run of articles at a time. These tests hold it to reading every file exactly as one
// parse of the whole file would: the same Markdown nodes at the same line, column and offset.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {parseInstrument} from '../../src/corpus/index.ts'
import type {RootContent} from 'mdast'
import {articleRuns, joinRunNodes} from '../../src/corpus/lib/runs.ts'
import {micromarkRun} from '../../src/corpus/lib/micromark-run.ts'
import {plainRun} from '../../src/corpus/lib/plain-run.ts'
import {syntheticCorpus} from '../../bench/synthetic.ts'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const root = fileURLToPath(new URL('../../', import.meta.url))

/** Every node as type, place and value (and a list's kind, start and looseness), in document order. */
function outline(tree: unknown, shift = {lines: 0, offset: 0}): Array<string> {
  const out: Array<string> = []
  type Node = {type: string; value?: string; ordered?: boolean; start?: number | null; spread?: boolean | null; position?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}; children?: Array<unknown>}
  const walk = (node: Node) => {
    const p = node.position!
    if (node.type !== 'root') {
      const list = node.type === 'list' ? ` ordered=${node.ordered} start=${node.start} spread=${node.spread}` : node.type === 'listItem' ? ` spread=${node.spread}` : ''
      out.push(`${node.type} ${p.start.line + shift.lines}:${p.start.column}:${p.start.offset! + shift.offset}-${p.end.line + shift.lines}:${p.end.column}:${p.end.offset! + shift.offset} ${JSON.stringify(node.value ?? '')}${list}`)
    }
    for (const child of node.children ?? []) walk(child as Node)
  }
  walk(tree as Node)
  return out
}

/** The outline of `text` read run by run (cut wherever a cut is allowed) and the runs joined back. */
function byRuns(text: string, size = 1): {outline: Array<string>; runs: number} {
  const runs = articleRuns(text, size)
  expect(runs.map((r) => r.text).join('')).toBe(text)
  const nodes: Array<RootContent> = []
  for (const run of runs) joinRunNodes(nodes, micromarkRun(run).children, text)
  return {outline: outline({type: 'root', children: nodes, position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}}), runs: runs.length}
}

const front = '---\nid: x\ntitle: X\nkind: law\njurisdiction: LA\nlanguage: en\nsource: s\n---\n\n'

const tricky: Record<string, {text: string; runs: number}> = {
  'headings in a fenced code block are code': {text: `${front}## Article 1\n\n\`\`\`\n## Article 2\n\`\`\`\n\n## Article 3\n\ntext\n`, runs: 3},
  'a longer fence is closed only by a fence as long': {text: `${front}## Article 1\n\n~~~~\n~~~\n## Article 2\n~~~~\n## Article 3\n\nx\n`, runs: 3},
  'a backtick line with a backtick after it is inline code, not a fence': {text: `${front}## Article 1\n\n\`\`\`a\`b\n## Article 2\n\nx\n`, runs: 3},
  'an HTML comment over several lines hides its headings': {text: `${front}## Article 1\n\n<!-- note\n## Article 2\n-->\n## Article 3\n\nx\n`, runs: 3},
  'an HTML block ends at a blank line': {text: `${front}## Article 1\n\n<div>\n## Article 2\n\n## Article 3\n\nx\n`, runs: 3},
  'a <pre> block runs to its closing tag, blank lines included': {text: `${front}## Article 1\n\n<pre>\n\n## Article 2\n</pre>\n## Article 3\n\nx\n`, runs: 3},
  'a fence indented under a list item leaves the rest of the file whole': {text: `${front}## Article 1\n\n1. item\n   \`\`\`\n## Article 2\n\`\`\`\n## Article 3\n\nx\n`, runs: 3},
  'a link definition anywhere keeps the file whole': {text: `${front}## Article 1\n\nsee [law]\n\n## Article 2\n\n[law]: https://example.org\n`, runs: 1},
  'lone carriage returns keep the file whole': {text: `${front.replace(/\n/gu, '\r')}## Article 1\r\rx\r## Article 2\r\ry\r`, runs: 1},
  'CRLF line endings are cut like LF ones': {text: `${front}## Article 1\n\n> status: text not available\n\n## Article 2\n\nx\n`.replace(/\n/gu, '\r\n'), runs: 3},
  'block quotes and lists end at the next heading, without a blank line': {text: `${front}## Article 1\n> status: text not available\n## Article 2\n1. a\n   - b\n## Article 3\nlazy\n`, runs: 5},
  'a heading indented by spaces may belong to a list item: not a cut': {text: `${front}## Article 1\n\n- a\n  ## inside\n## Article 2\n\nx\n`, runs: 4},
  // Cuts at top-level list items: the list cut in two is joined back as one.
  'a tight numbered list is cut at every item and joined back': {text: `${front}## Article 1\n\n1. a\n2. b\n   - (a) c\n     - i) d\n3. e\n`, runs: 5},
  'a blank line between two items makes the joined list loose': {text: `${front}## Article 1\n\n1. a\n2. b\n\n3. c\n4. d\n`, runs: 6},
  'an item with a blank line inside is loose, the list too': {text: `${front}## Article 1\n\n- a\n\n  more\n- b\n- c\n`, runs: 5},
  'the list keeps the number it starts with': {text: `${front}## Article 1\n\n3. a\n4. b\n\ntext\n\n7. c\n8. d\n`, runs: 6},
  'a lazy line keeps the next numbered item uncut': {text: `${front}## Article 1\n\n1. a\nlazy\n2. b\n3. c\n`, runs: 3},
  'a number after a paragraph continues the paragraph: not a cut': {text: `${front}## Article 1\n\ntext\n2. b\n3. c\n`, runs: 2},
  'a line indented less than the item text ends the list: no cut after it': {text: `${front}## Article 1\n\n1. a\n\n  b\n2. c\n3. d\n`, runs: 3},
  'bullets of another character, or another delimiter, start a new list': {text: `${front}## Article 1\n\n- a\n+ b\n* c\n1. d\n1) e\n2) f\n`, runs: 8},
  'indented code inside an item, and a tab in the indentation': {text: `${front}## Article 1\n\n- a\n\n      code\n- b\n\tc\n- d\n`, runs: 5},
  'thematic breaks and empty items are not cuts': {text: `${front}## Article 1\n\n- a\n- - -\n* * *\n-\n1.\n- b\n`, runs: 4},
  'a numbered item after a block quote or a nested list': {text: `${front}## Article 1\n\n> a\n2. b\n\n- a\n  - b\n2. c\n3. d\n`, runs: 3},
  'an HTML comment between items': {text: `${front}## Article 1\n\n- a\n<!-- c -->\n- b\n`, runs: 4},
  'wide numbers: the item text is indented by the marker\'s width': {text: `${front}## Article 1\n\n9. a\n10. b\n    more\n11. c\n   not inside\n12. d\n`, runs: 5},
  'YAML comments in the front matter are not headings': {text: `---\nid: x\n# a comment\ntitle: X\n---\n\n## Article 1\n\nx\n`, runs: 2},
  'an unclosed front matter is not cut': {text: `---\nid: x\n# a comment\n\n## Article 1\n\nx\n`, runs: 1}
}

describe('articleRuns cuts a file where Markdown reads each run as the whole file does', () => {
  for (const [name, {text, runs}] of Object.entries(tricky)) {
    test(name, () => {
      const cut = byRuns(text)
      expect(cut.outline).toEqual(outline(processor.parse(text)))
      expect(cut.runs).toBe(runs)
    })
  }

  test('random lists of every kind read run by run as in the whole file', () => {
    // Lines of lists, paragraphs, lazy lines, quotes, code and breaks in random order: each file is cut at every
    // place allowed and must read exactly as one parse of the whole.
    const lines = ['- a', '+ b', '* c', '1. d', '2. e', '10. f', '1) g', '3) h', '-', '2.', '- - -', '  - nested', '   - deeper', '     - deepest',
      '  more', '   more', '    more', '      code', '\tx', 'lazy', '> quote', '> - quoted item', '', '', '', '## Article 9', '<!-- note -->', '---', '- **bold** item', '1.  spaced', '1.     wide']
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    let cuts = 0
    for (let file = 0; file < 300; file++) {
      const body = Array.from({length: 30}, () => lines[Math.floor(next() * lines.length)]!)
      const text = `${front}## Article 1\n\n${body.join('\n')}\n`
      const cut = byRuns(text)
      expect(cut.outline, text).toEqual(outline(processor.parse(text)))
      cuts += cut.runs
    }
    expect(cuts).toBeGreaterThan(300 * 8)
  })

  test('the shipped corpus and a synthetic law with nested items', () => {
    const dir = join(root, 'corpus')
    const files = [...readdirSync(dir), ...readdirSync(join(dir, 'drafts')).map((f) => `drafts/${f}`)].filter((f) => f.endsWith('.md') && f !== 'README.md')
    const texts = [...files.map((f) => readFileSync(join(dir, f), 'utf8')), syntheticCorpus({articles: 120, perInstrument: 120})[0]!.text]
    for (const text of texts) {
      const cut = byRuns(text)
      expect(cut.outline).toEqual(outline(processor.parse(text)))
      // Every heading starts a run (nothing in these files leaves a doubt), and so do list items.
      expect(cut.runs).toBeGreaterThan(1 + text.split('\n').filter((line) => /^#{1,6} /u.test(line)).length)
    }
  })
})

describe('parseInstrument, run by run', () => {
  test('a long file of unquoted articles is read in many runs', () => {
    const lines = [front]
    for (let a = 1; a <= 2000; a++) lines.push(`## Article ${a}\n\n> status: text not available\n\n`)
    const text = lines.join('')
    const {value, messages} = parseInstrument(text, 'big.md')
    expect(messages).toEqual([])
    expect(value!.body).toHaveLength(2000)
    expect(articleRuns(text).length).toBeGreaterThan(10)
  })

  test('messages deep in a long file keep their exact line and column', () => {
    const lines = [front]
    for (let a = 1; a <= 3000; a++) lines.push(`## Article ${a}\n\n> status: text not available\n\n`)
    lines.push('## Article 3001\n\n> stat: text not available\n\n## Article 3001\n\n`code` here\n')
    const text = lines.join('')
    const base = text.slice(0, text.indexOf('## Article 3001')).split('\n').length
    const {messages} = parseInstrument(text, 'big.md')
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      `${base + 2}:3 unknown-key`,
      `${base + 4}:1 duplicate-article`,
      `${base + 6}:1 unsupported-markup`,
      `${base}:1 empty-article`
    ])
    expect(messages[1]!.reason).toContain(`first on line ${base}`)
  })

  test('a byte order mark is dropped, so offsets index the text', () => {
    const {value, messages} = parseInstrument(`\uFEFF${front}## Article 1\n\n1. one\n`, 'bom.md')
    expect(messages).toEqual([])
    expect(value!.body[0]).toMatchObject({children: [{label: '1.'}]})
  })
})

describe('plainRun builds the tree micromark would, for runs of headings and plain block quotes', () => {
  /** Deterministic pseudo-random lines of the kinds a plain run has, and some it must refuse. */
  function randomRun(seed: number, withOthers: boolean): string {
    let s = seed
    const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const words = ['status', 'text', 'not', 'available', 'subject:', 'source:', 'ILO', 'review', '(2023),', 'Table', '2', "law's", '"quoted"', 'a/b', 'why?', 'x-y']
    const phrase = () => Array.from({length: 1 + Math.floor(next() * 5)}, () => words[Math.floor(next() * words.length)]).join(' ')
    const others = ['1. an item', '- a bullet', '> **bold**', '>no space', '## Article `code`', 'a paragraph', '> 1. listed', '## trailing #', '>', '  > indented', '> two  ', '## Article 5 ', '> <b>']
    const lines: Array<string> = []
    for (let i = 0; i < 40; i++) {
      const r = next()
      if (withOthers && r < 0.08) lines.push(others[Math.floor(next() * others.length)]!)
      else if (r < 0.35) lines.push(`${'#'.repeat(1 + Math.floor(next() * 6))} Article ${i} ${phrase()}`.trimEnd())
      else if (r < 0.55) lines.push('')
      else if (r < 0.6) lines.push('   ')
      else lines.push(`> ${'status: ' + phrase()}`)
    }
    return lines.join('\n') + (next() < 0.5 ? '\n' : '')
  }

  test('equal to micromark on plain runs, and undefined or equal on runs with other lines', () => {
    let built = 0
    for (let seed = 1; seed <= 150; seed++) {
      const text = randomRun(seed, seed % 3 === 0)
      const run = {text, lines: 7, offset: 120}
      const tree = plainRun(run)
      if (seed % 3 !== 0) expect(tree).toBeDefined()
      if (!tree) continue
      built++
      const micromark = processor.parse(text)
      expect(outline(tree)).toEqual(outline(micromark, run))
      const end = micromark.position!.end
      expect(tree.position!.end).toEqual({line: end.line + 7, column: end.column, offset: end.offset! + 120})
    }
    expect(built).toBeGreaterThan(100)
  })
})
