// The importer's whole pure path: source text → blocks → Instrument → corpus Markdown, checked by the parser.
import {fromAkomaNtoso} from '../../akn/index.ts'
import {parseInstrument, serializeInstrument} from '../../corpus/index.ts'
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import {articlesOf, walkProvisions, type Instrument, type Provision} from '../../model/index.ts'
import {countStructure, detectStructure} from './detect.ts'
import {blocksFromHtml} from './html-blocks.ts'
import {blocksFromText} from './text-blocks.ts'
import type {ImportOptions, ImportedInstrument, SourceDocument} from './types.ts'

/**
 * A document ready for import: text (`.txt`, text exported from a PDF), Markdown, an HTML page, the
 * HTML mammoth makes of a Word document (`word`: counted by paragraph, its Word numbering already written in),
 * or an Akoma Ntoso XML document (`akn`: its structure is read from its elements, not detected).
 */
export interface ImportSource {
  format: 'text' | 'markdown' | 'html' | 'word' | 'akn'
  text: string
}

/** The imported instrument, the corpus file written from it, and the blocks it was read from (for a side-by-side view). */
export interface ImportedDocument extends ImportedInstrument {
  /** The corpus-format Markdown; `parseInstrument` reads it back without errors. */
  markdown: string
  source: SourceDocument
}

/**
 * Imports a document: finds its structure, writes the corpus file, and parses that file back as `validate`
 * would. Any error of that check is returned (an importer bug, never the document's fault): callers must not
 * write a file when the messages hold an error.
 */
export function importSource(input: ImportSource, options: ImportOptions): Result<ImportedDocument> {
  if (input.format === 'akn') return importAkomaNtoso(input.text, options)
  const read =
    input.format === 'html' || input.format === 'word'
      ? blocksFromHtml(input.text, {file: options.file, unit: input.format === 'word' ? 'paragraph' : 'line'})
      : blocksFromText(input.text, {file: options.file, markdown: input.format === 'markdown'})
  const detected = detectStructure(read.value, options)
  const messages: Array<SynopticMessage> = [...read.messages, ...detected.messages]
  const markdown = serializeInstrument(detected.value.instrument)
  const check = parseInstrument(markdown, `${options.id}.md`)
  for (const problem of check.messages.filter((m) => m.severity === 'error')) {
    messages.push(createMessage('error', `the written corpus file would not validate: ${problem.reason} (line ${problem.line} of the output)`, {
      file: options.file, source: 'synoptic-import', ruleId: 'output-invalid'
    }))
  }
  if (check.value) messages.push(...compareReadBack(detected.value.instrument, check.value, options.file))
  const summary = {...detected.value.summary, warnings: messages.filter((m) => m.severity === 'warning').length}
  return {value: {...detected.value, summary, markdown, source: read.value}, messages}
}

/**
 * An Akoma Ntoso document: the structure comes from its elements. The options override what the document
 * says; an empty `id` takes the document's own. A refused document (not XML, a DOCTYPE, too large) gives an
 * empty instrument and the error.
 */
function importAkomaNtoso(text: string, options: ImportOptions): Result<ImportedDocument> {
  const read = fromAkomaNtoso(text, {...options, id: options.id || undefined})
  const source: SourceDocument = {unit: 'line', blocks: (read.value?.blocks ?? []).map((b) => ({...b}))}
  const instrument: Instrument = read.value?.instrument ?? {
    type: 'instrument', id: options.id || 'imported', title: options.title ?? options.file, kind: options.kind ?? 'law', jurisdiction: options.jurisdiction ?? 'LA',
    language: options.language ?? 'en', provenance: {source: options.source ?? `Imported from ${options.file}`, translation: options.translation ?? 'unofficial'},
    aliases: [], extra: {}, body: [], file: options.file, position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
  }
  const messages = [...read.messages]
  const markdown = serializeInstrument(instrument)
  if (read.value) {
    const check = parseInstrument(markdown, `${instrument.id}.md`)
    for (const problem of check.messages.filter((m) => m.severity === 'error')) {
      messages.push(createMessage('error', `the written corpus file would not validate: ${problem.reason} (line ${problem.line} of the output)`, {
        file: options.file, source: 'synoptic-import', ruleId: 'output-invalid'
      }))
    }
    if (check.value) messages.push(...compareReadBack(instrument, check.value, options.file))
  }
  const summary = countStructure(instrument)
  summary.warnings = messages.filter((m) => m.severity === 'warning').length
  return {value: {instrument, summary, markdown, source}, messages}
}

/** Every provision of an instrument in reading order. */
function provisionsOf(instrument: Instrument): Array<Provision> {
  const out: Array<Provision> = []
  for (const article of articlesOf(instrument)) walkProvisions(article.children, (p) => out.push(p))
  return out
}

/**
 * Warns where the written file reads back differently from what was detected (a label the corpus format
 * does not read as a label, such as "(viii)"), naming the source line, so the drafter is never surprised.
 */
function compareReadBack(detected: Instrument, back: Instrument, file: string): Array<SynopticMessage> {
  const ours = provisionsOf(detected)
  const theirs = provisionsOf(back)
  const out: Array<SynopticMessage> = []
  for (let i = 0; i < ours.length && out.length < 10; i++) {
    const mine = ours[i]!
    const read = theirs[i]
    if (read?.id === mine.id) continue
    const label = mine.type === 'item' ? mine.label : ''
    const readLabel = read?.type === 'item' ? read.label : ''
    out.push(createMessage('warning',
      label !== readLabel
        ? `the label "${label}" reads back from the corpus file as ${readLabel ? `"${readLabel}"` : 'part of the text of an unlabelled item'}; check the item`
        : `this ${mine.type} reads back from the corpus file with another id (${read?.id ?? 'none'} instead of ${mine.id})`,
      {file, place: mine.position, source: 'synoptic-import', ruleId: 'read-back'}))
    // One difference usually shifts what follows: report it once.
    break
  }
  return out
}

/** One line for the end of an import: "200 articles, 612 items, 3 warnings". */
export function summaryLine(summary: ImportedInstrument['summary']): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const parts = [plural(summary.articles, 'article'), plural(summary.items, 'item'), plural(summary.warnings, 'warning')]
  if (summary.divisions > 0) parts.unshift(plural(summary.divisions, 'division'))
  return parts.join(', ')
}
