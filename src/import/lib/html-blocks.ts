// HTML (a web page, or what mammoth makes of a Word document) into source blocks.
// A small tokenizer is enough: mammoth writes plain, well-formed HTML, and pages saved from Word or a
// browser only need their block tags, lists and bold/italic read.
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import {collapseSpaces, inlinesFromRuns, trimInlines, type Run} from './inline.ts'
import {formatListNumber} from './list-numbers.ts'
import type {SourceBlock, SourceDocument, SourceUnit} from './types.ts'

/** Options of `blocksFromHtml`. */
export interface HtmlBlockOptions {
  file: string
  /** `paragraph` for a Word document converted by mammoth (its HTML is one line); `line` for an HTML file. */
  unit: SourceUnit
}

const source = 'synoptic-import'
const blockTags = new Set([
  'p', 'div', 'li', 'td', 'th', 'tr', 'blockquote', 'pre', 'dt', 'dd', 'address', 'section', 'article', 'header', 'footer',
  'caption', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ol', 'ul', 'table', 'body', 'main', 'center', 'hr'
])
const skippedTags = new Set(['head', 'script', 'style', 'title', 'template', 'noscript', 'svg', 'object'])

/** An open `<ol>` or `<ul>`. */
interface OpenList {
  ordered: boolean
  /** `1`, `a`, `A`, `i`, `I`, or `none` (a list drawn without markers). */
  type: string
  next: number
}

/** An open `<li>`: its label and whether its first block has been written. */
interface OpenItem {
  label: string
  started: boolean
  depth: number
}

const entityNames: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“',
  rdquo: '”', hellip: '…', bull: '•', middot: '·', copy: '©', reg: '®', sect: '§', para: '¶', deg: '°', laquo: '«',
  raquo: '»', times: '×', euro: '€', shy: '', zwj: '', zwnj: '', ensp: ' ', emsp: ' ', thinsp: ' ', rarr: '→', larr: '←'
}

/** Text with HTML character references decoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return entityNames[name.toLowerCase()] ?? whole
  })
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of text.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    out[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')
  }
  return out
}

function listType(tag: string, attrs: Record<string, string>): string {
  const style = /list-style(?:-type)?\s*:\s*([a-z-]+)/i.exec(attrs.style ?? '')?.[1]?.toLowerCase()
  if (style === 'none') return 'none'
  if (tag === 'ul') return style && style !== 'disc' && style !== 'circle' && style !== 'square' ? cssType(style) : 'bullet'
  if (style) return cssType(style)
  const type = attrs.type
  return type && /^[1aAiI]$/.test(type) ? type : '1'
}

function cssType(style: string): string {
  const types: Record<string, string> = {
    'lower-alpha': 'a', 'lower-latin': 'a', 'upper-alpha': 'A', 'upper-latin': 'A', 'lower-roman': 'i', 'upper-roman': 'I', decimal: '1'
  }
  return types[style] ?? 'bullet'
}

/**
 * Splits HTML into blocks: headings, paragraphs, list items with their nesting depth. An `<ol>` item
 * whose text has no typed number gets the label its list gives it (`listLabel`), in the letter style
 * the document itself types elsewhere ("(a)" or "a)"). Tables are read cell by cell, images and notes
 * are left out, each with a warning.
 */
