// Model → Akoma Ntoso 3.0 XML. An instrument becomes an `act` (its kind in `name` and FRBRsubtype), a draft a
// `bill` whose `activeModifications` list each amendment against the base's eIds. What Akoma Ntoso has no
// element for (statuses, provenance, the "(Amended)" mark) travels in `<proprietary>`, so Synoptic reads back
// the same model. docs/akn.md has the mapping.
import {draftFromInstrument, type Amendment} from '../../amendment/index.ts'
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import {articlesOf, walkProvisions, type Article, type Division, type Inline, type Instrument, type Position, type Provision} from '../../model/index.ts'
import {AKN_NS, eIdOf, frbrUris, SYNOPTIC_NS, type FrbrUris} from './naming.ts'
import {escapeText, invalidXmlCharacter, startTag} from './xml-write.ts'

/** What the export needs besides the instrument. */
export interface AknOptions {
  /** The date of the export, YYYY-MM-DD: the Manifestation's date, and the Work's when the instrument has none. */
  date: string
  /** Drafts: the base instrument, whose eIds and URIs the modifications point at. */
  base?: Instrument | undefined
}

/** The words a not-available article carries in its remark. */
export const NOT_AVAILABLE_REMARK = 'Text not available: the sources cite this article without quoting it.'
/** The words a repealed article carries in its remark. */
export const REPEALED_REMARK = 'Repealed.'

/** Writing state: the output lines and the first character XML cannot carry. */
interface Writer {
  lines: Array<string>
  instrument: Instrument
  messages: Array<SynopticMessage>
  /** Ids of the articles the instrument calls Paragraphs. */
  paragraphs: Set<string>
}

/**
 * Writes an instrument or a draft as an Akoma Ntoso 3.0 document that validates against the OASIS schema.
 * Text holding a character XML 1.0 cannot carry (a form feed, a NUL) is refused: `value` is undefined and an
 * error names the article.
 */
export function toAkomaNtoso(instrument: Instrument, options: AknOptions): Result<string | undefined> {
  const writer: Writer = {lines: [], instrument, messages: [], paragraphs: new Set(articlesOf(instrument).filter((a) => a.designation === 'Paragraph').map((a) => a.id))}
  const uris = frbrUris(instrument, options.date)
  const amendments = instrument.kind === 'draft' && options.base ? draftFromInstrument(instrument, options.base) : undefined
  if (amendments) writer.messages.push(...amendments.messages.filter((m) => m.severity !== 'error'))
  const out = writer.lines
  out.push('<?xml version="1.0" encoding="UTF-8"?>')
  out.push(`<akomaNtoso xmlns="${AKN_NS}" xmlns:syn="${SYNOPTIC_NS}">`)
  out.push(`  ${startTag(uris.documentType, {name: instrument.kind, contains: 'originalVersion'})}`)
  meta(writer, uris, options, amendments?.value)
  preface(writer)
  if (instrument.preamble) {
    out.push('    <preamble>')
    for (const p of instrument.preamble.children) out.push(`      ${startTag('p', {eId: eIdIn(writer, p.id)})}${inlines(writer, p.content, p.position)}</p>`)
    out.push('    </preamble>')
  }
  out.push('    <body>')
  if (instrument.body.length === 0) {
    // The schema wants at least one unit in a body; an instrument with no article yet gets an empty, named one.
    out.push('      <hcontainer eId="hcontainer_1" name="empty"><content><p/></content></hcontainer>')
  }
  for (const node of instrument.body) bodyNode(writer, node, '      ')
  out.push('    </body>')
  out.push(`  </${uris.documentType}>`)
  out.push('</akomaNtoso>')
  const failed = writer.messages.some((m) => m.severity === 'error')
  return {value: failed ? undefined : out.join('\n') + '\n', messages: writer.messages}
}

/**
 * The eId of a node: after the naming convention from its Synoptic id, except that the numbered Paragraphs
 * of a Recommendation (Synoptic's `art-N`, shown as "Paragraph N") are `para_N`, as their element is.
 */
function eIdIn(writer: Writer, id: string): string {
  const eId = eIdOf(id)
  const article = id.split('/').slice(0, 2).join('/')
  return writer.paragraphs.has(article) ? eId.replace(/^art_/u, 'para_') : eId
}

