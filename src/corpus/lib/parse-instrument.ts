import type {Root, RootContent, PhrasingContent, List, ListItem, Blockquote} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Position as UnistPosition} from 'unist'
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import type {
  Article, ArticleStatus, Division, Inline, Instrument, Item, Paragraph, Point, Position, Preamble, Provision
} from '../../model/index.ts'
import {articleLabel, divisionKinds} from '../../model/index.ts'
import {assignIds} from './assign-ids.ts'
import {readFrontMatter, type FrontMatter} from './front-matter.ts'
import {cleanNum} from './ids.ts'
import {articleRuns, joinRunNodes, type Run} from './runs.ts'
import {micromarkRun} from './micromark-run.ts'
import {plainRun} from './plain-run.ts'
import {readDeclarations} from './declarations.ts'
import {
  amendedMark, articleHeading, bulletLabel, divisionHeading, divisionKindOf, newArticleHeading, orderedMarker, preambleHeading, trailingNote, unnumberedSchedule
} from './syntax.ts'

const startPoint: Point = {line: 1, column: 1, offset: 0}
const emptyPosition: Position = {start: startPoint, end: startPoint}
const metadataKeys = ['status', 'subject', 'source', 'translation', 'after', 'amendment', 'emphasis'] as const
const statusWords: Record<string, ArticleStatus> = {
  'in force': 'in-force',
  'in-force': 'in-force',
  proposed: 'proposed',
  'text not available': 'not-available',
  'not available': 'not-available',
  'not-available': 'not-available',
  repealed: 'repealed'
}

/** Copies a unist position, or gives the empty one so no node is ever without a place. */
function positionOf(node: {position?: UnistPosition | undefined}): Position {
  const p = node.position
  if (!p) return emptyPosition
  return {
    start: {line: p.start.line, column: p.start.column, offset: p.start.offset ?? 0},
    end: {line: p.end.line, column: p.end.column, offset: p.end.offset ?? 0}
  }
}

/** State while one file is read. */
interface Reader {
  text: string
  file: string
  meta: FrontMatter
  messages: Array<SynopticMessage>
}

function report(reader: Reader, severity: 'error' | 'warning' | 'info', reason: string, place: Position | Point, ruleId: string, note?: string): void {
  reader.messages.push(createMessage(severity, reason, {file: reader.file, place, source: 'synoptic-parse', ruleId, note}))
}

/**
 * Parses one corpus file (Markdown with YAML front matter) into an Instrument.
 * Never throws on bad input: a file that is not a corpus file gives `value: undefined` and an error at its place.
 * The file is read a run of articles at a time (see runs.ts), so time grows with its length, not its square.
 */
