// The fast reader of plain runs (src/corpus/lib/plain-run.ts) against micromark: wherever it gives a tree, that
// tree must be micromark's, node for node, every field and position included. Over the shipped corpus, imported
// real laws, the bench's synthetic draft and generated edge cases of emphasis and lists.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {articleRuns} from '../../src/corpus/lib/runs.ts'
import {micromarkRun} from '../../src/corpus/lib/micromark-run.ts'
import {plainRun} from '../../src/corpus/lib/plain-run.ts'
import {syntheticCorpus} from '../../bench/synthetic.ts'
import {largeDraftTexts} from '../../bench/suites/export.ts'
import {commonwealthAct} from '../import/commonwealth.ts'
import {eritreaAvailable, eritreaFiles, importEritrea} from '../import/realworld.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** Checks every run of `text` (cut wherever a cut is allowed) the fast reader takes; gives how many it took. */
function compareRuns(text: string, size = 1): {runs: number; fast: number} {
  let fast = 0
  const runs = articleRuns(text, size)
  for (const run of runs) {
    const tree = plainRun(run)
    if (!tree) continue
    fast++
    expect(tree, run.text).toStrictEqual(micromarkRun(run))
  }
  return {runs: runs.length, fast}
}

/** Checks one text as a run of its own (lines and offsets counted from a made-up place in a file). */
function compareText(text: string): boolean {
  const run = {text, lines: 11, offset: 345}
  const tree = plainRun(run)
  if (tree) expect(tree, text).toStrictEqual(micromarkRun(run))
  return tree !== undefined
}

function random(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32
}