/** Checks text for characters XML cannot carry, reporting the first at `place`; gives the text escaped. */
function checked(writer: Writer, text: string, place: Position, what: string): string {
  const bad = invalidXmlCharacter(text)
  if (bad && !writer.messages.some((m) => m.ruleId === 'invalid-xml-character' && m.line === place.start.line)) {
    const code = `U+${bad.code.toString(16).toUpperCase().padStart(4, '0')}`
    writer.messages.push(createMessage('error', `${what} holds the character ${code}, which XML 1.0 cannot carry: remove it before exporting to Akoma Ntoso`, {
      file: writer.instrument.file, place, source: 'synoptic-akn', ruleId: 'invalid-xml-character', note: `after "${text.slice(Math.max(0, bad.offset - 20), bad.offset)}"`
    }))
  }
  return escapeText(text)
}

function attr(writer: Writer, value: string, place: Position, what: string): string {
  checked(writer, value, place, what)
  return value
}

function meta(writer: Writer, uris: FrbrUris, options: AknOptions, amendments: Array<Amendment> | undefined): void {
  const i = writer.instrument
  const at = i.position
  const out = writer.lines
  const workDate = i.date ? {date: i.date, name: i.kind === 'draft' ? 'draft' : 'adoption'} : {date: options.date, name: 'generation'}
  const authoritative = i.provenance.translation === 'unofficial' ? 'false' : 'true'
  const number = i.number ?? i.id
  out.push('    <meta>')
  out.push('      <identification source="#synoptic">')
  out.push('        <FRBRWork>')
  out.push(`          ${startTag('FRBRthis', {value: `${uris.work}/!main`}, true)}`)
  out.push(`          ${startTag('FRBRuri', {value: uris.work}, true)}`)
  out.push(`          ${startTag('FRBRalias', {value: i.id, name: 'synoptic'}, true)}`)
  for (const alias of i.aliases) out.push(`          ${startTag('FRBRalias', {value: alias, name: 'synoptic-alias'}, true)}`)
  out.push(`          ${startTag('FRBRdate', {date: workDate.date, name: workDate.name}, true)}`)
  out.push('          <FRBRauthor href="#author"/>')
  out.push(`          ${startTag('FRBRcountry', {value: uris.country}, true)}`)
  out.push(`          ${startTag('FRBRsubtype', {value: i.kind}, true)}`)
  out.push(`          ${startTag('FRBRnumber', {value: attr(writer, number, at, 'The number')}, true)}`)
  out.push(`          ${startTag('FRBRname', {value: attr(writer, i.title, at, 'The title')}, true)}`)
  out.push('        </FRBRWork>')
  out.push('        <FRBRExpression>')
  out.push(`          ${startTag('FRBRthis', {value: `${uris.expression}/!main`}, true)}`)
  out.push(`          ${startTag('FRBRuri', {value: uris.expression}, true)}`)
  out.push(`          ${startTag('FRBRdate', {date: uris.date, name: uris.dated ? 'expression' : 'generation'}, true)}`)
  out.push('          <FRBRauthor href="#author"/>')
  out.push(`          ${startTag('FRBRauthoritative', {value: authoritative}, true)}`)
  out.push(`          ${startTag('FRBRlanguage', {language: uris.language}, true)}`)
  out.push('        </FRBRExpression>')
  out.push('        <FRBRManifestation>')
  out.push(`          ${startTag('FRBRthis', {value: uris.manifestation}, true)}`)
  out.push(`          ${startTag('FRBRuri', {value: `${uris.expression}.akn`}, true)}`)
  out.push(`          ${startTag('FRBRdate', {date: options.date, name: 'generation'}, true)}`)
  out.push('          <FRBRauthor href="#synoptic"/>')
  out.push('          <FRBRformat value="application/akn+xml"/>')
  out.push('        </FRBRManifestation>')
  out.push('      </identification>')
  if (amendments && options.base) modifications(writer, amendments, frbrUris(options.base, options.date))
  // Every source named by the instrument or one of its articles, once, in order.
  const sources = [i.provenance.source]
  for (const a of articlesOf(i)) if (!sources.includes(a.provenance.source)) sources.push(a.provenance.source)
  out.push('      <references source="#synoptic">')
  out.push('        <TLCOrganization eId="synoptic" href="/ontology/organization/synoptic" showAs="Synoptic"/>')
  const author = i.author ?? `Lawmaker (${i.jurisdiction})`
  out.push(`        ${startTag('TLCOrganization', {eId: 'author', href: `/ontology/organization/${uris.country}/author`, showAs: attr(writer, author, at, 'The author')}, true)}`)
  sources.forEach((source, n) => {
    out.push(`        ${startTag('TLCReference', {eId: `source_${n + 1}`, href: `/ontology/source/synoptic/${n + 1}`, name: 'source', showAs: attr(writer, source, at, 'A source')}, true)}`)
  })
  out.push('      </references>')
  if (i.notes) {
    out.push('      <notes source="#synoptic">')
    out.push(`        <note eId="note_1"><p>${checked(writer, i.notes, at, 'The notes')}</p></note>`)
    out.push('      </notes>')
  }
  proprietary(writer, sources)
  out.push('    </meta>')
}

