// Reads the real-world development set (test/conformity/realworld/): one YAML file per country, in a `tuning/` or
// `validation/` folder, and `split.yaml`, the recorded list of countries in each split. See docs/rules.md,
// "Development set". Every problem is reported as file:line:column and what is wrong.
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {isMap, isSeq, LineCounter, parseDocument, type Node} from 'yaml'
import {z} from 'zod'

export const splits = ['tuning', 'validation'] as const
export type Split = (typeof splits)[number]

/** What the row's source supports: a conflict with a convention article, a conforming provision, or a trap that should draw no conflict. */
export const labels = ['conflict', 'conforms', 'not-applicable'] as const
export type Label = (typeof labels)[number]

/** The families of issue 11, section 2: each row belongs to one. */
export const categories = [
  // Free entry (C81 12(1)(a), C129 16(1)(a)).
  'prior-notice', 'consent', 'authorisation', 'working-hours', 'employer-presence', 'frequency-limit', 'moratorium',
  'plan-only',
  // Conduct of the visit.
  'presence-notification', 'powers', 'orders', 'accident-notification',
  // Prohibitions on inspectors (15).
  'inspector-interest', 'secrecy', 'complaint-confidentiality',
  // Enforcement (17, 18).
  'prompt-proceedings', 'penalties',
  // The inspectorate (6, 7, 10) and its reports (19-21, and inspection reports that need the employer's signature).
  'status', 'recruitment-training', 'inspector-numbers', 'reports', 'report-signature'
] as const
export type Category = (typeof categories)[number]

/** Wording features that make a row hard (documentation; eval can group by them). */
export const features = ['passive', 'negation', 'exception', 'number-words', 'anaphora', 'list', 'long'] as const

/** Countries whose texts are kept for an independent evaluation, and the two the repository's own tests use. */
export const excludedCountries = [
  'India', 'Ghana', 'Poland', 'Venezuela', 'Malaysia', 'Kazakhstan', 'Serbia', 'Cuba', 'Ukraine', 'Russian Federation',
  'Russia', 'Lebanon', 'Uzbekistan', 'Kyrgyzstan', 'Republic of Moldova', 'Moldova', 'Cayman Islands', 'Sri Lanka',
  'United Arab Emirates', 'Malawi', 'France', 'Ireland', 'United States', 'Guyana', 'Eritrea', 'Lao PDR', 'Laos',
  "Lao People's Democratic Republic"
]
/** Country-code domains of the excluded countries: a source there is refused. */
const excludedDomains = ['in', 'gh', 'pl', 've', 'my', 'kz', 'rs', 'cu', 'ua', 'ru', 'lb', 'uz', 'kg', 'md', 'ky', 'lk', 'ae', 'mw', 'fr', 'ie', 'us', 'gy', 'er', 'la']
/** Document mirrors under such a domain that host ILO publications, not national law. */
const mirrorHosts = ['vdocument.in', 'fdocuments.in']

/** `C081 12(1)(a)`, `C129 16(3)`, or `ILO-GP-2022` (the ILO guidance the review cites, no article). */
const standardPattern = /^(C081|C129) \d+(\([0-9a-z]+\))*$|^ILO-GP-2022$/

const contextSchema = z.strictObject({
  /** The heading of the chapter or part the provision sits in, e.g. "Labour inspection". */
  heading: z.string().min(1).optional(),
  /** Who the provision is about: "labour inspector", "employer", "Labour Relations Board". */
  actor: z.string().min(1).optional()
})
export type RowContext = z.infer<typeof contextSchema>

const rowSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lower case with dashes, e.g. "albania-3"'),
  source: z.string().regex(/^https?:\/\/\S+$/, 'a source is the http(s) address of the public text').optional(),
  instrument: z.string().min(1).optional(),
  article: z.string().min(1),
  articles: z.array(z.string().regex(standardPattern, 'write a convention article as "C081 12(1)(a)" or "C129 16(3)"')).min(1),
  category: z.enum(categories),
  label: z.enum(labels),
  text: z.string().min(20),
  features: z.array(z.enum(features)).optional(),
  context: contextSchema.optional(),
  note: z.string().min(1).optional(),
  variant_of: z.string().optional()
})

const fileSchema = z.strictObject({
  country: z.string().min(2),
  source: z.string().regex(/^https?:\/\/\S+$/).optional(),
  instrument: z.string().min(1).optional(),
  rows: z.array(z.unknown()).min(1)
})

const splitSchema = z.strictObject({tuning: z.array(z.string().min(2)), validation: z.array(z.string().min(2))})

/** One provision of the development set, with what its file gives every row filled in. */
export interface DevelopmentRow {
  id: string
  country: string
  split: Split
  source: string
  instrument: string
  article: string
  /** The convention articles concerned; for a conflict, a finding citing any one of them is the expected one. */
  articles: Array<string>
  category: Category
  label: Label
  text: string
  features: Array<string>
  context?: RowContext | undefined
  note?: string | undefined
  /** A realistic rewording of another row of the same country (not counted as a sourced row). */
  variantOf?: string | undefined
  /** `file:line:column` of the row. */
  place: string
}

export interface DevelopmentSet {
  rows: Array<DevelopmentRow>
  /** Countries of each split, as recorded in split.yaml. */
  split: Record<Split, Array<string>>
  /** Problems, each `file:line:column: message`. */
  problems: Array<string>
}

export const developmentSetDir = join(import.meta.dirname, '../../test/conformity/realworld')

function zodProblem(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ')
}

/** The host of an address, or undefined when it is not one. */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return undefined
  }
}

