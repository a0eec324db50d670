// Akoma Ntoso 3.0 XML → model. Reads Synoptic's own exports exactly (their `<proprietary>` metadata restores
// what AKN has no element for) and acts and bills as Indigo and Laws.Africa publish them: parts, chapters,
// sections with subsections, paragraphs and subparagraphs, lists, schedules. An element it does not know is
// kept as text with a warning; nothing in a well-formed document makes it fail.
import {parseInstrument, serializeInstrument} from '../../corpus/index.ts'
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import {
  articlesOf, articleStatuses, instrumentKinds, translationStatuses, walkProvisions, type AmendmentDeclaration, type DeclaredChange, type Article, type ArticleStatus, type Division, type Inline, type Instrument,
  type InstrumentDetails, type InstrumentKind, type Item, type Paragraph, type Point, type Position, type Provision, type TranslationStatus
} from '../../model/index.ts'
import {AKN_NS, eIdOf, languageTag, SYNOPTIC_NS} from './naming.ts'
import {NOT_AVAILABLE_REMARK, REPEALED_REMARK} from './to-akn.ts'
import {childNamed, elementsOf, readXml, textOf, type XmlElement, type XmlNode} from './xml-read.ts'

/** What the reader needs besides the XML; every field but `file` overrides what the document says. */
/** What the reader is told about the document: the shared details type, `id` included when given. */
export type AknReadOptions = InstrumentDetails

/** One unit of the document as the import view lists it beside the structure found. */
export interface AknBlock {
  kind: 'heading' | 'paragraph' | 'item'
  content: Array<Inline>
  /** The line of the element's start tag. */
  line: number
  endLine: number
}

/** The instrument read, and the blocks it was read from. */
export interface AknDocument {
  instrument: Instrument
  blocks: Array<AknBlock>
}

/** Containers above articles, and the Synoptic division each becomes (undefined: its articles are lifted out). */
const containers: Record<string, Division['kind'] | undefined> = {
  part: 'part', book: 'book', title: 'title', subpart: 'subpart', chapter: 'chapter', subchapter: 'sub-chapter', section: 'section',
  division: 'division', subtitle: undefined, subdivision: undefined, hcontainer: undefined, subsection: undefined, level: undefined
}
/** Hierarchical elements inside an article: numbered ones become items. */
const hierarchy = new Set([
  'paragraph', 'subparagraph', 'point', 'subsection', 'clause', 'subclause', 'list', 'indent', 'alinea', 'item', 'level', 'hcontainer',
  'section', 'article', 'rule', 'subrule', 'proviso', 'sublist', 'transitional', 'chapter', 'part', 'subpart', 'division', 'subdivision', 'tome', 'book', 'title', 'subtitle', 'subchapter'
])
/** Inline elements whose words are kept as they stand, without a warning. */
const plainInline = new Set([
  'span', 'u', 'sup', 'sub', 'ref', 'mref', 'rref', 'term', 'def', 'abbr', 'date', 'time', 'docTitle', 'docNumber', 'docType', 'docDate',
  'docProponent', 'docStatus', 'docStage', 'docAuthority', 'docCommittee', 'docIntroducer', 'docJurisdiction', 'docketNumber', 'inline',
  'organization', 'person', 'location', 'concept', 'role', 'quantity', 'entity', 'event', 'object', 'process', 'shortTitle', 'legislature',
  'session', 'signature', 'affectedDocument', 'relatedDocument', 'change', 'ins', 'del', 'omissis', 'placeholder', 'fillIn', 'decoration', 'a',
  'outcome', 'courtType', 'judge', 'lawyer', 'party', 'argument', 'narrative', 'vote', 'recordedTime', 'neutralCitation', 'citation', 'opinion', 'mod', 'mmod', 'quotedText', 'embeddedText', 'img'
])
const blockNames = new Set(['p', 'block', 'blockContainer', 'container', 'tblock', 'foreign', 'toc', 'blockList', 'table', 'ul', 'ol', 'subFlow', 'quotedStructure', 'embeddedStructure', 'longTitle', 'formula', 'citations', 'citation', 'recitals', 'recital', 'crossHeading'])

/** State while one document is read. */
interface Reader {
  file: string
  messages: Array<SynopticMessage>
  /** Warnings on unknown elements, once per name. */
  unknown: Map<string, number>
  /** The elements that count as articles in this document. */
  units: Set<string>
  /** Synoptic's own metadata of each article, by eId. */
  articleMeta: Map<string, Record<string, string>>
  /** Synoptic's own metadata of each provision that carries some (a draft's declared changes), by eId. */
  provisionMeta: Map<string, Record<string, string>>
  sources: Map<string, string>
  /** True for a document Synoptic wrote: text is taken as written, white space included. */
  own: boolean
}

function place(element: XmlElement): Position {
  return {start: element.start, end: element.start}
}

