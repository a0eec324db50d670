// The shipped Annex 1 draft and its base, parsed straight from corpus/, and small hand-made instruments.
import {execFile} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {parseInstrument} from '../../src/corpus/index.ts'
import type {Instrument} from '../../src/model/index.ts'

export const root = fileURLToPath(new URL('../../', import.meta.url))

/** Parses a corpus file of the repository; fails loudly if it has errors. */
export function corpusFile(path: string): Instrument {
  const {value, messages} = parseInstrument(readFileSync(join(root, 'corpus', path), 'utf8'), path)
  const errors = messages.filter((m) => m.severity === 'error')
  if (!value || errors.length > 0) throw new Error(`${path}: ${errors.map((m) => m.reason).join('; ')}`)
  return value
}

/** Parses Markdown written in a test. */
export function instrumentFrom(text: string, file = 'test.md'): Instrument {
  const {value, messages} = parseInstrument(text, file)
  const errors = messages.filter((m) => m.severity === 'error')
  if (!value || errors.length > 0) throw new Error(`${file}: ${errors.map((m) => `${m.line}: ${m.reason}`).join('; ')}`)
  return value
}

export const annex1 = (): {draft: Instrument; base: Instrument} => ({draft: corpusFile('drafts/annex-1.md'), base: corpusFile('ssl-2018.md')})

const run = promisify(execFile)

/**
 * Converts a file to PDF with LibreOffice, in its own profile folder (two conversions at once would otherwise
 * share one profile and fail). Rejects when LibreOffice cannot open the file.
 */
export async function libreOfficeToPdf(file: string, outDir: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'synoptic-lo-profile-'))
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], {timeout: 180_000})
  const pdf = join(outDir, file.split('/').at(-1)!.replace(/\.[^.]+$/u, '.pdf'))
  readFileSync(pdf) // throws when LibreOffice wrote nothing (it exits 0 on files it cannot read)
  return pdf
}

/** The text of a PDF, by pdftotext (zero-width spaces, which the Lao export puts between words, removed). */
export async function pdfText(file: string, layout = false): Promise<string> {
  const {stdout} = await run('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], {maxBuffer: 64 * 1024 * 1024})
  return stdout.replace(/\u200B/gu, '')
}

/** Number of pages of a PDF (pdfinfo). */
export async function pdfPages(file: string): Promise<number> {
  const {stdout} = await run('pdfinfo', [file])
  return Number(/Pages:\s+(\d+)/u.exec(stdout)?.[1] ?? 0)
}
