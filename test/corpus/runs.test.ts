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
import {articleRuns} from '../../src/corpus/lib/runs.ts'
import {syntheticCorpus} from '../../bench/synthetic.ts'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const root = fileURLToPath(new URL('../../', import.meta.url))

/** Every node as type, place and value, in document order. */
function outline(tree: unknown, shift = {lines: 0, offset: 0}): Array<string> {
  const out: Array<string> = []
  const walk = (node: {type: string; value?: string; position?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}; children?: Array<unknown>}) => {
    const p = node.position!
    if (node.type !== 'root') {
      out.push(`${node.type} ${p.start.line + shift.lines}:${p.start.column}:${p.start.offset! + shift.offset}-${p.end.line + shift.lines}:${p.end.column}:${p.end.offset! + shift.offset} ${JSON.stringify(node.value ?? '')}`)
    }
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  walk(tree as Parameters<typeof walk>[0])
  return out
}

/** The outline of `text` read run by run, cut at every heading where a cut is allowed. */
function byRuns(text: string): {outline: Array<string>; runs: number} {
  const runs = articleRuns(text, 1)
  expect(runs.map((r) => r.text).join('')).toBe(text)
  return {outline: runs.flatMap((r) => outline(processor.parse(r.text), r)), runs: runs.length}
}

const front = '---\nid: x\ntitle: X\nkind: law\njurisdiction: LA\nlanguage: en\nsource: s\n---\n\n'

const tricky: Record<string, {text: string; runs: number}> = {
  'headings in a fenced code block are code': {text: `${front}## Article 1\n\n\`\`\`\n## Article 2\n\`\`\`\n\n## Article 3\n\ntext\n`, runs: 3},
  'a longer fence is closed only by a fence as long': {text: `${front}## Article 1\n\n~~~~\n~~~\n## Article 2\n~~~~\n## Article 3\n\nx\n`, runs: 3},
  'a backtick line with a backtick after it is inline code, not a fence': {text: `${front}## Article 1\n\n\`\`\`a\`b\n## Article 2\n\nx\n`, runs: 3},
  'an HTML comment over several lines hides its headings': {text: `${front}## Article 1\n\n<!-- note\n## Article 2\n-->\n## Article 3\n\nx\n`, runs: 3},
  'an HTML block ends at a blank line': {text: `${front}## Article 1\n\n<div>\n## Article 2\n\n## Article 3\n\nx\n`, runs: 3},
  'a <pre> block runs to its closing tag, blank lines included': {text: `${front}## Article 1\n\n<pre>\n\n## Article 2\n</pre>\n## Article 3\n\nx\n`, runs: 3},
  'a fence indented under a list item leaves the rest of the file whole': {text: `${front}## Article 1\n\n1. item\n   \`\`\`\n## Article 2\n\`\`\`\n## Article 3\n\nx\n`, runs: 2},
  'a link definition anywhere keeps the file whole': {text: `${front}## Article 1\n\nsee [law]\n\n## Article 2\n\n[law]: https://example.org\n`, runs: 1},
  'lone carriage returns keep the file whole': {text: `${front.replace(/\n/gu, '\r')}## Article 1\r\rx\r## Article 2\r\ry\r`, runs: 1},
  'CRLF line endings are cut like LF ones': {text: `${front}## Article 1\n\n> status: text not available\n\n## Article 2\n\nx\n`.replace(/\n/gu, '\r\n'), runs: 3},
  'block quotes and lists end at the next heading, without a blank line': {text: `${front}## Article 1\n> status: text not available\n## Article 2\n1. a\n   - b\n## Article 3\nlazy\n`, runs: 4},
  'a heading indented by spaces may belong to a list item: not a cut': {text: `${front}## Article 1\n\n- a\n  ## inside\n## Article 2\n\nx\n`, runs: 3},
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

  test('the shipped corpus and a synthetic law with nested items', () => {
    const dir = join(root, 'corpus')
    const files = [...readdirSync(dir), ...readdirSync(join(dir, 'drafts')).map((f) => `drafts/${f}`)].filter((f) => f.endsWith('.md') && f !== 'README.md')
    const texts = [...files.map((f) => readFileSync(join(dir, f), 'utf8')), syntheticCorpus({articles: 120, perInstrument: 120})[0]!.text]
    for (const text of texts) {
      const cut = byRuns(text)
      expect(cut.outline).toEqual(outline(processor.parse(text)))
      // Every heading starts a run: nothing in these files leaves a doubt.
      expect(cut.runs).toBe(1 + text.split('\n').filter((line) => /^#{1,6} /u.test(line)).length)
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