export function parseInstrument(source: string, file: string): Result<Instrument | undefined> {
  // micromark drops a byte order mark and counts offsets without it: so do we, so that offsets index `text`.
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source
  const messages: Array<SynopticMessage> = []
  const fail = (reason: string, place: Point | Position, ruleId: string, note?: string) => {
    messages.push(createMessage('error', reason, {file, place, source: 'synoptic-parse', ruleId, note}))
    return {value: undefined, messages}
  }
  const unterminated = () => fail('The front matter opened on line 1 is never closed: add a line `---` after its last key', startPoint, 'unterminated-front-matter')
  const opensFrontMatter = /^---[ \t]*\r?\n/u.test(text)
  // Without its closing line the front matter is not one, and nothing else in the file matters.
  if (opensFrontMatter && !/\n---[ \t]*(?:\r?\n|$)/u.test(text)) return unterminated()
  const runs = articleRuns(text)
  const firstTree = parseRun(runs[0]!)
  const first = firstTree.children[0]
  if (!first || first.type !== 'yaml') {
    if (opensFrontMatter) return unterminated()
    return fail('This is not a corpus file: it must start with front matter between two `---` lines (id, title, kind, …)', startPoint, 'not-a-corpus-file', 'see docs/corpus-format.md')
  }
  // The YAML starts on the line after the opening `---`.
  const yamlStart: Point = {line: (first.position?.start.line ?? 1) + 1, column: 1, offset: text.indexOf('\n') + 1}
  const front = readFrontMatter(first.value, yamlStart, file)
  messages.push(...front.messages)
  if (!front.value) return {value: undefined, messages}

  const reader: Reader = {text, file, meta: front.value, messages}
  const instrument: Instrument = {
    type: 'instrument',
    id: front.value.id,
    title: front.value.title,
    number: front.value.number,
    date: front.value.date,
    kind: front.value.kind,
    jurisdiction: front.value.jurisdiction,
    language: front.value.language,
    provenance: {source: front.value.source, translation: front.value.translation},
    aliases: front.value.aliases,
    notes: front.value.notes,
    base: front.value.base,
    author: front.value.author,
    draftStatus: front.value.status,
    extra: front.value.extra,
    preamble: undefined,
    body: [],
    file,
    position: {start: startPoint, end: startPoint}
  }
  const body = bodyBuilder(reader, instrument)
  // Each run's last node waits for the next run: a list cut between them is joined back first.
  let held: Array<RootContent> = []
  const hand = (nodes: ReadonlyArray<RootContent>) => {
    joinRunNodes(held, nodes, text)
    const last = held.pop()
    held.forEach(body.take)
    held = last ? [last] : []
  }
  let tree = firstTree
  hand(firstTree.children.slice(1))
  for (const run of runs.slice(1)) {
    tree = parseRun(run)
    hand(tree.children)
  }
  held.forEach(body.take)
  body.finish()
  assignIds(instrument)
  readDeclarations(text, instrument, messages)
  // The whole file's place: from its start to the end of its last run.
  instrument.position = {start: startPoint, end: positionOf(tree).end}
  return {value: instrument, messages}
}

/** The Markdown tree of one run, its positions those of the whole file. */
function parseRun(run: Run): Root {
  return plainRun(run) ?? micromarkRun(run)
}

/** Where paragraphs and lists go as they are read. */
type Container = {kind: 'none'} | {kind: 'preamble'; node: Preamble} | {kind: 'article'; node: Article; metadataAllowed: boolean} | {kind: 'schedule'; node: Division}

