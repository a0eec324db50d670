// The Markdown tree of a run made only of headings, blank lines and `> key: value` block quotes of plain words,
// built without micromark. Such runs are the articles the sources cite without quoting (`> status: text not
// available`): a corpus may hold tens of thousands of them, and micromark takes a tenth of a millisecond for each.
// Any other line, or any character that could start Markdown syntax, gives undefined and the run goes to
// micromark; a test holds the trees built here equal to micromark's, positions included.
import type {Blockquote, Heading, Root, RootContent} from 'mdast'
import type {Run} from './runs.ts'

/** Plain words: ASCII letters, digits, spaces and punctuation that starts no Markdown syntax anywhere in a line. */
const plain = /^[A-Za-z0-9 .,:;()'"/?-]*$/u
const headingLine = /^(#{1,6}) ([A-Za-z0-9.,:;()'"/?-](?:[A-Za-z0-9 .,:;()'"/?-]*[A-Za-z0-9.,:;()'"/?-])?)$/u
const quoteLine = /^> ([A-Za-z](?:[A-Za-z0-9 .,:;()'"/?-]*[A-Za-z0-9.,:;()'"/?-])?)$/u

interface At {
  line: number
  column: number
  offset: number
}

/** The tree of `run` when every line is plain, else undefined. Positions are the whole file's. */
export function plainRun(run: Run): Root | undefined {
  const text = run.text
  if (text.includes('\r') || !plain.test(text.replace(/[\n#>]/gu, ''))) return undefined
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
  let offset = 0
  let line = run.lines + 1
  for (const content of text.split('\n')) {
    const start = run.offset + offset
    const end: At = {line, column: content.length + 1, offset: start + content.length}
    if (content.trim() === '') {
      close()
    } else if (content.startsWith('#')) {
      const m = headingLine.exec(content)
      if (!m) return undefined
      close()
      const depth = m[1]!.length
      const words = m[2]!
      const node: Heading = {
        type: 'heading',
        depth: depth as Heading['depth'],
        children: [{type: 'text', value: words, position: {start: {line, column: depth + 2, offset: start + depth + 1}, end}}],
        position: {start: {line, column: 1, offset: start}, end}
      }
      children.push(node)
    } else if (content.startsWith('>')) {
      const m = quoteLine.exec(content)
      if (!m) return undefined
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
    } else {
      return undefined
    }
    offset += content.length + 1
    line++
  }
  close()
  // As micromark places the root: from the first line to the end of the text.
  const last = text.lastIndexOf('\n')
  return {
    type: 'root',
    children,
    position: {
      start: {line: run.lines + 1, column: 1, offset: run.offset},
      end: {line: run.lines + 1 + text.split('\n').length - 1, column: text.length - last, offset: run.offset + text.length}
    }
  }
}
