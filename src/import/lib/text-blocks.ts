// Text and Markdown into source blocks: page furniture dropped, wrapped lines joined into paragraphs.
import {createMessage, type SynopticMessage, type Result} from '../../message/index.ts'
import type {Inline} from '../../model/index.ts'
import {mentionsOnly, readArticleHeading, readDivisionHeading, startsStructure} from './headings.ts'
import {readLabel} from './labels.ts'
import {collapseSpaces, inlinesFromMarkdown, joinInlines, plainInlines, trimInlines} from './inline.ts'
import type {SourceBlock, SourceDocument} from './types.ts'

/** Options of `blocksFromText`. */
export interface TextBlockOptions {
  /** Read `#` headings, `-`/`1.` list items with their indentation, and `**bold**`/`*italic*`. */
  markdown?: boolean | undefined
  /** The file name messages show. */
  file: string
}

/** A line after normalisation, with its number in the source. */
interface Line {
  text: string
  /** 1-based line number in the source. */
  number: number
  /** A page break (form feed or dropped page number/header) lies just before this line. */
  afterBreak: boolean
}

const source = 'synoptic-import'

/**
 * Splits text into blocks. Guarantees about the text the blocks hold: no tabs, no non-breaking or
 * zero-width spaces, no runs of spaces, no page numbers ("Page 3 of 40", "- 3 -") and no running
 * titles repeated at page breaks, no table-of-contents lines with dot leaders. Every dropped line is
 * counted in an info message; nothing else is dropped.
 */
export function blocksFromText(text: string, options: TextBlockOptions): Result<SourceDocument> {
  const messages: Array<SynopticMessage> = []
  const note = (severity: 'warning' | 'info', line: number, reason: string, ruleId: string) =>
    messages.push(createMessage(severity, reason, {file: options.file, place: {line, column: 1, offset: 0}, source, ruleId}))

  let lines = normalizeLines(text)
  if (options.markdown) lines = dropFrontMatter(lines, note)
  lines = splitFlattened(lines, note)
  lines = dropPageFurniture(lines, note)
  lines = dropContentsLines(lines, note)
  if (options.markdown) lines = dropHtmlTags(lines, note)
  const blocks = options.markdown ? markdownBlocks(lines) : textBlocks(lines)
  return {value: {blocks, unit: 'line'}, messages}
}

/** Lines with CR/LF, tabs, odd spaces and invisible characters normalised; form feeds become page breaks. */
function normalizeLines(text: string): Array<Line> {
  const out: Array<Line> = []
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  let pendingBreak = true
  raw.forEach((line, index) => {
    const pages = line.split('\f')
    if (pages.length > 1) pendingBreak = true
    const cleaned = pages
      .join(' ')
      .replace(/\t/g, '    ')
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
      .replace(/[\u200B-\u200D\u2060\u00AD\uFEFF]/g, '')
      .trimEnd()
    out.push({text: cleaned, number: index + 1, afterBreak: pendingBreak})
    if (cleaned.trim() !== '') pendingBreak = false
  })
  return out
}

type Note = (severity: 'warning' | 'info', line: number, reason: string, ruleId: string) => void

