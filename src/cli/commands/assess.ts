import {relative, resolve} from 'node:path'
import {readFile} from 'node:fs/promises'
import {assessLaw, assessmentDocument, checkCatalogue, countsSentence, loadCatalogue, resolveTarget, rowsByStatus, type Assessment} from '../../assessment/index.ts'
import {loadLanguage, loadRules} from '../../conformity/index.ts'
import {parseInstrument} from '../../corpus/index.ts'
import {tablesPdfDefinition, tablesToDocx} from '../../export/index.ts'
import {formatMessage, hasErrors, sortMessages} from '../../message/index.ts'
import {findInstrument, type Corpus} from '../../model/index.ts'
import {CommandError, UsageError, type Command} from '../command.ts'
import {pdfBytes} from '../export-files.ts'
import {formatOption, outputFileOptions, outputOption, writeOutput} from '../output-file.ts'

/** The JSON shape of an assessment: the target, the counts, and per row what a reader needs (no file positions). */
function toJson(a: Assessment) {
  return {
    target: a.target,
    counts: a.counts,
    rows: a.rows.map((r) => ({
      article: r.article.id, title: r.article.title,
      standards: r.article.standards.map((s) => `${s.instrument}${s.article ? ` ${s.article}` : ''}`),
      status: r.status, provisions: r.provisions,
      findings: r.findings.map((f) => ({rule: f.rule, status: f.status, provision: f.provision, words: f.words})),
      unmet: r.unmet, reason: r.reason, recommendation: r.recommendation
    }))
  }
}

export const assess: Command = {
  name: 'assess',
  summary: 'Assess a whole law or framework against C81 and C129: per article, conflict, partial, conforms or gap, with provisions and words.',
  usage: '<instrument-id | file.md | labour | social-security | id+id...> [--json] [--format docx|pdf -o <file> [--force]]',
  options: {
    format: {type: 'string', description: 'write the assessment as docx or pdf (with -o)'},
    ...outputFileOptions
  },
  async run(context) {
    if (context.args.length !== 1) throw new UsageError('name one instrument, framework or set of instruments to assess')
    const exporting = context.options.format !== undefined || context.options.output !== undefined
    const format = exporting ? formatOption(context, ['docx', 'pdf'] as const) : undefined
    const output = exporting ? outputOption(context) : undefined
    const loaded = await context.loadCorpus()
    const shown = (file: string) => relative(context.cwd, resolve(loaded.dir, file)) || file
    const rules = loadRules(loaded.sources, {language: await loadLanguage()})
    const catalogue = loadCatalogue(loaded.sources)
    const problems = sortMessages([...rules.messages, ...catalogue.messages, ...checkCatalogue(catalogue.value, new Set(rules.value.map((r) => r.id)))])
      .map((m) => ({...m, file: shown(m.file)}))
    for (const m of problems) context.err(formatMessage(m))
    if (hasErrors(problems)) throw new CommandError('the rule files have errors (see above); fix them before assessing')
    if (catalogue.value.length === 0) throw new CommandError('no article catalogue (rules/articles.yaml) in the corpus')
    const errors = loaded.messages.filter((m) => m.severity === 'error')
    for (const m of sortMessages(errors)) context.err(formatMessage(m))
    if (errors.length > 0) throw new CommandError('the corpus has errors (see above); fix them first (synoptic validate)')
    let corpus: Corpus = loaded.corpus
    let id = context.args[0]!
    if (/\.md$/iu.test(id)) {
      const path = resolve(context.cwd, id)
      const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
        throw new CommandError(`cannot read ${id}: ${e.code ?? e.message}`)
      })
      const parsed = parseInstrument(text, relative(context.cwd, path) || id)
      for (const m of sortMessages(parsed.messages)) context.err(formatMessage(m))
      if (!parsed.value || hasErrors(parsed.messages)) throw new CommandError(`${id} is not a valid corpus file (see above)`)
      const instrument = parsed.value
      if (instrument.kind === 'draft' && instrument.base && !findInstrument(corpus, instrument.base)) throw new CommandError(`${id} is a draft of '${instrument.base}', which is not in the corpus`)
      corpus = {instruments: [...corpus.instruments.filter((i) => i.id !== instrument.id), instrument]}
      id = instrument.id
    }
    const target = resolveTarget(corpus, id)
    if ('error' in target) throw new CommandError(target.error)
    const assessment = assessLaw(corpus, rules.value, catalogue.value, target)
    if (format && output) {
      const doc = assessmentDocument(corpus, assessment)
      const bytes = format === 'docx' ? await tablesToDocx(doc) : await pdfBytes(tablesPdfDefinition(doc))
      await writeOutput(output, bytes, context.options.force === true)
      if (context.json) context.out(JSON.stringify({output, format, counts: assessment.counts}, null, 2))
      else context.out(`wrote ${output} (${format}): ${assessment.rows.length} articles`)
      return 0
    }
    if (context.json) {
      context.out(JSON.stringify(toJson(assessment), null, 2))
      return 0
    }
    context.out(`Assessment of ${target.name} against ILO Conventions No. 81 and No. 129`)
    for (const row of rowsByStatus(assessment)) {
      const cites = row.article.standards.map((s) => (s.article ? `${s.instrument} ${s.article}` : s.instrument)).join(', ')
      context.out(`${row.status.padEnd(9)} ${row.article.title} — ${cites}`)
      for (const f of row.findings) context.out(`    ${f.status}: ${f.provision} “${f.words}” [${f.rule}]`)
      if (row.status === 'gap' || (row.status === 'partial' && row.unmet.length > 0)) context.out(`    missing: ${row.unmet.join('; ')}`)
      context.out(`    why: ${row.reason}`)
      context.out(`    do:  ${row.recommendation}`)
    }
    context.out(`${assessment.rows.length} articles: ${countsSentence(assessment.counts)}`)
    return 0
  }
}