/** Each amendment as a textual modification: its source the draft's article, its destination the base's eId. */
function modifications(writer: Writer, amendments: Array<Amendment>, base: FrbrUris): void {
  if (amendments.length === 0) return
  const out = writer.lines
  const target = (id: string) => `${base.expression}/!main#${eIdOf(id)}`
  out.push('      <analysis source="#synoptic">')
  out.push('        <activeModifications>')
  amendments.forEach((a, n) => {
    const eId = `mod_${n + 1}`
    if (a.kind === 'insert-article') {
      // After a base article: pos="after" on it; after an earlier new article of the draft: that one, in this document.
      const after = a.after === undefined ? undefined : a.after.startsWith(`${writer.instrument.id}/`) ? `#${eIdIn(writer, a.after)}` : target(a.after)
      out.push(`          ${startTag('textualMod', {eId, type: 'insertion'})}`)
      out.push(`            ${startTag('source', {href: `#${eIdIn(writer, a.article.id)}`}, true)}`)
      out.push(`            ${startTag('destination', after ? {href: after, pos: 'after'} : {href: `${base.expression}/!main#body`, pos: 'start'}, true)}`)
    } else {
      const type = a.kind === 'repeal-article' ? 'repeal' : 'substitution'
      const from = a.kind === 'replace-provision' ? a.provision.id : a.article.id
      const to = a.kind === 'replace-provision' ? a.baseProvision.id : a.base.id
      out.push(`          ${startTag('textualMod', {eId, type})}`)
      out.push(`            ${startTag('source', {href: `#${eIdIn(writer, from)}`}, true)}`)
      out.push(`            ${startTag('destination', {href: target(to)}, true)}`)
    }
    out.push('          </textualMod>')
  })
  out.push('        </activeModifications>')
  out.push('      </analysis>')
}

/** Synoptic's own metadata: what the instrument's front matter and each article's metadata say beyond AKN. */
function proprietary(writer: Writer, sources: Array<string>): void {
  const i = writer.instrument
  const at = i.position
  const out = writer.lines
  out.push('      <proprietary source="#synoptic">')
  out.push(`        ${startTag('syn:instrument', {
    id: i.id, kind: i.kind, title: i.title, number: i.number, date: i.date, jurisdiction: i.jurisdiction, language: i.language,
    translation: i.provenance.translation, source: '#source_1', base: i.base, author: i.author, status: i.draftStatus
  }, i.aliases.length === 0 && Object.keys(i.extra).length === 0)}`)
  if (i.aliases.length > 0 || Object.keys(i.extra).length > 0) {
    for (const alias of i.aliases) out.push(`          ${startTag('syn:alias', {value: alias}, true)}`)
    for (const [key, value] of Object.entries(i.extra)) out.push(`          ${startTag('syn:extra', {key, value: attr(writer, value, at, `The front matter key ${key}`)}, true)}`)
    out.push('        </syn:instrument>')
  }
  const defaultStatus = i.kind === 'draft' ? 'proposed' : 'in-force'
  for (const a of articlesOf(i)) {
    const fields: Record<string, string | undefined> = {
      status: a.status === defaultStatus ? undefined : a.status,
      amended: a.amended ? 'true' : undefined,
      designation: a.designation,
      subject: a.subject === undefined ? undefined : attr(writer, a.subject, a.position, 'The subject'),
      source: a.provenance.source === i.provenance.source ? undefined : `#source_${sources.indexOf(a.provenance.source) + 1}`,
      translation: a.provenance.translation === i.provenance.translation ? undefined : a.provenance.translation,
      after: a.after,
      amendment: a.amendment,
      emphasis: a.emphasis
    }
    if (Object.values(fields).some((v) => v !== undefined)) out.push(`        ${startTag('syn:article', {href: `#${eIdIn(writer, a.id)}`, ...fields}, true)}`)
    // A draft's declared inclusions and deletions: offsets into the provision's text, which AKN has no place for.
    walkProvisions(a.children, (p) => {
      if (p.declared && p.declared.length > 0) {
        out.push(`        ${startTag('syn:provision', {href: `#${eIdIn(writer, p.id)}`, declared: attr(writer, JSON.stringify(p.declared), p.position, 'A declared change')}, true)}`)
      }
    })
  }
  out.push('      </proprietary>')
}

function preface(writer: Writer): void {
  const i = writer.instrument
  writer.lines.push('    <preface>')
  writer.lines.push(`      <longTitle><p><docTitle>${checked(writer, i.title, i.position, 'The title')}</docTitle></p></longTitle>`)
  if (i.number) writer.lines.push(`      <p><docNumber>${checked(writer, i.number, i.position, 'The number')}</docNumber></p>`)
  writer.lines.push('    </preface>')
}

/** Each division kind's element; a kind the schema has no element for is a named `hcontainer`. */
const divisionElements: Record<string, string> = {
  book: 'book', part: 'part', title: 'title', subpart: 'subpart', division: 'division', chapter: 'chapter', 'sub-chapter': 'subchapter', section: 'section'
}

function bodyNode(writer: Writer, node: Division | Article, indent: string): void {
  if (node.type === 'division') {
    const name = divisionElements[node.kind] ?? 'hcontainer'
    writer.lines.push(`${indent}${startTag(name, {eId: eIdIn(writer, node.id), name: name === 'hcontainer' ? node.kind : undefined})}`)
    writer.lines.push(`${indent}  <num>${checked(writer, node.number, node.position, 'The number')}</num>`)
    if (node.heading) writer.lines.push(`${indent}  <heading>${checked(writer, node.heading, node.position, 'The heading')}</heading>`)
    // A Schedule's own text (its paragraphs and items) comes first, as in the corpus file.
    for (const child of node.content ?? []) provision(writer, child, `${indent}  `)
    if (node.children.length === 0 && !node.content?.length) writer.lines.push(`${indent}  ${startTag('hcontainer', {eId: `${eIdIn(writer, node.id)}__hcontainer_1`, name: 'empty'})}<content><p/></content></hcontainer>`)
    for (const child of node.children) bodyNode(writer, child, `${indent}  `)
    writer.lines.push(`${indent}</${name}>`)
  } else {
    article(writer, node, indent)
  }
}

function article(writer: Writer, node: Article, indent: string): void {
  const out = writer.lines
  const eId = eIdIn(writer, node.id)
  const name = node.designation === 'Paragraph' ? 'paragraph' : 'article'
  const status = node.status === 'repealed' ? 'removed' : node.status === 'not-available' ? 'incomplete' : undefined
  out.push(`${indent}${startTag(name, {eId, status})}`)
  // "New Article" has no number yet: the num says so, as the draft does.
  out.push(`${indent}  <num>${checked(writer, node.number, node.position, `Article ${node.number}`)}</num>`)
  const note = node.note
    ? `<authorialNote eId="${eId}__note_1" marker="*" placement="inline"><p>${checked(writer, node.note, node.position, `The note of article ${node.number}`)}</p></authorialNote>`
    : ''
  if (node.heading || note) out.push(`${indent}  <heading>${checked(writer, node.heading, node.position, `The heading of article ${node.number}`)}${note}</heading>`)
  if (node.children.length === 0) {
    const remark = node.status === 'repealed' ? REPEALED_REMARK : node.status === 'not-available' ? NOT_AVAILABLE_REMARK : 'No text.'
    const subject = node.subject ? ` Subject: ${checked(writer, node.subject, node.position, `The subject of article ${node.number}`)}` : ''
    out.push(`${indent}  <content><p><remark>${remark}${subject}</remark></p></content>`)
  }
  for (const child of node.children) provision(writer, child, `${indent}  `)
  out.push(`${indent}</${name}>`)
}

function provision(writer: Writer, node: Provision, indent: string): void {
  const out = writer.lines
  const eId = eIdIn(writer, node.id)
  const where = `The text of ${node.id}`
  if (node.type === 'paragraph') {
    out.push(`${indent}${startTag('paragraph', {eId})}<content><p>${inlines(writer, node.content, node.position, where)}</p></content></paragraph>`)
    return
  }
  const num = node.label ? `<num>${checked(writer, node.label, node.position, `The label of ${node.id}`)}</num>` : ''
  if (node.children.length === 0) {
    out.push(`${indent}${startTag('point', {eId})}${num}<content><p>${inlines(writer, node.content, node.position, where)}</p></content></point>`)
    return
  }
  out.push(`${indent}${startTag('point', {eId})}${num}`)
  out.push(`${indent}  <intro><p>${inlines(writer, node.content, node.position, where)}</p></intro>`)
  for (const child of node.children) provision(writer, child, `${indent}  `)
  out.push(`${indent}</point>`)
}

function inlines(writer: Writer, nodes: ReadonlyArray<Inline>, place: Position, what = 'The text'): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return checked(writer, n.value, place, what)
      const tag = n.type === 'strong' ? 'b' : 'i'
      return `<${tag}>${inlines(writer, n.children, place, what)}</${tag}>`
    })
    .join('')
}

