import {readFile} from 'node:fs/promises'
import {relative, resolve} from 'node:path'
import {checkCorpus, checkText, loadLanguage, loadRules, type Finding} from '../../conformity/index.ts'
import {parseInstrument} from '../../corpus/index.ts'
import {formatMessage, hasErrors, sortMessages} from '../../message/index.ts'
import {findInstrument, type Corpus} from '../../model/index.ts'
import {cachedParser} from '../parse-cache.ts'
import {CommandError, UsageError, type Command} from '../command.ts'

const statusOrder = ['conflict', 'partial', 'gap', 'harmonization', 'conforms'] as const

/** The JSON shape of a finding: the fields of `Finding`, in the order the issue lists them. */
function toJson(f: Finding) {
  return {
    rule: f.rule,
    status: f.status,
    provision: f.provision,
    instrument: f.instrument,
    ...(f.framework ? {framework: f.framework} : {}),
    title: f.title,
    standards: f.standards,
    reason: f.reason,
    ...(f.match ? {match: f.match} : {}),
    recommendation: f.recommendation
  }
}

function citation(f: Finding): string {
  return f.standards.map((s) => (s.article ? `${s.instrument} ${s.article}` : s.instrument)).join('; ')
}

function printFindings(out: (s: string) => void, findings: ReadonlyArray<Finding>): void {
  for (const f of findings) {
    const where = f.provision ?? `${f.instrument} (${f.framework ?? 'framework'})`
    out(`${f.status.padEnd(13)} ${where}  [${f.rule}] ${f.title} — ${citation(f)}`)
    if (f.match) out(`    words: “${f.match.text}”${f.match.inHeading ? ' (in the heading)' : ''}`)
    if (f.status === 'harmonization') out(`    for: ${f.instrument} (${f.framework})`)
    out(`    why: ${f.reason}`)
    out(`    do:  ${f.recommendation}`)
  }
  // Partial findings are counted only when there are some (the shipped rules give none on the shipped corpus).
  const counts = statusOrder.filter((s) => s !== 'partial' || findings.some((f) => f.status === s)).map((s) => {
    const n = findings.filter((f) => f.status === s).length
    return `${n} ${s === 'conforms' ? 'conforming' : s === 'harmonization' || n === 1 ? s : s + 's'}`
  })
  out(`${findings.length} finding${findings.length === 1 ? '' : 's'}: ${counts.join(', ')}`)
}

export const check: Command = {
  name: 'check',
  summary: 'Check provisions against ILO Conventions 81 and 129: conflicts, gaps, conforming provisions, harmonization.',
  usage: '[<instrument-id | file.md>...] [--text "<provision text>"] [--json]',
  options: {
    text: {type: 'string', description: 'check this provision text instead of the corpus'}
  },
  async run(context) {
    const loaded = await context.loadCorpus()
    const rules = loadRules(loaded.sources.map((s) => ({path: s.path, text: s.text})), {language: await loadLanguage()})
    const ruleMessages = sortMessages(rules.messages).map((m) => ({...m, file: relative(context.cwd, resolve(loaded.dir, m.file)) || m.file}))
    for (const m of ruleMessages) context.err(formatMessage(m))
    if (hasErrors(ruleMessages)) throw new CommandError('the rule files have errors (see above); fix them before checking')
    if (rules.value.length === 0) throw new CommandError(`no rules found under ${relative(context.cwd, resolve(loaded.dir, 'rules')) || 'rules'}/ (*.yaml)`)

    let findings: Array<Finding>
    if (typeof context.options.text === 'string') {
      if (context.args.length > 0) throw new UsageError('give either --text or instruments and files, not both')
      findings = checkText(context.options.text, rules.value)
    } else {
      const errors = loaded.messages.filter((m) => m.severity === 'error')
      for (const m of sortMessages(errors)) context.err(formatMessage(m))
      if (errors.length > 0) throw new CommandError('the corpus has errors (see above); fix them before checking (npm run -s synoptic -- validate)')
      let corpus: Corpus = loaded.corpus
      const ids: Array<string> = []
      for (const arg of context.args) {
        if (/\.md$/i.test(arg)) {
          const path = resolve(context.cwd, arg)
          let text: string
          try {
            text = await readFile(path, 'utf8')
          } catch (error) {
            throw new CommandError(`cannot read ${arg}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
          }
          const parsed = cachedParser(parseInstrument)(text, relative(context.cwd, path) || arg)
          for (const m of sortMessages(parsed.messages)) context.err(formatMessage(m))
          if (!parsed.value || hasErrors(parsed.messages)) throw new CommandError(`${arg} is not a valid corpus file (see above)`)
          const instrument = parsed.value
          if (instrument.kind === 'draft' && instrument.base && !findInstrument(corpus, instrument.base)) {
            throw new CommandError(`${arg} is a draft of '${instrument.base}', which is not in the corpus`)
          }
          // The file stands in for the corpus instrument of the same id, if there is one.
          corpus = {instruments: [...corpus.instruments.filter((i) => i.id !== instrument.id), instrument]}
          ids.push(instrument.id)
        } else {
          const instrument = findInstrument(corpus, arg)
          if (!instrument) throw new CommandError(`no instrument '${arg}' in the corpus (see: npm run -s synoptic -- list)`)
          ids.push(instrument.id)
        }
      }
      findings = checkCorpus(corpus, rules.value, ids.length > 0 ? {instruments: ids} : {})
    }
    if (context.json) context.out(JSON.stringify({findings: findings.map(toJson)}, null, 2))
    else printFindings(context.out, findings)
    return 0
  }
}