function warn(reader: Reader, reason: string, at: Point | Position, ruleId: string, severity: 'warning' | 'info' = 'warning', note?: string): void {
  reader.messages.push(createMessage(severity, reason, {file: reader.file, place: at, source: 'synoptic-akn', ruleId, note}))
}

/**
 * Reads an Akoma Ntoso document into an Instrument. A file that is not well-formed XML, declares a DOCTYPE or
 * entities, is too large, or is not Akoma Ntoso gives `value: undefined` and an error naming the place.
 */
export function fromAkomaNtoso(xml: string, options: AknReadOptions): Result<AknDocument | undefined> {
  const read = readXml(xml, options.file)
  if (!read.root) return {value: undefined, messages: read.messages}
  const root = read.root
  const fail = (reason: string, at: Point, ruleId: string, note?: string) => ({
    value: undefined,
    messages: [createMessage('error', reason, {file: options.file, place: at, source: 'synoptic-akn', ruleId, note})]
  })
  if (root.name !== 'akomaNtoso') return fail(`this is XML but not Akoma Ntoso: its root element is <${root.name}>, not <akomaNtoso>`, root.start, 'not-akn')
  const reader: Reader = {
    file: options.file, messages: [], unknown: new Map(), units: new Set(['article']), articleMeta: new Map(), provisionMeta: new Map(), sources: new Map(), own: false
  }
  if (root.ns !== AKN_NS) {
    warn(reader, `the document's namespace is ${root.ns ? `"${root.ns}"` : 'missing'}, not Akoma Ntoso 3.0's; it is read as 3.0`, root.start, 'namespace')
  }
  const document = elementsOf(root)[0]
  if (!document) return fail('the <akomaNtoso> element holds no document (act, bill, …)', root.start, 'no-document')
  if (!['act', 'bill', 'doc', 'statement', 'amendment'].includes(document.name)) {
    return fail(`<${document.name}> documents cannot be imported: Synoptic reads acts, bills and docs (<act>, <bill>, <doc>)`, document.start, 'unsupported-document')
  }
  const meta = childNamed(document, 'meta')
  const own = meta ? ownMetadata(reader, meta) : undefined
  reader.own = own !== undefined
  const body = childNamed(document, 'body') ?? childNamed(document, 'mainBody') ?? childNamed(document, 'amendmentBody')
  if (!body) return fail(`the <${document.name}> has no <body>: there is no text to import`, document.start, 'no-body')

  const instrument = instrumentFrom(reader, document, meta, own, options)
  // Which elements are the articles: `article` where there are any, else Indigo's `section`s.
  if (!hasDescendant(body, 'article') && hasDescendant(body, 'section')) reader.units = new Set(['section'])
  const preamble = childNamed(document, 'preamble')
  if (preamble) readPreamble(reader, instrument, preamble)
  instrument.body = readContainer(reader, instrument, body)
  const attachments = childNamed(document, 'attachments')
  if (attachments) readSchedules(reader, instrument, attachments)
  if (!own) {
    for (const a of walkArticles(instrument.body)) if (a.children.length === 0 && a.status === (instrument.kind === 'draft' ? 'proposed' : 'in-force')) a.status = 'not-available'
  }
  canonicalIds(reader, instrument)
  return {value: {instrument, blocks: blocksOf(instrument)}, messages: reader.messages}
}

function hasDescendant(element: XmlElement, name: string): boolean {
  return elementsOf(element).some((c) => c.name === name || hasDescendant(c, name))
}

function* walkArticles(nodes: Array<Division | Article>): Generator<Article> {
  for (const n of nodes) {
    if (n.type === 'article') yield n
    else yield* walkArticles(n.children)
  }
}

