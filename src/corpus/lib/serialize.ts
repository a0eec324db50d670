import {stringify} from 'yaml'
import {articleLabel, type Article, type Division, type Inline, type Instrument, type Item, type Paragraph, type Provision} from '../../model/index.ts'
import {bulletLabel, orderedLabel} from './syntax.ts'
import {withDeclarations} from './declarations.ts'

/**
 * Writes an Instrument back as corpus-format Markdown. Parsing the result gives the same model (positions aside):
 * the round trip the tests hold every shipped file to.
 */
export function serializeInstrument(instrument: Instrument): string {
  const blocks: Array<string> = [frontMatter(instrument)]
  if (instrument.preamble) {
    blocks.push('## Preamble')
    for (const p of instrument.preamble.children) blocks.push(escapeBlockStart(inlines(p.content)))
  }
  let previous: Article | undefined
  const writeNodes = (nodes: Array<Division | Article>, depth: number) => {
    for (const node of nodes) {
      if (node.type === 'division') {
        const kind = node.kind[0]!.toUpperCase() + node.kind.slice(1)
        blocks.push(`${'#'.repeat(depth)} ${kind}${node.number ? ` ${node.number}` : ''}${node.heading ? ` — ${node.heading}` : ''}`)
        if (node.content && node.content.length > 0) blocks.push(...provisions(node.content, ''))
        writeNodes(node.children, Math.min(depth + 1, 6))
      } else {
        blocks.push(...article(instrument, node, previous, depth))
        previous = node
      }
    }
  }
  writeNodes(instrument.body, 2)
  return blocks.join('\n\n') + '\n'
}

function frontMatter(instrument: Instrument): string {
  const data: Record<string, unknown> = {id: instrument.id, title: instrument.title}
  if (instrument.number) data.number = instrument.number
  if (instrument.date) data.date = instrument.date
  data.kind = instrument.kind
  if (instrument.base) data.base = instrument.base
  if (instrument.author) data.author = instrument.author
  if (instrument.draftStatus) data.status = instrument.draftStatus
  data.jurisdiction = instrument.jurisdiction
  data.language = instrument.language
  data.translation = instrument.provenance.translation
  data.source = instrument.provenance.source
  if (instrument.aliases.length > 0) data.aliases = instrument.aliases
  if (instrument.notes) data.notes = instrument.notes
  Object.assign(data, instrument.extra)
  return `---\n${stringify(data, {lineWidth: 0}).trimEnd()}\n---`
}

const statusText = {'in-force': 'in force', proposed: 'proposed', 'not-available': 'text not available', repealed: 'repealed'} as const

function article(instrument: Instrument, node: Article, previous: Article | undefined, depth: number): Array<string> {
  const isNew = node.number.toLowerCase() === 'new'
  const title = [node.amended ? '(Amended)' : '', node.heading, node.note ? `(${node.note})` : ''].filter(Boolean).join(' ')
  // A Commonwealth section is written `Sec. 13`: `Section 13` would read back as a division.
  const label = node.designation === 'Section' ? `Sec. ${node.number}` : articleLabel(node)
  const heading = `${'#'.repeat(depth)} ${label}${title ? ` ${title}` : ''}`
  const meta: Array<string> = []
  const defaultStatus = instrument.kind === 'draft' ? 'proposed' : 'in-force'
  if (node.status !== defaultStatus) meta.push(`status: ${statusText[node.status]}`)
  if (node.subject) meta.push(`subject: ${node.subject}`)
  if (node.provenance.source !== instrument.provenance.source) meta.push(`source: ${node.provenance.source}`)
  if (node.provenance.translation !== instrument.provenance.translation) meta.push(`translation: ${node.provenance.translation}`)
  if (node.amendment) meta.push(`amendment: ${node.amendment}`)
  if (node.emphasis) meta.push(`emphasis: ${node.emphasis}`)
  if (node.after !== undefined) {
    const implied = isNew && previous ? impliedAfter(instrument, previous) : undefined
    if (node.after !== implied) meta.push(`after: ${node.after}`)
  }
  const out = [heading]
  if (meta.length > 0) out.push(meta.map((line) => `> ${line}`).join('\n'))
  out.push(...provisions(node.children, ''))
  return out
}

