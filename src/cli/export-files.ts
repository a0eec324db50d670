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
export async function chromiumPdfBytes(html: string, headerTitle: string, title?: string): Promise<Uint8Array> {
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
    // 9 pt, 10 mm from the edge: Chromium draws header and footer inside the page margins, at this scale.
    const small = 'font-family:Noto Sans,Noto Sans Lao,sans-serif;font-size:9pt;color:#595959;width:100%;margin:0 20mm;padding-top:2mm'
    const escaped = headerTitle.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')
    const pdf = await page.pdf({
      // Exactly 210 × 297 mm: Chromium's 'A4' is 8.27 × 11.7 in, a little off.
      width: '210mm',
      height: '297mm',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="${small};text-align:right">${escaped}</div>`,
      footerTemplate: `<div style="${small.replace('padding-top:2mm', 'padding-bottom:2mm')};text-align:center">${footerWords(html)}</div>`,
      margin: {top: '22mm', bottom: '20mm', left: '20mm', right: '20mm'}
    })
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    return title ? withPdfTitle(bytes, title) : bytes
  } finally {
    await browser.close()
    rmSync(dir, {recursive: true, force: true})
  }
}

/** The bundled fonts as file URLs, for `draftToHtml`. */
export function fontFileUrls(): Record<string, string> {
  return Object.fromEntries(PDF_FONT_FILES.map((f) => [f, `file://${join(fontsDir, f)}`]))
}

/** The page line of the footer in the page's language (Lao pages say ໜ້າ n / m). */
function footerWords(html: string): string {
  const lao = /<html lang="lo/u.test(html)
  return lao ? 'ໜ້າ <span class="pageNumber"></span> / <span class="totalPages"></span>' : 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>'
}

/** A PDF string literal in UTF-16BE, so any script survives. */
function pdfText(text: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')
  return `<${hex}>`
}

/**
 * Gives a PDF a document Title (Chromium leaves it out) by an incremental update: a new Info dictionary and a
 * trailer pointing at it, after the file's last byte, as the PDF format provides for edits.
 */
export function withPdfTitle(bytes: Uint8Array, title: string): Uint8Array {
  const text = new TextDecoder('latin1').decode(bytes)
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/u.exec(text)
  const trailer = text.lastIndexOf('trailer')
  const root = /\/Root\s+(\d+\s+\d+\s+R)/u.exec(text.slice(trailer))
  const size = /\/Size\s+(\d+)/u.exec(text.slice(trailer))
  if (!startxref || trailer < 0 || !root || !size) return bytes
  const n = Number(size[1])
  const object = `${n} 0 obj\n<< /Title ${pdfText(title)} /Creator (Synoptic) /Producer (Synoptic with Chromium) >>\nendobj\n`
  const head = text.endsWith('\n') ? '' : '\n'
  const at = bytes.length + head.length
  const xref = `xref\n${n} 1\n${String(at).padStart(10, '0')} 00000 n \n`
  const update = `${head}${object}${xref}trailer\n<< /Size ${n + 1} /Root ${root[1]} /Info ${n} 0 R /Prev ${startxref[1]} >>\nstartxref\n${at + object.length}\n%%EOF\n`
  const tail = new TextEncoder().encode(update)
  const out = new Uint8Array(bytes.length + tail.length)
  out.set(bytes)
  out.set(tail, bytes.length)
  return out
}

/** Noto Sans Lao, regular and bold, to embed in Lao Word documents. */
export async function laoFontBytes(): Promise<{regular: Uint8Array; bold: Uint8Array}> {
  const read = (file: string) => readFile(join(fontsDir, file)).catch(() => {
    throw new CommandError(`the font ${file} is missing from ${fontsDir}: reinstall Synoptic`)
  })
  const [regular, bold] = await Promise.all([read('NotoSansLao-Regular.ttf'), read('NotoSansLao-Bold.ttf')])
  return {regular: new Uint8Array(regular), bold: new Uint8Array(bold)}
}
