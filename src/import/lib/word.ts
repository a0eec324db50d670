// A Word document into the HTML the importer reads, with Word's automatic numbers written in. The two
// libraries that read .docx files (mammoth, jszip) are handed in by the caller, the CLI or the renderer,
// so the core stays free of them and the same steps run under Node and in the browser.
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import type {ImportSource} from './import-source.ts'
import {labelWordParagraphs, wordParagraphs, type WordElement} from './word-numbering.ts'

/** The parts of mammoth and jszip the import uses. */
export interface WordReader {
  /** The text of one entry of the .docx archive, or undefined when it has none (jszip). */
  readEntry: (name: string) => Promise<string | undefined>
  /** The document as HTML, `transform` applied to mammoth's document model first (mammoth's `convertToHtml`). */
  convertToHtml: (transform: (document: WordElement) => WordElement) => Promise<{value: string; messages: Array<{type: string; message: string}>}>
}

/**
 * Reads a .docx through `reader` into an import source: mammoth's HTML (headings, lists, bold, italic),
 * with each automatically numbered paragraph given the label Word shows ("1.", "(a)", "Article 3").
 * Throws what the reader throws for a damaged file; the caller turns that into its error.
 */
export async function readWordDocument(reader: WordReader, file: string): Promise<Result<ImportSource>> {
  const messages: Array<SynopticMessage> = []
  const document = await reader.readEntry('word/document.xml')
  if (document === undefined) throw new Error('the archive has no word/document.xml')
  const paragraphs = wordParagraphs({document, numbering: await reader.readEntry('word/numbering.xml'), styles: await reader.readEntry('word/styles.xml')})
  let unmatched = 0
  const html = await reader.convertToHtml((root) => {
    unmatched = labelWordParagraphs(root, paragraphs).unmatched
    return root
  })
  if (unmatched > 0) {
    messages.push(createMessage('warning', `${unmatched} numbered paragraph${unmatched === 1 ? '' : 's'} could not be matched with Word's numbering; their labels were rebuilt from the list nesting`, {
      file, source: 'synoptic-import', ruleId: 'word-numbering'
    }))
  }
  return {value: {format: 'word', text: html.value}, messages}
}
