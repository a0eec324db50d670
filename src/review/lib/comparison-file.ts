import {isScalar, stringify, type Node as YamlNode} from 'yaml'
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import {isProvisionId, type Corpus} from '../../model/index.ts'
import {provisionProblem} from './check-review-data.ts'
import type {Citation, DataLocation, StandardReference, Unpaired} from './types.ts'
import {YamlReader} from './yaml-reader.ts'
import {readCitationNode, readStandardNode, readUnpairedNode} from './load-review-data.ts'

// A comparison a user makes (`comparisons/<id>.yaml` in a workspace): the schema of the review's
// `corpus/data/aspects.yaml` with its two fixed columns (`labour`, `socialSecurity`) generalised to any number of
// named columns. Each topic lists, under each column's key, the provisions cited there; a pair names one provision
// per column key. docs/comparisons.md describes the format.

/** One column of a comparison: an instrument, or a framework of several. */
export interface ComparisonColumn {
  /** The key the topics and pairs use for this column: `eritrea`, `c81`, `labour`. */
  key: string
  title: string
  /** The instruments the column draws on (ids), for suggestions and for the reader; may be empty. */
  instruments: Array<string>
  location: DataLocation
}

/** Provisions set against each other across columns: one provision id per column key (at least two). */
export interface ComparisonPair {
  provisions: Record<string, string>
  /** `review` when a source pairs them, `editorial` when the pairing is the author's (the default). */
  basis: 'review' | 'editorial'
  note?: string | undefined
  location: DataLocation
  /** By column key, where that column's id is written (for errors that name the id's own line and column). */
  places?: Record<string, DataLocation> | undefined
}

/** One topic (row group) of a comparison. */
export interface ComparisonTopic {
  id: string
  title: string
  /** By column key, the provisions cited for the topic in that column. */
  cited: Record<string, Array<Citation>>
  pairs: Array<ComparisonPair>
  unpaired: Array<Unpaired>
  standards: Array<StandardReference>
  /** Provisions the author ruled out for the topic: the editor's suggestions leave them out. */
  dismissed: Array<{provision: string; location: DataLocation}>
  /** The author's notes on the topic. */
  note?: string | undefined
  location: DataLocation
}

/** A comparison file as read. */
export interface ComparisonFile {
  id: string
  title: string
  columns: Array<ComparisonColumn>
  topics: Array<ComparisonTopic>
  /** The author's notes on the whole comparison. */
  note?: string | undefined
  file: string
}

const topicKeys = ['id', 'title', 'pairs', 'unpaired', 'standards', 'dismissed', 'note']
const columnKey = /^[a-zA-Z][a-zA-Z0-9-]*$/u
const recordId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u

/** The id a comparison file gets from its name: `comparisons/eritrea-and-c81.yaml` → `eritrea-and-c81`. */
export function comparisonIdOf(path: string): string {
  return (path.split(/[\\/]/u).at(-1) ?? path).replace(/\.ya?ml$/iu, '')
}

/**
 * Reads one topic under the given column keys: the review's aspects (columns `labour` and `socialSecurity`) and a
 * user's topics are read by this one function.
 */
