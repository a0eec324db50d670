// Declared changes in a draft's text, written as CriticMarkup: `{++words++}` for an inclusion the draft
// proposes, `{--words--}` for words of the base it strikes. The parser reads them out of the provision's text
// (the markers are not legal text) into `declared` offsets; the serializer writes them back. Kept apart from
// the block parser so each can change on its own.
import {createMessage, type SynopticMessage} from '../../message/index.ts'
import type {Article, DeclaredChange, Inline, Instrument, Point, Provision} from '../../model/index.ts'

const MARKER = /\{\+\+|\+\+\}|\{--|--\}/gu

interface Scan {
  out: number
  insertAt: number | undefined
  deleting: {at: number; text: string} | undefined
  declared: Array<DeclaredChange>
  problems: Array<{reason: string; marker: number}>
  /** Markers seen so far in this provision, to find each one in the source. */
  markers: number
}

function scanNodes(nodes: ReadonlyArray<Inline>, scan: Scan): Array<Inline> {
  const kept: Array<Inline> = []
  for (const node of nodes) {
    if (node.type !== 'text') {
      const children = scanNodes(node.children, scan)
      if (children.length > 0) kept.push({...node, children})
      continue
    }
    let value = ''
    let last = 0
    const take = (piece: string) => {
      if (scan.deleting) scan.deleting.text += piece
      else {
        value += piece
        scan.out += piece.length
      }
    }
    for (const m of node.value.matchAll(MARKER)) {
      take(node.value.slice(last, m.index))
      last = m.index + m[0].length
      const marker = scan.markers++
      const open = m[0] === '{++' || m[0] === '{--'
      if (open && (scan.insertAt !== undefined || scan.deleting)) {
        scan.problems.push({reason: `\`${m[0]}\` opens a declared change inside another one: close the first with \`${scan.deleting ? '--}' : '++}'}\``, marker})
      } else if (m[0] === '{++') scan.insertAt = scan.out
      else if (m[0] === '{--') scan.deleting = {at: scan.out, text: ''}
      else if (m[0] === '++}') {
        if (scan.insertAt === undefined) scan.problems.push({reason: '`++}` closes an inclusion that was never opened with `{++`', marker})
        else {
          if (scan.out > scan.insertAt) scan.declared.push({kind: 'insert', start: scan.insertAt, end: scan.out})
          scan.insertAt = undefined
        }
      } else if (!scan.deleting) scan.problems.push({reason: '`--}` closes a deletion that was never opened with `{--`', marker})
      else {
        if (scan.deleting.text !== '') scan.declared.push({kind: 'delete', at: scan.deleting.at, text: scan.deleting.text})
        scan.deleting = undefined
      }
    }
    take(node.value.slice(last))
    if (value !== '') kept.push({type: 'text', value})
  }
  return kept
}

/** The place of the `n`th marker inside a provision's source (its first one when the source does not show it). */
function markerPlace(text: string, provision: Provision, n: number): Point {
  const from = provision.position.start.offset
  const to = Math.max(from, provision.position.end.offset)
  MARKER.lastIndex = 0
  let offset = from
  let seen = 0
  for (const m of text.slice(from, to).matchAll(MARKER)) {
    if (seen++ === n) {
      offset = from + m.index
      break
    }
  }
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return {line, column: offset - before.lastIndexOf('\n'), offset}
}

/** Reads the declared changes of one provision: its content without markers, and their offsets. */
function readProvision(text: string, file: string, provision: Provision, messages: Array<SynopticMessage>): Provision {
  const scan: Scan = {out: 0, insertAt: undefined, deleting: undefined, declared: [], problems: [], markers: 0}
  const content = scanNodes(provision.content, scan)
  if (scan.insertAt !== undefined) scan.problems.push({reason: 'An inclusion opened with `{++` is never closed: end it with `++}` in the same paragraph or item', marker: scan.markers - 1})
  if (scan.deleting) scan.problems.push({reason: 'A deletion opened with `{--` is never closed: end it with `--}` in the same paragraph or item', marker: scan.markers - 1})
  for (const p of scan.problems) {
    messages.push(createMessage('error', p.reason, {file, place: markerPlace(text, provision, Math.max(0, p.marker)), source: 'synoptic-parse', ruleId: 'bad-declaration', note: 'see "Declared amendments" in docs/corpus-format.md'}))
  }
  const children = provision.type === 'item' ? provision.children.map((c) => readProvision(text, file, c, messages)) : undefined
  if (scan.markers === 0 && !children) return provision
  const next = {...provision, content, ...(scan.declared.length > 0 ? {declared: scan.declared} : {})}
  return children ? {...next, children} as Provision : next
}

/**
 * Takes the declared changes out of the text of a draft's articles (other instruments are left as they are:
 * only a draft proposes changes). Problems (a marker never closed, one closed twice) are errors at the marker.
 */
export function readDeclarations(text: string, instrument: Instrument, messages: Array<SynopticMessage>): void {
  if (instrument.kind !== 'draft' || !/\{\+\+|\{--|\+\+\}|--\}/u.test(text)) return
  const visit = (nodes: Instrument['body']): void => {
    for (const node of nodes) {
      if (node.type === 'division') visit(node.children)
      else node.children = node.children.map((p) => readProvision(text, instrument.file, p, messages)) as Article['children']
    }
  }
  visit(instrument.body)
}

/** Writes a provision's declared changes back into its content as CriticMarkup text. */
export function withDeclarations(content: ReadonlyArray<Inline>, declared: ReadonlyArray<DeclaredChange> | undefined): Array<Inline> {
  if (!declared || declared.length === 0) return [...content]
  // Markers by offset; at one offset a deletion comes before an inclusion ("{--old--}{++new++}").
  const marks: Array<{at: number; order: number; text: string}> = []
  for (const d of declared) {
    if (d.kind === 'insert') {
      marks.push({at: d.start, order: 2, text: '{++'}, {at: d.end, order: 0, text: '++}'})
    } else marks.push({at: d.at, order: 1, text: `{--${d.text}--}`})
  }
  marks.sort((a, b) => a.at - b.at || a.order - b.order)
  let pos = 0
  let next = 0
  const place = (nodes: ReadonlyArray<Inline>): Array<Inline> => {
    const out: Array<Inline> = []
    for (const node of nodes) {
      if (node.type !== 'text') {
        out.push({...node, children: place(node.children)})
        continue
      }
      let value = ''
      for (let i = 0; i <= node.value.length; i++) {
        // A marker at the very end of a node goes at the start of the next one (or after the last, below).
        while (i < node.value.length && next < marks.length && marks[next]!.at === pos + i) value += marks[next++]!.text
        if (i < node.value.length) value += node.value[i]
      }
      pos += node.value.length
      out.push({type: 'text', value})
    }
    return out
  }
  const out = place(content)
  const rest = marks.slice(next).map((m) => m.text).join('')
  if (rest) out.push({type: 'text', value: rest})
  return out
}
