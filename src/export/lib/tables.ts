// Documents made of tables: the review's comparison tables (two frameworks side by side) and the findings memo
// (provision, current text, standard, assessment, recommendation). One model, written to DOCX and to PDF.
import type {AspectComparison, CitedProvision, TopicComparison} from '../../compare/index.ts'
import type {Finding} from '../../conformity/index.ts'
import {citationOf, citedInstrument, citeId, findProvision, instrumentName, type Article, type Corpus, type Found, type Inline, type Provision} from '../../model/index.ts'
import type {LayoutRun} from './layout.ts'

/** A block of text inside a table cell. */
export interface CellBlock {
  /** `citation`: "Labour Law (amended), article 173" in bold; `notice`: an editorial remark in grey italics. */
  kind: 'citation' | 'paragraph' | 'item' | 'notice'
  depth: number
  /** An item's label, as written. */
  label?: string | undefined
  runs: Array<LayoutRun>
}

export type Cell = Array<CellBlock>

/** One table with its heading. */
export interface TableSection {
  heading: string
  /** Lines under the heading (the ILO standards of an aspect). */
  lines: Array<string>
  /** Column headings and relative widths. Without headings the table has no header row. */
  columns: Array<{header: string; width: number}>
  rows: Array<Array<Cell>>
  /** Shade the first column (the labels of a memo's table). */
  labelColumn?: boolean | undefined
}

/** A document of tables. */
export interface TableDocument {
  title: string
  details: Array<string>
  orientation: 'portrait' | 'landscape'
  language: string
  sections: Array<TableSection>
}

const plain = (text: string): LayoutRun => ({text, change: 'equal'})

function inlineRuns(nodes: ReadonlyArray<Inline>, strong = false, emphasis = false, out: Array<LayoutRun> = []): Array<LayoutRun> {
  for (const node of nodes) {
    if (node.type === 'text') out.push({text: node.value, change: 'equal', ...(strong ? {strong} : {}), ...(emphasis ? {emphasis} : {})})
    else inlineRuns(node.children, strong || node.type === 'strong', emphasis || node.type === 'emphasis', out)
  }
  return out
}

/**
 * Text written for a reader by another part of the app (a finding's reason) with any instrument id in it put
 * as a reader cites the instrument ("ssl-2018" → "Law on Social Security"): a document never shows an id.
 */
function readable(text: string, corpus: Corpus): string {
  return text.replace(/(?<![\p{L}\p{N}-])([a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z]\d{3,})(?![\p{L}\p{N}-])/gu, (id) => {
    const instrument = corpus.instruments.find((i) => i.id === id || i.aliases.includes(id))
    return instrument ? citedInstrument(instrument) : id
  })
}

/** How a reader names an instrument, and cites a provision: the model's one formatter. */
export {instrumentName, citationOf}

function provisionBlocks(list: ReadonlyArray<Provision>, depth: number, out: Cell): void {
  for (const p of list) {
    out.push({kind: p.type, depth, label: p.type === 'item' && p.label ? p.label : undefined, runs: inlineRuns(p.content)})
    if (p.type === 'item') provisionBlocks(p.children, depth + 1, out)
  }
}

/** The text of a provision (or whole article) as cell blocks; a notice when the sources give no text. */
export function textBlocks(found: Found): Cell {
  const {article, provision} = found
  if (provision) {
    const out: Cell = []
    provisionBlocks([provision], 0, out)
    return out
  }
  return articleBlocks(article)
}

function articleBlocks(article: Article): Cell {
  if (article.status === 'not-available') {
    return [{kind: 'notice', depth: 0, runs: [plain(`[Text not available in the sources${article.subject ? `. Subject: ${article.subject}` : ''}.]`)]}]
  }
  if (article.status === 'repealed') return [{kind: 'notice', depth: 0, runs: [plain('[Repealed.]')]}]
  const out: Cell = []
  if (article.heading) out.push({kind: 'paragraph', depth: 0, runs: [{text: article.heading, change: 'equal', emphasis: true}]})
  provisionBlocks(article.children, 0, out)
  return out
}

