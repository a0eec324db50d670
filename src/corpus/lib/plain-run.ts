// The Markdown tree of a run in the plain shape most corpus files have, built without micromark: front matter, ATX headings,
// blank lines, `> key: value` block quotes of plain words, one-line paragraphs and tight lists of one-line items
// (nested at any depth), their words with `*` and `_` emphasis and strong emphasis. micromark takes about a
// millisecond for an article of that shape, most of a cold export's time; this reads it in a few microseconds.
//
// Any line, or any character, that could mean something else in CommonMark (a code span, a link, an escape, a
// character reference, HTML, a tab, a lazy or second line of a paragraph, a blank line inside a list, a list that
// might not interrupt the paragraph above it) gives undefined and the run goes to micromark. Emphasis follows
// micromark's own attention resolver step by step. Tests hold the trees built here equal to micromark's,
// positions included, over the shipped corpus, imported real laws and generated edge cases.
import type {Blockquote, Emphasis, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Strong, Text} from 'mdast'
import type {Run} from './runs.ts'

/** Plain words: ASCII letters, digits, spaces and punctuation that starts no Markdown syntax anywhere in a line. */
const plain = /^[A-Za-z0-9 .,:;()'"/?-]*$/u
const quoteLine = /^> ([A-Za-z](?:[A-Za-z0-9 .,:;()'"/?-]*[A-Za-z0-9.,:;()'"/?-])?)$/u
/** Characters that may start inline syntax other than emphasis, or that micromark rewrites (tab, NUL, CR). */
// eslint-disable-next-line no-control-regex
const inlineSyntax = /[\\`[\]<&\u0000-\u001f]/u
const headingLine = /^(#{1,6}) ([^ #][^#]*)$/u
/** A list item: its indentation, bullet or number and delimiter, one space, and text. */
const itemLine = /^( *)(?:([-+*])|(\d{1,9})([.)])) (?=[^ ])/u
const thematicBreak = /^(?:(?:\* *){3,}|(?:_ *){3,})$/u
const orderedStart = /^\d{1,9}[.)](?: |$)/u
/** A run of `*` or of `_`. */
const attention = /\*+|_+/gu
const unicodeWhitespace = /\s/u
const unicodePunctuation = /\p{P}|\p{S}/u

interface At {
  line: number
  column: number
  offset: number
}

/** An open list item: its list, and the column its text starts at (counted from 0). */
interface OpenItem {
  list: List
  item: ListItem
  /** The list's marker: `-`, `+`, `*`, `.` or `)`. */
  marker: string
  indent: number
}

/**
 * Whether the text of a block (after its indentation) could start something other than a paragraph: a heading,
 * quote, list item, thematic break, fence, setext underline or HTML. Conservative: `-`, `+`, `=`, `#`, `>` and
 * `~` always count.
 */
function startsBlock(content: string): boolean {
  const first = content[0]
  if (first === undefined || first === ' ' || '-+=#>~'.includes(first)) return true
  if (first >= '0' && first <= '9') return orderedStart.test(content)
  if (first === '*') return content.length === 1 || content[1] === ' ' || thematicBreak.test(content)
  if (first === '_') return thematicBreak.test(content)
  return false
}

/** micromark's classes of a UTF-16 code unit beside a `*` or `_` run: 1 white space (or none), 2 punctuation, 0 other. */
function classify(text: string, index: number): 0 | 1 | 2 {
  if (index < 0 || index >= text.length) return 1
  const code = text.charCodeAt(index)
  // ASCII: letters and digits are other, the rest of the printable range punctuation or symbols.
  if (code < 127) return code === 32 || (code >= 9 && code <= 13) ? 1 : (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 0 : 2
  if (code === 127) return 0
  const c = text[index]!
  if (unicodeWhitespace.test(c)) return 1
  return unicodePunctuation.test(c) ? 2 : 0
}

/** A piece of one line's inline text: plain characters, a run of `*` or `_`, or emphasis made of them. */
type Piece =
  | {kind: 'data'; start: number; end: number}
  | {kind: 'sequence'; marker: string; start: number; end: number; open: boolean; close: boolean}
  | {kind: 'group'; strong: boolean; start: number; end: number; children: Array<Piece>}

/** micromark's `resolveAllAttention` over one line's pieces: pairs closers with openers, innermost first. */
function resolveAttention(pieces: Array<Piece>): Array<Piece> {
  let index = 0
  while (index < pieces.length) {
    const closer = pieces[index]!
    let matched = false
    if (closer.kind === 'sequence' && closer.close) {
      for (let open = index - 1; open >= 0; open--) {
        const opener = pieces[open]!
        if (opener.kind !== 'sequence' || !opener.open || opener.marker !== closer.marker) continue
        const openSize = opener.end - opener.start
        const closeSize = closer.end - closer.start
        // The rule of three: `*a**` does not pair when either side could be both.
        if ((opener.close || closer.open) && closeSize % 3 && !((openSize + closeSize) % 3)) continue
        const use = openSize > 1 && closeSize > 1 ? 2 : 1
        const group: Piece = {kind: 'group', strong: use > 1, start: opener.end - use, end: closer.start + use, children: resolveAttention(pieces.slice(open + 1, index))}
        opener.end -= use
        closer.start += use
        const replacement: Array<Piece> = []
        if (opener.end > opener.start) replacement.push(opener)
        replacement.push(group)
        if (closer.end > closer.start) replacement.push(closer)
        pieces.splice(open, index - open + 1, ...replacement)
        // What is left of the closer may close again, with an opener further back.
        index = open + replacement.length - (closer.end > closer.start ? 1 : 0)
        matched = true
        break
      }
    }
    if (!matched) index++
  }
  return pieces
}

/**
 * The inline nodes of one line's text `content`, which starts at column `column` (1-based) and offset `offset`
 * of line `line`; undefined when the text holds syntax other than emphasis.
 */
function inlineNodes(content: string, line: number, column: number, offset: number): Array<PhrasingContent> | undefined {
  if (inlineSyntax.test(content)) return undefined
  const point = (index: number): At => ({line, column: column + index, offset: offset + index})
  // Most lines have no emphasis: one text node.
  if (!content.includes('*') && !content.includes('_')) return [{type: 'text', value: content, position: {start: point(0), end: point(content.length)}}]
  const pieces: Array<Piece> = []
  let at = 0
  attention.lastIndex = 0
  for (let m = attention.exec(content); m; m = attention.exec(content)) {
    if (m.index > at) pieces.push({kind: 'data', start: at, end: m.index})
    const c = m[0][0]!
    const end = m.index + m[0].length
    const before = classify(content, m.index - 1)
    const after = classify(content, end)
    const open = !after || (after === 2 && before !== 0)
    const close = !before || (before === 2 && after !== 0)
    pieces.push({kind: 'sequence', marker: c, start: m.index, end, open: c === '*' ? open : open && (before !== 0 || !close), close: c === '*' ? close : close && (after !== 0 || !open)})
    at = end
  }
  if (at < content.length) pieces.push({kind: 'data', start: at, end: content.length})
  const build = (list: Array<Piece>): Array<PhrasingContent> => {
    const out: Array<PhrasingContent> = []
    let text: Text | undefined
    let textStart = 0
    for (const piece of list) {
      if (piece.kind === 'group') {
        text = undefined
        const node: Strong | Emphasis = {type: piece.strong ? 'strong' : 'emphasis', children: build(piece.children) as Strong['children'], position: {start: point(piece.start), end: point(piece.end)}}
        out.push(node)
        continue
      }
      if (piece.end === piece.start) continue
      if (text) {
        text.value = content.slice(textStart, piece.end)
        text.position!.end = point(piece.end)
      } else {
        textStart = piece.start
        text = {type: 'text', value: content.slice(piece.start, piece.end), position: {start: point(piece.start), end: point(piece.end)}}
        out.push(text)
      }
    }
    return out
  }
  return build(resolveAttention(pieces))
}

/** The tree of `run` when every line has the plain shape, else undefined. Positions are the whole file's. */
export function plainRun(run: Run): Root | undefined {
  const text = run.text
  if (text.includes('\r')) return undefined
  const children: Array<RootContent> = []
  let quote: {node: Blockquote; lines: Array<string>; end: At} | undefined
  const close = () => {
    if (!quote) return
    const paragraph = quote.node.children[0]!
    if (paragraph.type === 'paragraph') {
      const value = paragraph.children[0]!
      if (value.type === 'text') value.value = quote.lines.join('\n')
      value.position!.end = quote.end
      paragraph.position!.end = quote.end
    }
    quote.node.position!.end = quote.end
    children.push(quote.node)
    quote = undefined
  }
  // The open list items, outermost first; lists here are tight, so a blank line ends them all.
  let items: Array<OpenItem> = []
  // What the line before was: a paragraph's line (a new list may then not start with a number other than 1, and
  // a paragraph line cannot follow), a block quote's, a heading, or blank (or none: the start of the run).
  let previous: 'paragraph' | 'quote' | 'heading' | 'blank' | 'list-closed-by-blank' = 'blank'
  let offset = 0
  let line = run.lines + 1
  const lines = text.split('\n')
  let first = 0
  // Front matter, at the very start of a file: `---`, the YAML lines, `---`. A line starting `---` inside
  // (which micromark might take as the closing fence) leaves the run to micromark.
  if (run.offset === 0 && run.lines === 0 && lines[0] === '---') {
    const closing = lines.indexOf('---', 1)
    if (closing < 0 || lines.slice(1, closing).some((l) => l.startsWith('---'))) return undefined
    const endOffset = lines.slice(0, closing + 1).join('\n').length
    children.push({type: 'yaml', value: lines.slice(1, closing).join('\n'), position: {start: {line: 1, column: 1, offset: 0}, end: {line: closing + 1, column: 4, offset: endOffset}}})
    first = closing + 1
    offset = endOffset + 1
    line = closing + 2
    previous = 'heading'
  }
  for (let index = first; index < lines.length; index++) {
    const content = lines[index]!
    const start = run.offset + offset
    const end: At = {line, column: content.length + 1, offset: start + content.length}
    if (content === '') {
      close()
      if (items.length > 0) {
        items = []
        previous = 'list-closed-by-blank'
      } else if (previous !== 'list-closed-by-blank') previous = 'blank'
    } else if (content.charCodeAt(0) === 32 && /^ +$/u.test(content)) {
      // White space only: blank to Markdown, but a list's looseness and a quote's end are micromark's to judge.
      if (items.length > 0 || previous === 'list-closed-by-blank') return undefined
      close()
      previous = 'blank'
    } else if (content.startsWith('#')) {
      const m = headingLine.exec(content)
      if (!m || content.endsWith(' ')) return undefined
      close()
      items = []
      const depth = m[1]!.length
      const words = inlineNodes(m[2]!, line, depth + 2, start + depth + 1)
      if (!words) return undefined
      const node: Heading = {type: 'heading', depth: depth as Heading['depth'], children: words, position: {start: {line, column: 1, offset: start}, end}}
      children.push(node)
      previous = 'heading'
    } else if (content.startsWith('>')) {
      const m = quoteLine.exec(content)
      if (!m || !plain.test(m[1]!)) return undefined
      items = []
      if (quote) {
        quote.lines.push(m[1]!)
        quote.end = end
      } else {
        const inner = {line, column: 3, offset: start + 2}
        quote = {
          node: {
            type: 'blockquote',
            children: [{type: 'paragraph', children: [{type: 'text', value: '', position: {start: inner, end}}], position: {start: inner, end}}],
            position: {start: {line, column: 1, offset: start}, end}
          },
          lines: [m[1]!],
          end
        }
      }
      previous = 'quote'
    } else {
      if (content.endsWith(' ')) return undefined
      let indent = 0
      while (content.charCodeAt(indent) === 32) indent++
      const item = itemLine.exec(content)
      // After a blank line that ended a list, anything indented or any item may still belong to it (a loose list).
      if (previous === 'list-closed-by-blank' && (indent > 0 || item)) return undefined
      // The items this line is indented far enough to stay in.
      let kept = 0
      while (kept < items.length && items[kept]!.indent <= indent) kept++
      const base = kept > 0 ? items[kept - 1]!.indent : 0
      if (indent - base > 3) return undefined
      if (item) {
        const marker = item[2] ?? item[4]!
        const textAt = item[0].length
        const rest = content.slice(textAt)
        if (startsBlock(rest) || (marker === '*' && thematicBreak.test(content.slice(indent)))) return undefined
        const words = inlineNodes(rest, line, textAt + 1, start + textAt)
        if (!words) return undefined
        const paragraph: Paragraph = {type: 'paragraph', children: words, position: {start: {line, column: textAt + 1, offset: start + textAt}, end}}
        const entry: ListItem = {type: 'listItem', spread: false, checked: null, children: [paragraph], position: {start: {line, column: indent + 1, offset: start + indent}, end}}
        const sibling = items[kept]
        let list: List
        if (sibling) {
          // A list is open at this depth: the item joins it, or (another marker) would start a list beside it.
          if (sibling.marker !== marker || sibling.list.ordered !== (item[3] !== undefined)) return undefined
          list = sibling.list
          list.children.push(entry)
        } else {
          // A new list: a number other than 1 cannot interrupt a paragraph (the line would continue it).
          if (item[3] !== undefined && item[3] !== '1' && previous !== 'blank' && previous !== 'heading') return undefined
          list = {type: 'list', ordered: item[3] !== undefined, start: item[3] !== undefined ? Number.parseInt(item[3], 10) : null, spread: false, children: [entry], position: {start: {...entry.position!.start}, end}}
          if (kept > 0) items[kept - 1]!.item.children.push(list)
          else {
            close()
            children.push(list)
          }
        }
        items = items.slice(0, kept)
        items.push({list, item: entry, marker, indent: textAt})
        for (const open of items) {
          open.item.position!.end = end
          open.list.position!.end = end
        }
        previous = 'paragraph'
      } else {
        // A paragraph: its first line only (a second would be a continuation), after a blank line or a heading.
        if (previous === 'paragraph' || previous === 'quote' || items.length > 0) return undefined
        const words = startsBlock(content.slice(indent)) ? undefined : inlineNodes(content.slice(indent), line, indent + 1, start + indent)
        if (!words) return undefined
        close()
        children.push({type: 'paragraph', children: words, position: {start: {line, column: indent + 1, offset: start + indent}, end}})
        previous = 'paragraph'
      }
    }
    offset += content.length + 1
    line++
  }
  close()
  // As micromark places the root: from the first line to the end of the text (`line` is one past its last line).
  const last = text.lastIndexOf('\n')
  return {
    type: 'root',
    children,
    position: {
      start: {line: run.lines + 1, column: 1, offset: run.offset},
      end: {line: line - 1, column: text.length - last, offset: run.offset + text.length}
    }
  }
}
