// The workspace joins the built-in corpus: its instruments are added, a draft saved from a built-in draft stands
// in for it, and a file that does not parse or reuses a taken id is refused with file:line:column, its text kept.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, test} from 'vitest'
import {readSourceFiles} from '../../src/cli/corpus-files.ts'
import * as parseModule from '../../src/corpus/index.ts'
import {joinWorkspace, loadCorpus} from '../../src/corpus/index.ts'
import {formatMessage} from '../../src/message/index.ts'
import {findInstrument, findProvision, type Corpus} from '../../src/model/index.ts'

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url))
let bundled: Corpus
beforeAll(async () => {
  bundled = loadCorpus((await readSourceFiles(corpusDir)).filter((f) => f.path.endsWith('.md'))).value
})

const law = (id: string, extra = '') => `---\nid: ${id}\ntitle: Labour Proclamation\nkind: law\njurisdiction: ER\nlanguage: en\nsource: typed for the test\n${extra}---\n\n## Article 1 — Purpose\n\n1. The purpose of this Proclamation is to govern employment relations.\n`

describe('joinWorkspace', () => {
  test('adds a workspace instrument to the corpus, its provisions found by id', () => {
    const joined = joinWorkspace(bundled, [{path: 'instruments/er-labour.md', text: law('er-labour')}])
    expect(joined.corpus.instruments).toHaveLength(bundled.instruments.length + 1)
    expect(findProvision(joined.corpus, 'er-labour/art-1/item-1')?.provision?.id).toBe('er-labour/art-1/item-1')
    expect(joined.documents.map((d) => [d.file, d.state, d.id])).toEqual([['instruments/er-labour.md', 'joined', 'er-labour']])
    expect(joined.messages.filter((m) => m.severity === 'error')).toEqual([])
  })

  test('refuses an instrument that reuses a built-in id, at its id line, and keeps the built-in text', () => {
    const text = law('ll-2013')
    const joined = joinWorkspace(bundled, [{path: 'instruments/copy.md', text}])
    const [document] = joined.documents
    expect(document?.state).toBe('refused')
    expect(document?.text).toBe(text)
    expect(document?.messages.map(formatMessage)).toEqual([
      expect.stringMatching(/^instruments\/copy\.md:2:1: error: The id `ll-2013` is already used by the built-in law ll-2013 \(ll-2013\.md\)/u)
    ])
    expect(findInstrument(joined.corpus, 'll-2013')).toBe(findInstrument(bundled, 'll-2013'))
    expect(joined.corpus.instruments).toHaveLength(bundled.instruments.length)
  })

  test('refuses the second of two workspace files with one id, naming the first', () => {
    const joined = joinWorkspace(bundled, [{path: 'instruments/b.md', text: law('er-1')}, {path: 'instruments/a.md', text: law('er-1')}])
    expect(joined.documents.map((d) => d.state)).toEqual(['joined', 'refused'])
    expect(joined.documents[1]?.messages[0]?.reason).toContain('already used by instruments/a.md')
  })

  test('a file that does not parse is refused with its errors and its text, the rest joins', () => {
    const broken = law('er-2').replace('kind: law', 'kind: lwa')
    const joined = joinWorkspace(bundled, [{path: 'instruments/broken.md', text: broken}, {path: 'instruments/ok.md', text: law('er-3')}])
    expect(joined.documents.map((d) => d.state)).toEqual(['refused', 'joined'])
    expect(joined.documents[0]?.text).toBe(broken)
    expect(formatMessage(joined.documents[0]!.messages[0]!)).toMatch(/^instruments\/broken\.md:4:7: error: /u)
    expect(findInstrument(joined.corpus, 'er-3')).toBeDefined()
  })

  test('a draft saved from a built-in draft replaces it; the same id elsewhere is refused', () => {
    const shipped = readFileSync(new URL('../../corpus/drafts/annex-1.md', import.meta.url), 'utf8')
    const edited = shipped.replace(/^title: .*$/mu, 'title: Annex 1 as amended in the workspace')
    const joined = joinWorkspace(bundled, [{path: 'drafts/annex-1.md', text: edited}, {path: 'instruments/annex-1.md', text: edited}])
    expect(findInstrument(joined.corpus, 'annex-1')?.title).toBe('Annex 1 as amended in the workspace')
    expect(joined.corpus.instruments.filter((i) => i.id === 'annex-1')).toHaveLength(1)
    expect(joined.documents.map((d) => [d.file, d.state])).toEqual([['drafts/annex-1.md', 'replaces'], ['instruments/annex-1.md', 'refused']])
  })

  test('a draft whose base is missing is reported on its file', () => {
    const draft = `---\nid: er-draft\ntitle: Draft\nkind: draft\nbase: nowhere\njurisdiction: ER\nlanguage: en\nsource: typed for the test\n---\n\n## Article 1\n\nText.\n`
    const joined = joinWorkspace(bundled, [{path: 'drafts/er-draft.md', text: draft}])
    expect(joined.messages.map(formatMessage)).toContainEqual(expect.stringMatching(/^drafts\/er-draft\.md:1:1: error: The draft's base `nowhere` is not in the corpus/u))
  })

  test('comparisons are YAML files: kept for their loader when they parse, refused with line and column when not', () => {
    const joined = joinWorkspace(bundled, [
      {path: 'comparisons/eritrea-c81.yaml', text: 'title: Eritrea and C81\ntopics: []\n'},
      {path: 'comparisons/broken.yaml', text: 'title: x\n  - : [\n'},
      {path: 'notes/other.md', text: 'ignored'}
    ])
    expect(joined.comparisons.map((c) => c.path)).toEqual(['comparisons/eritrea-c81.yaml'])
    expect(joined.documents.map((d) => [d.file, d.state])).toEqual([['comparisons/broken.yaml', 'refused'], ['comparisons/eritrea-c81.yaml', 'joined']])
    expect(formatMessage(joined.documents[0]!.messages[0]!)).toMatch(/^comparisons\/broken\.yaml:\d+:\d+: error: Not valid YAML/u)
  })

  test('takes a parse that remembers files, and leaves its results as they were', () => {
    const {parseInstrument} = parseModule
    const kept = new Map<string, ReturnType<typeof parseInstrument>>()
    let parses = 0
    const parse = (text: string, file: string) => {
      const hit = kept.get(file)
      if (hit) return hit
      parses++
      const result = parseInstrument(text, file)
      kept.set(file, result)
      return result
    }
    const files = [{path: 'instruments/copy.md', text: law('ll-2013')}, {path: 'drafts/d.md', text: law('er-d').replace('kind: law', 'kind: draft\nbase: nowhere')}]
    const first = joinWorkspace(bundled, files, {parse})
    const second = joinWorkspace(bundled, files, {parse})
    expect(parses).toBe(2)
    expect(second.messages.map(formatMessage)).toEqual(first.messages.map(formatMessage))
    expect(first.messages.length).toBeGreaterThan(0)
    for (const result of kept.values()) expect(result.messages.filter((m) => m.source !== 'synoptic-parse')).toEqual([])
  })
})