describe('the fast reader of plain runs gives micromark\'s tree', () => {
  test('over the shipped corpus, and it reads most of it', () => {
    const dir = join(root, 'corpus')
    const files = [...readdirSync(dir), ...readdirSync(join(dir, 'drafts')).map((f) => `drafts/${f}`)].filter((f) => f.endsWith('.md') && f !== 'README.md')
    let runs = 0
    let fast = 0
    for (const file of files) {
      const counts = compareRuns(readFileSync(join(dir, file), 'utf8'))
      runs += counts.runs
      fast += counts.fast
    }
    expect(fast / runs).toBeGreaterThan(0.6)
  })

  test('over the bench\'s draft and a synthetic law: every run, the front matter\'s included', () => {
    const draft = compareRuns(largeDraftTexts().draftText, 2048)
    expect(draft.fast).toBe(draft.runs)
    const counts = compareRuns(syntheticCorpus({articles: 200, perInstrument: 200})[0]!.text)
    expect(counts.fast).toBe(counts.runs)
  })

  test('front matter: empty, with blank lines, closed at the end of the text, or followed at once by a heading or text', () => {
    const cases = [
      '---\nid: x\n---\n', '---\n---\n', '---\n---', '---\nid: x\n\ntitle: y\n---\n\n## Article 1\n', '---\nid: x\n---\n## Article 1\nText\n',
      '---\nid: x\n---\nText\n', '---\nid: x\n---\n\n1. a\n', '---\nnotes: "# not a heading"\n- list: not a list\n> nor a quote\n---\n\nText\n',
      '---\nid: x\n--- \n---\n', '---\nid: x\n----\n---\n', '--- \nid: x\n---\n', '---\nid: x\n', '---\n  indented: yes\n---\n'
    ]
    let read = 0
    for (const text of cases) {
      const run = {text, lines: 0, offset: 0}
      const tree = plainRun(run)
      if (!tree) continue
      read++
      expect(tree, text).toStrictEqual(micromarkRun(run))
    }
    expect(read).toBeGreaterThanOrEqual(9)
    // Not at the start of a file, `---` is not front matter.
    expect(plainRun({text: '---\nid: x\n---\n', lines: 3, offset: 40})).toBeUndefined()
  })

  test('over a Commonwealth Act and the Eritrean Labour Proclamation as imported', async () => {
    let fast = compareRuns(commonwealthAct().text).fast
    if (eritreaAvailable) {
      for (const file of eritreaFiles.slice(0, 2)) fast += compareRuns((await importEritrea(file)).document.markdown).fast
    }
    expect(fast).toBeGreaterThan(10)
  })

  test('emphasis: nested, unclosed, escaped, intraword, and both markers', () => {
    const cases = [
      '*a*', '**a**', '***a***', '_a_', '__a__', '___a___', '*a **b** c*', '**a *b* c**', '_a __b__ c_', '*a _b_ c*',
      '*unclosed', 'unclosed*', '**unclosed', '**a*', '*a**', '***a*', '*a***', '**a***b', 'a**b**c', 'a*b*c', 'a_b_c', 'snake_case_word',
      '_a_b', 'a_b_', '*(a)*', '(*a*)', '**(a)**b', 'a**(b)**', '_(a)_b', 'a_(b)_', '* a*', '*a *', '** a**', '\\*a\\*', '\\_a\\_',
      '*a_b*c_', '**a __b** c__', '*a **b*** c', '****a****', '*****a*****', '*a* *b* *c*', '**a**b**c**', 'a ** b ** c', '_a_ _b_',
      '«*a*»', '“*a*”', 'é*a*é', '—*a*—', '*a*\u00a0b', '\u00a0*a*', '𝐀*a*𝐀', '$*a*$', '*$*', '_$_', 'a * b * c', 'x*', '*', '**', '_'
    ]
    let read = 0
    for (const words of cases) {
      for (const text of [`Text ${words} end\n`, `${words}\n`, `## Article 1 ${words}\n`, `1. ${words}\n`, `- (a) ${words}\n`]) {
        if (compareText(text)) read++
      }
    }
    // Only the escaped cases and those that would start another block (`* a*` as a list item) go to micromark.
    expect(read).toBeGreaterThan(cases.length * 5 - 30)
  })

  test('random runs of emphasis marks and punctuation', () => {
    const next = random(16)
    const parts = ['*', '**', '_', '__', '***', 'a', 'b', 'word', ' ', ' ', '.', ',', '(', ')', ';', 'é', '“', '”', '—', '\u00a0', '1', '"']
    let read = 0
    for (let i = 0; i < 3000; i++) {
      const words = Array.from({length: 1 + Math.floor(next() * 12)}, () => parts[Math.floor(next() * parts.length)]).join('')
      const shape = Math.floor(next() * 4)
      const text = shape === 0 ? `Text ${words}` : shape === 1 ? `## Article 2 ${words}` : shape === 2 ? `1. x ${words}\n   - ${words}` : `${words}\n\n- x`
      if (compareText(`${text}\n`)) read++
    }
    expect(read).toBeGreaterThan(1500)
  })

  test('random lists and blocks: nesting, markers, blank lines, lazy lines, quotes and headings', () => {
    const next = random(129)
    // Mostly lines of the shape the fast reader takes, some it must leave to micromark.
    const usual = [
      '1. item', '2. item **b**', '10. wide', '1) paren', '2) paren', '- bullet', '+ plus', '* star', '- **bold** first', '* *em*', '   - nested',
      '   1. nested one', '   2. nested two', '  - two in', ' - one in', '     - (a) deep', '       - deeper', 'paragraph', '', '', '', '## Article 3',
      '### Article 4 *x*', '> status: text not available', '> subject: a', '- 2.1. label', '   - 2.1. _label_'
    ]
    const others = ['    four in', '      code?', 'lazy line', '  indented text', '   ', '- - -', '***', '___', '1.', '-', '- 1. marker', '===', '---',
      '#tag', '# ', '- x ', 'trailing ', '>', '> **b**', '\u00a0', '\u00a0- x']
    let read = 0
    for (let file = 0; file < 2000; file++) {
      const body = Array.from({length: 2 + Math.floor(next() * 10)}, () => (next() < 0.06 ? others[Math.floor(next() * others.length)]! : usual[Math.floor(next() * usual.length)]!))
      if (compareText(`${body.join('\n')}${next() < 0.7 ? '\n' : ''}`)) read++
    }
    expect(read).toBeGreaterThan(200)
  })

  test('named cases of lists the fast reader takes', () => {
    const taken = [
      '1. a\n2. b\n   - 2.1. c\n     - (a) d\n3. e\n',
      '- a\n - b\n  - c\n',
      '3. a\n4. b\n',
      '## Article 1\n2. a\n3. b\n',
      'Text;\n\n1. a\n2. b\n\n## Article 2\n',
      '> status: proposed\n\n1. **a** b\n',
      'Text\n- a\n',
      '1. a\n   1. b\n   2. c\n'
    ]
    for (const text of taken) expect(compareText(text), text).toBe(true)
    // A number other than 1 cannot interrupt a paragraph (it continues it), nor a quote; loose lists are micromark's.
    const left = ['Text\n2. a\n', '> status: x\n2. a\n', '1. a\n   2. b\n', '- a\n\n- b\n', '- a\n\n  more\n', '1. a\nlazy\n', 'a\nb\n', '- a\n+ b\n', '1. a\n   1. b\n   - c\n']
    for (const text of left) expect(plainRun({text, lines: 0, offset: 0}), text).toBeUndefined()
  })
})
