// The Node edge of the exports: fonts read from assets/fonts, PDF bytes made with pdfmake, and output files
// written safely (never over an existing file without --force; through a temporary file and a rename, so an
// interrupted export never leaves half a document where the user expects one).
import {readFile, rename, stat, unlink, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import pdfmake from 'pdfmake'
import type {TDocumentDefinitions} from 'pdfmake/interfaces'
import {PDF_FONTS, PDF_FONT_FILES} from '../export/index.ts'
import {CommandError} from './command.ts'

/** Where the bundled fonts are. */
export const fontsDir = fileURLToPath(new URL('../../assets/fonts/', import.meta.url))

/** pdfmake's Node build also has a virtual file system for fonts, which its type declarations leave out. */
const engine = pdfmake as typeof pdfmake & {virtualfs: {writeFileSync: (name: string, data: Buffer) => void}}

let fontsLoaded: Promise<void> | undefined

/** Puts the bundled fonts in pdfmake's virtual file system, once, and forbids it the network and the disk. */
function loadFonts(): Promise<void> {
  fontsLoaded ??= (async () => {
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
  })()
  return fontsLoaded
}

/** The bytes of a PDF from a pdfmake document definition. `onProgress` gets 0 to 1 while pages are drawn. */
export async function pdfBytes(definition: TDocumentDefinitions, onProgress?: (share: number) => void): Promise<Uint8Array> {
  await loadFonts()
  // pdfmake keeps its fonts on a shared object and its layout mutates them: hand it a fresh copy each time.
  pdfmake.setFonts(structuredClone(PDF_FONTS) as unknown as Parameters<typeof pdfmake.setFonts>[0])
  pdfmake.setProgressCallback(onProgress ?? (() => undefined))
  const buffer = await pdfmake.createPdf(definition).getBuffer()
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

/**
 * Writes `bytes` to `path`: refuses an existing file unless `force`, writes a temporary file beside it and
 * renames it into place.
 */
export async function writeOutput(path: string, bytes: Uint8Array | string, force: boolean): Promise<void> {
  const exists = await stat(path).then((s) => s, () => undefined)
  if (exists?.isDirectory()) throw new CommandError(`${path} is a folder: give a file name after -o`)
  if (exists && !force) throw new CommandError(`${path} already exists: choose another name, or add --force to replace it`)
  const dir = dirname(path)
  const dirStat = await stat(dir).then((s) => s, () => undefined)
  if (!dirStat?.isDirectory()) throw new CommandError(`cannot write ${path}: the folder ${dir} does not exist`)
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`)
  try {
    await writeFile(temp, bytes, {flag: 'wx'})
    await rename(temp, path)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw new CommandError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}
