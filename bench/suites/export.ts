// Exporting a large draft: 1,000 articles, one in ten amended, to DOCX (Word tracked changes) and to PDF
// (redline), timed beside pandoc converting the same draft text from Markdown to DOCX and LibreOffice
// converting our DOCX to PDF, in the same run. Targets: our DOCX faster than pandoc, our PDF faster than
// LibreOffice. In-process figures (warm, best of a few runs, no start-up or parsing): the figures as a user runs
// the commands, whole processes beside the same peers, are in the peers suite.
import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {pdfBytes} from '../../src/cli/export-files.ts'
import {parseInstrument} from '../../src/corpus/index.ts'
import {redlineOf} from '../../src/drafting/index.ts'
import {draftPdfDefinition, draftToDocx, layoutRedline} from '../../src/export/index.ts'
import type {Instrument} from '../../src/model/index.ts'
import {syntheticCorpus} from '../synthetic.ts'
import {time} from '../timing.ts'

export const name = 'export'

const exec = promisify(execFile)
const ARTICLES = 1000

/** The texts of the base law and of a draft repeating all of it, with every tenth article amended (words changed, an item added). */
export function largeDraftTexts(): {baseText: string; draftText: string} {
  const [file] = syntheticCorpus({articles: ARTICLES, perInstrument: ARTICLES})
  const baseText = file!.text
  let n = 0
  const body = baseText
    .slice(baseText.indexOf('\n---\n') + 5)
    .split(/(?=^### Article )/mu)
    .map((part) => {
      if (!part.startsWith('### Article ')) return part.replace(/^## Chapter .*$/gmu, '')
      part = part.replace(/^## Chapter .*$/gmu, '')
      n++
      if (n % 10 !== 0) return part
      return part
        .replace(/^1\. (\S+) (\S+)/mu, '1. $1 amended $2')
        .replace(/\binspection\b/u, 'inspections')
        .replace(/\n*$/u, '\n9. Any further duty assigned by the competent authority, without prior notice;\n\n')
    })
    .join('')
  const draftText = ['---', 'id: syn-draft', 'title: Draft amending Synthetic Law No. 1', 'kind: draft', 'base: syn-1', 'jurisdiction: LA', 'language: en', 'author: Synoptic bench', 'date: 2024-01-01', 'source: synthetic benchmark text', '---', '', body].join('\n')
  return {baseText, draftText}
}

/** The same, parsed. */
function largeDraft(): {base: Instrument; draft: Instrument; draftText: string} {
  const {baseText, draftText} = largeDraftTexts()
  const base = parseInstrument(baseText, 'syn-1.md').value!
  const draft = parseInstrument(draftText, 'syn-draft.md').value!
  return {base, draft, draftText}
}

export async function run(): Promise<Record<string, number | string>> {
  const {base, draft, draftText} = largeDraft()
  const dir = mkdtempSync(join(tmpdir(), 'synoptic-bench-export-'))
  const figures: Record<string, number | string> = {}
  try {
    const redline = redlineOf(draft, base)
    figures.draft_articles = redline.articles.length
    figures.amended_articles = redline.articles.filter((a) => a.change === 'amended').length
    figures.redline_ms = await time(() => redlineOf(draft, base), 3)

    let docx: Uint8Array = new Uint8Array()
    figures.docx_track_changes_ms = await time(async () => {
      docx = await draftToDocx(layoutRedline(redlineOf(draft, base), 'track-changes'), {author: 'bench', date: '2024-01-01T00:00:00Z'})
    }, 3)
    const docxFile = join(dir, 'draft.docx')
    writeFileSync(docxFile, docx)
    figures.docx_kb = Math.round(docx.length / 1024)

    let pdf: Uint8Array = new Uint8Array()
    figures.pdf_redline_ms = await time(async () => {
      pdf = await pdfBytes(draftPdfDefinition(layoutRedline(redlineOf(draft, base), 'redline')))
    }, 2)
    const pdfFile = join(dir, 'draft.pdf')
    writeFileSync(pdfFile, pdf)
    figures.pdf_kb = Math.round(pdf.length / 1024)
    const info = await exec('pdfinfo', [pdfFile]).then((r) => Number(/Pages:\s+(\d+)/u.exec(r.stdout)?.[1]), () => NaN)
    if (!Number.isNaN(info)) figures.pdf_pages = info

    // pandoc: the same draft text, Markdown to DOCX.
    if (existsSync('/usr/bin/pandoc')) {
      const md = join(dir, 'draft.md')
      writeFileSync(md, draftText)
      figures.pandoc_md_to_docx_ms = await time(() => exec('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(dir, 'pandoc.docx'), md]), 2)
      figures.docx_vs_pandoc = Number(((figures.docx_track_changes_ms as number) / figures.pandoc_md_to_docx_ms).toFixed(2))
    } else {
      figures.pandoc_md_to_docx_ms = 'skipped: pandoc is not installed (apt-get install pandoc)'
    }

    // LibreOffice: our DOCX to PDF.
    if (existsSync('/usr/bin/soffice')) {
      const profile = mkdtempSync(join(tmpdir(), 'synoptic-bench-lo-'))
      const convert = () => exec('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), docxFile], {timeout: 600_000})
      await convert() // first start creates the profile: not a fair figure
      figures.libreoffice_docx_to_pdf_ms = await time(convert, 1)
      figures.libreoffice_pdf_pages = await exec('pdfinfo', [join(dir, 'lo', 'draft.pdf')]).then((r) => Number(/Pages:\s+(\d+)/u.exec(r.stdout)?.[1]), () => NaN)
      figures.pdf_vs_libreoffice = Number(((figures.pdf_redline_ms as number) / figures.libreoffice_docx_to_pdf_ms).toFixed(2))
      rmSync(profile, {recursive: true, force: true})
    } else {
      figures.libreoffice_docx_to_pdf_ms = 'skipped: LibreOffice is not installed (apt-get install libreoffice-writer)'
    }
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
  return figures
}
