import {findProvision} from '../../model/index.ts'
import type {Corpus, InstrumentKind} from '../../model/index.ts'
import {diffWords, type WordChange} from './diff-words.ts'
import {
  resolveStandard, shortName, textOf, type AspectComparison, type AspectData, type AspectStandard, type CitedProvision, type ComparisonRow
} from './aspects.ts'

// A comparison of any number of columns, topic by topic, laid out by one function (`compareTopic`): a user's
// comparison and the review's Table 1, whose two columns are the labour and the social security frameworks, are
// made the same way. The shapes are those of src/review's comparison file, reduced to the fields read here.

export interface TopicColumn {
  key: string
  title: string
}

export interface TopicData {
  id: string
  title: string
  cited: Readonly<Record<string, ReadonlyArray<{provision: string; note?: string | undefined}>>>
  pairs?: ReadonlyArray<{provisions: Readonly<Record<string, string>>; basis?: string | undefined; note?: string | undefined}> | undefined
  unpaired?: ReadonlyArray<{provision: string; note?: string | undefined}> | undefined
  standards?: ReadonlyArray<AspectStandard> | undefined
  /** By column key, provisions another source quotes for the topic, shown in a row of their own (Table 1's `quoted`). */
  quoted?: Readonly<Record<string, ReadonlyArray<{provision: string; note?: string | undefined}>>> | undefined
  note?: string | undefined
}

/** One row of a topic: a cell (a list of cited provisions) per column, in the columns' order. */
export interface TopicRow {
  kind: 'pair' | 'unpaired' | 'text' | 'quoted'
  title: string
  cells: Array<Array<CitedProvision>>
  /** For a pair whose first two provisions both have text: from the first column's wording to the second's. */
  changes?: Array<WordChange> | undefined
  basis?: string | undefined
  note?: string | undefined
}

export interface TopicComparison {
  topic: TopicData
  columns: ReadonlyArray<TopicColumn>
  rows: Array<TopicRow>
  standards: Array<CitedProvision & {standard: AspectStandard}>
  unresolved: Array<string>
}

// Instruments of one rank are set beside each other: laws beside laws, decisions beside decisions.
const ranks: Array<[ReadonlyArray<InstrumentKind>, string]> = [
  [['law'], 'Laws'],
  [['decision'], 'Ministerial decisions'],
  [['convention', 'protocol', 'recommendation', 'guidelines', 'draft'], 'Other instruments']
]

/**
 * A topic as rows: its pairs (one provision per column, the word difference between the first two), the
 * provisions without a counterpart, then the full text of every provision cited, column by column: one row per
 * rank of instrument (laws beside laws, decisions beside decisions) when that sets provisions of two columns side
 * by side, else one row; last, what another source quotes for the topic.
 */
