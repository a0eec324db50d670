// Cuts a corpus file into runs of articles that Markdown reads alone exactly as it reads them in the whole file.
//
// Why: micromark (under remark-parse) copies its event list whenever a list or block quote closes, so one parse of
// a long file costs time quadratic in its length: 10,000 `> status:` block quotes in one file took 22 s. Parsed run
// by run, with positions shifted back, a file costs time linear in its size.
//
// A run starts at an ATX heading (`#` to `######`) written at the very start of a line. Such a line is a heading in
// the whole file, whatever comes before it, unless it sits in front matter, a fenced code block or an HTML block
// opened at the top level: those three are followed line by line below.
//
// A run also starts at a top-level list item (`- x`, `1. x` at the start of a line, with text after the marker)
// where that line is certainly a new item and no lazy continuation of a paragraph: a bullet or an item numbered 1
// (both may interrupt a paragraph or indented code), an item after a blank line (not after indented code), or an item of the same list as the item above when
// every line since is blank or indented at least as far as that item's text. The list cut in two is joined back
// (`joinRunNodes`): one list, its items in order, loose when either part is or a blank line lies between them. Where a line leaves any doubt (a fence or
// HTML written one to three spaces in, which may belong to a list item, `<!-->`, lone carriage returns, a link
// definition `[x]: …` whose reference may be in another run), the rest of the file stays one run: slower, never
// read differently.

import type {List, RootContent} from 'mdast'

/** A piece of a file: its text, how many line endings and characters come before it. */
export interface Run {
  text: string
  /** Lines before the run (add to a line number). */
  lines: number
  /** Characters before the run (add to an offset). */
  offset: number
}

