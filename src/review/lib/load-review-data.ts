import {isScalar, isSeq, type Node as YamlNode} from 'yaml'
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import type {
  Aspect, AspectId, Citation, DataLocation, EnforcementProcedure, EnforcementStep, Fine, FineAmount, FineUnit, Framework, Pair,
  ReviewData, StandardInstrument, StandardReference, Unpaired, WarningRequirement
} from './types.ts'
import {YamlReader, type Fields} from './yaml-reader.ts'
import {isProvisionId} from '../../model/index.ts'

export const aspectIds: ReadonlyArray<AspectId> = ['mandate', 'content', 'forms', 'requirements', 'prohibitions', 'powers-duties', 'measures', 'fines']
const frameworks: ReadonlyArray<Framework> = ['labour', 'social-security']
const standardInstruments: ReadonlyArray<StandardInstrument> = ['C081', 'C129', 'P081', 'R081']
const fineUnits: ReadonlyArray<FineUnit> = ['occasion', 'worker', 'person', 'day', 'month', 'period']
const warningRequirements: ReadonlyArray<WarningRequirement> = ['required', 'not-required', 'not-stated']

/** `ll-2013/art-173`, `md-4277/art-10/item-1_2`, `ssl-2018/art-112/para-2`, `annex-1/art-new-1`. */
/** `12`, `12(1)(a)`, `10(a)(ii)`. */
const standardArticle = /^\d+[a-z]?(?:\([0-9a-z]+\))*$/u
const recordId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u

/** True for the files this loader reads: YAML under a `data/` folder. */
export function isReviewDataFile(path: string): boolean {
  return /(^|\/)data\//u.test(path.replace(/\\/gu, '/')) && /\.ya?ml$/iu.test(path)
}

/**
 * Reads the review's structured data (aspects of Table 1, fines, enforcement procedures) from the YAML files
 * among `sources` whose path contains `data/`. Every file may hold any of the top-level keys `aspects`, `fines`
 * and `procedures`; their lists are joined. Problems are messages at `file:line:column`; a bad record is left out
 * and the rest are kept. Whether the provisions named exist is `checkReviewData`'s concern.
 */
export function loadReviewData(sources: ReadonlyArray<{path: string; text: string}>): Result<ReviewData> {
  const data: ReviewData = {aspects: [], fines: [], procedures: []}
  const messages: Array<SynopticMessage> = []
  for (const source of sources) {
    if (!isReviewDataFile(source.path)) continue
    const reader = new YamlReader(source.path, source.text)
    const top = reader.parse()
    if (top !== undefined) {
      const fields = reader.fields(top, 'a review data file', [], ['aspects', 'fines', 'procedures'])
      if (fields) {
        for (const node of reader.items(fields.valueNode('aspects'), '`aspects`')) push(data.aspects, readAspect(reader, node))
        for (const node of reader.items(fields.valueNode('fines'), '`fines`')) push(data.fines, readFine(reader, node))
        for (const node of reader.items(fields.valueNode('procedures'), '`procedures`')) push(data.procedures, readProcedure(reader, node))
      }
    }
    messages.push(...reader.messages)
  }
  messages.push(...checkWithin(data))
  return {value: data, messages}
}

function push<T>(list: Array<T>, value: T | undefined): void {
  if (value !== undefined) list.push(value)
}

function provision(reader: YamlReader, fields: Fields, key: string): string | undefined {
  const value = fields.text(key)
  if (value !== undefined && !isProvisionId(value)) {
    reader.error(`\`${value}\` is not a provision id`, fields.valueNode(key), 'review-provision-id', 'write e.g. `md-4139/art-18/item-2` (instrument/art-N, then item-… or para-…)')
    return undefined
  }
  return value
}

function id(reader: YamlReader, fields: Fields, what: string): string | undefined {
  const value = fields.text('id')
  if (value !== undefined && !recordId.test(value)) {
    reader.error(`The id \`${value}\` of ${what} must be lower-case letters, digits and single hyphens`, fields.valueNode('id'), 'review-id')
    return undefined
  }
  return value
}

function readCitation(reader: YamlReader, node: YamlNode | null): Citation | undefined {
  const f = reader.fields(node, 'a citation', ['provision'], ['note'])
  const cited = f && provision(reader, f, 'provision')
  if (!f || cited === undefined) return undefined
  return {provision: cited, note: f.text('note'), location: reader.location(node)}
}

