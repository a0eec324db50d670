// Builds export files off the main thread: a 300-page PDF takes seconds, and the drafting view must stay usable
// and show progress meanwhile. The page posts a laid-out document (plain data); the worker answers with progress
// and then the bytes. Fonts are the bundled files (no network at a workshop), fetched from the app's own origin.
import {
  draftPdfDefinition, draftToDocx, PDF_FONTS, PDF_FONT_FILES, tablesPdfDefinition, tablesToDocx, type DocxOptions, type DraftLayout,
  type TableDocument
} from '../src/export/index.ts'
import notoSansRegular from '../assets/fonts/NotoSans-Regular.ttf?url'
import notoSansBold from '../assets/fonts/NotoSans-Bold.ttf?url'
import notoSansItalic from '../assets/fonts/NotoSans-Italic.ttf?url'
import notoSansBoldItalic from '../assets/fonts/NotoSans-BoldItalic.ttf?url'
import notoSansLaoRegular from '../assets/fonts/NotoSansLao-Regular.ttf?url'
import notoSansLaoBold from '../assets/fonts/NotoSansLao-Bold.ttf?url'

/** What the page asks for. */
export interface ExportRequest {
  id: number
  format: 'docx' | 'pdf'
  document: {kind: 'draft'; layout: DraftLayout; docx?: DocxOptions | undefined} | {kind: 'tables'; doc: TableDocument}
}

/** What the worker answers: progress (share 0 to 1, or undefined while it cannot tell), then the bytes or an error. */
export type ExportReply =
  | {id: number; type: 'progress'; phase: string; share?: number | undefined}
  | {id: number; type: 'done'; bytes: Uint8Array}
  | {id: number; type: 'error'; message: string}

const fontUrls: Record<string, string> = {
  'NotoSans-Regular.ttf': notoSansRegular,
  'NotoSans-Bold.ttf': notoSansBold,
  'NotoSans-Italic.ttf': notoSansItalic,
  'NotoSans-BoldItalic.ttf': notoSansBoldItalic,
  'NotoSansLao-Regular.ttf': notoSansLaoRegular,
  'NotoSansLao-Bold.ttf': notoSansLaoBold
}

interface PdfMakeBrowser {
  addVirtualFileSystem: (vfs: Record<string, {data: string; encoding: string}>) => void
  setFonts: (fonts: unknown) => void
  setProgressCallback: (callback: (share: number) => void) => void
  createPdf: (definition: unknown) => {getBuffer: () => Promise<Uint8Array>}
}

let engine: Promise<PdfMakeBrowser> | undefined

async function fontBytes(file: string): Promise<Uint8Array> {
  const url = fontUrls[file]
  if (!url) throw new Error(`the font ${file} is not bundled`)
  const response = await fetch(url)
  if (!response.ok) throw new Error(`the font ${file} could not be read (${response.status})`)
  return new Uint8Array(await response.arrayBuffer())
}

function base64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(out)
}

/** pdfmake's browser build with the bundled fonts in its virtual file system (loaded once). */
function pdfEngine(): Promise<PdfMakeBrowser> {
  engine ??= (async () => {
    const module = (await import('pdfmake/build/pdfmake.js')) as unknown as {default?: PdfMakeBrowser} & PdfMakeBrowser
    const pdfmake = module.default ?? module
    const vfs: Record<string, {data: string; encoding: string}> = {}
    for (const file of PDF_FONT_FILES) {
      const url = fontUrls[file]
      if (!url) throw new Error(`the font ${file} is not bundled`)
      const response = await fetch(url)
      if (!response.ok) throw new Error(`the font ${file} could not be read (${response.status})`)
      vfs[file] = {data: base64(new Uint8Array(await response.arrayBuffer())), encoding: 'base64'}
    }
    pdfmake.addVirtualFileSystem(vfs)
    return pdfmake
  })()
  return engine
}

/** Builds one export; `progress` hears about phases and the share of pages drawn. */
export async function buildExport(request: ExportRequest, progress: (phase: string, share?: number) => void): Promise<Uint8Array> {
  const {document: doc, format} = request
  if (format === 'docx') {
    progress('Writing the Word document')
    if (doc.kind !== 'draft') return tablesToDocx(doc.doc)
    // A Lao document embeds Noto Sans Lao, so it shapes correctly where Phetsarath OT is missing.
    const lao = doc.layout.language.toLowerCase().startsWith('lo')
    const laoFonts = lao ? {regular: await fontBytes('NotoSansLao-Regular.ttf'), bold: await fontBytes('NotoSansLao-Bold.ttf')} : undefined
    return draftToDocx(doc.layout, {...doc.docx, ...(laoFonts ? {laoFonts} : {})})
  }
  progress('Loading the fonts')
  const pdfmake = await pdfEngine()
  // pdfmake keeps a font table it changes while laying out: a fresh copy for every document.
  pdfmake.setFonts(structuredClone(PDF_FONTS))
  progress('Laying out the pages')
  pdfmake.setProgressCallback((share) => progress('Drawing the pages', share))
  const definition = doc.kind === 'draft' ? draftPdfDefinition(doc.layout) : tablesPdfDefinition(doc.doc)
  return pdfmake.createPdf(definition).getBuffer()
}

// In a worker (no `document`), answer requests.
if (typeof document === 'undefined') {
  self.addEventListener('message', (event: MessageEvent<ExportRequest>) => {
    const {id} = event.data
    const post = (reply: ExportReply, transfer: Array<Transferable> = []) => self.postMessage(reply, {transfer})
    buildExport(event.data, (phase, share) => post({id, type: 'progress', phase, share})).then(
      (bytes) => post({id, type: 'done', bytes}, [bytes.buffer]),
      (error: unknown) => post({id, type: 'error', message: error instanceof Error ? error.message : String(error)})
    )
  })
}