/** Synoptic's `<syn:instrument>`, when this is a document Synoptic wrote; also fills the article metadata. */
function ownMetadata(reader: Reader, meta: XmlElement): XmlElement | undefined {
  const references = childNamed(meta, 'references')
  for (const r of references ? elementsOf(references) : []) if (r.attributes.eId) reader.sources.set(`#${r.attributes.eId}`, r.attributes.showAs ?? '')
  let own: XmlElement | undefined
  for (const p of elementsOf(meta).filter((e) => e.name === 'proprietary')) {
    for (const e of elementsOf(p)) {
      if (e.ns !== SYNOPTIC_NS) continue
      if (e.name === 'instrument') own = e
      if (e.name === 'article' && e.attributes.href) reader.articleMeta.set(e.attributes.href.replace(/^#/u, ''), e.attributes)
      if (e.name === 'provision' && e.attributes.href) reader.provisionMeta.set(e.attributes.href.replace(/^#/u, ''), e.attributes)
    }
  }
  return own
}

function frbr(meta: XmlElement | undefined, part: string, name: string): XmlElement | undefined {
  const identification = meta && childNamed(meta, 'identification')
  const level = identification && childNamed(identification, part)
  return level && childNamed(level, name)
}

function validDate(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/u.test(value)) return undefined
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value ? value : undefined
}

/** An instrument id from an FRBR Work URI: `/akn/za/act/2009/1` → `za-act-2009-1`. */
function idFromUri(uri: string | undefined): string | undefined {
  if (!uri) return undefined
  const id = uri.replace(/^\/akn\//u, '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '').slice(0, 60)
  return id || undefined
}

function instrumentFrom(reader: Reader, document: XmlElement, meta: XmlElement | undefined, own: XmlElement | undefined, options: AknReadOptions): Instrument {
  const o = own?.attributes ?? {}
  const preface = childNamed(document, 'preface')
  const prefaceText = (name: string) => {
    const found = preface && findDescendant(preface, name)
    return found ? collapse(textOf(found)).trim() || undefined : undefined
  }
  const id = options.id ?? o.id ?? idFromUri(frbr(meta, 'FRBRWork', 'FRBRuri')?.attributes.value) ?? 'imported'
  // Indigo names the title in an FRBRalias and gives FRBRname the document type ("act").
  const identification = meta && childNamed(meta, 'identification')
  const work = identification && childNamed(identification, 'FRBRWork')
  const titleAlias = work ? elementsOf(work).find((e) => e.name === 'FRBRalias' && e.attributes.name === 'title')?.attributes.value : undefined
  const frbrName = frbr(meta, 'FRBRWork', 'FRBRname')?.attributes.value
  const title = options.title ?? o.title ?? titleAlias ?? prefaceText('docTitle') ?? (frbrName && frbrName !== document.name ? frbrName : undefined) ?? prefaceText('longTitle') ?? id
  const subtype = (o.kind ?? document.attributes.name ?? '').toLowerCase()
  const kind = options.kind ?? (instrumentKinds.includes(subtype as InstrumentKind) && (subtype !== 'draft' || (o.base ?? options.base)) ? (subtype as InstrumentKind) : 'law')
  if (document.name === 'bill' && kind !== 'draft') {
    warn(reader, 'this bill names no Synoptic base instrument: it is imported as a law (give --kind draft --base <id> to read it as a draft)', document.start, 'bill-as-law', 'info')
  }
  const number = options.number ?? (own ? o.number : frbr(meta, 'FRBRWork', 'FRBRnumber')?.attributes.value ?? prefaceText('docNumber'))
  const date = options.date ?? (own ? o.date : validDate(frbr(meta, 'FRBRWork', 'FRBRdate')?.attributes.date))
  const country = frbr(meta, 'FRBRWork', 'FRBRcountry')?.attributes.value
  const jurisdiction = options.jurisdiction ?? o.jurisdiction ?? (country ? (country.length <= 3 ? country.toUpperCase() : country) : 'LA')
  const frbrLanguage = frbr(meta, 'FRBRExpression', 'FRBRlanguage')?.attributes.language
  const language = options.language ?? o.language ?? (frbrLanguage ? languageTag(frbrLanguage) : 'en')
  const authoritative = frbr(meta, 'FRBRExpression', 'FRBRauthoritative')?.attributes.value
  const ownTranslation = translationStatuses.includes(o.translation as TranslationStatus) ? (o.translation as TranslationStatus) : undefined
  const translation = options.translation ?? ownTranslation ?? (authoritative === 'true' ? 'official' : 'unofficial')
  const source = options.source ?? (o.source ? reader.sources.get(o.source) : undefined) ?? `Imported from ${options.file}`
  const notes = meta ? elementsOf(meta).filter((e) => e.name === 'notes').flatMap((n) => elementsOf(n).map((note) => (own ? textOf(note) : collapse(textOf(note)).trim()))).filter(Boolean) : []
  const aliases = own ? elementsOf(own).filter((e) => e.name === 'alias' && e.attributes.value).map((e) => e.attributes.value!) : []
  const extra: Record<string, string> = {}
  if (own) for (const e of elementsOf(own)) if (e.name === 'extra' && e.attributes.key) extra[e.attributes.key] = e.attributes.value ?? ''
  const position = place(document)
  return {
    type: 'instrument', id, title, number, date, kind, jurisdiction, language, provenance: {source, translation}, aliases,
    notes: notes.length > 0 ? (own ? notes[0] : notes.join('\n\n')) : undefined,
    base: kind === 'draft' ? (options.base ?? o.base) : undefined,
    author: kind === 'draft' ? o.author : undefined,
    draftStatus: kind === 'draft' ? o.status : undefined,
    extra, preamble: undefined, body: [], file: options.file, position
  }
}

function findDescendant(element: XmlElement, name: string): XmlElement | undefined {
  for (const c of elementsOf(element)) {
    if (c.name === name) return c
    const inner = findDescendant(c, name)
    if (inner) return inner
  }
  return undefined
}

function readPreamble(reader: Reader, instrument: Instrument, preamble: XmlElement): void {
  const paragraphs = blocksToParagraphs(reader, preamble)
  if (paragraphs.length === 0) return
  instrument.preamble = {type: 'preamble', id: `${instrument.id}/preamble`, children: paragraphs, position: place(preamble)}
}

/** The articles and divisions of a body, a part, a chapter…; text outside any article goes to the article before it. */
function readContainer(reader: Reader, instrument: Instrument, container: XmlElement): Array<Division | Article> {
  const out: Array<Division | Article> = []
  const lastArticle = (): Article | undefined => {
    for (let i = out.length - 1; i >= 0; i--) {
      const n = out[i]!
      if (n.type === 'article') return n
      const inner = [...walkArticles([n])].pop()
      if (inner) return inner
    }
    return undefined
  }
  for (const element of elementsOf(container)) {
    if (element.name === 'num' || element.name === 'heading' || element.name === 'subheading') continue
    const isUnit = reader.units.has(element.name) || (element.name === 'paragraph' && reader.articleMeta.get(element.attributes.eId ?? '')?.designation === 'Paragraph')
    if (isUnit) {
      out.push(readArticle(reader, instrument, element))
    } else if (element.name === 'hcontainer' && element.attributes.name === 'schedule' && childNamed(element, 'num')) {
      out.push(readSchedule(reader, instrument, element))
    } else if (element.name in containers) {
      const kind = containers[element.name]
      const children = readContainer(reader, instrument, element)
      const num = childNamed(element, 'num')
      if (kind && num) {
        const heading = childNamed(element, 'heading')
        const number = collapse(textOf(num)).trim().replace(/^(part|chapter|section|title|book)\s+/iu, '').replace(/[.:]+$/u, '')
        out.push({type: 'division', kind, id: '', number: number.replace(/\s+/gu, ''), heading: heading ? collapse(textOf(heading)).trim() : '', children, position: place(element)})
      } else {
        out.push(...children)
      }
    } else {
      // Text between articles (a cross-heading, a stray paragraph): kept in the article before it, or the preamble.
      const paragraphs = blocksToParagraphs(reader, {...element, children: [element]})
      if (paragraphs.length === 0) continue
      const before = lastArticle()
      warn(reader, `<${element.name}> outside any article: its text is kept ${before ? `as a paragraph of article ${before.number}` : 'in the preamble'}`, element.start, 'text-outside-article')
      if (before) before.children.push(...paragraphs)
      else {
        instrument.preamble ??= {type: 'preamble', id: `${instrument.id}/preamble`, children: [], position: place(element)}
        instrument.preamble.children.push(...paragraphs)
      }
    }
  }
  return out
}

/** A Schedule as Synoptic writes it (`hcontainer name="schedule"`): its paragraphs and points are its own text. */
function readSchedule(reader: Reader, instrument: Instrument, element: XmlElement): Division {
  const own = (e: XmlElement) => (e.name === 'paragraph' || e.name === 'point') && !reader.units.has(e.name) && reader.articleMeta.get(e.attributes.eId ?? '')?.designation !== 'Paragraph'
  const elements = elementsOf(element).filter((e) => e.name !== 'num' && e.name !== 'heading')
  const heading = childNamed(element, 'heading')
  const content = provisionsOf(reader, {...element, children: elements.filter(own)})
  const division: Division = {
    type: 'division', kind: 'schedule', id: '', number: collapse(textOf(childNamed(element, 'num')!)).trim().replace(/^schedule\s+/iu, ''),
    heading: heading ? collapse(textOf(heading)).trim() : '', children: readContainer(reader, instrument, {...element, children: elements.filter((e) => !own(e))}), position: place(element)
  }
  if (content.length > 0) division.content = content
  return division
}

const articleWords = /^(?:article|art\.?|section|sec\.?|s\.|paragraph|para\.?|regulation|reg\.?|rule)\s+/iu
const articleNumber = /^(?:\d+[a-z]?(?:\s+(?:bis|ter|quater|quinquies|sexies))?|[ivxlcdm]+)$/iu

function readArticle(reader: Reader, instrument: Instrument, element: XmlElement): Article {
  const eId = element.attributes.eId ?? ''
  const own = reader.articleMeta.get(eId) ?? {}
  const num = childNamed(element, 'num')
  const heading = childNamed(element, 'heading')
  let number = num ? collapse(textOf(num)).trim().replace(articleWords, '').replace(/[.:]+$/u, '').trim() : ''
  if (!/^new$/iu.test(number) && !articleNumber.test(number)) {
    const written = number
    number = String(nextFreeNumber(instrument))
    warn(reader, written
      ? `the number "${written}" is not an article number Synoptic can read (such as 12, 12a, 2 bis or XIV): numbered ${number} here`
      : `an article without a number: numbered ${number} here`, element.start, 'article-number')
  }
  let note: string | undefined
  let headingText = ''
  if (heading) {
    const noteElement = elementsOf(heading).find((e) => e.name === 'authorialNote')
    if (noteElement) note = collapse(textOf(noteElement)).trim() || undefined
    headingText = collapse(heading.children.filter((c) => !(c.type === 'element' && c.name === 'authorialNote')).map(textOf).join('')).trim()
  }
  const defaultStatus: ArticleStatus = instrument.kind === 'draft' ? 'proposed' : 'in-force'
  const xmlStatus: ArticleStatus | undefined = element.attributes.status === 'removed' ? 'repealed' : element.attributes.status === 'incomplete' ? 'not-available' : undefined
  const status = articleStatuses.includes(own.status as ArticleStatus) ? (own.status as ArticleStatus) : reader.own ? defaultStatus : (xmlStatus ?? defaultStatus)
  const designation = own.designation === 'Paragraph' ? ('Paragraph' as const) : undefined
  const article: Article = {
    type: 'article', id: '', number, designation, heading: headingText, amended: own.amended === 'true', note, status,
    subject: own.subject, after: own.after,
    amendment: amendmentDeclarations.includes(own.amendment as AmendmentDeclaration) ? (own.amendment as AmendmentDeclaration) : undefined,
    emphasis: own.emphasis === 'review' ? 'review' : undefined,
    provenance: {
      source: own.source ? (reader.sources.get(own.source) ?? instrument.provenance.source) : instrument.provenance.source,
      translation: translationStatuses.includes(own.translation as TranslationStatus) ? (own.translation as TranslationStatus) : instrument.provenance.translation
    },
    children: [], position: place(element)
  }
  if (!designation) delete article.designation
  article.children = provisionsOf(reader, element)
  // The remark Synoptic writes into an article with no text is not text of the article.
  if (isOwnRemark(element)) article.children = []
  if (article.children.length > 0 && (status === 'repealed' || status === 'not-available')) {
    warn(reader, `article ${number} is marked ${status === 'repealed' ? 'removed' : 'incomplete'} but has text: it is kept with its text, in force`, element.start, 'status-with-text')
    article.status = defaultStatus
  }
  return article
}

/** True when an article's only text is the remark Synoptic writes for an article without text. */
function isOwnRemark(element: XmlElement): boolean {
  const content = childNamed(element, 'content')
  if (!content || elementsOf(element).some((e) => !['num', 'heading', 'content'].includes(e.name))) return false
  const ps = elementsOf(content)
  if (ps.length !== 1 || ps[0]!.name !== 'p') return false
  const inner = elementsOf(ps[0]!)
  if (inner.length !== 1 || inner[0]!.name !== 'remark') return false
  const words = textOf(inner[0]!)
  return words.startsWith(NOT_AVAILABLE_REMARK) || words.startsWith(REPEALED_REMARK) || words.startsWith('No text.')
}

function nextFreeNumber(instrument: Instrument): number {
  let highest = 0
  for (const a of walkArticles(instrument.body)) highest = Math.max(highest, Number.parseInt(a.number, 10) || 0)
  return highest + 1
}

/** The provisions of an article, item or other hierarchical element, after its num and heading. */
function provisionsOf(reader: Reader, element: XmlElement): Array<Provision> {
  const out: Array<Provision> = []
  for (const child of elementsOf(element)) {
    if (child.name === 'num' || child.name === 'subheading') continue
    // A heading is the article's own, or the words of an item (read by the caller).
    if (child.name === 'heading') continue
    if (child.name === 'content' || child.name === 'intro' || child.name === 'wrapUp') {
      out.push(...blocksToProvisions(reader, child))
    } else if (hierarchy.has(child.name)) {
      out.push(...hierarchyProvisions(reader, child))
    } else if (child.name === 'crossHeading' || blockNames.has(child.name)) {
      out.push(...blocksToProvisions(reader, {...child, children: [child]}))
    } else {
      unknownElement(reader, child)
      const words = collapse(textOf(child)).trim()
      if (words) out.push(paragraph(reader, child, [{type: 'text', value: words}]))
    }
  }
  return out
}

/** A hierarchical element inside an article: an item when numbered (or a `point`), else its parts. */
function hierarchyProvisions(reader: Reader, element: XmlElement): Array<Provision> {
  const num = childNamed(element, 'num')
  const heading = childNamed(element, 'heading')
  if (!num && element.name !== 'point') {
    // An unnumbered paragraph (Synoptic writes its paragraphs so), a list wrapper, an hcontainer: its parts.
    const parts = provisionsOf(reader, element)
    return heading ? [paragraph(reader, heading, inlineOf(reader, heading.children)), ...parts] : parts
  }
  const label = num ? collapse(textOf(num)).trim() : ''
  let content: Array<Inline> = []
  let rest = element
  const lead = elementsOf(element).find((e) => e.name === 'intro' || e.name === 'content')
  const first = lead && elementsOf(lead)[0]
  if (heading) content = inlineOf(reader, heading.children)
  else if (lead && first?.name === 'p') {
    // The item's own words: the first paragraph of its intro or content, even when empty.
    content = inlineOf(reader, first.children)
    const shorter: XmlElement = {...lead, children: lead.children.filter((c) => c !== first)}
    rest = {...element, children: element.children.map((c) => (c === lead ? shorter : c))}
  }
  const children = provisionsOf(reader, rest)
  const item: Item = {type: 'item', id: '', label, content, children, position: place(element)}
  return [item]
}

/** The blocks of a content, intro or wrapUp: paragraphs, and the items of block lists. */
function blocksToProvisions(reader: Reader, element: XmlElement): Array<Provision> {
  const out: Array<Provision> = []
  for (const child of element.children) {
    if (child.type === 'text') {
      const words = reader.own ? child.value.trim() : collapse(child.value).trim()
      if (words) out.push(paragraph(reader, element, [{type: 'text', value: words}]))
      continue
    }
    if (child.name === 'blockList' || child.name === 'ul' || child.name === 'ol') {
      for (const entry of elementsOf(child)) {
        if (entry.name === 'listIntroduction' || entry.name === 'listWrapUp') {
          out.push(paragraph(reader, entry, inlineOf(reader, entry.children)))
          continue
        }
        const num = childNamed(entry, 'num')
        const inner = blocksToProvisions(reader, {...entry, children: entry.children.filter((c) => !(c.type === 'element' && c.name === 'num'))})
        const first = inner[0]?.type === 'paragraph' ? inner[0] : undefined
        const label = num ? collapse(textOf(num)).trim() : ''
        const item: Item = {type: 'item', id: '', label, content: first?.content ?? [], children: first ? inner.slice(1) : inner, position: place(entry)}
        out.push(item)
      }
    } else if (child.name === 'p' || child.name === 'crossHeading' || child.name === 'block' || child.name === 'heading' || child.name === 'subheading' || child.name === 'docTitle') {
      const content = inlineOf(reader, child.children)
      if (content.length > 0) out.push(paragraph(reader, child, content))
    } else if (child.name === 'table') {
      warn(reader, 'a table is kept as its text, row by row: Synoptic has no tables inside articles', child.start, 'table-as-text')
      for (const row of descendants(child, 'tr')) {
        const words = elementsOf(row).map((cell) => collapse(textOf(cell)).trim()).join(' | ')
        if (words.replace(/[ |]/gu, '')) out.push(paragraph(reader, row, [{type: 'text', value: words}]))
      }
    } else if (blockNames.has(child.name) || hierarchy.has(child.name) || child.name === 'content' || child.name === 'intro' || child.name === 'wrapUp') {
      out.push(...(hierarchy.has(child.name) ? hierarchyProvisions(reader, child) : blocksToProvisions(reader, child)))
    } else if (plainInline.has(child.name) || child.name === 'b' || child.name === 'i' || child.name === 'strong' || child.name === 'em') {
      const content = inlineOf(reader, [child])
      if (content.length > 0) out.push(paragraph(reader, child, content))
    } else {
      unknownElement(reader, child)
      const words = collapse(textOf(child)).trim()
      if (words) out.push(paragraph(reader, child, [{type: 'text', value: words}]))
    }
  }
  return out
}

function descendants(element: XmlElement, name: string): Array<XmlElement> {
  return elementsOf(element).flatMap((c) => (c.name === name ? [c] : descendants(c, name)))
}

function blocksToParagraphs(reader: Reader, element: XmlElement): Array<Paragraph> {
  const out: Array<Paragraph> = []
  const flatten = (list: Array<Provision>) => {
    for (const p of list) {
      if (p.type === 'paragraph') out.push(p)
      else {
        const words: Array<Inline> = p.label ? [{type: 'text', value: `${p.label} `}, ...p.content] : p.content
        out.push({type: 'paragraph', id: '', content: mergeText(words), position: p.position})
        flatten(p.children)
      }
    }
  }
  flatten(blocksToProvisions(reader, element))
  return out
}

function paragraph(reader: Reader, element: XmlElement, content: Array<Inline>): Paragraph {
  return {type: 'paragraph', id: '', content, position: place(element)}
}

/** The units of the document in line order, for the import view: headings, paragraphs and items as read. */
function blocksOf(instrument: Instrument): Array<AknBlock> {
  const out: Array<AknBlock> = []
  const add = (kind: AknBlock['kind'], content: Array<Inline>, at: Position) => out.push({kind, content, line: at.start.line, endLine: at.start.line})
  const provisions = (list: Array<Provision>) => {
    for (const p of list) {
      if (p.type === 'paragraph') add('paragraph', p.content, p.position)
      else {
        add('item', p.label ? [{type: 'text', value: `${p.label} `}, ...p.content] : p.content, p.position)
        provisions(p.children)
      }
    }
  }
  if (instrument.preamble) provisions(instrument.preamble.children)
  const nodes = (list: Array<Division | Article>) => {
    for (const n of list) {
      const title = n.type === 'division' ? `${n.kind[0]!.toUpperCase()}${n.kind.slice(1)} ${n.number}` : `Article ${n.number}`
      add('heading', [{type: 'text', value: n.heading ? `${title} ${n.heading}` : title}], n.position)
      if (n.type === 'division') nodes(n.children)
      else provisions(n.children)
    }
  }
  nodes(instrument.body)
  // The import view lists the source line by line: units written on one line (minified XML) share one block.
  const merged: Array<AknBlock> = []
  for (const b of out.sort((x, y) => x.line - y.line)) {
    const last = merged[merged.length - 1]
    if (last?.line === b.line) last.content = [...last.content, {type: 'text', value: ' '}, ...b.content]
    else merged.push({...b, content: [...b.content]})
  }
  return merged
}

function unknownElement(reader: Reader, element: XmlElement): void {
  const count = reader.unknown.get(element.name) ?? 0
  reader.unknown.set(element.name, count + 1)
  if (count === 0) {
    warn(reader, `<${element.name}> is not an element Synoptic knows: its text is kept as plain text`, element.start, 'unknown-element',
      'warning', 'later ones of the same name are kept the same way without a further warning')
  }
}

/** White space as a reader sees it: runs of spaces, tabs and line breaks become one space. */
function collapse(text: string): string {
  return text.replace(/[ \t\r\n]+/gu, ' ')
}

/** Inline content: bold and italic kept, other inline markup reduced to its words; ends trimmed. */
function inlineOf(reader: Reader, nodes: ReadonlyArray<XmlNode>): Array<Inline> {
  const walk = (list: ReadonlyArray<XmlNode>): Array<Inline> => {
    const out: Array<Inline> = []
    for (const n of list) {
      if (n.type === 'text') {
        out.push({type: 'text', value: reader.own ? n.value : collapse(n.value)})
      } else if (n.name === 'b' || n.name === 'strong') {
        out.push({type: 'strong', children: walk(n.children)})
      } else if (n.name === 'i' || n.name === 'em') {
        out.push({type: 'emphasis', children: walk(n.children)})
      } else if (n.name === 'eol' || n.name === 'br' || n.name === 'eop') {
        out.push({type: 'text', value: ' '})
      } else if (n.name === 'authorialNote' || n.name === 'noteRef' || n.name === 'remark' || n.name === 'marker' || n.name === 'popup') {
        // Notes and remarks are not words of the provision: a remark's text is kept in brackets.
        if (n.name === 'remark' || n.name === 'authorialNote') out.push({type: 'text', value: ` [${collapse(textOf(n)).trim()}] `})
      } else {
        if (!plainInline.has(n.name)) unknownElement(reader, n)
        out.push(...walk(n.children))
      }
    }
    return out
  }
  return trimInline(mergeText(walk(nodes)))
}

function mergeText(nodes: Array<Inline>): Array<Inline> {
  const out: Array<Inline> = []
  for (const n of nodes) {
    const last = out[out.length - 1]
    if (n.type === 'text' && last?.type === 'text') out[out.length - 1] = {type: 'text', value: last.value + n.value}
    else if (n.type === 'text' && n.value === '') continue
    else if (n.type !== 'text') out.push({...n, children: mergeText(n.children)})
    else out.push(n)
  }
  return out.map((n) => (n.type === 'text' ? {type: 'text', value: n.value.replace(/ {2,}/gu, ' ')} : n))
}

/** Trims white space at the start and end of inline content, through bold and italic. */
function trimInline(nodes: Array<Inline>): Array<Inline> {
  const trimEdge = (list: Array<Inline>, start: boolean): Array<Inline> => {
    const copy = [...list]
    while (copy.length > 0) {
      const index = start ? 0 : copy.length - 1
      const n = copy[index]!
      if (n.type === 'text') {
        const value = start ? n.value.replace(/^[ \t\r\n]+/u, '') : n.value.replace(/[ \t\r\n]+$/u, '')
        if (value === '') copy.splice(index, 1)
        else {
          copy[index] = {type: 'text', value}
          break
        }
      } else {
        const children = trimEdge(n.children, start)
        if (children.length === 0) copy.splice(index, 1)
        else {
          copy[index] = {...n, children}
          break
        }
      }
    }
    return copy
  }
  return trimEdge(trimEdge(nodes, true), false)
}

/** Indigo's schedules: each attachment becomes a Part "Schedule" holding one article with its text. */
function readSchedules(reader: Reader, instrument: Instrument, attachments: XmlElement): void {
  let n = 0
  for (const attachment of elementsOf(attachments)) {
    const doc = elementsOf(attachment).find((e) => e.name === 'doc' || e.name === 'act' || e.name === 'bill') ?? attachment
    const body = childNamed(doc, 'mainBody') ?? childNamed(doc, 'body') ?? doc
    const docMeta = childNamed(doc, 'meta')
    const preface = childNamed(doc, 'preface')
    const title = childNamed(attachment, 'heading') ?? (preface && findDescendant(preface, 'docTitle')) ?? childNamed(body, 'heading')
    const alias = docMeta ? frbr(docMeta, 'FRBRWork', 'FRBRalias')?.attributes.value ?? frbr(docMeta, 'FRBRExpression', 'FRBRalias')?.attributes.value : undefined
    const name = collapse(title ? textOf(title) : (alias ?? 'Schedule')).trim()
    n++
    const number = String(nextFreeNumber(instrument))
    const article: Article = {
      type: 'article', id: '', number, heading: name, amended: false, status: instrument.kind === 'draft' ? 'proposed' : 'in-force',
      provenance: {...instrument.provenance}, children: [], position: place(doc)
    }
    const units = new Set(reader.units)
    reader.units = new Set()
    article.children = provisionsOf(reader, {...body, children: body.children.filter((c) => !(c.type === 'element' && c.name === 'heading' && c === title))})
    reader.units = units
    warn(reader, `the schedule "${name}" becomes article ${number}, in a Part "Schedule${n > 1 ? n : ''}": Synoptic has no schedules`, attachment.start, 'schedule', 'info')
    instrument.body.push({type: 'division', kind: 'part', id: '', number: `Schedule${n > 1 ? n : ''}`, heading: name, children: [article], position: place(attachment)})
  }
}

/**
 * Gives every node the id the corpus parser gives it, by writing the instrument as a corpus file, reading it
 * back and copying the ids over node by node. A node the read-back does not match keeps an id from its
 * parent and is reported: the corpus file would differ from the AKN document there.
 */
function canonicalIds(reader: Reader, instrument: Instrument): void {
  // Provisional ids first, so that the serialiser has what it needs (`after`, new article ids).
  let counter = 0
  const provisional = (list: Array<Provision>, parent: string) => {
    for (const p of list) {
      p.id = `${parent}/${p.type === 'item' ? 'item' : 'para'}-x${++counter}`
      if (p.type === 'item') provisional(p.children, p.id)
    }
  }
  let fresh = 0
  const seen = new Set<string>()
  const articleIds = (nodes: Array<Division | Article>) => {
    for (const n of nodes) {
      if (n.type === 'division') {
        n.id = `${instrument.id}/${n.kind}-${n.number.toLowerCase()}`
        if (n.content) provisional(n.content, n.id)
        articleIds(n.children)
      } else {
        n.id = /^new$/iu.test(n.number) ? `${instrument.id}/art-new-${++fresh}` : `${instrument.id}/art-${n.number.toLowerCase().replace(/\s+/gu, '')}`
        if (seen.has(n.id)) {
          const number = String(nextFreeNumber(instrument))
          warn(reader, `a second article ${n.number}: numbered ${number} here, since numbers must be unique`, n.position, 'duplicate-article')
          n.number = number
          n.id = `${instrument.id}/art-${number}`
        }
        seen.add(n.id)
        provisional(n.children, n.id)
      }
    }
  }
  articleIds(instrument.body)
  if (instrument.preamble) instrument.preamble.children.forEach((p, i) => (p.id = `${instrument.id}/preamble/para-${i + 1}`))
  const back = parseInstrument(serializeInstrument(instrument), instrument.file).value
  if (!back) return
  const copyProvisions = (mine: Array<Provision>, theirs: Array<Provision>) => {
    mine.forEach((p, i) => {
      const other = theirs[i]
      if (!other || other.type !== p.type) return
      p.id = other.id
      if (p.type === 'item' && other.type === 'item') copyProvisions(p.children, other.children)
    })
  }
  const copyNodes = (mine: Array<Division | Article>, theirs: Array<Division | Article>) => {
    mine.forEach((n, i) => {
      const other = theirs[i]
      if (!other || other.type !== n.type) return
      n.id = other.id
      if (n.type === 'division' && other.type === 'division') {
        copyProvisions(n.content ?? [], other.content ?? [])
        copyNodes(n.children, other.children)
      }
      if (n.type === 'article' && other.type === 'article') copyProvisions(n.children, other.children)
    })
  }
  copyNodes(instrument.body, back.body)
  if (instrument.preamble && back.preamble) copyProvisions(instrument.preamble.children, back.preamble.children)
  for (const a of articlesOf(instrument)) walkProvisions(a.children, (p) => {
    const declared = declaredChanges(reader.provisionMeta.get(eIdOf(p.id))?.declared)
    if (declared) p.declared = declared
  })
}

const amendmentDeclarations: ReadonlyArray<AmendmentDeclaration> = ['replaced', 'declared', 'wording']

/** A provision's declared changes as Synoptic wrote them; anything else is ignored, never trusted. */
function declaredChanges(value: string | undefined): Array<DeclaredChange> | undefined {
  if (!value) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    return undefined
  }
  if (!Array.isArray(parsed)) return undefined
  const changes = parsed.filter((c: unknown): c is DeclaredChange => {
    if (typeof c !== 'object' || c === null) return false
    const o = c as Record<string, unknown>
    if (o.kind === 'insert') return Number.isInteger(o.start) && Number.isInteger(o.end) && (o.start as number) >= 0 && (o.end as number) >= (o.start as number)
    return o.kind === 'delete' && Number.isInteger(o.at) && (o.at as number) >= 0 && typeof o.text === 'string'
  })
  return changes.length > 0 ? changes : undefined
}