function readStandard(reader: YamlReader, node: YamlNode | null): StandardReference | undefined {
  const f = reader.fields(node, 'a standard', ['instrument', 'article'], [])
  if (!f) return undefined
  const instrument = f.oneOf('instrument', standardInstruments)
  const article = f.text('article')
  if (article !== undefined && !standardArticle.test(article)) {
    reader.error(`The article \`${article}\` is not an ILO article reference`, f.valueNode('article'), 'review-standard-article', 'write e.g. `12` or `12(1)(a)`')
    return undefined
  }
  if (instrument === undefined || article === undefined) return undefined
  return {instrument, article, location: reader.location(node)}
}

function readPair(reader: YamlReader, node: YamlNode | null): Pair | undefined {
  const f = reader.fields(node, 'a pair', ['labour', 'socialSecurity', 'basis'], ['note'])
  if (!f) return undefined
  const labour = provision(reader, f, 'labour')
  const socialSecurity = provision(reader, f, 'socialSecurity')
  const basis = f.oneOf('basis', ['review', 'editorial'] as const)
  if (labour === undefined || socialSecurity === undefined || basis === undefined) return undefined
  return {labour, socialSecurity, basis, note: f.text('note'), location: reader.location(node)}
}

function readUnpaired(reader: YamlReader, node: YamlNode | null): Unpaired | undefined {
  const f = reader.fields(node, 'an unpaired provision', ['provision'], ['note'])
  const cited = f && provision(reader, f, 'provision')
  if (!f || cited === undefined) return undefined
  return {provision: cited, note: f.text('note'), location: reader.location(node)}
}

/** `quoted`: per framework, provisions other tables of the review quote for the aspect (Table 2 quotes Decision 4277, article 2). */
function readQuoted(reader: YamlReader, node: YamlNode | null | undefined): Aspect['quoted'] {
  const quoted = {labour: [] as Array<Citation>, socialSecurity: [] as Array<Citation>}
  if (node === undefined) return quoted
  const f = reader.fields(node, '`quoted`', [], ['labour', 'socialSecurity'])
  if (!f) return quoted
  for (const key of ['labour', 'socialSecurity'] as const) {
    for (const item of reader.items(f.valueNode(key), `\`quoted.${key}\``)) push(quoted[key], readCitation(reader, item))
  }
  return quoted
}

function readAspect(reader: YamlReader, node: YamlNode | null): Aspect | undefined {
  const f = reader.fields(node, 'an aspect', ['id', 'title', 'labour', 'socialSecurity', 'standards'], ['pairs', 'unpaired', 'quoted'])
  if (!f) return undefined
  const aspectId = f.oneOf('id', aspectIds)
  const title = f.text('title')
  const list = <T>(key: string, what: string, read: (r: YamlReader, n: YamlNode | null) => T | undefined): Array<T> => {
    const out: Array<T> = []
    for (const item of reader.items(f.valueNode(key), what)) push(out, read(reader, item))
    return out
  }
  const aspect = {
    labour: list('labour', '`labour`', readCitation),
    socialSecurity: list('socialSecurity', '`socialSecurity`', readCitation),
    standards: list('standards', '`standards`', readStandard),
    pairs: list('pairs', '`pairs`', readPair),
    unpaired: list('unpaired', '`unpaired`', readUnpaired),
    quoted: readQuoted(reader, f.valueNode('quoted'))
  }
  if (aspectId === undefined || title === undefined) return undefined
  return {id: aspectId, title, ...aspect, location: reader.location(node)}
}

function readAmount(reader: YamlReader, node: YamlNode | null): FineAmount | undefined {
  const f = reader.fields(node, 'a fine amount', [], ['kip', 'rule', 'condition'])
  if (!f) return undefined
  const condition = f.text('condition')
  if (f.has('kip') === f.has('rule')) {
    reader.error('A fine amount needs either `kip` (a sum) or `rule` (how the law sets it), not both or neither', node, 'review-amount')
    return undefined
  }
  if (f.has('kip')) {
    const kip = f.count('kip', false)
    return typeof kip === 'number' ? {kind: 'fixed', kip, condition} : undefined
  }
  const rule = f.text('rule')
  return rule === undefined ? undefined : {kind: 'rule', rule, condition}
}