// Where a heading starts inside a line: "… the Minister. Article 2. Scope …", "… PROVISIONS Article 1. Purpose".
// Not after a lower-case word ("under Article 5."), which is a reference.
const runInHeading = /(?<=(?:^|[.;:!?"”’)\]]|\b\p{Lu}{2,}|\b[0-9IVXLC]+)\s+)(?=(?:Article|Art\.|ARTICLE)\s+[0-9]+[a-z]?\s*[.:–—-]\s|(?:Chapter|CHAPTER|Part|PART|Title|TITLE|Section|SECTION)\s+[0-9IVXLC]+\s*[.:–—-]?\s+\p{Lu})/gu

// An item inside such a line: "… the following: 1. farms; 2. homes", "In this Law: (a) … ; and (b) …".
const runInItem = /(?<=[:;]\s+|;\s+(?:and|or)\s+)(?=\(?(?:[a-z]|[0-9]{1,2}|[ivx]{1,4})[.)]\s)/gu

/**
 * Text that lost its line breaks (a PDF page copied as one line) holds several "Article N." in one line: it is
 * split before each heading and each item that follows a colon or semicolon, every piece keeping the line's number. Only lines with at least two article
 * headings are touched, so a sentence that mentions "Chapter 2." stays whole.
 */
function splitFlattened(lines: Array<Line>, note: Note): Array<Line> {
  const out: Array<Line> = []
  let split = 0
  let first = 0
  for (const line of lines) {
    const articles = line.text.match(/(?:^|\s)(?:Article|Art\.|ARTICLE)\s+[0-9]+[a-z]?\s*[.:–—-]\s/gu)?.length ?? 0
    if (articles < 2) {
      out.push(line)
      continue
    }
    const pieces = line.text.split(runInHeading).flatMap((t) => t.split(runInItem)).map((t) => t.trim()).filter(Boolean)
    if (pieces.length < 2) {
      out.push(line)
      continue
    }
    split++
    first ||= line.number
    pieces.forEach((text, i) => out.push({...line, text, afterBreak: i === 0 ? line.afterBreak : false}))
  }
  if (split > 0) {
    note('info', first, `${split} line${split === 1 ? '' : 's'} holding several article headings (text that lost its line breaks, from line ${first}) ${split === 1 ? 'was' : 'were'} split before each heading`, 'flattened-text-split')
  }
  return out
}

function dropFrontMatter(lines: Array<Line>, note: Note): Array<Line> {
  const first = lines.findIndex((l) => l.text.trim() !== '')
  if (first < 0 || lines[first]!.text.trim() !== '---') return lines
  const end = lines.findIndex((l, i) => i > first && /^(---|\.\.\.)\s*$/.test(l.text))
  if (end < 0) return lines
  note('info', lines[first]!.number, `front matter (lines ${lines[first]!.number}–${lines[end]!.number}) was left out; the options give the new file's front matter`, 'front-matter-dropped')
  return lines.slice(end + 1)
}

const htmlTag = /<\/?([a-zA-Z][\w-]*)(?:\s+[^<>]*?)?\s*\/?>|<!--[\s\S]*?-->/g

/**
 * HTML inside Markdown (`<div align="center">` around a title, `<b>` in a line): lines of nothing but tags are
 * left out, bold and italic tags become Markdown emphasis, other tags are dropped and their words kept.
 */
function dropHtmlTags(lines: Array<Line>, note: Note): Array<Line> {
  let dropped = 0
  let first = 0
  const out: Array<Line> = []
  for (const line of lines) {
    if (!line.text.includes('<')) {
      out.push(line)
      continue
    }
    const text = line.text.replace(htmlTag, (tag, name: string | undefined) => {
      const lower = name?.toLowerCase()
      if (lower === 'b' || lower === 'strong') return '**'
      if (lower === 'i' || lower === 'em') return '*'
      if (lower === 'br') return ' '
      return ''
    })
    if (text === line.text) {
      out.push(line)
      continue
    }
    dropped++
    first ||= line.number
    // A line that held only tags leaves a blank line, so paragraphs stay apart.
    out.push({...line, text: text.trim() === '' ? '' : text})
  }
  if (dropped > 0) note('info', first, `HTML tags on ${dropped} line${dropped === 1 ? '' : 's'} (from line ${first}) were left out; their words were kept`, 'html-in-markdown')
  return out
}

// "Page 3", "Page 3 of 40", "3 of 40", "- 3 -", "3", "3/40", "[3]"
const pageNumber = /^\s*(?:(?:page|p\.)\s*[0-9]{1,4}(?:\s*(?:of|\/)\s*[0-9]{1,4})?|[0-9]{1,4}\s*(?:of|\/)\s*[0-9]{1,4}|[-–—]?\s*[0-9]{1,4}\s*[-–—]?|\[[0-9]{1,4}\])\s*$/i
// A running title beside a page number: "Labour Law        Page 3", "Page 3 of 40 | Labour Law"
const titledPageNumber = /^(?:(.{1,80}?)(?:\s{2,}|\s*\|\s*))?(?:page|p\.)\s*[0-9]{1,4}(?:\s*(?:of|\/)\s*[0-9]{1,4})?(?:(?:\s{2,}|\s*\|\s*)(.{1,80}))?$/i

/**
 * Drops page numbers and the running titles repeated next to them. A repeated line counts as a running
 * title only when most of its occurrences sit at a page break; a repeated line elsewhere is kept, with a
 * warning, because it may be law ("Repealed.").
 */
function dropPageFurniture(lines: Array<Line>, note: Note): Array<Line> {
  const kept: Array<Line> = []
  let pageNumbers = 0
  let firstPageLine = 0
  let pendingBreak = false
  for (const line of lines) {
    const text = line.text.trim()
    const titled = titledPageNumber.exec(text)
    if (text !== '' && (pageNumber.test(text) || (titled && (titled[1] !== undefined || titled[2] !== undefined)))) {
      // A lone number is only a page number when it stands apart (a blank line or the text's edge on one side).
      pageNumbers++
      firstPageLine ||= line.number
      pendingBreak = true
      continue
    }
    kept.push(pendingBreak && text !== '' ? {...line, afterBreak: true} : line)
    if (text !== '') pendingBreak = false
  }
  if (pageNumbers > 0) {
    note('info', firstPageLine, `${pageNumbers} page number line${pageNumbers === 1 ? '' : 's'} (from line ${firstPageLine}) were left out`, 'page-number-dropped')
  }

  // Running titles: the same short line at many page breaks.
  const nonBlank = kept.filter((l) => l.text.trim() !== '')
  const nearBreak = new Set<Line>()
  /** The first line of a page or the last: where a running head with its page number stands. */
  const atEdge = new Set<Line>()
  // The start and end of the text count as page breaks: the first page has a header, the last a footer.
  const breakBefore = (j: number) => j <= 0 || j >= nonBlank.length || nonBlank[j]!.afterBreak
  nonBlank.forEach((line, i) => {
    // One of the two lines after a break (a header) or before one (a footer).
    if (breakBefore(i) || breakBefore(i - 1) || breakBefore(i + 1) || breakBefore(i + 2)) nearBreak.add(line)
    if (breakBefore(i) || breakBefore(i + 1)) atEdge.add(line)
  })
  const occurrences = new Map<string, Array<Line>>()
  // A running head that carries the page number ("Workplace Safety [No. 12 of 2010 521") counts without it,
  // at a page break only ("PART 2" elsewhere keeps its number).
  const paged = new Set<string>()
  for (const line of nonBlank) {
    const whole = line.text.trim().replace(/\s+/g, ' ')
    const key = atEdge.has(line) ? whole.replace(/^[0-9]{1,4}\s+(?=\S.*\p{L})|(?<=\p{L}.*\S)\s+[0-9]{1,4}$/u, '') : whole
    if (key.length > 100 || startsStructure(key)) continue
    if (key !== whole) paged.add(key)
    occurrences.set(key, [...(occurrences.get(key) ?? []), line])
  }
  const dropped = new Set<Line>()
  for (const [key, found] of occurrences) {
    if (found.length < (paged.has(key) ? 2 : 3)) continue
    const atBreaks = found.filter((l) => nearBreak.has(l))
    if (atBreaks.length >= 2 && atBreaks.length >= found.length * 0.6) {
      for (const l of atBreaks) dropped.add(l)
      note('info', atBreaks[0]!.number, `running title "${key}" was left out at ${atBreaks.length} page breaks (first at line ${atBreaks[0]!.number})`, 'running-title-dropped')
    } else if (found.length >= 5 && !/[.;:,]$/.test(key)) {
      note('warning', found[0]!.number, `the line "${key}" appears ${found.length} times (lines ${found.slice(0, 3).map((l) => l.number).join(', ')}, …); it was kept as text, remove it if it is a running title`, 'repeated-line')
    }
  }
  const out: Array<Line> = []
  let carryBreak = false
  for (const line of kept) {
    if (dropped.has(line)) {
      carryBreak = true
      continue
    }
    const text = line.text.trim()
    out.push(carryBreak && text !== '' ? {...line, afterBreak: true} : line)
    if (text !== '') carryBreak = false
  }
  return out
}

// "Article 1 Objective ........ 3", "Chapter 2 Inspection …… 14"
const contentsLine = /(?:\.\s?){4,}\s*[0-9ivxlc]{1,4}\s*$|…{2,}\s*[0-9]{1,4}\s*$/i

function dropContentsLines(lines: Array<Line>, note: Note): Array<Line> {
  const dropped = lines.filter((l) => contentsLine.test(l.text))
  if (dropped.length === 0) return lines
  note('info', dropped[0]!.number, `${dropped.length} table-of-contents line${dropped.length === 1 ? '' : 's'} with dot leaders (from line ${dropped[0]!.number}) were left out`, 'contents-dropped')
  return lines.filter((l) => !dropped.includes(l))
}

/** Decorative rules: "-----", "* * *", "_____". */
function isRule(text: string): boolean {
  return /^[-_=*~•·.\s]{3,}$/.test(text) && /[-_=*~•·.]{3,}|(?:[*•·]\s+){2,}[*•·]/.test(text)
}

/** A block under construction. */
interface Pending {
  lines: Array<Line>
  content: Array<Inline>
}

function textBlocks(lines: Array<Line>): Array<SourceBlock> {
  const width = wrapWidth(lines)
  const blocks: Array<SourceBlock> = []
  let current: Pending | undefined
  let gap = false
  for (const line of lines) {
    const text = line.text.trim().replace(/\s+/g, ' ')
    if (text === '') {
      gap = true
      continue
    }
    if (isRule(text)) continue
    if (current) {
      const previous = current.lines.at(-1)!.text.trim()
      // Across a page break (and the blank lines around it), a sentence that runs on continues its paragraph.
      // A capital after the break continues it too when the line before ends on a word that cannot end a sentence.
      const acrossPage = gap && line.afterBreak && !endsSentence(previous) && !startsStructure(text) &&
        (/^[a-z]/.test(text) || /\b(?:the|of|and|or|to|by|a|an|in|for|with|under|that|any|this|his|her|its|their)$|,$/i.test(previous))
      // A heading takes only a visibly unfinished title from the next line, never the article's text.
      const afterHeading = isHeadingLine(inlineText(current.content))
      const goesOn = afterHeading ? headingGoesOn(previous, text, width) : continues(previous, text, width)
      if ((!gap && goesOn) || acrossPage) {
        const hyphenated = /[a-z]-$/.test(previous) && /^[a-z]/.test(text)
        current.lines.push(line)
        current.content = joinInlines(current.content, plainInlines(text), hyphenated ? '' : ' ')
        gap = false
        continue
      }
      blocks.push(toBlock(current, 'paragraph'))
    }
    current = {lines: [line], content: plainInlines(text)}
    gap = false
  }
  if (current) blocks.push(toBlock(current, 'paragraph'))
  return blocks
}

/**
 * A label at the start of a line that only carries on a reference begun on the line before:
 * "… under sub-article" + "(2) of this Article …" is one sentence, not an item (2).
 */
function isCrossReference(previous: string, text: string): boolean {
  if (endsSentence(previous)) return false
  // "… provided for under" + "Article 78(1) (a) hereof.": a reference, not a heading.
  if (readArticleHeading(text) || readDivisionHeading(text)) return /\b(?:under|in|of|to|by|with|and|or|see|per|from)$/i.test(previous)
  const label = readLabel(text)
  if (!label || label.label === '') return false
  const after = text.slice(label.length)
  const noun = /\b(?:sub-?articles?|articles?|sub-?paragraphs?|paragraphs?|sub-?sections?|sections?|sub-?clauses?|clauses?)$/i.test(previous)
  if (noun && label.label.startsWith('(') && /^[a-z]/.test(after)) return true
  return /^(?:of\s+(?:this|the)\b|above\b|below\b|hereof\b|thereof\b|hereunder\b|and\s+\(|or\s+\()/.test(after)
}

/**
 * Does a heading (its text so far in `previous`'s block) go on to `text`? Only when its title is visibly
 * unfinished: the next line in lower case, a last word that cannot end a title ("and", "of"), or a line
 * that ran to the wrap width followed by a short one, as pdftotext wraps a long title.
 */
function headingGoesOn(previous: string, text: string, width: number | undefined): boolean {
  if (endsSentence(previous) || startsStructure(text)) return false
  if (/^[a-z]/.test(text)) return true
  if (/\b(?:and|or|of|the|for|in|on|to|with|by|a|an|its|their)$|[,–—-]$/i.test(previous)) return true
  return width !== undefined && previous.length >= width * 0.8 && text.length < width * 0.6 && !endsSentence(text)
}

function inlineText(content: Array<Inline>): string {
  return content.map((n) => (n.type === 'text' ? n.value : inlineText(n.children))).join('')
}

function isHeadingLine(text: string): boolean {
  const article = readArticleHeading(text)
  const division = article ? undefined : readDivisionHeading(text)
  const found = article ?? division
  return found !== undefined && !mentionsOnly(found.rest, found.separated)
}

function endsSentence(text: string): boolean {
  return /[.;:!?]["'’”)\]]?$/.test(text)
}

/**
 * The width text was wrapped at, when it was (PDF text wraps every paragraph at about the same length);
 * undefined when each paragraph is one line (text pasted or saved from Word).
 */
function wrapWidth(lines: Array<Line>): number | undefined {
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n >= 20).sort((a, b) => a - b)
  if (lengths.length < 5) return undefined
  const width = lengths[Math.floor(lengths.length * 0.9)]!
  if (width < 40 || width > 130) return undefined
  const full = lengths.filter((n) => n >= width * 0.8).length
  return full >= lengths.length * 0.35 ? width : undefined
}

/**
 * Does `text` carry on the paragraph whose last line is `previous`? In wrapped text, a line that ran to the
 * margin goes on; otherwise only a sentence visibly unfinished (no closing punctuation, the next line in
 * lower case) goes on, so headings and short lines stay apart.
 */
function continues(previous: string, text: string, width: number | undefined): boolean {
  if (startsStructure(text)) return isCrossReference(previous, text)
  // After a full line that ends a sentence, a short capitalised line without closing punctuation is a heading
  // or a marginal note ("Interpretation" above "2. In this Act …"), not the paragraph's last line.
  const heading = endsSentence(previous) && width !== undefined && text.length < width * 0.6 && !endsSentence(text) && /^\p{Lu}/u.test(text)
  if (width !== undefined && previous.length >= width * 0.8 && !heading) return true
  return !endsSentence(previous) && (/^[a-z]/.test(text) || isCrossReference(previous, text))
}

function toBlock(pending: Pending, kind: SourceBlock['kind'], extra: Partial<SourceBlock> = {}): SourceBlock {
  return {
    kind,
    content: trimInlines(collapseSpaces(pending.content)),
    line: pending.lines[0]!.number,
    endLine: pending.lines.at(-1)!.number,
    ...extra
  }
}

/** Markdown, read line by line: headings, list items (nesting from indentation), paragraphs, emphasis. */
function markdownBlocks(lines: Array<Line>): Array<SourceBlock> {
  const blocks: Array<SourceBlock> = []
  // Indentation of the open list items, outermost first: a deeper marker nests under the item above it.
  const open: Array<{indent: number; content: number}> = []
  let current: (Pending & {kind: SourceBlock['kind']; depth?: number | undefined; continues?: boolean | undefined}) | undefined
  let gap = false
  const flush = () => {
    if (current) {
      const extra: Partial<SourceBlock> = {}
      if (current.depth !== undefined) extra.depth = current.depth
      if (current.continues) extra.continues = true
      if (current.kind === 'item' && !readLabel(current.lines[0]!.text)) extra.listLabel = ''
      blocks.push(toBlock(current, current.kind, extra))
    }
    current = undefined
  }
  for (const line of lines) {
    const raw = line.text
    if (raw.trim() === '') {
      gap = true
      continue
    }
    const indent = raw.length - raw.trimStart().length
    const body = raw.trim().replace(/^>\s?/, '')
    if (/^(?:[-*_]\s*){3,}$/.test(body)) {
      flush()
      continue
    }
    const heading = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/.exec(body)
    if (heading) {
      flush()
      open.length = 0
      blocks.push({kind: 'heading', content: trimInlines(collapseSpaces(inlinesFromMarkdown(heading[2]!))), line: line.number, endLine: line.number})
      gap = false
      continue
    }
    const bullet = /^([-*+])\s+(.*)$/.exec(body)
    const ordered = /^([0-9]{1,3}[.)])\s+(.*)$/.exec(body)
    if (bullet || ordered) {
      flush()
      while (open.length > 0 && open.at(-1)!.indent >= indent) open.pop()
      // An item indented less than its parent's text but more than its marker is still nested (lazy Markdown).
      const depth = open.length
      const marker = bullet ? bullet[1]! : ''
      const text = bullet ? bullet[2]! : body
      open.push({indent, content: indent + (bullet ? marker.length + 1 : 0)})
      current = {lines: [{...line, text}], content: inlinesFromMarkdown(text), kind: 'item', depth}
      gap = false
      continue
    }
    if (current && !gap) {
      // A lazy continuation line of the paragraph or item above.
      current.lines.push(line)
      current.content = joinInlines(current.content, inlinesFromMarkdown(body))
      continue
    }
    flush()
    // After a blank line: indented under an open item, a further paragraph of it; otherwise the lists end.
    while (open.length > 0 && open.at(-1)!.indent >= indent) open.pop()
    if (open.length > 0 && indent > 0) {
      current = {lines: [line], content: inlinesFromMarkdown(body), kind: 'paragraph', depth: open.length - 1, continues: true}
    } else {
      open.length = 0
      current = {lines: [line], content: inlinesFromMarkdown(body), kind: 'paragraph'}
    }
    gap = false
  }
  flush()
  return blocks
}
