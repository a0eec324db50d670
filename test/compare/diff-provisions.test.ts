import {describe, expect, test} from 'vitest'
import {countChanges, diffCorpus, diffProvisions, fullText, normalizeText, type ProvisionDiff} from '../../src/compare/index.ts'
import {diffArrays} from 'diff'
import {normalizedFullText, uniqueRuns} from '../../src/compare/lib/diff-provisions.ts'
import {arrayChanges} from '../../src/compare/lib/diff-words.ts'
import {articlesOf, type Article, type Instrument, type Item, type Position, type Provision} from '../../src/model/index.ts'
import {shippedCorpus} from '../corpus/shipped-corpus.ts'

// Hand-built model nodes: these tests exercise alignment, independently of the Markdown parser.
const at: Position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
const item = (parent: string, label: string, text: string, children: Array<Provision> = []): Item => ({
  type: 'item',
  id: `${parent}/item-${label.replace(/^\W+|\W+$/g, '').replace(/\W+/g, '-')}`,
  label,
  content: [{type: 'text', value: text}],
  children,
  position: at
})
const article = (id: string, heading: string, items: Array<[string, string]>): Article => ({
  type: 'article',
  id,
  number: id.split('-').at(-1)!,
  heading,
  amended: false,
  status: 'in-force',
  provenance: {source: 'test', translation: 'unofficial'},
  children: items.map(([label, text]) => item(id, label, text)),
  position: at
})
const instrument = (id: string, articles: Array<Article>): Instrument => ({
  type: 'instrument', id, title: id, kind: 'law', jurisdiction: 'LA', language: 'en',
  provenance: {source: 'test', translation: 'unofficial'}, aliases: [], extra: {}, body: articles, file: `${id}.md`, position: at
})

const forms: Array<[string, string]> = [
  ['1.', 'Regular systematic inspections, which are carried out based on the operational plan;'],
  ['2.', 'Inspections with advance notification, which are inspections outside the operational plan;'],
  ['3.', 'Emergency inspections are urgent inspections carried out without advance notification.']
]
const kinds = (d: ProvisionDiff): Array<string> => d.children.map((c) => c.kind)

describe('diffProvisions', () => {
  test('identical articles are equal throughout', () => {
    const d = diffProvisions(article('ssl-2018/art-112', 'Forms', forms), article('annex-1/art-112', 'Forms', forms))
    expect(d.kind).toBe('equal')
    expect(kinds(d)).toEqual(['equal', 'equal', 'equal'])
  })

  test('an item inserted mid-list and the rest renumbered shows as one insertion (Annex 1, article 112)', () => {
    const amended: Array<[string, string]> = [
      forms[0]!,
      forms[1]!,
      ['3.', 'Follow-up inspections, which verify that the measures ordered after an inspection have been taken;'],
      ['4.', forms[2]![1]]
    ]
    const d = diffProvisions(article('ssl-2018/art-112', 'Forms', forms), article('annex-1/art-112', 'Forms', amended))
    expect(d.kind).toBe('changed')
    expect(kinds(d)).toEqual(['equal', 'equal', 'insert', 'changed'])
    // the renumbered item differs only by its label
    const renumbered = d.children[3]!
    expect(renumbered.text.filter((c) => c.kind !== 'equal').map((c) => c.text)).toEqual(['3', '4'])
    expect(renumbered.a?.id).toBe('ssl-2018/art-112/item-3')
    expect(renumbered.b?.id).toBe('annex-1/art-112/item-4')
  })

  test('items with the same label are paired even when rewritten, and their words diffed', () => {
    const rewritten: Array<[string, string]> = [forms[0]!, forms[1]!, ['3.', 'Sudden inspections at any time.']]
    const d = diffProvisions(article('a/art-1', 'Forms', forms), article('b/art-1', 'Forms', rewritten))
    expect(kinds(d)).toEqual(['equal', 'equal', 'changed'])
    expect(d.children[2]!.text.some((c) => c.kind === 'insert' && c.text.includes('Sudden'))).toBe(true)
  })

  test('a removed item is a deletion with its sub-items', () => {
    const a = article('a/art-1', 'Forms', forms)
    a.children[1] = item('a/art-1', '2.', forms[1]![1], [item('a/art-1/item-2', '(a)', 'with a sub-item')])
    const d = diffProvisions(a, article('b/art-1', 'Forms', [forms[0]!, ['2.', forms[2]![1]]]))
    expect(kinds(d)).toEqual(['equal', 'delete', 'changed'])
    expect(d.children[1]!.children.map((c) => c.kind)).toEqual(['delete'])
    expect(d.children[1]!.children[0]!.text).toEqual([{kind: 'delete', text: '(a) with a sub-item'}])
  })

  test('a changed heading alone makes the article changed', () => {
    const d = diffProvisions(article('a/art-1', 'Forms of inspection', forms), article('b/art-1', 'Forms of social security inspection', forms))
    expect(d.kind).toBe('changed')
    expect(d.text.filter((c) => c.kind === 'insert').map((c) => c.text)).toEqual(['social security '])
  })
})