function readFine(reader: YamlReader, node: YamlNode | null): Fine | undefined {
  const f = reader.fields(node, 'a fine', ['id', 'framework', 'provision', 'offence', 'amounts', 'per', 'warnings'], ['procedure', 'note'])
  if (!f) return undefined
  const fineId = id(reader, f, 'a fine')
  const framework = f.oneOf('framework', frameworks)
  const cited = provision(reader, f, 'provision')
  const offence = f.text('offence')
  const amounts: Array<FineAmount> = []
  const amountNodes = reader.items(f.valueNode('amounts'), '`amounts`')
  for (const item of amountNodes) push(amounts, readAmount(reader, item))
  if (f.has('amounts') && isSeq(f.valueNode('amounts')) && amountNodes.length === 0) {
    reader.error('A fine needs at least one amount', f.valueNode('amounts'), 'review-amount')
  }
  const per: Array<FineUnit> = []
  for (const item of reader.items(f.valueNode('per'), '`per`')) {
    const value = isScalar(item) ? String(item.value) : ''
    if ((fineUnits as ReadonlyArray<string>).includes(value)) per.push(value as FineUnit)
    else reader.error(`\`${value}\` is not a unit of a fine; use one of ${fineUnits.join(', ')}`, item, 'review-value')
  }
  const warnings = f.oneOf('warnings', warningRequirements)
  const procedure = f.text('procedure')
  if (warnings === 'required' && procedure === undefined) {
    reader.error('A fine that needs the warning steps first must name their `procedure` (an id from enforcement data)', node, 'review-missing-key')
  }
  if (fineId === undefined || framework === undefined || cited === undefined || offence === undefined || warnings === undefined || amounts.length === 0) return undefined
  return {id: fineId, framework, provision: cited, offence, amounts, per, warnings, procedure, note: f.text('note'), location: reader.location(node)}
}

function readStep(reader: YamlReader, node: YamlNode | null): EnforcementStep | undefined {
  const f = reader.fields(node, 'an enforcement step', ['id', 'title', 'provision', 'trigger', 'days', 'sanction'], ['daysNote'])
  if (!f) return undefined
  const stepId = id(reader, f, 'a step')
  const title = f.text('title')
  const cited = provision(reader, f, 'provision')
  const trigger = f.text('trigger')
  const days = f.count('days', true)
  const sanction = f.flag('sanction')
  if (stepId === undefined || title === undefined || cited === undefined || trigger === undefined || days === undefined || sanction === undefined) return undefined
  return {id: stepId, title, provision: cited, trigger, days, daysNote: f.text('daysNote'), sanction, location: reader.location(node)}
}

function readProcedure(reader: YamlReader, node: YamlNode | null): EnforcementProcedure | undefined {
  const f = reader.fields(node, 'an enforcement procedure', ['id', 'framework', 'title', 'provision', 'steps'], [])
  if (!f) return undefined
  const procedureId = id(reader, f, 'a procedure')
  const framework = f.oneOf('framework', frameworks)
  const title = f.text('title')
  const cited = provision(reader, f, 'provision')
  const steps: Array<EnforcementStep> = []
  for (const item of reader.items(f.valueNode('steps'), '`steps`')) push(steps, readStep(reader, item))
  const seen = new Set<string>()
  for (const step of steps) {
    if (seen.has(step.id)) {
      reader.error(`Two steps of this procedure have the id \`${step.id}\``, step.location.position, 'review-duplicate-id')
    }
    seen.add(step.id)
  }
  if (procedureId === undefined || framework === undefined || title === undefined || cited === undefined) return undefined
  return {id: procedureId, framework, title, provision: cited, steps, location: reader.location(node)}
}

/** Checks that need all files read: ids unique across files, fines' procedures present and of the same framework. */
function checkWithin(data: ReviewData): Array<SynopticMessage> {
  const messages: Array<SynopticMessage> = []
  const error = (reason: string, location: DataLocation, ruleId: string) =>
    messages.push(createMessage('error', reason, {file: location.file, place: location.position, source: 'synoptic-review', ruleId}))
  const unique = (kind: string, records: ReadonlyArray<{id: string; location: DataLocation}>) => {
    const first = new Map<string, DataLocation>()
    for (const record of records) {
      const earlier = first.get(record.id)
      if (earlier) error(`The ${kind} \`${record.id}\` is defined twice (first at ${earlier.file}:${earlier.position.start.line})`, record.location, 'review-duplicate-id')
      else first.set(record.id, record.location)
    }
  }
  unique('aspect', data.aspects)
  unique('fine', data.fines)
  unique('procedure', data.procedures)
  const procedures = new Map(data.procedures.map((p) => [p.id, p]))
  for (const fine of data.fines) {
    if (fine.procedure === undefined) continue
    const procedure = procedures.get(fine.procedure)
    if (!procedure) error(`The fine \`${fine.id}\` names the procedure \`${fine.procedure}\`, which no data file defines`, fine.location, 'review-unknown-procedure')
    else if (procedure.framework !== fine.framework) {
      error(`The fine \`${fine.id}\` (${fine.framework}) names the procedure \`${fine.procedure}\` of the ${procedure.framework} framework`, fine.location, 'review-framework')
    }
  }
  return messages
}

// The record readers a comparison file shares with the review data (src/review/lib/comparison-file.ts).
export {readCitation as readCitationNode, readStandard as readStandardNode, readUnpaired as readUnpairedNode}