const heading = /^#{1,6}(?:[ \t]|$)/u
const frontFence = /^---[ \t]*$/u
const backtickFence = /^(`{3,})[^`]*$/u
const tildeFence = /^(~{3,})/u
const doubtfulStart = /^ {1,3}(?:`{3}|~{3}|<)/u
const blank = /^[ \t]*$/u
/** A top-level list item with text: its bullet, or its number and delimiter, and the spaces before its text. */
const listItemStart = /^(?:([-+*])|(\d{1,9})([.)]))( {1,4})(?=[^ \t])/u
const thematicBreak = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/u
const indentation = /^[ \t]*/u

/** HTML blocks that end at a marker (CommonMark types 1 to 5), tried in order; the others end at a blank line. */
const htmlEnds: ReadonlyArray<{start: RegExp; end: RegExp; from: number}> = [
  {start: /^<(?:script|pre|style|textarea)(?=[\s>]|$)/iu, end: /<\/(?:script|pre|style|textarea)>/iu, from: 1},
  {start: /^<!--/u, end: /-->/u, from: 4},
  {start: /^<\?/u, end: /\?>/u, from: 2},
  {start: /^<![A-Za-z]/u, end: />/u, from: 3},
  {start: /^<!\[CDATA\[/u, end: /\]\]>/u, from: 9}
]

type State =
  | {in: 'text'}
  | {in: 'front'}
  | {in: 'fence'; mark: string; length: number}
  | {in: 'html'; end: RegExp}
  | {in: 'html-until-blank'}

/**
 * The runs of `text`, each at least `size` characters long (the last one aside) and starting at a heading.
 * Joined, they give `text` back.
 */
export function articleRuns(text: string, size = 2048): Array<Run> {
  const whole = [{text, lines: 0, offset: 0}]
  if (text.startsWith('\uFEFF') || /\r(?!\n)/u.test(text) || /\]:/u.test(text)) return whole
  const runs: Array<Run> = []
  let runStart = 0
  let runLines = 0
  let line = 0
  let state: State = {in: 'text'}
  // The top-level list known to be open: its marker (`-`, `.`, `)`) and how far its last item's text is indented.
  let list: {marker: string; indent: number} | undefined
  // A blank line before an item numbered other than 1 makes it a new item, unless indented code (which carries on
  // over blank lines and which such an item cannot interrupt) may be open: the last line was indented four or more.
  let previousBlank = false
  let codeMayBeOpen = false
  let at = 0
  while (at < text.length) {
    const newline = text.indexOf('\n', at)
    const next = newline === -1 ? text.length : newline + 1
    let content = text.slice(at, newline === -1 ? text.length : newline)
    if (content.endsWith('\r')) content = content.slice(0, -1)

    const item = state.in === 'text' && line > 0 ? listItemStart.exec(content) : null
    const isBlank = blank.test(content)
    if (state.in === 'text' && line > 0 && !isBlank) {
      if (item && !thematicBreak.test(content)) {
        const marker = item[1] ?? item[3]!
        const certain = item[1] !== undefined || item[2] === '1' || (previousBlank && !codeMayBeOpen) || list?.marker === marker
        list = certain ? {marker, indent: item[0].length} : undefined
        if (certain && at - runStart >= size) {
          runs.push({text: text.slice(runStart, at), lines: runLines, offset: runStart})
          runStart = at
          runLines = line
        }
      } else {
        const lead = indentation.exec(content)![0]
        if (!list || lead.includes('\t') || lead.length < list.indent) list = undefined
      }
    }
    if (state.in === 'text') {
      previousBlank = isBlank
      if (!isBlank) codeMayBeOpen = /^(?: {0,3}\t| {4})/u.test(content)
    }

    if (line === 0 && frontFence.test(content)) {
      state = {in: 'front'}
    } else if (state.in === 'front') {
      if (frontFence.test(content)) state = {in: 'text'}
    } else if (state.in === 'fence') {
      const close = new RegExp(`^ {0,3}${state.mark === '`' ? '`' : '~'}{${state.length},}[ \\t]*$`, 'u')
      if (close.test(content)) state = {in: 'text'}
    } else if (state.in === 'html') {
      if (state.end.test(content)) state = {in: 'text'}
    } else if (state.in === 'html-until-blank') {
      if (blank.test(content)) state = {in: 'text'}
    } else if (heading.test(content)) {
      if (at - runStart >= size) {
        runs.push({text: text.slice(runStart, at), lines: runLines, offset: runStart})
        runStart = at
        runLines = line
      }
    } else if (doubtfulStart.test(content) || /^<!---?>/u.test(content) || content.startsWith('<?>')) {
      break
    } else if (content.startsWith('`') || content.startsWith('~')) {
      const fence = backtickFence.exec(content) ?? tildeFence.exec(content)
      if (fence) state = {in: 'fence', mark: content[0]!, length: fence[1]!.length}
    } else if (content.startsWith('<')) {
      const kind = htmlEnds.find((h) => h.start.test(content))
      if (!kind) state = {in: 'html-until-blank'}
      else if (!kind.end.test(content.slice(kind.from))) state = {in: 'html', end: kind.end}
    }
    at = next
    line++
  }
  runs.push({text: text.slice(runStart), lines: runLines, offset: runStart})
  return runs
}

/** The marker a list's first item is written with: `-`, `+`, `*`, or an ordered item's `.` or `)`. */
function markerOf(list: List, text: string): string {
  const start = list.children[0]?.position?.start.offset ?? 0
  const m = /^[ \t]*(?:([-+*])|\d{1,9}([.)]))/u.exec(text.slice(start, start + 16))
  return m?.[1] ?? m?.[2] ?? ''
}

/**
 * Adds a run's top-level nodes after those of the runs before it (positions already the whole file's). A list
 * the cut split in two (the last node before, the first of the run, with the same marker) becomes one list again,
 * as one parse of the whole file reads it: its items in order, loose when either part is or when a blank line
 * lies between the two parts.
 */
export function joinRunNodes(before: Array<RootContent>, run: ReadonlyArray<RootContent>, text: string): void {
  const last = before.at(-1)
  const first = run[0]
  if (last?.type === 'list' && first?.type === 'list' && last.ordered === first.ordered && markerOf(last, text) === markerOf(first, text)) {
    const between = text.slice(last.position!.end.offset!, first.position!.start.offset!)
    last.spread = Boolean(last.spread) || Boolean(first.spread) || between.split('\n').length > 2
    for (const entry of first.children) last.children.push(entry)
    last.position!.end = first.position!.end
    for (let i = 1; i < run.length; i++) before.push(run[i]!)
    return
  }
  for (const node of run) before.push(node)
}