export function readTopic(reader: YamlReader, node: YamlNode | null, columns: ReadonlyArray<string>, what = 'a topic'): ComparisonTopic | undefined {
  const f = reader.fields(node, what, ['id', 'title'], [...columns, ...topicKeys.slice(2)])
  if (!f) return undefined
  const topicId = f.text('id')
  if (topicId !== undefined && !recordId.test(topicId)) {
    reader.error(`The id \`${topicId}\` of ${what} must be lower-case letters, digits and single hyphens`, f.valueNode('id'), 'review-id')
  }
  const title = f.text('title')
  const cited: Record<string, Array<Citation>> = {}
  for (const key of columns) {
    cited[key] = []
    for (const item of reader.items(f.valueNode(key), `\`${key}\``)) {
      const c = readCitationNode(reader, item)
      if (c) cited[key]!.push(c)
    }
  }
  const pairs: Array<ComparisonPair> = []
  for (const item of reader.items(f.valueNode('pairs'), '`pairs`')) {
    const p = reader.fields(item, 'a pair', [], [...columns, 'basis', 'note'])
    if (!p) continue
    const provisions: Record<string, string> = {}
    const places: Record<string, DataLocation> = {}
    let malformed = false
    for (const key of columns) {
      const value = p.has(key) ? p.text(key) : undefined
      if (value === undefined) continue
      if (!isProvisionId(value)) {
        reader.error(`\`${value}\` under \`${key}\` in a pair is not a provision id`, p.valueNode(key), 'review-provision-id', 'write e.g. `md-4139/art-18/item-2` (instrument/art-N, then item-… or para-…)')
        malformed = true
        continue
      }
      provisions[key] = value
      places[key] = reader.location(p.valueNode(key))
    }
    if (malformed) continue
    if (Object.keys(provisions).length < 2) {
      reader.error(`A pair names one provision under each of at least two column keys (${columns.join(', ')})`, item, 'review-pair')
      continue
    }
    const basis = p.has('basis') ? p.oneOf('basis', ['review', 'editorial'] as const) : 'editorial'
    if (basis === undefined) continue
    pairs.push({provisions, basis, note: p.text('note'), location: reader.location(item), places})
  }
  const unpaired: Array<Unpaired> = []
  for (const item of reader.items(f.valueNode('unpaired'), '`unpaired`')) {
    const u = readUnpairedNode(reader, item)
    if (u) unpaired.push(u)
  }
  const standards: Array<StandardReference> = []
  for (const item of reader.items(f.valueNode('standards'), '`standards`')) {
    const s = readStandardNode(reader, item)
    if (s) standards.push(s)
  }
  const dismissed: Array<{provision: string; location: DataLocation}> = []
  for (const item of reader.items(f.valueNode('dismissed'), '`dismissed`')) {
    if (isScalar(item) && typeof item.value === 'string' && isProvisionId(item.value)) dismissed.push({provision: item.value, location: reader.location(item)})
    else reader.error('A dismissed provision is its id, e.g. `ll-2013/art-5`', item, 'review-provision-id')
  }
  if (topicId === undefined || !recordId.test(topicId) || title === undefined) return undefined
  return {id: topicId, title, cited, pairs, unpaired, standards, dismissed, note: f.text('note'), location: reader.location(node)}
}

/** Reads a comparison file; problems are messages at `file:line:column`, and a bad topic is left out. */
export function loadComparison(source: {path: string; text: string}): Result<ComparisonFile | undefined> {
  const reader = new YamlReader(source.path, source.text)
  const top = reader.parse()
  if (top === undefined) return {value: undefined, messages: reader.messages}
  const f = reader.fields(top, 'a comparison file', ['title', 'columns', 'topics'], ['id', 'note'])
  if (!f) return {value: undefined, messages: reader.messages}
  const columns: Array<ComparisonColumn> = []
  for (const item of reader.items(f.valueNode('columns'), '`columns`')) {
    const c = reader.fields(item, 'a column', ['key', 'title'], ['instruments'])
    if (!c) continue
    const key = c.text('key')
    const title = c.text('title')
    if (key !== undefined && (!columnKey.test(key) || topicKeys.includes(key))) {
      reader.error(`The column key \`${key}\` must be a letter then letters, digits or hyphens, and not one of ${topicKeys.join(', ')}`, c.valueNode('key'), 'review-id')
      continue
    }
    if (key !== undefined && columns.some((x) => x.key === key)) {
      reader.error(`Two columns have the key \`${key}\``, c.valueNode('key'), 'review-duplicate-id')
      continue
    }
    const instruments: Array<string> = []
    for (const i of reader.items(c.valueNode('instruments'), '`instruments`')) {
      if (isScalar(i) && typeof i.value === 'string') instruments.push(i.value)
      else reader.error('An instrument of a column is its id (text)', i, 'review-type')
    }
    if (key !== undefined && title !== undefined) columns.push({key, title, instruments, location: reader.location(item)})
  }
  if (f.has('columns') && columns.length < 2 && reader.messages.length === 0) {
    reader.error('A comparison needs at least two columns', f.valueNode('columns'), 'review-columns')
  }
  const topics: Array<ComparisonTopic> = []
  const keys = columns.map((c) => c.key)
  for (const item of reader.items(f.valueNode('topics'), '`topics`')) {
    const t = readTopic(reader, item, keys)
    if (!t) continue
    if (topics.some((x) => x.id === t.id)) reader.error(`Two topics have the id \`${t.id}\``, t.location.position, 'review-duplicate-id')
    else topics.push(t)
  }
  const title = f.text('title')
  const id = f.has('id') ? f.text('id') : comparisonIdOf(source.path)
  if (title === undefined || id === undefined) return {value: undefined, messages: reader.messages}
  return {value: {id, title, columns, topics, note: f.text('note'), file: source.path}, messages: reader.messages}
}

