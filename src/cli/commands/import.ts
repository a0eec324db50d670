import {readFile, stat} from 'node:fs/promises'
import {extname, relative, resolve, sep} from 'node:path'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import {
  checkImportFile, importExtensions, importSource, readWordDocument, summaryLine, WordDocumentTooLarge, wordReaderFromZip, zipEntries,
  type ImportOptions, type ImportSource, type ZipArchive
} from '../../import/index.ts'
import {formatMessage, hasErrors, sortMessages, type Result, type SynopticMessage} from '../../message/index.ts'
import {instrumentKinds as kinds, translationStatuses as translations, type InstrumentKind, type TranslationStatus} from '../../model/index.ts'
import {CommandError, UsageError, type Command} from '../command.ts'
import {outputFileOptions, writeOutput} from '../output-file.ts'


function optionString(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/** A .docx read with jszip and mammoth under Node: mammoth's HTML with Word's numbers written in. Throws on a damaged file. */
export async function readDocx(bytes: Uint8Array, file: string): Promise<Result<ImportSource>> {
  const zip = await JSZip.loadAsync(bytes)
  // jszip's internalStream (unpacking without keeping) is public at run time but missing from its types.
  const reader = wordReaderFromZip(zip as unknown as ZipArchive, (transform) => mammoth.convertToHtml({buffer: Buffer.from(bytes)}, {transformDocument: transform}))
  return readWordDocument(reader, file, zipEntries(bytes) ?? [])
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Read a law from Word (.docx), text, Markdown, HTML or Akoma Ntoso (.xml) into a corpus file, with its articles and items found.',
  usage: '<file.docx | file.txt | file.md | file.html | file.xml> --id <id> [--title <title>] [--kind <kind>] [-o <file.md>] [--force]',
  options: {
    id: {type: 'string', description: 'id of the new instrument: lower case letters, digits and -, e.g. ll-2013 (Akoma Ntoso: default the document\'s own)'},
    title: {type: 'string', description: 'its title (default: a title line before the first article)'},
    kind: {type: 'string', description: `${kinds.join(', ')} (default law)`},
    number: {type: 'string', description: 'its number, e.g. "No. 43/NA" (default: a "No. …" line before the first article)'},
    date: {type: 'string', description: 'its date, YYYY-MM-DD'},
    jurisdiction: {type: 'string', description: 'ISO country code, or ILO (default LA)'},
    language: {type: 'string', description: 'language of the text (default lo for text in Lao script, else en)'},
    translation: {type: 'string', description: 'authentic, official or unofficial (default unofficial)'},
    source: {type: 'string', description: 'where the text comes from (default "Imported from <file>")'},
    base: {type: 'string', description: 'drafts: the id of the instrument the draft amends'},
    output: {type: 'string', short: 'o', description: 'the corpus file to write (.md); without it the Markdown goes to stdout'},
    force: outputFileOptions.force
  },
  async run(context) {
    if (context.args.length !== 1) throw new UsageError(context.args.length === 0 ? 'give the file to import' : 'give one file to import')
    const input = resolve(context.cwd, context.args[0]!)
    const shown = (path: string) => {
      const near = relative(context.cwd, path).split(sep).join('/')
      return near === '' || near.startsWith('../') ? path : near
    }
    // An Akoma Ntoso document says what it is (id, kind, translation): the options only override it.
    const akn = extname(input).toLowerCase() === '.xml'
    const id = optionString(context.options.id)
    if (!id && !akn) throw new UsageError('give the new instrument an id with --id (e.g. --id ll-2013)')
    if (id && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new UsageError(`--id "${id}" is not an id: use lower case letters, digits and single dashes (e.g. ll-2013)`)
    const kind = optionString(context.options.kind) ?? (akn ? undefined : 'law')
    if (kind !== undefined && !kinds.includes(kind as InstrumentKind)) throw new UsageError(`--kind "${kind}" is not one of ${kinds.join(', ')}`)
    const translation = optionString(context.options.translation) ?? (akn ? undefined : 'unofficial')
    if (translation !== undefined && !translations.includes(translation as TranslationStatus)) throw new UsageError(`--translation "${translation}" is not one of ${translations.join(', ')}`)
    const date = optionString(context.options.date)
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date "${date}" is not a date written YYYY-MM-DD`)
    const base = optionString(context.options.base)
    if (kind === 'draft' && !base && !akn) throw new UsageError('a draft needs --base <id of the instrument it amends>')
    if (kind !== 'draft' && kind !== undefined && base) throw new UsageError('--base belongs to drafts: add --kind draft, or leave --base out')
    const outputOption = optionString(context.options.output)
    const output = outputOption === undefined ? undefined : resolve(context.cwd, outputOption)
    if (output !== undefined && extname(output).toLowerCase() !== '.md') throw new UsageError(`the output ${outputOption} must be a .md file: corpus files are Markdown`)
    const force = context.options.force === true

    // Refuse early, before any work, when the output exists; the write itself checks again.
    if (output !== undefined && !force && (await stat(output).catch(() => undefined))) {
      throw new CommandError(`${shown(output)} already exists: nothing was written (use --force to replace it)`)
    }
    let bytes: Uint8Array | undefined
    if (importExtensions.includes(extname(input).toLowerCase())) {
      try {
        bytes = new Uint8Array(await readFile(input))
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        throw new CommandError(code === 'ENOENT' ? `no such file: ${shown(input)}` : `cannot read ${shown(input)}: ${code ?? (error as Error).message}`)
      }
    }
    const checked = checkImportFile(shown(input), bytes ?? new Uint8Array(0))
    if (checked.status === 'refused') throw new CommandError(`${checked.reason}; nothing was written`)

    const messages: Array<SynopticMessage> = []
    let source: ImportSource
    if (checked.status === 'word') {
      try {
        const read = await readDocx(bytes!, shown(input))
        source = read.value
        messages.push(...read.messages)
      } catch (error) {
        if (error instanceof WordDocumentTooLarge) throw new CommandError(`${error.message}; nothing was written`)
        const reason = String((error as Error).message ?? error).split('\n')[0]!.replace(/\s+/g, ' ').trim()
        throw new CommandError(`${shown(input)} is damaged: it cannot be read as a Word document (${reason}); nothing was written`)
      }
    } else {
      source = checked.source
      if (checked.encoding !== 'utf-8') context.err(`${shown(input)}: note: read as ${checked.encoding} text`)
    }

    const options: ImportOptions = {
      id: id ?? '',
      file: shown(input),
      title: optionString(context.options.title),
      kind: kind as InstrumentKind | undefined,
      number: optionString(context.options.number),
      date,
      jurisdiction: optionString(context.options.jurisdiction),
      language: optionString(context.options.language),
      translation: translation as TranslationStatus | undefined,
      source: optionString(context.options.source),
      base
    }
    const result = importSource(source, options)
    messages.push(...result.messages)
    const sorted = sortMessages(messages)
    const failed = hasErrors(sorted)
    const summary = result.value.summary
    const line = `${shown(input)}: ${summaryLine(summary)}`

    if (!failed && output !== undefined) await writeOutput(output, result.value.markdown, force)

    if (context.json) {
      context.out(JSON.stringify({
        file: shown(input),
        output: failed ? null : output === undefined ? null : shown(output),
        id: result.value.instrument.id,
        written: !failed && output !== undefined,
        summary,
        messages: sorted,
        ...(output === undefined && !failed ? {markdown: result.value.markdown} : {})
      }, null, 2))
    } else {
      for (const m of sorted) context.err(formatMessage(m))
      if (failed) context.err(`${line}: nothing was written`)
      else if (output === undefined) {
        context.out(result.value.markdown.trimEnd())
        context.err(line)
      } else context.out(`${line} → ${shown(output)}`)
    }
    if (failed) throw new CommandError('the import found a problem it cannot write around; nothing was written')
    return 0
  }
}
