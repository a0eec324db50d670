import {findProvision} from '../../model/index.ts'
import type {Corpus} from '../../model/index.ts'
import {diffWords, type WordChange} from './diff-words.ts'
import {compareAspect, resolveStandard, shortName, textOf, type AspectData, type AspectStandard, type CitedProvision} from './aspects.ts'

// A comparison of any number of columns, topic by topic: the general form of the review's Table 1, whose two
// columns are the labour and the social security frameworks. The shapes are those of src/review's comparison
// file, reduced to the fields read here.

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
  note?: string | undefined
}

/** One row of a topic: a cell (a list of cited provisions) per column, in the columns' order. */
export interface TopicRow {
  kind: 'pair' | 'unpaired' | 'text'
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

/**
 * A topic as rows: its pairs (one provision per column, the word difference between the first two), the
 * provisions without a counterpart, then every provision cited, column by column.
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
  if (cells.some((c) => c.length > 0)) rows.push({kind: 'text', title: 'Provisions', cells})
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

/**
 * An aspect of the review's Table 1 as a comparison topic of two columns, laid out as the review lays it out
 * (laws beside laws, decisions beside decisions): Table 1 is one comparison among others.
 */
export function compareAspectAsTopic(corpus: Corpus, aspect: AspectData): TopicComparison {
  const c = compareAspect(corpus, aspect)
  const topic: TopicData = {
    id: aspect.id,
    title: aspect.title,
    cited: {labour: aspect.labour, socialSecurity: aspect.socialSecurity},
    pairs: (aspect.pairs ?? []).map((p) => ({provisions: {labour: p.labour, socialSecurity: p.socialSecurity}, basis: p.basis, note: p.note})),
    unpaired: aspect.unpaired,
    standards: aspect.standards
  }
  return {
    topic,
    columns: tableOneColumns,
    rows: c.rows.map((r) => ({kind: r.kind === 'quoted' ? 'text' : r.kind, title: r.title, cells: [r.labour, r.socialSecurity], changes: r.changes, basis: r.basis, note: r.note})),
    standards: c.standards,
    unresolved: c.unresolved
  }
}
