// Inline text for the importer: plain words, Markdown emphasis, and runs with bold/italic flags (HTML, Word).
import type {Inline} from '../../model/index.ts'

/** A stretch of text with the emphasis it carries. */
export interface Run {
  text: string
  bold: boolean
  italic: boolean
}

/**
 * Inline nodes from runs: neighbours with the same emphasis merge, spaces move outside bold and italic
 * (so `**word **` is never written), and a bold stretch holding an italic word stays one `strong`.
 */
export function inlinesFromRuns(runs: ReadonlyArray<Run>): Array<Inline> {
  const split: Array<Run> = []
  for (const run of runs) {
    if (run.text === '') continue
    if (!run.bold && !run.italic) {
      split.push(run)
      continue
    }
    // Keep white space at the edges of an emphasised run out of the emphasis.
    const lead = /^\s*/.exec(run.text)![0]
    const trail = run.text.slice(lead.length).match(/\s*$/)![0]
    const core = run.text.slice(lead.length, run.text.length - trail.length)
    if (lead) split.push({text: lead, bold: false, italic: false})
    if (core) split.push({...run, text: core})
    if (trail) split.push({text: trail, bold: false, italic: false})
  }
  const merged: Array<Run> = []
  for (const run of split) {
    const last = merged.at(-1)
    if (last && last.bold === run.bold && last.italic === run.italic) last.text += run.text
    else merged.push({...run})
  }
  const out: Array<Inline> = []
  for (const run of merged) {
    let node: Inline = {type: 'text', value: run.text}
    if (run.italic) node = {type: 'emphasis', children: [node]}
    if (run.bold) {
      const last = out.at(-1)
      if (last?.type === 'strong') {
        last.children.push(node)
        continue
      }
      node = {type: 'strong', children: [node]}
    }
    const last = out.at(-1)
    if (last?.type === 'text' && node.type === 'text') last.value += node.value
    else out.push(node)
  }
  return out
}

/** Plain text, one node, or nothing for an empty string. */
export function plainInlines(text: string): Array<Inline> {
  return text === '' ? [] : [{type: 'text', value: text}]
}

/**
 * Inline nodes from a line of Markdown: `**bold**`, `__bold__`, `*italic*`, `_italic_`, backslash escapes;
 * links and code spans keep their words. An unmatched marker stays as it is written.
 */
export function inlinesFromMarkdown(text: string): Array<Inline> {
  return inlinesFromRuns(markdownRuns(text, false, false))
}

function markdownRuns(text: string, bold: boolean, italic: boolean): Array<Run> {
  const runs: Array<Run> = []
  let plain = ''
  const flush = () => {
    if (plain) runs.push({text: plain, bold, italic})
    plain = ''
  }
  let i = 0
  while (i < text.length) {
    const ch = text[i]!
    if (ch === '\\' && i + 1 < text.length && /[\\`*_{}[\]()#+\-.!>|~]/.test(text[i + 1]!)) {
      plain += text[i + 1]
      i += 2
      continue
    }
    if (ch === '`') {
      const end = text.indexOf('`', i + 1)
      if (end > i) {
        plain += text.slice(i + 1, end)
        i = end + 1
        continue
      }
    }
    if (ch === '[') {
      const link = /^\[([^\]]*)\]\([^)]*\)/.exec(text.slice(i))
      if (link) {
        plain += link[1]
        i += link[0].length
        continue
      }
    }
    if (ch === '*' || ch === '_') {
      const double = text[i + 1] === ch
      const marker = double ? ch + ch : ch
      const after = text[i + marker.length]
      const before = text[i - 1]
      // An opening marker is followed by a non-space; `_` must also start a word (snake_case stays).
      const opens = after !== undefined && !/\s/.test(after) && !(ch === '_' && before !== undefined && /\w/.test(before))
      if (opens) {
        const close = findClosing(text, i + marker.length, marker)
        if (close > 0) {
          flush()
          runs.push(...markdownRuns(text.slice(i + marker.length, close), bold || double, italic || !double))
          i = close + marker.length
          continue
        }
      }
    }
    plain += ch
    i++
  }
  flush()
  return runs
}

function findClosing(text: string, from: number, marker: string): number {
  let at = text.indexOf(marker, from)
  while (at > from) {
    const before = text[at - 1]!
    const after = text[at + marker.length]
    const single = marker.length === 1
    // A closing marker follows a non-space; a single `*` must not be half of a `**`.
    const doubled = single && (text[at + 1] === marker || before === marker)
    const wordAfter = marker[0] === '_' && after !== undefined && /\w/.test(after)
    if (!/\s/.test(before) && !doubled && !wordAfter) return at
    at = text.indexOf(marker, at + 1)
  }
  return -1
}

/** Removes the first `count` characters of the plain text from inline nodes (a label already read), then leading spaces. */
export function dropLeading(nodes: ReadonlyArray<Inline>, count: number): Array<Inline> {
  let left = count
  const cut = (list: ReadonlyArray<Inline>): Array<Inline> => {
    const out: Array<Inline> = []
    for (const node of list) {
      if (left <= 0) {
        out.push(node)
        continue
      }
      if (node.type === 'text') {
        if (node.value.length <= left) left -= node.value.length
        else {
          out.push({type: 'text', value: node.value.slice(left)})
          left = 0
        }
      } else {
        const children = cut(node.children)
        if (children.length > 0) out.push({...node, children})
      }
    }
    return out
  }
  return trimInlines(cut(nodes))
}

/** Inline nodes without white space at either end (and without nodes left empty by that). */
export function trimInlines(nodes: ReadonlyArray<Inline>): Array<Inline> {
  const edge = (list: ReadonlyArray<Inline>, atStart: boolean): Array<Inline> => {
    const out = [...list]
    while (out.length > 0) {
      const index = atStart ? 0 : out.length - 1
      const node = out[index]!
      let replaced: Inline | undefined
      if (node.type === 'text') {
        const value = atStart ? node.value.trimStart() : node.value.trimEnd()
        replaced = value === '' ? undefined : {type: 'text', value}
      } else {
        const children = edge(node.children, atStart)
        replaced = children.length === 0 ? undefined : {...node, children}
      }
      if (replaced) {
        out[index] = replaced
        break
      }
      out.splice(index, 1)
    }
    return out
  }
  return edge(edge(nodes, true), false)
}

/** Collapses runs of white space inside text nodes to one space (the odd spacing of PDF text). */
export function collapseSpaces(nodes: ReadonlyArray<Inline>): Array<Inline> {
  return nodes.map((node): Inline =>
    node.type === 'text' ? {type: 'text', value: node.value.replace(/\s+/g, ' ')} : {...node, children: collapseSpaces(node.children)}
  )
}

/** Joins two inline sequences with one space between them (lines of one paragraph). */
export function joinInlines(a: ReadonlyArray<Inline>, b: ReadonlyArray<Inline>, separator = ' '): Array<Inline> {
  if (a.length === 0) return [...b]
  if (b.length === 0) return [...a]
  const out: Array<Inline> = [...a]
  const last = out.at(-1)!
  if (last.type === 'text') out[out.length - 1] = {type: 'text', value: last.value + separator}
  else out.push({type: 'text', value: separator})
  const first = b[0]!
  const tail = out.at(-1)!
  if (first.type === 'text' && tail.type === 'text') {
    out[out.length - 1] = {type: 'text', value: tail.value + first.value}
    out.push(...b.slice(1))
  } else out.push(...b)
  return out
}
