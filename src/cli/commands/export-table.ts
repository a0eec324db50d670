import {compareAspect} from '../../compare/index.ts'
import {comparisonTables, tablesPdfDefinition, tablesToDocx} from '../../export/index.ts'
import {formatMessage, hasErrors} from '../../message/index.ts'
import {loadReviewData} from '../../review/index.ts'
import {CommandError, UsageError, type Command} from '../command.ts'
import {pdfBytes} from '../export-files.ts'
import {writeOutput} from '../output-file.ts'
import {formatOption, outputOption} from './export.ts'

export const exportTable: Command = {
  name: 'export-table',
  summary: 'Export the comparison tables of the review (labour and social security side by side) as landscape DOCX or PDF.',
  usage: '<aspect-id | all> --format docx|pdf -o <file> [--force]',
  options: {
    format: {type: 'string', description: 'docx or pdf'},
    output: {type: 'string', short: 'o', description: 'the file to write'},
    force: {type: 'boolean', description: 'replace the output file if it exists'}
  },
  async run(context) {
    const [which, extra] = context.args
    if (!which || extra !== undefined) throw new UsageError('give one aspect id (mandate, forms, …) or all')
    const format = formatOption(context, ['docx', 'pdf'] as const)
    const output = outputOption(context)
    const {corpus, sources} = await context.loadCorpus()
    const data = loadReviewData(sources)
    for (const m of data.messages) context.err(formatMessage(m))
    if (hasErrors(data.messages)) throw new CommandError('the review data has errors (above): fix them before exporting')
    const aspects = which === 'all' ? data.value.aspects : data.value.aspects.filter((a) => a.id === which)
    if (aspects.length === 0) {
      const known = data.value.aspects.map((a) => a.id).join(', ')
      throw new CommandError(which === 'all' ? 'the corpus has no aspects (corpus/data/*.yaml)' : `no aspect '${which}' (known: ${known || 'none'}, or all)`)
    }
    const comparisons = aspects.map((a) => compareAspect(corpus, a))
    const title = aspects.length === 1 ? `Comparison table: ${aspects[0]!.title}` : 'Labour and social security inspection: comparison tables'
    const doc = comparisonTables(comparisons, title, corpus)
    const bytes = format === 'docx' ? await tablesToDocx(doc) : await pdfBytes(tablesPdfDefinition(doc))
    await writeOutput(output, bytes, context.options.force === true)
    const rows = doc.sections.reduce((n, s) => n + s.rows.length, 0)
    if (context.json) context.out(JSON.stringify({output, format, aspects: aspects.map((a) => a.id), rows}, null, 2))
    else context.out(`wrote ${output} (${format}): ${aspects.length} aspect${aspects.length === 1 ? '' : 's'}, ${rows} rows`)
    return 0
  }
}