function impliedAfter(instrument: Instrument, previous: Article): string {
  if (previous.number.toLowerCase() === 'new' || !instrument.base) return previous.id
  return `${instrument.base}/${previous.id.split('/')[1]}`
}

/** Blocks for a run of provisions, each line prefixed by `indent`. Lists are separated from paragraphs by blank lines. */
function provisions(nodes: Array<Provision>, indent: string): Array<string> {
  const blocks: Array<string> = []
  let list: Array<string> = []
  const flush = () => {
    if (list.length > 0) blocks.push(list.join('\n'))
    list = []
  }
  let previousMarker: 'ordered' | 'bullet' | undefined
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      flush()
      previousMarker = undefined
      blocks.push(indent + escapeBlockStart(inlines(withDeclarations(node.content, node.declared))))
    } else {
      const marker = orderedLabel.test(node.label) ? 'ordered' : 'bullet'
      // Two lists of different kinds side by side must not merge: a blank line keeps them apart.
      if (previousMarker !== undefined && previousMarker !== marker) flush()
      previousMarker = marker
      list.push(item(node, indent))
    }
  }
  flush()
  return blocks
}

function item(node: Item, indent: string): string {
  const ordered = orderedLabel.test(node.label)
  const marker = ordered ? `${node.label} ` : node.label ? `- ${node.label} ` : '- '
  const inner = indent + ' '.repeat(ordered ? marker.length : 2)
  const text = inlines(withDeclarations(node.content, node.declared))
  const first = `${indent}${marker}${ordered || node.label ? escapeInlineStart(text) : escapeBulletLabel(escapeInlineStart(text))}`
  if (node.children.length === 0) return first
  const rest = provisions(node.children, inner)
  // A sub-list may follow its item's line directly, except one numbered from other than 1: Markdown would read
  // "2. y" there as more words of the item. Paragraphs, and blocks after the first, need a blank line.
  const lead = node.children[0]!
  const tight = lead.type === 'item' && (!orderedLabel.test(lead.label) || /^1[.)]$/u.test(lead.label))
  return `${first}${tight ? '\n' : '\n\n'}${rest.join('\n\n')}`
}

function inlines(nodes: ReadonlyArray<Inline>): string {
  return nodes.map(inline).join('')
}

function inline(node: Inline): string {
  if (node.type === 'text') return escapeText(node.value)
  const mark = node.type === 'strong' ? '**' : '*'
  const inner = inlines(node.children)
  // Emphasis may not start or end with white space in Markdown: move it outside the marks.
  const lead = /^\s*/u.exec(inner)![0]
  const trail = /\s*$/u.exec(inner.slice(lead.length))![0]
  const core = inner.slice(lead.length, inner.length - trail.length)
  return core === '' ? inner : `${lead}${mark}${core}${mark}${trail}`
}

function escapeText(value: string): string {
  return value
    .replace(/[\\*_`[\]<]/gu, (c) => `\\${c}`)
    .replace(/&(?=#?[a-z0-9]+;)/giu, '\\&')
}

/** Escapes what would turn the start of a line into a heading, list, quote or rule. */
function escapeBlockStart(text: string): string {
  return escapeInlineStart(text)
    .replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2')
    .replace(/^([-+>#=~|])/u, '\\$1')
}

/** An unlabelled bullet whose text starts like a label ("(a) …") would read back as labelled: escape it. */
function escapeBulletLabel(text: string): string {
  return bulletLabel.test(text) ? `\\${text}` : text
}

/** Text right after a list marker: only what would start a nested block needs escaping. */
function escapeInlineStart(text: string): string {
  return text.replace(/^([-+*>#])(?=\s|$)/u, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2')
}

export type {Paragraph}