describe('diffCorpus', () => {
  test('pairs instruments and articles by id, counting what changed', () => {
    const before = {instruments: [instrument('ll', [article('ll/art-1', 'One', forms), article('ll/art-2', 'Two', forms)]), instrument('old', [])]}
    const after = {
      instruments: [
        instrument('ll', [article('ll/art-1', 'One', forms), article('ll/art-2', 'Two (amended)', forms), article('ll/art-3', 'Three', forms)]),
        instrument('new', [article('new/art-1', 'One', forms)])
      ]
    }
    const diffs = diffCorpus(before, after)
    expect(diffs.map((d) => d.id)).toEqual(['ll', 'new', 'old'])
    expect(diffs[0]!.articles.map((a) => a.kind)).toEqual(['equal', 'changed', 'insert'])
    expect(countChanges(diffs)).toEqual({equal: 1, changed: 1, insert: 2, delete: 0})
  })
})

describe('the normalised full text, made from the parts', () => {
  const walk = (node: Article | Provision, visit: (n: Article | Provision) => void): void => {
    visit(node)
    if (node.type !== 'paragraph') for (const child of node.children) walk(child, visit)
  }

  test('is normalizeText of fullText for every article and provision of the shipped corpus', () => {
    const differing: Array<string> = []
    let nodes = 0
    for (const instrument of shippedCorpus().corpus.instruments) {
      for (const a of articlesOf(instrument)) {
        walk(a, (node) => {
          nodes++
          if (normalizedFullText(node) !== normalizeText(fullText(node))) differing.push(node.id)
        })
      }
    }
    expect(nodes).toBeGreaterThan(400)
    expect(differing).toEqual([])
  })

  test('is normalizeText of fullText for random trees of awkward text: empty parts, spaces, tabs, carriage returns, combining marks, invisible characters, quotes', () => {
    let seed = 11
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
    const pieces = ['a', 'b c', ' ', '  ', '\t', '\r', '\r\n', '\n', '\u0301', 'e\u0301', '\u200b', '\u00ad', '\u2019', '\u201c', '\u2013', '\u00a0', '\u2028', 'ກ', '`', '']
    const text = () => Array.from({length: Math.floor(random() * 4)}, () => pieces[Math.floor(random() * pieces.length)]!).join('')
    const tree = (id: string, depth: number): Provision => {
      if (depth > 2 || random() < 0.3) return {type: 'paragraph', id, content: [{type: 'text', value: text()}], position: at}
      return {...item(id, random() < 0.2 ? '' : text(), text()), id, children: Array.from({length: Math.floor(random() * 3)}, (_, k) => tree(`${id}/${k}`, depth + 1))}
    }
    const differing: Array<string> = []
    for (let n = 0; n < 3000; n++) {
      const a: Article = {...article(`t/art-${n}`, text(), []), children: Array.from({length: Math.floor(random() * 4)}, (_, k) => tree(`t/art-${n}/${k}`, 0))}
      walk(a, (node) => {
        if (normalizedFullText(node) !== normalizeText(fullText(node))) differing.push(JSON.stringify(fullText(node)))
      })
    }
    expect(differing).toEqual([])
  })
})