/** Builds the instrument's body from the file's top-level Markdown nodes, handed over one at a time, in order. */
function bodyBuilder(reader: Reader, instrument: Instrument): {take: (node: RootContent) => void; finish: () => void} {
  // Open divisions with the level of their Markdown heading: a division nests in the one above it when its
  // heading is deeper, or at the same depth when its kind ranks below (a Chapter under a Part, both `##`).
  const divisions: Array<Division> = []
  const levels: Array<number> = []
  const articleNumbers = new Map<string, Article>()
  let container: Container = {kind: 'none'}
  const isDraft = instrument.kind === 'draft'

  const place = (article: Article) => {
    const parent = divisions.at(-1)
    ;(parent ? parent.children : instrument.body).push(article)
  }

  const take = (node: RootContent): void => {
    if (node.type === 'heading') {
      const words = toString(node).replace(/\s+/gu, ' ').trim()
      const position = positionOf(node)
      if (preambleHeading.test(words)) {
        if (instrument.preamble) report(reader, 'error', 'The instrument has two preambles', position, 'duplicate-preamble')
        const preamble: Preamble = {type: 'preamble', id: '', children: [], position}
        instrument.preamble ??= preamble
        container = {kind: 'preamble', node: preamble}
        return
      }
      const division = divisionHeading.exec(words)
      const schedule = division ? null : unnumberedSchedule.exec(words)
      if (division || schedule) {
        const kind = division ? divisionKindOf(division[1]!) : 'schedule'
        const rank = divisionKinds.indexOf(kind)
        while (divisions.length > 0 && (levels.at(-1)! > node.depth || (levels.at(-1)! === node.depth && divisionKinds.indexOf(divisions.at(-1)!.kind) >= rank))) {
          divisions.pop()
          levels.pop()
        }
        // The id comes from assignIds, under the parent division's.
        const created: Division = {type: 'division', kind, id: '', number: division ? division[2]! : '', heading: (division ? division[3]! : schedule![1] ?? '').trim(), children: [], position}
        ;(divisions.at(-1)?.children ?? instrument.body).push(created)
        divisions.push(created)
        levels.push(node.depth)
        // A Schedule's own text (forms, lists) sits under its heading, before any article in it.
        container = kind === 'schedule' ? {kind: 'schedule', node: created} : {kind: 'none'}
        return
      }
      const article = readArticleHeading(reader, instrument, words, position)
      if (!article) {
        container = {kind: 'none'}
        return
      }
      if (article.number.toLowerCase() === 'new') {
        if (!isDraft) report(reader, 'error', '"New Article" belongs in drafts only: give the article its number', position, 'new-article-outside-draft')
      } else {
        const key = cleanNum(article.number)
        const earlier = articleNumbers.get(key)
        if (earlier) {
          report(reader, 'error', `${articleLabel(article)} appears twice in ${instrument.id} (first on line ${earlier.position.start.line})`, position, 'duplicate-article')
        } else {
          articleNumbers.set(key, article)
        }
      }
      place(article)
      container = {kind: 'article', node: article, metadataAllowed: true}
      return
    }

    if (node.type === 'yaml') {
      report(reader, 'error', 'A second front matter block: a file has one, at the very top', positionOf(node), 'duplicate-front-matter')
      return
    }
    if (node.type === 'html' && /^<!--[\s\S]*-->$/u.test(node.value.trim())) return // editors' comments

    if (container.kind === 'article' && container.metadataAllowed && node.type === 'blockquote') {
      readMetadata(reader, container.node, node)
      container.metadataAllowed = false
      return
    }
    if (container.kind === 'article') container.metadataAllowed = false

    if (node.type === 'paragraph') {
      if (container.kind === 'none') {
        report(reader, 'error', 'Text outside any article: put it under an `Article` heading, or under `Preamble`', positionOf(node), 'text-outside-article')
        return
      }
      const content = readInline(reader, node.children)
      const paragraph: Paragraph = {type: 'paragraph', id: '', content, position: positionOf(node)}
      if (container.kind === 'schedule') (container.node.content ??= []).push(paragraph)
      else container.node.children.push(paragraph)
      return
    }
    if (node.type === 'list') {
      if (container.kind === 'schedule') {
        readList(reader, node, (container.node.content ??= []))
        return
      }
      if (container.kind !== 'article') {
        report(reader, 'error', 'A list outside any article: numbered items belong to an article', positionOf(node), 'text-outside-article')
        return
      }
      readList(reader, node, container.node.children)
      return
    }
    refuse(reader, node)
  }

  const finish = (): void => {
    for (const article of articleNumbers.values()) checkArticleText(reader, article)
    for (const article of instrument.body.flatMap(function flat(n): Array<Article> {
      return n.type === 'article' ? [n] : n.children.flatMap(flat)
    })) {
      if (article.number.toLowerCase() === 'new') checkArticleText(reader, article)
      if (isDraft && article.status === 'in-force') article.status = 'proposed'
    }
  }
  return {take, finish}
}

function readArticleHeading(reader: Reader, instrument: Instrument, words: string, position: Position): Article | undefined {
  let number: string
  let rest: string
  const fresh = newArticleHeading.exec(words)
  const numbered = fresh ? null : articleHeading.exec(words)
  if (fresh) {
    number = 'New'
    rest = fresh[1] ?? ''
  } else if (numbered) {
    number = numbered[2]!
    rest = numbered[3] ?? ''
  } else {
    report(reader, 'error', `Heading "${words}" is not a Part, Chapter, Section, Article, New Article or Preamble heading`, position, 'unknown-heading',
      'write e.g. `## Article 12 Title`; other text goes in paragraphs')
    return undefined
  }
  let heading = rest.trim()
  let amended = false
  if (amendedMark.test(heading)) {
    amended = true
    heading = heading.replace(amendedMark, '')
  }
  let note: string | undefined
  const trailing = trailingNote.exec(heading)
  if (trailing) {
    note = trailing[1]!.trim()
    heading = heading.slice(0, trailing.index).trim()
  }
  return {
    type: 'article',
    id: '',
    number,
    heading,
    amended,
    note,
    designation: numbered?.[1]!.toLowerCase() === 'paragraph' ? 'Paragraph' : numbered?.[1]!.toLowerCase() === 'sec.' ? 'Section' : undefined,
    status: 'in-force',
    subject: undefined,
    provenance: {...instrument.provenance},
    after: undefined,
    children: [],
    position
  }
}

