// The importer's whole pure path: source text → blocks → Instrument → corpus Markdown, checked by the parser.
import {parseInstrument, serializeInstrument} from '../../corpus/index.ts'
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import {detectStructure} from './detect.ts'
import {blocksFromHtml} from './html-blocks.ts'
import {blocksFromText} from './text-blocks.ts'
import type {ImportOptions, ImportedInstrument, SourceDocument} from './types.ts'

/**
 * A document ready for import: text (`.txt`, text exported from a PDF), Markdown, an HTML page, or the
 * HTML mammoth makes of a Word document (`word`: counted by paragraph, its Word numbering already written in).
 */
export interface ImportSource {
  format: 'text' | 'markdown' | 'html' | 'word'
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
  const summary = {...detected.value.summary, warnings: messages.filter((m) => m.severity === 'warning').length}
  return {value: {...detected.value, summary, markdown, source: read.value}, messages}
}

/** One line for the end of an import: "200 articles, 612 items, 3 warnings". */
export function summaryLine(summary: ImportedInstrument['summary']): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const parts = [plural(summary.articles, 'article'), plural(summary.items, 'item'), plural(summary.warnings, 'warning')]
  if (summary.divisions > 0) parts.unshift(plural(summary.divisions, 'division'))
  return parts.join(', ')
}