function citedCell(list: ReadonlyArray<CitedProvision>, corpus: Corpus | undefined): Cell {
  const cell: Cell = []
  for (const cited of list) {
    if (!cited.found) {
      cell.push({kind: 'notice', depth: 0, runs: [plain(`[${corpus ? citeId(corpus, cited.id) : 'A provision'}: not in the corpus.]`)]})
      continue
    }
    cell.push({kind: 'citation', depth: 0, runs: [{text: citationOf(cited.found), change: 'equal', strong: true}]})
    if (cited.note) cell.push({kind: 'notice', depth: 0, runs: [plain(`(${cited.note})`)]})
    cell.push(...textBlocks(cited.found))
  }
  return cell
}

/**
 * The comparison tables of the review's aspects: per aspect, a landscape table with the labour and the social
 * security framework side by side, a row per pair the review sets against each other, per provision without a
 * counterpart, and per rank of instrument (laws, decisions) with the full texts cited.
 */
export function comparisonTables(comparisons: ReadonlyArray<AspectComparison>, title = 'Labour and social security inspection: comparison tables', corpus?: Corpus): TableDocument {
  const sections: Array<TableSection> = comparisons.map((c) => ({
    heading: c.aspect.title,
    lines: [
      c.standards.length > 0
        ? `ILO standards: ${c.standards.map((s) => `${s.standard.instrument}, Article ${s.standard.article}`).join('; ')}`
        : 'ILO standards: none cited for this aspect',
      ...(c.unresolved.length > 0 ? [`Cited but not in the corpus: ${c.unresolved.map((id) => (corpus ? citeId(corpus, id) : 'a provision')).join(', ')}`] : [])
    ],
    columns: [
      {header: '', width: 18},
      {header: 'Labour inspection', width: 41},
      {header: 'Social security inspection', width: 41}
    ],
    rows: c.rows.map((row) => [
      [
        {kind: 'citation', depth: 0, runs: [{text: row.title, change: 'equal', strong: true}]},
        ...(row.kind === 'unpaired' ? [{kind: 'notice' as const, depth: 0, runs: [plain('No counterpart in the other framework.')]}] : []),
        ...(row.basis === 'editorial' ? [{kind: 'notice' as const, depth: 0, runs: [plain('Paired from the wording, not by the review.')]}] : []),
        ...(row.note ? [{kind: 'notice' as const, depth: 0, runs: [plain(row.note)]}] : [])
      ],
      row.labour.length > 0 ? citedCell(row.labour, corpus) : [{kind: 'notice', depth: 0, runs: [plain('—')]}],
      row.socialSecurity.length > 0 ? citedCell(row.socialSecurity, corpus) : [{kind: 'notice', depth: 0, runs: [plain('—')]}]
    ])
  }))
  return {title, details: [`${comparisons.length} aspect${comparisons.length === 1 ? '' : 's'} of Table 1 of the ILO review (2023)`], orientation: 'landscape', language: 'en', sections}
}

/**
 * The tables of a comparison of any number of columns (a workspace's `comparisons/<id>.yaml`): per topic, a
 * landscape table with a column per instrument or framework, a row per pair, per provision without a
 * counterpart, and one with every provision cited.
 */
export function topicTables(comparisons: ReadonlyArray<TopicComparison>, title: string, details: Array<string> = [], corpus?: Corpus): TableDocument {
  const sections: Array<TableSection> = comparisons.map((c) => {
    const width = Math.floor(82 / Math.max(1, c.columns.length))
    return {
      heading: c.topic.title,
      lines: [
        ...(c.standards.length > 0 ? [`ILO standards: ${c.standards.map((s) => `${s.standard.instrument}, Article ${s.standard.article}`).join('; ')}`] : []),
        ...(c.topic.note ? [c.topic.note] : []),
        ...(c.unresolved.length > 0 ? [`Cited but not in the corpus: ${c.unresolved.map((id) => (corpus ? citeId(corpus, id) : 'a provision')).join(', ')}`] : [])
      ],
      columns: [{header: '', width: 18}, ...c.columns.map((col) => ({header: col.title, width}))],
      rows: c.rows.map((row) => [
        [
          {kind: 'citation' as const, depth: 0, runs: [{text: row.title, change: 'equal' as const, strong: true}]},
          ...(row.kind === 'unpaired' ? [{kind: 'notice' as const, depth: 0, runs: [plain('No counterpart in the other columns.')]}] : []),
          ...(row.note ? [{kind: 'notice' as const, depth: 0, runs: [plain(row.note)]}] : [])
        ],
        ...row.cells.map((cell): Cell => (cell.length > 0 ? citedCell(cell, corpus) : [{kind: 'notice', depth: 0, runs: [plain('—')]}]))
      ])
    }
  })
  return {title, details, orientation: 'landscape', language: 'en', sections}
}