export function compareTopic(corpus: Corpus, columns: ReadonlyArray<TopicColumn>, topic: TopicData): TopicComparison {
  const unresolved = new Set<string>()
  const cite = (id: string, note?: string): CitedProvision => {
    const found = findProvision(corpus, id)
    if (!found) unresolved.add(id)
    return {id, found, note}
  }
  const rows: Array<TopicRow> = []
  for (const pair of topic.pairs ?? []) {
    const cells = columns.map((c) => (pair.provisions[c.key] ? [cite(pair.provisions[c.key]!)] : []))
    const filled = cells.filter((c) => c.length > 0).map((c) => c[0]!)
    const a = textOf(filled[0]?.found)
    const b = textOf(filled[1]?.found)
    rows.push({
      kind: 'pair',
      title: filled.map((c) => shortName(c.found)).join(' / '),
      cells,
      changes: a !== undefined && b !== undefined ? diffWords(a, b, {language: filled[0]!.found!.instrument.language}) : undefined,
      basis: pair.basis,
      note: pair.note
    })
  }
  const columnOf = (id: string): number => {
    const k = columns.findIndex((c) => (topic.cited[c.key] ?? []).some((x) => id === x.provision || id.startsWith(`${x.provision}/`)))
    return k < 0 ? 0 : k
  }
  for (const single of topic.unpaired ?? []) {
    const cited = cite(single.provision)
    const k = columnOf(single.provision)
    rows.push({kind: 'unpaired', title: shortName(cited.found), cells: columns.map((_, i) => (i === k ? [cited] : [])), note: single.note})
  }
  const cells = columns.map((c) => (topic.cited[c.key] ?? []).map((x) => cite(x.provision, x.note)))
  const rankOf = (c: CitedProvision): number => {
    const k = ranks.findIndex(([kinds]) => c.found !== undefined && kinds.includes(c.found.instrument.kind))
    return k < 0 ? ranks.length - 1 : k
  }
  const byRank = ranks.map(([, title], k) => ({title, cells: cells.map((cell) => cell.filter((c) => rankOf(c) === k))})).filter((r) => r.cells.some((c) => c.length > 0))
  const sideBySide = byRank.some((r) => r.cells.filter((c) => c.length > 0).length >= 2)
  if (sideBySide) for (const r of byRank) rows.push({kind: 'text', title: r.title, cells: r.cells})
  else if (cells.some((c) => c.length > 0)) rows.push({kind: 'text', title: 'Provisions', cells})
  const quoted = columns.map((c) => (topic.quoted?.[c.key] ?? []).map((x) => cite(x.provision, x.note)))
  if (quoted.some((c) => c.length > 0)) rows.push({kind: 'quoted', title: 'Also quoted by the review', cells: quoted})
  const standards = (topic.standards ?? []).map((standard) => {
    const found = resolveStandard(corpus, standard)
    return {id: found ? (found.provision ?? found.article).id : `${standard.instrument} ${standard.article}`, found, standard}
  })
  return {topic, columns, rows, standards, unresolved: [...unresolved]}
}

/** The review's two columns. */
export const tableOneColumns: ReadonlyArray<TopicColumn> = [
  {key: 'labour', title: 'Labour inspection'},
  {key: 'socialSecurity', title: 'Social security inspection'}
]

/** An aspect of the review's Table 1 as a topic of its two columns. */
function topicOfAspect(aspect: AspectData): TopicData {
  return {
    id: aspect.id,
    title: aspect.title,
    cited: {labour: aspect.labour, socialSecurity: aspect.socialSecurity},
    pairs: (aspect.pairs ?? []).map((p) => ({provisions: {labour: p.labour, socialSecurity: p.socialSecurity}, basis: p.basis, note: p.note})),
    unpaired: aspect.unpaired,
    standards: aspect.standards,
    quoted: {labour: aspect.quoted?.labour ?? [], socialSecurity: aspect.quoted?.socialSecurity ?? []}
  }
}

/** An aspect of the review's Table 1 as a comparison topic of two columns: Table 1 is one comparison among others. */
export function compareAspectAsTopic(corpus: Corpus, aspect: AspectData): TopicComparison {
  return compareTopic(corpus, tableOneColumns, topicOfAspect(aspect))
}

/**
 * An aspect of Table 1 laid out by `compareTopic`, its rows named by framework (`labour`, `socialSecurity`) for
 * the views and documents of Table 1: the pairs the review aligns (Table 3's "Sudden inspection" against
 * "Emergency inspections") with what differs between their wordings, the provisions it says have no counterpart,
 * then the full text of every provision cited, laws beside laws and decisions beside decisions.
 */
export function compareAspect(corpus: Corpus, aspect: AspectData): AspectComparison {
  const laid = compareAspectAsTopic(corpus, aspect)
  const rows: Array<ComparisonRow> = laid.rows.map((r) => ({
    kind: r.kind, title: r.title, labour: r.cells[0]!, socialSecurity: r.cells[1]!, changes: r.changes, basis: r.basis, note: r.note
  }))
  return {aspect, rows, standards: laid.standards, unresolved: laid.unresolved}
}
