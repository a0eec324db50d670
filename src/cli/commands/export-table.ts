import {compareAspect, compareTopic} from '../../compare/index.ts'
import {comparisonTables, tablesPdfDefinition, tablesToDocx, topicTables, type TableDocument} from '../../export/index.ts'
import {formatMessage, hasErrors} from '../../message/index.ts'
import {comparisonIdOf, loadComparison, loadReviewData} from '../../review/index.ts'
import {CommandError, UsageError, type Command} from '../command.ts'
import {pdfBytes} from '../export-files.ts'
import {formatOption, outputFileOptions, outputOption, writeOutput} from '../output-file.ts'

export const exportTable: Command = {
  name: 'export-table',
  summary: 'Export a comparison as landscape DOCX or PDF: an aspect of the review (labour and social security side by side), all of them, or a comparison of the workspace.',
  usage: '<aspect-id | all | comparison-id> [--workspace <dir>] --format docx|pdf -o <file> [--force]',
  options: {
    format: {type: 'string', description: 'docx or pdf'},
    ...outputFileOptions
  },
  async run(context) {
    const [which, extra] = context.args
    if (!which || extra !== undefined) throw new UsageError('give one aspect id (mandate, forms, …) or all')
    const format = formatOption(context, ['docx', 'pdf'] as const)
    const output = outputOption(context)
    const {corpus, sources, workspace} = await context.loadCorpus()
    // A comparison of the workspace (comparisons/<id>.yaml) by its id.
    const file = workspace?.comparisons.find((c) => comparisonIdOf(c.path) === which)
    if (file) {
      const read = loadComparison({path: `${workspace!.dir}/${file.path}`, text: file.text})
      for (const m of read.messages) context.err(formatMessage(m))
      if (!read.value || hasErrors(read.messages)) throw new CommandError(`the comparison ${file.path} has errors (above): fix them before exporting`)
      const c = read.value
      const doc = topicTables(c.topics.map((t) => compareTopic(corpus, c.columns, t)), c.title, [`${c.topics.length} topic${c.topics.length === 1 ? '' : 's'}: ${c.columns.map((x) => x.title).join(', ')}`], corpus)
      return write(doc, [c.id])
    }
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
    return write(comparisonTables(comparisons, title, corpus), aspects.map((a) => a.id))

    async function write(doc: TableDocument, ids: Array<string>): Promise<number> {
      const bytes = format === 'docx' ? await tablesToDocx(doc) : await pdfBytes(tablesPdfDefinition(doc))
      await writeOutput(output, bytes, context.options.force === true)
      const rows = doc.sections.reduce((n, s) => n + s.rows.length, 0)
      const what = file ? `${doc.sections.length} topic${doc.sections.length === 1 ? '' : 's'}` : `${ids.length} aspect${ids.length === 1 ? '' : 's'}`
      if (context.json) context.out(JSON.stringify({output, format, ...(file ? {comparison: ids[0]} : {aspects: ids}), rows}, null, 2))
      else context.out(`wrote ${output} (${format}): ${what}, ${rows} rows`)
      return 0
    }
  }
}