/**
 * Checks a comparison against the corpus: every provision it cites, pairs or leaves unpaired names an article,
 * paragraph or item that exists, at the id's own `file:line:column`. (The form of each id is checked on reading.)
 */
export function checkComparison(comparison: ComparisonFile, corpus: Corpus): Array<SynopticMessage> {
  const messages: Array<SynopticMessage> = []
  const check = (id: string, location: DataLocation, what: string): void => {
    const problem = provisionProblem(corpus, id, what)
    if (problem) messages.push(createMessage(problem.severity, problem.reason, {file: location.file, place: location.position, source: 'synoptic-review', ruleId: problem.ruleId, note: problem.note}))
  }
  for (const topic of comparison.topics) {
    const what = `Topic \`${topic.id}\`:`
    for (const column of comparison.columns) for (const c of topic.cited[column.key] ?? []) check(c.provision, c.location, `${what} the provision`)
    for (const pair of topic.pairs) {
      for (const [key, id] of Object.entries(pair.provisions)) check(id, pair.places?.[key] ?? pair.location, `${what} the paired provision`)
    }
    for (const u of topic.unpaired) check(u.provision, u.location, `${what} the unpaired provision`)
    for (const d of topic.dismissed) check(d.provision, d.location, `${what} the dismissed provision`)
  }
  return messages
}

/** What `comparisonYaml` writes: a comparison without its file locations. */
export interface ComparisonDraft {
  id: string
  title: string
  note?: string | undefined
  columns: ReadonlyArray<{key: string; title: string; instruments: ReadonlyArray<string>}>
  topics: ReadonlyArray<{
    id: string
    title: string
    note?: string | undefined
    cited: Readonly<Record<string, ReadonlyArray<{provision: string; note?: string | undefined}>>>
    pairs: ReadonlyArray<{provisions: Readonly<Record<string, string>>; basis?: 'review' | 'editorial' | undefined; note?: string | undefined}>
    unpaired?: ReadonlyArray<{provision: string; note?: string | undefined}> | undefined
    standards?: ReadonlyArray<{instrument: string; article: string}> | undefined
    dismissed?: ReadonlyArray<string> | undefined
  }>
}

/** A comparison as read, as the editor and `comparisonYaml` take it (nothing it holds is left out). */
export function comparisonDraftOf(c: ComparisonFile): ComparisonDraft {
  return {
    id: c.id,
    title: c.title,
    note: c.note,
    columns: c.columns.map((col) => ({key: col.key, title: col.title, instruments: [...col.instruments]})),
    topics: c.topics.map((t) => ({
      id: t.id,
      title: t.title,
      note: t.note,
      cited: Object.fromEntries(Object.entries(t.cited).map(([k, v]) => [k, v.map((x) => ({provision: x.provision, note: x.note}))])),
      pairs: t.pairs.map((p) => ({provisions: {...p.provisions}, basis: p.basis, note: p.note})),
      unpaired: t.unpaired.map((u) => ({provision: u.provision, note: u.note})),
      standards: t.standards.map((x) => ({instrument: x.instrument, article: x.article})),
      dismissed: t.dismissed.length > 0 ? t.dismissed.map((d) => d.provision) : undefined
    }))
  }
}

