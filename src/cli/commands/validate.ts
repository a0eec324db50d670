import {resolve, relative, sep} from 'node:path'
import {stat, readFile} from 'node:fs/promises'
import {formatMessage, hasErrors, sortMessages, type SynopticMessage} from '../../message/index.ts'
import {loadCorpus, type SourceFile} from '../../corpus/index.ts'
import {checkReviewData, isReviewDataFile, loadReviewData} from '../../review/index.ts'
import {hiddenCharacterWarnings, isRuleFile, loadRules} from '../../conformity/index.ts'
import {checkCatalogue, isCatalogueFile, loadCatalogue} from '../../assessment/index.ts'
import {readSourceFiles} from '../corpus-files.ts'
import {CommandError, type Command} from '../command.ts'

export const validate: Command = {
  name: 'validate',
  summary: 'Check corpus, draft, review-data and rule files; print file:line:column for every problem.',
  usage: '[<dir | file>...] [--json]',
  options: {},
  async run(context) {
    const targets = context.args.length > 0 ? context.args.map((a) => resolve(context.cwd, a)) : [context.corpusDir]
    const files: Array<SourceFile> = []
    for (const target of targets) {
      const info = await stat(target).catch(() => undefined)
      if (!info) throw new CommandError(`no such file or folder: ${relative(context.cwd, target) || target}`)
      const shown = (p: string) => relative(context.cwd, p).split(sep).join('/') || p
      if (info.isDirectory()) {
        for (const f of await readSourceFiles(target)) files.push({path: shown(resolve(target, f.path)), text: f.text})
      } else {
        files.push({path: shown(target), text: await readFile(target, 'utf8')})
      }
    }
    const {value, messages} = loadCorpus(files)
    // The YAML beside the Markdown is checked too: review data against the corpus it cites, and the rules.
    if (files.some((f) => isReviewDataFile(f.path))) {
      const review = loadReviewData(files)
      messages.push(...review.messages, ...checkReviewData(review.value, value))
    }
    if (files.some((f) => isRuleFile(f.path))) {
      const rules = loadRules(files)
      messages.push(...rules.messages)
      // The assessment's article catalogue, against the rules it names.
      if (files.some((f) => isCatalogueFile(f.path, f.text))) {
        const catalogue = loadCatalogue(files)
        messages.push(...catalogue.messages, ...checkCatalogue(catalogue.value, new Set(rules.value.map((r) => r.id))))
      }
    }
    // Characters a reader cannot see (soft hyphens, zero-width spaces, Cyrillic look-alikes) inside words.
    for (const f of files) messages.push(...hiddenCharacterWarnings(f.path, f.text))
    const sorted: Array<SynopticMessage> = sortMessages(messages)
    const failed = hasErrors(sorted)
    if (context.json) {
      context.out(JSON.stringify({valid: !failed, files: files.length, instruments: value.instruments.length, messages: sorted}, null, 2))
    } else {
      for (const m of sorted) (m.severity === 'error' ? context.err : context.out)(formatMessage(m))
      const errors = sorted.filter((m) => m.severity === 'error').length
      const warnings = sorted.filter((m) => m.severity === 'warning').length
      const summary = `${files.length} files, ${value.instruments.length} instruments: ${errors} errors, ${warnings} warnings`
      ;(failed ? context.err : context.out)(failed ? `invalid: ${summary}` : `valid: ${summary}`)
    }
    return failed ? 1 : 0
  }
}
