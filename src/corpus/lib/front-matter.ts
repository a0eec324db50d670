import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode} from 'yaml'
import {createMessage, type SynopticMessage} from '../../message/index.ts'
import {instrumentKinds as kinds, translationStatuses as translations, type InstrumentKind, type Point, type TranslationStatus} from '../../model/index.ts'

/** The front matter's values after checking, before they become an Instrument. */
export interface FrontMatter {
  id: string
  title: string
  kind: InstrumentKind
  jurisdiction: string
  language: string
  source: string
  translation: TranslationStatus
  number?: string | undefined
  date?: string | undefined
  aliases: Array<string>
  notes?: string | undefined
  base?: string | undefined
  author?: string | undefined
  status?: string | undefined
  extra: Record<string, string>
}

const required = ['id', 'title', 'kind', 'jurisdiction', 'language', 'source'] as const
const optional = ['translation', 'number', 'date', 'aliases', 'notes', 'base', 'author', 'status'] as const
/** Provenance keys kept as given (the conventions' sources carry them). */
export const extraKeys = ['url', 'adopted_at', 'completeness', 'editorial_changes', 'origin'] as const
const known = new Set<string>([...required, ...optional, ...extraKeys])

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/**
 * Parses and checks the YAML between the `---` lines. `start` is where the YAML text begins in the file,
 * so that messages point into the file, not into the YAML.
 */
export function readFrontMatter(yamlText: string, start: Point, file: string): {value: FrontMatter | undefined; messages: Array<SynopticMessage>} {
  const messages: Array<SynopticMessage> = []
  const lineCounter = new LineCounter()
  const doc = parseDocument(yamlText, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const at = (offset: number): Point => {
    const p = lineCounter.linePos(offset)
    return {line: start.line + p.line - 1, column: p.line === 1 ? start.column + p.col - 1 : p.col, offset: start.offset + offset}
  }
  const fail = (reason: string, offset: number, ruleId: string, note?: string) =>
    messages.push(createMessage('error', reason, {file, place: at(offset), source: 'synoptic-parse', ruleId, note}))

  for (const error of doc.errors) {
    fail(`The front matter is not valid YAML: ${error.message.split('\n')[0]}`, error.pos[0], 'front-matter-yaml')
  }
  if (doc.errors.length > 0) return {value: undefined, messages}
  if (!isMap(doc.contents)) {
    fail('The front matter must be a list of `key: value` lines (id, title, kind, …)', 0, 'front-matter-shape')
    return {value: undefined, messages}
  }

  const values = new Map<string, {value: unknown; node: YamlNode | null; keyOffset: number}>()
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    const keyOffset = isScalar(pair.key) && pair.key.range ? pair.key.range[0] : 0
    if (!known.has(key)) {
      fail(`Unknown front matter key \`${key}\``, keyOffset, 'unknown-key', `allowed: ${[...required, ...optional, ...extraKeys].join(', ')}`)
      continue
    }
    const node = (pair.value ?? null) as YamlNode | null
    values.set(key, {value: node && (isScalar(node) || isSeq(node) || isMap(node)) ? node.toJSON() : node, node, keyOffset})
  }
  const offsetOf = (key: string): number => {
    const entry = values.get(key)
    return entry?.node?.range?.[0] ?? entry?.keyOffset ?? 0
  }
  const text = (key: string): string | undefined => {
    const entry = values.get(key)
    if (!entry || entry.value === null || entry.value === undefined) return undefined
    if (typeof entry.value === 'object' || typeof entry.value === 'boolean') {
      fail(`\`${key}\` must be text`, offsetOf(key), 'front-matter-type')
      return undefined
    }
    const s = String(entry.value).trim()
    return s === '' ? undefined : s
  }

  for (const key of required) {
    if (text(key) === undefined && !messages.some((m) => m.ruleId === 'front-matter-type' && m.reason.startsWith(`\`${key}\``))) {
      fail(`The front matter lacks \`${key}\`, which every corpus file needs`, 0, 'missing-key')
    }
  }
  const id = text('id')
  if (id !== undefined && !idPattern.test(id)) {
    fail(`The id \`${id}\` must be lower-case letters, digits and single hyphens (e.g. \`md-4139\`)`, offsetOf('id'), 'bad-id')
  }
  const kind = text('kind')
  if (kind !== undefined && !kinds.includes(kind as InstrumentKind)) {
    fail(`Unknown kind \`${kind}\``, offsetOf('kind'), 'bad-kind', `use one of ${kinds.join(', ')}`)
  }
  const translation = text('translation') ?? 'authentic'
  if (!translations.includes(translation as TranslationStatus)) {
    fail(`Unknown translation status \`${translation}\``, offsetOf('translation'), 'bad-translation', `use one of ${translations.join(', ')}`)
  }
  // The YAML 1.2 core schema keeps an unquoted 2018-06-27 as text, as written.
  const date = text('date')
  if (date !== undefined && !isIsoDate(date)) {
    fail(`The date \`${date}\` is not a real date written YYYY-MM-DD`, offsetOf('date'), 'bad-date')
  }
  let aliases: Array<string> = []
  const rawAliases = values.get('aliases')
  if (rawAliases && rawAliases.value !== null) {
    const list = Array.isArray(rawAliases.value) ? rawAliases.value : [rawAliases.value]
    aliases = list.map(String)
    for (const alias of aliases) {
      if (!idPattern.test(alias)) fail(`The alias \`${alias}\` is not a valid id`, offsetOf('aliases'), 'bad-id')
    }
  }
  const base = text('base')
  if (kind === 'draft' && base === undefined) fail('A draft must name its `base` instrument (e.g. `base: ssl-2018`)', 0, 'draft-without-base')
  if (kind !== undefined && kind !== 'draft' && base !== undefined) fail('Only drafts have a `base`', offsetOf('base'), 'base-not-draft')

  if (messages.length > 0) return {value: undefined, messages}
  const extra: Record<string, string> = {}
  for (const key of extraKeys) {
    const v = text(key)
    if (v !== undefined) extra[key] = v
  }
  return {
    value: {
      id: id!,
      title: text('title')!,
      kind: kind as InstrumentKind,
      jurisdiction: text('jurisdiction')!,
      language: text('language')!,
      source: text('source')!,
      translation: translation as TranslationStatus,
      number: text('number'),
      date,
      aliases,
      notes: text('notes'),
      base,
      author: text('author'),
      status: text('status'),
      extra
    },
    messages
  }
}
