// The Node edge of the exports: fonts read from assets/fonts and PDF bytes made with pdfmake or Chromium.
// Output files are written by ../output-file.ts.
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type pdfmakeModule from 'pdfmake'
import type {TDocumentDefinitions} from 'pdfmake/interfaces'
import {PDF_FONTS, PDF_FONT_FILES} from '../export/index.ts'
import {CommandError} from './command.ts'

/** Where the bundled fonts are. */
export const fontsDir = fileURLToPath(new URL('../../assets/fonts/', import.meta.url))

/** pdfmake's Node build also has a virtual file system for fonts, which its type declarations leave out. */
type PdfEngine = typeof pdfmakeModule & {virtualfs: {writeFileSync: (name: string, data: Buffer) => void}}

let fontsLoaded: Promise<PdfEngine> | undefined

/**
 * Loads pdfmake (only when a PDF is made: it takes a fifth of a second), puts the bundled fonts in its virtual
 * file system, once, and forbids it the network and the disk.
 */
function loadFonts(): Promise<PdfEngine> {
  fontsLoaded ??= (async () => {
    const pdfmake = (await import('pdfmake')).default
    const engine = pdfmake as PdfEngine
    for (const file of PDF_FONT_FILES) {
      let bytes: Buffer
      try {
        bytes = await readFile(join(fontsDir, file))
      } catch {
        throw new CommandError(`the font ${file} is missing from ${fontsDir}: reinstall Synoptic`)
      }
      engine.virtualfs.writeFileSync(file, bytes)
    }
    pdfmake.setFonts(structuredClone(PDF_FONTS) as unknown as Parameters<typeof pdfmake.setFonts>[0])
    // A workshop has no network, and a document definition must not read files: everything is bundled.
    pdfmake.setUrlAccessPolicy(() => false)
    pdfmake.setLocalAccessPolicy(() => false)
    return engine
  })()
  return fontsLoaded
}

/** The bytes of a PDF from a pdfmake document definition. `onProgress` gets 0 to 1 while pages are drawn. */
export async function pdfBytes(definition: TDocumentDefinitions, onProgress?: (share: number) => void): Promise<Uint8Array> {
  const pdfmake = await loadFonts()
  // pdfmake keeps its fonts on a shared object and its layout mutates them: hand it a fresh copy each time.
  pdfmake.setFonts(structuredClone(PDF_FONTS) as unknown as Parameters<typeof pdfmake.setFonts>[0])
  pdfmake.setProgressCallback(onProgress ?? (() => undefined))
  const buffer = await pdfmake.createPdf(definition).getBuffer()
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

/** Debian's Chromium, which `--engine chromium` prints with. */
export const chromiumPath = '/usr/bin/chromium'

/**
 * Prints an HTML page to PDF with headless Chromium (HarfBuzz shaping: the engine for Lao documents). The page
 * is written to a temporary folder with the bundled fonts referenced by file URL; nothing is fetched from the
 * network. `headerTitle` is the running header; the footer numbers the pages.
 */
export async function chromiumPdfBytes(html: string, headerTitle: string): Promise<Uint8Array> {
  const {existsSync, mkdtempSync, rmSync, writeFileSync} = await import('node:fs')
  const {tmpdir} = await import('node:os')
  if (!existsSync(chromiumPath)) throw new CommandError(`--engine chromium needs ${chromiumPath} (apt-get install chromium), or use --engine pdfmake`)
  let chromium: typeof import('playwright-core').chromium
  try {
    chromium = (await import('playwright-core')).chromium
  } catch {
    throw new CommandError('--engine chromium needs the playwright-core package (npm ci installs it), or use --engine pdfmake')
  }
  const dir = mkdtempSync(join(tmpdir(), 'synoptic-print-'))
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  try {
    const file = join(dir, 'draft.html')
    writeFileSync(file, html)
    const page = await browser.newPage()
    // Only the page and the bundled fonts may load.
    await page.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()))
    await page.goto(`file://${file}`, {waitUntil: 'load'})
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    const small = 'font-family:Noto Sans,sans-serif;font-size:8px;color:#595959;width:100%;margin:0 20mm'
    const escaped = headerTitle.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="${small};text-align:right">${escaped}</div>`,
      footerTemplate: `<div style="${small};text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
      margin: {top: '22mm', bottom: '20mm', left: '20mm', right: '20mm'}
    })
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  } finally {
    await browser.close()
    rmSync(dir, {recursive: true, force: true})
  }
}

/** The bundled fonts as file URLs, for `draftToHtml`. */
export function fontFileUrls(): Record<string, string> {
  return Object.fromEntries(PDF_FONT_FILES.map((f) => [f, `file://${join(fontsDir, f)}`]))
}
