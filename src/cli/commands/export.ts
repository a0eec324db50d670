import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {parseInstrument} from '../../corpus/index.ts'
import {planDraftExport, refusal, type summarizeRedline} from '../../drafting/index.ts'
import {draftPdfDefinition, draftToDocx, draftToHtml, draftToMarkdown, exportModes, runningTitle, type ExportMode} from '../../export/index.ts'
import {formatMessage, hasErrors} from '../../message/index.ts'
import {findInstrument, type Instrument} from '../../model/index.ts'
import {cachedParser} from '../parse-cache.ts'
import {CommandError, UsageError, type Command, type CommandContext} from '../command.ts'
import {chromiumPdfBytes, fontFileUrls, laoFontBytes, pdfBytes} from '../export-files.ts'
import {formatOption, outputFileOptions, outputOption, writeOutput} from '../output-file.ts'
import {readInstruments} from '../corpus-files.ts'
import {exportAkn} from './export-akn.ts'

const formats = ['docx', 'pdf', 'md', 'akn'] as const
type Format = (typeof formats)[number]

/**
 * The draft named on the command line (a corpus id or a draft file) and its base from the corpus. Only the files
 * that can hold them are parsed (through the cache), not the whole corpus.
 */
export async function resolveDraft(context: CommandContext, arg: string): Promise<{draft: Instrument; base: Instrument}> {
  let draft: Instrument | undefined
  if (/\.md$/iu.test(arg)) {
    const path = resolve(context.cwd, arg)
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new CommandError(`cannot read the draft ${arg}: ${error.code ?? error.message}`)
    })
    const parsed = cachedParser(parseInstrument)(text, arg)
    for (const m of parsed.messages) context.err(formatMessage(m))
    if (!parsed.value || hasErrors(parsed.messages)) throw new CommandError(`${arg} has errors (above): fix them before exporting`)
    draft = parsed.value
  } else {
    const {instruments, messages} = await readInstruments(context.corpusDir, [arg])
    draft = findInstrument({instruments}, arg)
    if (!draft) throw new CommandError(`no draft '${arg}' in the corpus (give a draft id such as annex-1, or a draft file ending in .md)`)
    const own = messages.filter((m) => m.file.endsWith(draft!.file) && m.severity === 'error')
    for (const m of own) context.err(formatMessage(m))
    if (own.length > 0) throw new CommandError(`${draft.file} has errors (above): fix them before exporting`)
  }
  if (draft.kind !== 'draft') throw new CommandError(`${draft.id} is a ${draft.kind}, not a draft: export works on drafts (kind: draft)`)
  if (!draft.base) throw new CommandError(`the draft ${draft.id} names no base instrument (front matter \`base:\`)`)
  const {instruments} = await readInstruments(context.corpusDir, [draft.base])
  const base = findInstrument({instruments}, draft.base)
  if (!base) throw new CommandError(`the draft's base '${draft.base}' is not in the corpus ${context.corpusDir}`)
  return {draft, base}
}

export const exportDraft: Command = {
  name: 'export',
  summary: 'Export a draft as DOCX, PDF or Markdown: redline (red inclusions), Word tracked changes, or the clean consolidated text.',
  usage: '<draft-id | draft.md> --format docx|pdf|md [--mode redline|track-changes|clean] -o <file> [--force] [--engine pdfmake|chromium] [--no-variants]\n       <instrument-id | draft-id | file.md> --format akn -o <file.xml> [--date YYYY-MM-DD] [--force]   (Akoma Ntoso 3.0)',
  options: {
    format: {type: 'string', description: 'docx, pdf, md, or akn (Akoma Ntoso XML of any instrument or draft)'},
    mode: {type: 'string', description: 'redline (default), track-changes (DOCX and Markdown) or clean'},
    ...outputFileOptions,
    author: {type: 'string', description: 'author of the Word revisions (default: the draft\'s author)'},
    date: {type: 'string', description: 'date of the Word revisions, YYYY-MM-DD (default: the draft\'s date, else today)'},
    engine: {type: 'string', description: 'PDF engine: pdfmake (default) or chromium (HarfBuzz shaping, for Lao documents)'},
    'no-variants': {type: 'boolean', description: 'do not append the wording variants (differences the draft does not declare) to a redline'}
  },
  async run(context) {
    const [arg, extra] = context.args
    if (!arg || extra !== undefined) throw new UsageError('give exactly one draft: its id (annex-1) or its file (drafts/annex-1.md)')
    const format = formatOption<Format>(context, formats, {xml: 'akn'})
    if (format === 'akn') return exportAkn(context, arg, outputOption(context))
    const mode = (typeof context.options.mode === 'string' ? context.options.mode : 'redline') as ExportMode
    if (!exportModes.includes(mode)) throw new UsageError(`unknown mode '${mode}': use ${exportModes.join(', ')}`)
    const refused = refusal(mode, format)
    if (refused) throw new UsageError(`${refused[0]!.toLowerCase()}${refused.slice(1)} (--format pdf --mode redline, or --format docx --mode track-changes)`)
    const engine = typeof context.options.engine === 'string' ? context.options.engine : 'pdfmake'
    if (engine !== 'pdfmake' && engine !== 'chromium') throw new UsageError(`unknown engine '${engine}': use pdfmake or chromium`)
    if (engine === 'chromium' && format !== 'pdf') throw new UsageError('--engine chooses how PDFs are made: use it with --format pdf')
    const output = outputOption(context)
    const date = typeof context.options.date === 'string' ? context.options.date : undefined
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(date)) throw new UsageError(`--date takes YYYY-MM-DD, not '${date}'`)
    const {draft, base} = await resolveDraft(context, arg)

    const planned = planDraftExport({
      draft, base, mode, format,
      author: typeof context.options.author === 'string' ? context.options.author : undefined,
      date,
      today: new Date().toISOString().slice(0, 10),
      variants: context.options['no-variants'] === true ? false : undefined
    })
    for (const m of planned.messages) context.err(formatMessage(m))
    const plan = planned.value
    if (!plan) throw new CommandError('nothing was written (above)')
    const {layout, summary} = plan
    let bytes: Uint8Array | string
    if (format === 'docx') {
      bytes = await draftToDocx(layout, {...plan.docx, ...(layout.language.startsWith('lo') ? {laoFonts: await laoFontBytes()} : {})})
    } else if (format === 'pdf') {
      bytes = engine === 'chromium'
        ? await chromiumPdfBytes(draftToHtml(layout, fontFileUrls()), runningTitle(layout.title), layout.title)
        : await pdfBytes(draftPdfDefinition(layout))
    } else {
      bytes = draftToMarkdown(layout)
    }
    await writeOutput(output, bytes, context.options.force === true)
    return report(context, output, format, mode, summary)
  }
}

function report(context: CommandContext, output: string, format: Format, mode: ExportMode, summary: ReturnType<typeof summarizeRedline>): number {
  const counts = {
    amended: summary.amended.length,
    inserted: summary.inserted.length,
    repealed: summary.repealed.length,
    notComparable: summary.notComparable.length,
    unchanged: summary.unchanged.length
  }
  if (context.json) context.out(JSON.stringify({output, format, mode, draft: summary.draft, base: summary.base, articles: counts}, null, 2))
  else {
    context.out(`wrote ${output} (${format}, ${mode}): ${counts.amended} amended, ${counts.inserted} inserted, ${counts.repealed} repealed, ${counts.notComparable} without base text, ${summary.variants} wording variant${summary.variants === 1 ? '' : 's'}`)
  }
  return 0
}