/** Why a source address is refused, if it is. */
export function refusedSource(url: string): string | undefined {
  const host = hostOf(url)
  if (!host) return 'the source is not a valid address'
  if (mirrorHosts.some((h) => host === h || host.endsWith(`.${h}`))) return undefined
  const tld = host.split('.').pop() ?? ''
  return excludedDomains.includes(tld) ? `the source is under .${tld}, the domain of a country kept out of the set` : undefined
}

/** Whether a text names an excluded country (as a whole word). */
export function namesExcludedCountry(text: string): string | undefined {
  return excludedCountries.find((c) => new RegExp(`\\b${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text))
}

/** Reads every file of the set under `dir`. */
export function loadDevelopmentSet(dir = developmentSetDir): DevelopmentSet {
  const problems: Array<string> = []
  const rows: Array<DevelopmentRow> = []
  const rel = (file: string) => relative(process.cwd(), file) || file

  const splitFile = join(dir, 'split.yaml')
  let split: Record<Split, Array<string>> = {tuning: [], validation: []}
  const parsedSplit = splitSchema.safeParse(parseDocument(readFileSync(splitFile, 'utf8')).toJS())
  if (parsedSplit.success) split = parsedSplit.data
  else problems.push(`${rel(splitFile)}:1:1: ${zodProblem(parsedSplit.error)}`)

  for (const part of splits) {
    const folder = join(dir, part)
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort()) {
      const file = join(folder, name)
      const lines = new LineCounter()
      const doc = parseDocument(readFileSync(file, 'utf8'), {lineCounter: lines, uniqueKeys: true, prettyErrors: false})
      const at = (node: Node | null | undefined) => {
        const {line, col} = lines.linePos(node?.range?.[0] ?? 0)
        return `${rel(file)}:${Math.max(line, 1)}:${Math.max(col, 1)}`
      }
      if (doc.errors.length > 0) {
        for (const e of doc.errors) {
          const {line, col} = lines.linePos(e.pos[0])
          problems.push(`${rel(file)}:${line}:${col}: the YAML cannot be read: ${e.message.split('\n')[0]}`)
        }
        continue
      }
      const head = fileSchema.safeParse(doc.toJS())
      if (!head.success) {
        problems.push(`${at(doc.contents as Node)}: ${zodProblem(head.error)}`)
        continue
      }
      const {country} = head.data
      const excluded = namesExcludedCountry(country)
      if (excluded) problems.push(`${at(doc.contents as Node)}: ${country} is kept out of the development set`)
      if (!split[part].includes(country)) {
        const other = splits.find((s) => s !== part && split[s].includes(country))
        problems.push(`${at(doc.contents as Node)}: ${country} is in the ${part} folder but split.yaml lists it ${other ? `under ${other}` : 'nowhere'}`)
      }
      const rowsNode = isMap(doc.contents) ? doc.contents.get('rows', true) : undefined
      const rowNodes = isSeq(rowsNode) ? rowsNode.items : []
      head.data.rows.forEach((raw, n) => {
        const node = rowNodes[n] as Node | undefined
        const place = at(node)
        const parsed = rowSchema.safeParse(raw)
        if (!parsed.success) {
          problems.push(`${place}: ${zodProblem(parsed.error)}`)
          return
        }
        const r = parsed.data
        const source = r.source ?? head.data.source
        const instrument = r.instrument ?? head.data.instrument
        // A variant takes its source and instrument from the row it rewords (checked once all rows are read).
        if (!source && !r.variant_of) problems.push(`${place}: row ${r.id} has no source (give one on the row or for the whole file)`)
        if (!instrument && !r.variant_of) problems.push(`${place}: row ${r.id} has no instrument (give one on the row or for the whole file)`)
        if (source) {
          const refused = refusedSource(source)
          if (refused) problems.push(`${place}: row ${r.id}: ${refused}`)
        }
        const named = namesExcludedCountry(`${r.text} ${instrument ?? ''}`)
        if (named) problems.push(`${place}: row ${r.id} names ${named}, a country kept out of the development set`)
        rows.push({
          id: r.id, country, split: part, source: source ?? '', instrument: instrument ?? '', article: r.article,
          articles: r.articles, category: r.category, label: r.label, text: r.text.trim(), features: r.features ?? [],
          context: r.context, note: r.note, variantOf: r.variant_of, place
        })
      })
    }
  }

  const byId = new Map<string, DevelopmentRow>()
  for (const row of rows) {
    const seen = byId.get(row.id)
    if (seen) problems.push(`${row.place}: the id ${row.id} is already used at ${seen.place}`)
    else byId.set(row.id, row)
  }
  const byText = new Map<string, DevelopmentRow>()
  for (const row of rows) {
    const key = row.text.toLowerCase().replace(/\s+/g, ' ')
    const seen = byText.get(key)
    if (seen) problems.push(`${row.place}: row ${row.id} has the same text as ${seen.id} (${seen.place})`)
    else byText.set(key, row)
  }
  for (const row of rows) {
    if (!row.variantOf) continue
    const original = byId.get(row.variantOf)
    if (!original) problems.push(`${row.place}: row ${row.id} is a variant of ${row.variantOf}, which does not exist`)
    else if (original.country !== row.country) problems.push(`${row.place}: row ${row.id} is a variant of ${original.id}, a row of another country (${original.country})`)
    else if (original.variantOf) problems.push(`${row.place}: row ${row.id} is a variant of ${original.id}, itself a variant; name the sourced row`)
    else {
      if (!row.source) row.source = original.source
      if (!row.instrument) row.instrument = original.instrument
    }
  }
  for (const country of split.tuning.filter((c) => split.validation.includes(c))) {
    problems.push(`${rel(splitFile)}:1:1: ${country} is listed under both tuning and validation`)
  }
  return {rows, split, problems}
}