describe('alignment and word diffs worked out without diffArrays give what diffArrays gives', () => {
  let seed = 5
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
  const list = (alphabet: string, longest = 8) => Array.from({length: Math.floor(random() * longest)}, () => alphabet[Math.floor(random() * alphabet.length)]!)
  /** Runs with each stretch of changes merged into one: what the alignment and tidyChanges read of them. */
  const merged = (runs: ReadonlyArray<{added?: boolean; removed?: boolean; count?: number; value?: Array<string>}>) => {
    const out: Array<string> = []
    let removed = ''
    let added = ''
    const flush = () => {
      if (removed || added) out.push(`-${removed}+${added}`)
      removed = added = ''
    }
    for (const r of runs) {
      const text = r.value ? r.value.join('') : String(r.count)
      if (r.removed) removed += text
      else if (r.added) added += text
      else {
        flush()
        out.push(`=${text}`)
      }
    }
    flush()
    return out
  }

  test('the alignment of sub-provisions when only one is possible', () => {
    let taken = 0
    for (let n = 0; n < 20_000; n++) {
      const x = list('abcdefgh')
      const y = random() < 0.5 ? list('abcdefgh') : x.map((t) => (random() < 0.2 ? t.toUpperCase() : t)).filter(() => random() < 0.9)
      const runs = uniqueRuns(x, y)
      if (!runs) continue
      taken++
      const counted = (rs: ReadonlyArray<{added?: boolean; removed?: boolean; count: number}>) => merged(rs.map((r) => ({...r, value: Array<string>(r.count).fill('.')})))
      expect(counted(runs), `${x} / ${y}`).toEqual(counted(diffArrays(x, y)))
    }
    expect(taken).toBeGreaterThan(5000)
  })

  test('word changes with nothing in common, within the bound and beyond it', () => {
    let taken = 0
    let beyond = 0
    for (let n = 0; n < 20_000; n++) {
      // Up to 40 tokens on a side, so that some changes are beyond the bound of 32 edits.
      const longest = random() < 0.7 ? 8 : 41
      const x = random() < 0.1 ? [] : list('ab ,', longest)
      const y = random() < 0.5 ? list('cd ;', longest) : list('ab ,c', longest)
      const work = random() < 0.5 ? 100_000 : 100 + Math.floor(random() * 300)
      const bound = Math.max(32, Math.floor(work / Math.max(1, x.length + y.length)))
      const reference = diffArrays(x, y, {maxEditLength: bound})
      const ours = arrayChanges(x, y, work)
      if (!x.some((t) => y.includes(t))) taken++
      if (reference === undefined) beyond++
      expect(ours === undefined, `${x} / ${y}`).toBe(reference === undefined)
      if (ours && reference) {
        expect(merged(ours.map((c) => ({added: c.kind === 'insert', removed: c.kind === 'delete', value: [c.text]})))).toEqual(merged(reference))
      }
    }
    expect(taken).toBeGreaterThan(5000)
    expect(beyond).toBeGreaterThan(100)
    // Forty words inserted, or one replaced by forty, against a bound of 32 edits: beyond it, as diffArrays says.
    const forty = Array<string>(40).fill('c')
    for (const x of [[], ['a']]) {
      expect(diffArrays(x, forty, {maxEditLength: 32})).toBeUndefined()
      expect(arrayChanges(x, forty, 100)).toBeUndefined()
    }
  })
})