function readMetadata(reader: Reader, article: Article, quote: Blockquote): void {
  const base = positionOf(quote)
  const lines = toString(quote, {includeHtml: false}).split('\n')
  // Each `key: value` line of the quote; positions are counted from the quote's first line.
  lines.forEach((line, index) => {
    const place: Point = {line: base.start.line + index, column: base.start.column + 2, offset: base.start.offset}
    if (line.trim() === '') return
    const m = /^\s*([a-z_-]+)\s*:\s*(.*)$/iu.exec(line)
    if (!m) {
      report(reader, 'error', `Article metadata lines are \`key: value\`; "${line.trim()}" is not`, place, 'bad-metadata')
      return
    }
    const key = m[1]!.toLowerCase()
    const value = m[2]!.trim()
    if (!(metadataKeys as ReadonlyArray<string>).includes(key)) {
      report(reader, 'error', `Unknown article metadata key \`${key}\``, place, 'unknown-key', `allowed: ${metadataKeys.join(', ')}`)
      return
    }
    if (value === '') {
      report(reader, 'error', `Article metadata \`${key}\` has no value`, place, 'bad-metadata')
      return
    }
    if (key === 'status') {
      const status = statusWords[value.toLowerCase()]
      if (!status) report(reader, 'error', `Unknown article status "${value}"`, place, 'bad-status', 'use in force, proposed, text not available or repealed')
      else article.status = status
    } else if (key === 'subject') article.subject = value
    else if (key === 'source') article.provenance = {...article.provenance, source: value}
    else if (key === 'translation') {
      if (value !== 'authentic' && value !== 'official' && value !== 'unofficial') {
        report(reader, 'error', `Unknown translation status "${value}"`, place, 'bad-translation', 'use authentic, official or unofficial')
      } else article.provenance = {...article.provenance, translation: value}
    } else if (key === 'amendment' || key === 'emphasis') {
      readDeclarationKey(reader, article, key, value, place)
    } else if (key === 'after') {
      if (!reader.meta.base) report(reader, 'error', '`after` belongs to articles of drafts', place, 'after-outside-draft')
      else article.after = value.includes('/') ? value : `${reader.meta.base}/${value}`
    }
  })
}

/** `amendment: replaced|declared|wording` (drafts) and `emphasis: review`. */
function readDeclarationKey(reader: Reader, article: Article, key: 'amendment' | 'emphasis', value: string, place: Point): void {
  const word = value.toLowerCase()
  if (key === 'emphasis') {
    if (word === 'review' || word === 'added by the review') article.emphasis = 'review'
    else report(reader, 'error', `Unknown emphasis "${value}"`, place, 'bad-metadata', 'use `emphasis: review` when the bold or italics are the review\'s, not the law\'s')
  } else if (!reader.meta.base) report(reader, 'error', '`amendment` belongs to articles of drafts', place, 'amendment-outside-draft')
  else if (word === 'replaced' || word === 'declared' || word === 'wording') article.amendment = word
  else report(reader, 'error', `Unknown amendment "${value}"`, place, 'bad-metadata', 'use replaced, declared or wording')
}

function checkArticleText(reader: Reader, article: Article): void {
  const empty = article.children.length === 0
  const label = article.number.toLowerCase() === 'new' ? `New Article "${article.heading}"` : articleLabel(article)
  if (empty && article.status !== 'not-available' && article.status !== 'repealed') {
    report(reader, 'error', `${label} has no text: write its text, or mark it \`> status: text not available\` if the sources do not quote it`, article.position, 'empty-article')
  }
  if (!empty && (article.status === 'not-available' || article.status === 'repealed')) {
    const word = article.status === 'repealed' ? 'repealed' : '"text not available"'
    report(reader, 'error', `${label} is marked ${word} but has text: remove the text or the status`, article.position, 'text-in-unavailable-article')
  }
}

// Ids are left empty here: assignIds gives every one once the whole body is read.
function readList(reader: Reader, list: List, into: Array<Provision>): void {
  for (const entry of list.children) into.push(readItem(reader, list, entry))
}

