// A Word document into the HTML the importer reads, with Word's automatic numbers written in. The two
// libraries that read .docx files (mammoth, jszip) are handed in by the caller, the CLI or the renderer,
// so the core stays free of them and the same steps run under Node and in the browser.
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import type {ImportSource} from './import-source.ts'
import type {ZipEntry} from './file-type.ts'
import {labelWordParagraphs, wordParagraphs, type WordElement} from './word-numbering.ts'

/**
 * How much a Word document may unpack to before the import refuses it: a small .docx can hold gigabytes of
 * XML (a "zip bomb", or 60 MB of paragraphs in 187 KB), which would exhaust memory in mammoth long before
 * any law was found. A 1,000-article law takes about 5 MB.
 */
export const wordLimits = {
  /** Bytes one part (word/document.xml, …) may unpack to. */
  part: 24 * 1024 * 1024,
  /** Bytes all parts together may unpack to. */
  total: 64 * 1024 * 1024
} as const

/** A Word document refused before reading because a part unpacks to more than `wordLimits` allow. */
export class WordDocumentTooLarge extends Error {
  override name = 'WordDocumentTooLarge'
}

/** The parts of mammoth and jszip the import uses. */
export interface WordReader {
  /**
   * Unpacks one entry of the archive without keeping it, and gives the number of bytes it unpacked to,
   * stopping as soon as that passes `limit` (jszip's `internalStream`). Checks what the archive declares.
   */
  unpackedSize: (name: string, limit: number) => Promise<number>
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
export async function readWordDocument(reader: WordReader, file: string, entries: ReadonlyArray<ZipEntry>): Promise<Result<ImportSource>> {
  const messages: Array<SynopticMessage> = []
  await checkWordSizes(reader, file, entries)
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

const megabytes = (bytes: number) => `${Math.max(1, Math.round(bytes / (1024 * 1024)))} MB`

/**
 * Refuses a document whose parts unpack to more than `wordLimits` allow: first by the sizes the archive declares,
 * then (since a declared size can lie) by unpacking each part once, counting, and stopping at the limit.
 */
async function checkWordSizes(reader: WordReader, file: string, entries: ReadonlyArray<ZipEntry>): Promise<void> {
  const refuse = (what: string, limit: number) => {
    throw new WordDocumentTooLarge(`${file} is too large to import: ${what} (the limit is ${megabytes(limit)}); split the document into smaller files`)
  }
  const declared = entries.filter((e) => e.declaredSize !== 0xffffffff).reduce((n, e) => n + e.declaredSize, 0)
  for (const entry of entries) {
    if (entry.declaredSize !== 0xffffffff && entry.declaredSize > wordLimits.part) refuse(`${entry.name} unpacks to ${megabytes(entry.declaredSize)}`, wordLimits.part)
  }
  if (declared > wordLimits.total) refuse(`its parts unpack to ${megabytes(declared)}`, wordLimits.total)
  let total = 0
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue
    const actual = await reader.unpackedSize(entry.name, wordLimits.part)
    if (actual > wordLimits.part) refuse(`${entry.name} unpacks to more than ${megabytes(wordLimits.part)}, more than the archive declares`, wordLimits.part)
    total += actual
    if (total > wordLimits.total) refuse(`its parts unpack to more than ${megabytes(wordLimits.total)}, more than the archive declares`, wordLimits.total)
  }
}

/** The part of a jszip archive the reader uses: its entries' text, and `internalStream` to unpack one without keeping it. */
export interface ZipArchive {
  file: (name: string) => {
    async: (type: 'string') => Promise<string>
    internalStream: (type: 'uint8array') => ZipStream
  } | null
}

/** jszip's stream of one entry's unpacked bytes. */
export interface ZipStream {
  on: ((event: 'data', listener: (chunk: Uint8Array) => void) => ZipStream) & ((event: 'end', listener: () => void) => ZipStream) & ((event: 'error', listener: (error: Error) => void) => ZipStream)
  resume: () => ZipStream
  pause: () => ZipStream
}

/** A `WordReader` over a jszip archive and mammoth's `convertToHtml`, the same under Node and in the browser. */
export function wordReaderFromZip(zip: ZipArchive, convertToHtml: WordReader['convertToHtml']): WordReader {
  return {
    readEntry: async (name) => zip.file(name)?.async('string'),
    unpackedSize: (name, limit) =>
      new Promise((resolve, reject) => {
        const entry = zip.file(name)
        if (!entry) return resolve(0)
        let size = 0
        const stream = entry.internalStream('uint8array')
        stream
          .on('data', (chunk) => {
            size += chunk.length
            // Past the limit: stop unpacking; the chunks were never kept.
            if (size > limit) {
              stream.pause()
              resolve(size)
            }
          })
          .on('end', () => resolve(size))
          .on('error', reject)
          .resume()
      }),
    convertToHtml
  }
}