export function blocksFromHtml(html: string, options: HtmlBlockOptions): Result<SourceDocument> {
  const messages: Array<SynopticMessage> = []
  const blocks: Array<SourceBlock> = []
  const letterShape = /\(\s?[a-z]\s?\)/.test(html) || !/(?:^|[\s>])[a-z]\)\s/.test(html) ? '(x)' : 'x)'
  const lists: Array<OpenList> = []
  const items: Array<OpenItem> = []
  const skipping: Array<string> = []
  let runs: Array<Run> = []
  let blockLine = 1
  let headingLevel = 0
  let bold = 0
  let italic = 0
  let line = 1
  let inNote = 0
  let noteAnchor = 0
  let pre = 0
  const notes: Array<string> = []

  const place = () => (options.unit === 'line' ? line : blocks.length + 1)
  const warn = (reason: string, ruleId: string, at = place()) =>
    messages.push(createMessage('warning', reason, {file: options.file, place: {line: at, column: 1, offset: 0}, source, ruleId}))

  const flush = () => {
    const content = trimInlines(collapseSpaces(inlinesFromRuns(runs)))
    runs = []
    if (content.length === 0) return
    if (inNote > 0) {
      notes.push(content.map((n) => (n.type === 'text' ? n.value : '…')).join(''))
      return
    }
    const at = options.unit === 'line' ? blockLine : blocks.length + 1
    const item = items.at(-1)
    const block: SourceBlock = {kind: 'paragraph', content, line: at, endLine: options.unit === 'line' ? line : at}
    if (headingLevel > 0) block.kind = 'heading'
    else if (item) {
      block.depth = item.depth
      if (!item.started) {
        block.kind = 'item'
        block.listLabel = item.label
        item.started = true
      } else block.continues = true
    }
    blocks.push(block)
  }

  const tokens = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>|[^<]+|</g
  for (const token of html.matchAll(tokens)) {
    const whole = token[0]
    const tag = token[2]?.toLowerCase()
    if (tag === undefined) {
      if (whole.startsWith('<!') || whole.startsWith('<?')) {
        line += (whole.match(/\n/g) ?? []).length
        continue
      }
      if (skipping.length === 0 && noteAnchor === 0) {
        if (runs.length === 0 || runs.every((r) => r.text.trim() === '')) blockLine = line
        const text = decodeEntities(whole)
        runs.push({text: pre > 0 ? text : text.replace(/\s+/g, ' '), bold: bold > 0, italic: italic > 0})
      }
      line += (whole.match(/\n/g) ?? []).length
      continue
    }
    const closing = token[1] === '/'
    const attrs = attributes(token[3] ?? '')
    line += (whole.match(/\n/g) ?? []).length

    if (skippedTags.has(tag)) {
      if (closing) {
        if (skipping.at(-1) === tag) skipping.pop()
      } else if (token[4] !== '/') skipping.push(tag)
      continue
    }
    if (skipping.length > 0) continue

    if (tag === 'br') {
      flush()
      blockLine = line
      continue
    }
    if (tag === 'img' && !closing) {
      warn(`an image${attrs.alt ? ` ("${attrs.alt}")` : ''} was left out`, 'image-dropped')
      continue
    }
    if (tag === 'a') {
      // mammoth's note references ("[1]") and back links ("↑") are not text of the law.
      const href = attrs.href ?? ''
      if (!closing && /^#(?:footnote|endnote)/.test(href)) noteAnchor++
      else if (closing && noteAnchor > 0) noteAnchor--
      continue
    }
    if (tag === 'strong' || tag === 'b') {
      bold += closing ? -1 : 1
      bold = Math.max(0, bold)
      continue
    }
    if (tag === 'em' || tag === 'i') {
      italic += closing ? -1 : 1
      italic = Math.max(0, italic)
      continue
    }
    if (!blockTags.has(tag)) continue

    flush()
    blockLine = line
    if (/^h[1-6]$/.test(tag)) {
      headingLevel = closing ? 0 : Number(tag[1])
      continue
    }
    if (tag === 'pre') pre += closing ? -1 : 1
    if (tag === 'table' && !closing) warn('a table was read cell by cell, one paragraph per cell', 'table-flattened')
    if (tag === 'ol' || tag === 'ul') {
      if (closing) lists.pop()
      else lists.push({ordered: tag === 'ol', type: listType(tag, attrs), next: Number(attrs.start ?? '1') || 1})
      continue
    }
    if (tag === 'li') {
      if (closing) {
        const done = items.pop()
        if (done && done.label === '\u0000note') inNote--
        continue
      }
      if (/^(?:footnote|endnote)-/.test(attrs.id ?? '')) {
        inNote++
        items.push({label: '\u0000note', started: true, depth: 0})
        continue
      }
      const list = lists.at(-1) ?? {ordered: false, type: 'bullet', next: 1}
      if (attrs.value && /^[0-9]+$/.test(attrs.value)) list.next = Number(attrs.value)
      const label = list.type === 'bullet' || list.type === 'none' ? '' : formatListNumber(list.next, list.type, letterShape)
      list.next++
      items.push({label, started: false, depth: Math.max(0, lists.length - 1)})
    }
  }
  flush()
  if (notes.length > 0) {
    warn(
      `${notes.length} footnote${notes.length === 1 ? ' was' : 's were'} left out: ${notes.map((n, i) => `[${i + 1}] ${n.length > 60 ? n.slice(0, 57) + '…' : n}`).join('; ')}`,
      'notes-dropped',
      options.unit === 'line' ? line : blocks.length
    )
  }
  return {value: {blocks, unit: options.unit}, messages}
}