function readItem(reader: Reader, list: List, entry: ListItem): Item {
  const position = positionOf(entry)
  let label = ''
  if (list.ordered) {
    label = orderedMarker.exec(reader.text.slice(position.start.offset, position.start.offset + 12))?.[1] ?? ''
  }
  const [head, ...rest] = entry.children
  let content: Array<Inline> = []
  let remaining = rest
  if (head && head.type === 'paragraph') {
    content = readInline(reader, head.children)
    if (!list.ordered) {
      // Read the label from the source, so that an escaped `\(a)` stays text.
      const start = head.position?.start.offset ?? 0
      const m = bulletLabel.exec(reader.text.slice(start, start + 24))
      const first = content[0]
      if (first?.type === 'text' && m && first.value.startsWith(m[1]!)) {
        label = m[1]!
        const value = first.value.slice(m[0].length).replace(/^\s+/u, '')
        content = value === '' ? content.slice(1) : [{type: 'text', value}, ...content.slice(1)]
      }
    }
  } else if (head) {
    remaining = entry.children
  }
  const item: Item = {type: 'item', id: '', label, content, children: [], position}
  for (const child of remaining) {
    if (child.type === 'paragraph') {
      item.children.push({type: 'paragraph', id: '', content: readInline(reader, child.children), position: positionOf(child)} satisfies Paragraph)
    } else if (child.type === 'list') {
      readList(reader, child, item.children)
    } else {
      refuse(reader, child)
    }
  }
  return item
}

/** Inline content with white space as a reader sees it: line breaks become spaces, ends trimmed. */
function readInline(reader: Reader, nodes: Array<PhrasingContent>): Array<Inline> {
  const out: Array<Inline> = []
  const push = (inline: Inline) => {
    const last = out.at(-1)
    if (inline.type === 'text' && last?.type === 'text') last.value += inline.value
    else out.push(inline)
  }
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        push({type: 'text', value: node.value.replace(/[ \t]*\r?\n[ \t]*/gu, ' ')})
        break
      case 'break':
        push({type: 'text', value: ' '})
        break
      case 'strong':
        out.push({type: 'strong', children: readInline(reader, node.children)})
        break
      case 'emphasis':
        out.push({type: 'emphasis', children: readInline(reader, node.children)})
        break
      case 'link':
      case 'linkReference':
        report(reader, 'warning', 'Links are not kept in legal text: only the words are', positionOf(node), 'link-dropped')
        for (const child of readInline(reader, node.children)) push(child)
        break
      default:
        report(reader, 'error', `${describe(node.type)} is not allowed in legal text; only words, **bold** and *italic*`, positionOf(node), 'unsupported-markup')
    }
  }
  return trimEnds(out)
}

function trimEnds(inlines: Array<Inline>): Array<Inline> {
  const trim = (nodes: Array<Inline>, side: 'start' | 'end'): void => {
    const node = side === 'start' ? nodes[0] : nodes.at(-1)
    if (!node) return
    if (node.type === 'text') {
      node.value = side === 'start' ? node.value.replace(/^\s+/u, '') : node.value.replace(/\s+$/u, '')
      if (node.value === '') {
        if (side === 'start') nodes.shift()
        else nodes.pop()
        trim(nodes, side)
      }
    } else trim(node.children, side)
  }
  trim(inlines, 'start')
  trim(inlines, 'end')
  return inlines
}

function describe(type: string): string {
  const names: Record<string, string> = {
    inlineCode: 'Code', code: 'A code block', html: 'HTML', image: 'An image', imageReference: 'An image', table: 'A table',
    thematicBreak: 'A horizontal rule', definition: 'A link definition', footnoteDefinition: 'A footnote', delete: 'Strike-through'
  }
  return names[type] ?? `Markdown \`${type}\``
}

function refuse(reader: Reader, node: RootContent): void {
  if (node.type === 'blockquote') {
    report(reader, 'error', 'A block quote is allowed only directly under an article heading, for its metadata (`> status: …`)', positionOf(node), 'misplaced-metadata')
    return
  }
  report(reader, 'error', `${describe(node.type)} is not allowed in a corpus file`, positionOf(node), 'unsupported-markup')
}
