// `export --format akn`: any instrument or draft as Akoma Ntoso 3.0 XML (the other formats are drafts only).
import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {toAkomaNtoso} from '../../akn/index.ts'
import {parseInstrument} from '../../corpus/index.ts'
import {formatMessage, hasErrors} from '../../message/index.ts'
import {articlesOf, findInstrument, type Instrument} from '../../model/index.ts'
import {CommandError, UsageError, type CommandContext} from '../command.ts'
import {writeOutput} from '../output-file.ts'

/** The instrument or draft named on the command line (a corpus id or a corpus file), with a draft's base. */
async function resolveInstrument(context: CommandContext, arg: string): Promise<{instrument: Instrument; base: Instrument | undefined}> {
  const {corpus, messages} = await context.loadCorpus()
  let instrument: Instrument | undefined
  if (/\.md$/iu.test(arg)) {
    const text = await readFile(resolve(context.cwd, arg), 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new CommandError(`cannot read ${arg}: ${error.code ?? error.message}`)
    })
    const parsed = parseInstrument(text, arg)
    for (const m of parsed.messages) context.err(formatMessage(m))
    if (!parsed.value || hasErrors(parsed.messages)) throw new CommandError(`${arg} has errors (above): fix them before exporting`)
    instrument = parsed.value
  } else {
    instrument = findInstrument(corpus, arg)
    if (!instrument) throw new CommandError(`no instrument or draft '${arg}' in the corpus (give an id such as ssl-2018 or annex-1, or a corpus file ending in .md)`)
    const own = messages.filter((m) => m.file.endsWith(instrument!.file) && m.severity === 'error')
    for (const m of own) context.err(formatMessage(m))
    if (own.length > 0) throw new CommandError(`${instrument.file} has errors (above): fix them before exporting`)
  }
  const base = instrument.base ? findInstrument(corpus, instrument.base) : undefined
  if (instrument.kind === 'draft' && !base) throw new CommandError(`the draft's base '${instrument.base ?? '(none)'}' is not in the corpus ${context.corpusDir}`)
  return {instrument, base}
}

/** `export --format akn`: any instrument or draft as Akoma Ntoso 3.0 XML. */
export async function exportAkn(context: CommandContext, arg: string, output: string): Promise<number> {
  if (context.options.mode !== undefined || context.options.engine !== undefined) {
    throw new UsageError('--mode and --engine belong to docx, pdf and md: an Akoma Ntoso export is the instrument or draft as it stands')
  }
  const given = context.options.date
  if (given !== undefined && (typeof given !== 'string' || !/^\d{4}-\d{2}-\d{2}$/u.test(given))) throw new UsageError(`--date takes YYYY-MM-DD, not '${String(given)}'`)
  const {instrument, base} = await resolveInstrument(context, arg)
  const date = typeof given === 'string' ? given : new Date().toISOString().slice(0, 10)
  const written = toAkomaNtoso(instrument, {date, base})
  for (const m of written.messages) context.err(formatMessage(m))
  if (written.value === undefined) throw new CommandError(`${instrument.id} cannot be written as XML (above); nothing was written`)
  await writeOutput(output, written.value, context.options.force === true)
  const articles = articlesOf(instrument).length
  if (context.json) context.out(JSON.stringify({output, format: 'akn', instrument: instrument.id, kind: instrument.kind, base: base?.id ?? null, articles}, null, 2))
  else context.out(`wrote ${output} (Akoma Ntoso 3.0 ${instrument.kind === 'draft' ? 'bill' : 'act'}): ${instrument.id}${base ? ` on ${base.id}` : ''}, ${articles} articles`)
  return 0
}