const statusWords: Record<Finding['status'], string> = {
  conflict: 'Conflict with the standard',
  gap: 'Gap: no provision implements the standard',
  conforms: 'Conforms to the standard',
  harmonization: 'Harmonization: one framework lacks what the other has',
  partial: 'Partial: the provision goes part of the way'
}

/** The current text of a finding's provision, the words that tripped the rule in bold. */
function currentText(found: Found | undefined, finding: Finding): Cell {
  if (!found) return [{kind: 'notice', depth: 0, runs: [plain(finding.provision ? '[The provision is not in the corpus.]' : '[No provision: the framework has none on this point.]')]}]
  const cell = textBlocks(found)
  const words = finding.match?.text
  if (!words) return cell
  // Bold the matched words where they stand (the first block holding them).
  for (const block of cell) {
    const full = block.runs.map((r) => r.text).join('')
    const at = full.indexOf(words)
    if (at < 0) continue
    const runs: Array<LayoutRun> = []
    let pos = 0
    for (const r of block.runs) {
      const from = pos
      pos += r.text.length
      const a = Math.max(at, from) - from
      const b = Math.min(at + words.length, pos) - from
      if (b <= 0 || a >= r.text.length) {
        runs.push(r)
        continue
      }
      if (a > 0) runs.push({...r, text: r.text.slice(0, a)})
      runs.push({...r, text: r.text.slice(a, b), strong: true})
      if (b < r.text.length) runs.push({...r, text: r.text.slice(b)})
    }
    block.runs = runs
    break
  }
  return cell
}

/**
 * The findings review memo: one table per finding with the provision, its current text (the words that
 * tripped the rule in bold), the standard (with its text where the corpus has it), the assessment and the
 * recommendation. Conflicts first, then gaps, harmonization, conforming provisions.
 */
export function findingsMemo(corpus: Corpus, findings: ReadonlyArray<Finding>, title = 'Conformity review memo', details: Array<string> = []): TableDocument {
  const order: Array<Finding['status']> = ['conflict', 'partial', 'gap', 'harmonization', 'conforms']
  const sorted = [...findings].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status))
  const counts = order.map((s) => `${sorted.filter((f) => f.status === s).length} ${s}`).join(', ')
  const label = (text: string): Cell => [{kind: 'citation', depth: 0, runs: [{text, change: 'equal', strong: true}]}]
  const sections = sorted.map((f, i): TableSection => {
    const found = f.provision ? findProvision(corpus, f.provision) : undefined
    const provision: Cell = found
      ? [{kind: 'paragraph', depth: 0, runs: [{text: citationOf(found), change: 'equal', strong: true}]}]
      : [{kind: 'paragraph', depth: 0, runs: [plain(f.provision ? citeId(corpus, f.provision) : `${citeId(corpus, f.instrument)}${f.framework ? ` (${f.framework} framework)` : ''}: no provision`)]}]
    const standard: Cell = f.standards.flatMap((s): Cell => {
      const text = s.provision ? findProvision(corpus, s.provision) : undefined
      const head: CellBlock = {kind: 'citation', depth: 0, runs: [{text: text ? citationOf(text) : s.article ? `${s.instrument}, Article ${s.article}` : s.instrument, change: 'equal', strong: true}]}
      return [head, ...(s.note ? [{kind: 'notice' as const, depth: 0, runs: [plain(s.note)]}] : []), ...(text ? textBlocks(text) : [])]
    })
    return {
      heading: `${i + 1}. ${readable(f.title, corpus)}`,
      lines: [],
      columns: [{header: '', width: 22}, {header: '', width: 78}],
      labelColumn: true,
      rows: [
        [label('Provision'), provision],
        [label('Current text'), currentText(found, f)],
        [label('Standard'), standard.length > 0 ? standard : [{kind: 'notice', depth: 0, runs: [plain('—')]}]],
        [label('Assessment'), [{kind: 'paragraph', depth: 0, runs: [{text: statusWords[f.status], change: 'equal', strong: true}]}, {kind: 'paragraph', depth: 0, runs: [plain(readable(f.reason, corpus))]}]],
        [label('Recommendation'), [{kind: 'paragraph', depth: 0, runs: [plain(readable(f.recommendation, corpus))]}]]
      ]
    }
  })
  return {title, details: [...details, `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${counts}`], orientation: 'portrait', language: 'en', sections}
}
