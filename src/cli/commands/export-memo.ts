import {relative, resolve} from 'node:path'
import {checkCorpus, loadLanguage, loadRules, type FindingStatus} from '../../conformity/index.ts'
import {findingsMemo, tablesPdfDefinition, tablesToDocx} from '../../export/index.ts'
import {formatMessage, hasErrors} from '../../message/index.ts'
import {findInstrument} from '../../model/index.ts'
import {CommandError, UsageError, type Command} from '../command.ts'
import {pdfBytes} from '../export-files.ts'
import {formatOption, outputFileOptions, outputOption, writeOutput} from '../output-file.ts'

const statuses: ReadonlyArray<FindingStatus> = ['conflict', 'partial', 'gap', 'harmonization', 'conforms']

export const exportMemo: Command = {
  name: 'export-memo',
  summary: 'Export the conformity findings as a review memo (provision, current text, standard, assessment, recommendation), DOCX or PDF.',
  usage: '[<instrument-id | draft-id>...] --format docx|pdf -o <file> [--status conflict,gap,harmonization,conforms|all] [--force]',
  options: {
    format: {type: 'string', description: 'docx or pdf'},
    status: {type: 'string', description: 'findings to include (default: conflict,gap,harmonization)'},
    ...outputFileOptions
  },
  async run(context) {
    const format = formatOption(context, ['docx', 'pdf'] as const)
    const output = outputOption(context)
    const wanted = typeof context.options.status === 'string' ? context.options.status : 'conflict,gap,harmonization'
    const include = wanted === 'all' ? [...statuses] : wanted.split(',').map((s) => s.trim())
    const unknown = include.filter((s) => !(statuses as ReadonlyArray<string>).includes(s))
    if (unknown.length > 0) throw new UsageError(`unknown status ${unknown.join(', ')}: use ${statuses.join(', ')} or all`)
    const loaded = await context.loadCorpus()
    const rules = loadRules(loaded.sources, {language: await loadLanguage()})
    const ruleMessages = rules.messages.map((m) => ({...m, file: relative(context.cwd, resolve(loaded.dir, m.file)) || m.file}))
    for (const m of ruleMessages) context.err(formatMessage(m))
    if (hasErrors(ruleMessages)) throw new CommandError('the rule files have errors (above): fix them before exporting')
    for (const id of context.args) {
      if (!findInstrument(loaded.corpus, id)) throw new CommandError(`no instrument '${id}' in the corpus (try: synoptic list)`)
    }
    const findings = checkCorpus(loaded.corpus, rules.value, context.args.length > 0 ? {instruments: context.args} : {})
      .filter((f) => include.includes(f.status))
    const checked = context.args.length > 0 ? context.args.join(', ') : 'the whole corpus'
    const doc = findingsMemo(loaded.corpus, findings, 'Conformity review memo', [
      `Checked: ${checked}, against ILO Conventions No. 81 and No. 129 (${rules.value.length} rules)`,
      `Findings shown: ${include.join(', ')}`
    ])
    const bytes = format === 'docx' ? await tablesToDocx(doc) : await pdfBytes(tablesPdfDefinition(doc))
    await writeOutput(output, bytes, context.options.force === true)
    if (context.json) context.out(JSON.stringify({output, format, findings: findings.length, statuses: include}, null, 2))
    else context.out(`wrote ${output} (${format}): ${findings.length} finding${findings.length === 1 ? '' : 's'} (${include.join(', ')})`)
    return 0
  }
}