/**
 * The review's Table 1 (or some of its aspects) as a comparison of the same schema, to copy into a workspace and
 * edit: the columns `labour` and `socialSecurity`, each aspect a topic. Provisions another table quotes for an
 * aspect are cited with a note saying so; the instruments of a column are those its citations name.
 */
type Cite = {provision: string; note?: string | undefined}
/** An aspect of Table 1 as the views hold it (the review loader's `Aspect`, or the same without file locations). */
export interface AspectOfTable {
  id: string
  title: string
  labour: ReadonlyArray<Cite>
  socialSecurity: ReadonlyArray<Cite>
  standards?: ReadonlyArray<{instrument: string; article: string}> | undefined
  pairs?: ReadonlyArray<{labour: string; socialSecurity: string; basis?: string | undefined; note?: string | undefined}> | undefined
  unpaired?: ReadonlyArray<Cite> | undefined
  quoted?: {labour?: ReadonlyArray<Cite> | undefined; socialSecurity?: ReadonlyArray<Cite> | undefined} | undefined
}

export function aspectsAsComparison(aspects: ReadonlyArray<AspectOfTable>, id: string, title: string): ComparisonDraft {
  const sides = (a: AspectOfTable, side: 'labour' | 'socialSecurity'): Array<Cite> => [
    ...a[side].map((c) => ({provision: c.provision, note: c.note})),
    ...(a.quoted?.[side] ?? []).map((c) => ({provision: c.provision, note: c.note ?? 'quoted by another table of the review'}))
  ]
  const instrumentsOf = (side: 'labour' | 'socialSecurity'): Array<string> => [...new Set(aspects.flatMap((a) => sides(a, side).map((c) => c.provision.split('/')[0]!)))]
  return {
    id,
    title,
    columns: [
      {key: 'labour', title: 'Labour inspection', instruments: instrumentsOf('labour')},
      {key: 'socialSecurity', title: 'Social security inspection', instruments: instrumentsOf('socialSecurity')}
    ],
    topics: aspects.map((a) => ({
      id: a.id,
      title: a.title,
      cited: {labour: sides(a, 'labour'), socialSecurity: sides(a, 'socialSecurity')},
      pairs: (a.pairs ?? []).map((p) => ({provisions: {labour: p.labour, socialSecurity: p.socialSecurity}, basis: p.basis === 'review' ? ('review' as const) : ('editorial' as const), note: p.note})),
      unpaired: (a.unpaired ?? []).map((u) => ({provision: u.provision, note: u.note})),
      standards: (a.standards ?? []).map((x) => ({instrument: x.instrument, article: x.article}))
    }))
  }
}

/** The YAML text of a comparison, in the schema `loadComparison` reads (what the app saves). */
export function comparisonYaml(c: ComparisonDraft): string {
  const clean = <T extends Record<string, unknown>>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T
  const doc = clean({
    id: c.id,
    title: c.title,
    note: c.note,
    columns: c.columns.map((col) => clean({key: col.key, title: col.title, instruments: col.instruments.length ? [...col.instruments] : undefined})),
    topics: c.topics.map((t) =>
      clean({
        id: t.id,
        title: t.title,
        ...Object.fromEntries(c.columns.map((col) => [col.key, (t.cited[col.key] ?? []).map((x) => clean({provision: x.provision, note: x.note}))])),
        pairs: t.pairs.map((p) => clean({...p.provisions, basis: p.basis, note: p.note})),
        unpaired: t.unpaired?.length ? t.unpaired.map((u) => clean({provision: u.provision, note: u.note})) : undefined,
        standards: t.standards?.length ? t.standards.map((x) => ({instrument: x.instrument, article: x.article})) : undefined,
        dismissed: t.dismissed?.length ? [...t.dismissed] : undefined,
        note: t.note
      })
    )
  })
  return `# A comparison made in Synoptic (docs/comparisons.md).\n${stringify(doc, {lineWidth: 0})}`
}
