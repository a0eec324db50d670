import {resolve, relative, sep} from 'node:path'
import {stat} from 'node:fs/promises'
import {formatMessage, hasErrors, sortMessages, type SynopticMessage} from '../../message/index.ts'
import {joinWorkspace, loadCorpus, parseInstrument, type SourceFile} from '../../corpus/index.ts'
import {findInstrument} from '../../model/index.ts'
import {cachedParser} from '../parse-cache.ts'
import {checkComparison, checkReviewData, isReviewDataFile, loadComparison, loadReviewData} from '../../review/index.ts'
import {hiddenCharacterWarnings, isRuleFile, loadLanguage, loadRules} from '../../conformity/index.ts'
import {checkCatalogue, isCatalogueFile, loadCatalogue} from '../../assessment/index.ts'
import {readSourceFile, readSourceFiles, readSourceFolder, readWorkspaceFolder} from '../corpus-files.ts'
import {CommandError, type Command} from '../command.ts'

export const validate: Command = {
  name: 'validate',
  summary: 'Check corpus, draft, review-data and rule files; print file:line:column for every problem.',
  usage: '[<dir | file>...] [--json]',
  options: {},
  async run(context) {
    const targets = context.args.length > 0 ? context.args.map((a) => resolve(context.cwd, a)) : [context.corpusDir]
    const files: Array<SourceFile> = []
    // What could not be read (links not followed, special files, text that is not UTF-8), named like any problem.
    const unread: Array<SynopticMessage> = []
    for (const target of targets) {
      const info = await stat(target).catch(() => undefined)
      if (!info) throw new CommandError(`no such file or folder: ${relative(context.cwd, target) || target}`)
      const shown = (p: string) => relative(context.cwd, p).split(sep).join('/') || p
      if (info.isDirectory()) {
        const folder = await readSourceFolder(target)
        for (const f of folder.files) files.push({path: shown(resolve(target, f.path)), text: f.text})
        for (const m of folder.messages) unread.push({...m, file: shown(resolve(target, m.file))})
      } else {
        const read = await readSourceFile(target, shown(target))
        if ('text' in read) files.push({path: shown(target), text: read.text})
        else unread.push(read.message)
      }
    }
    const parse = cachedParser(parseInstrument)
    let {value, messages} = loadCorpus(files, parse)
    // A draft given alone is checked against its base: the base comes from the corpus, its own problems unreported.
    const asked = new Set(files.map((f) => f.path))
    const bases = new Set(value.instruments.filter((i) => i.kind === 'draft' && i.base && !findInstrument(value, i.base)).map((i) => i.base!))
    if (bases.size > 0 && context.args.length > 0) {
      const shown = (p: string) => relative(context.cwd, p).split(sep).join('/') || p
      const corpus = (await readSourceFiles(context.corpusDir).catch(() => [])).map((f) => ({path: shown(resolve(context.corpusDir, f.path)), text: f.text}))
      const found = corpus.filter((f) => !asked.has(f.path) && f.path.endsWith('.md') && (() => {
        const parsed = parse(f.text, f.path).value
        return parsed !== undefined && (bases.has(parsed.id) || parsed.aliases.some((a) => bases.has(a)))
      })())
      if (found.length > 0) {
        const loaded = loadCorpus([...files, ...found], parse)
        value = loaded.value
        messages = loaded.messages.filter((m) => m.file === undefined || asked.has(m.file))
      }
    }
    messages.push(...unread)
    // Comparison files named on the command line (`comparisons/<id>.yaml`), and the workspace's.
    const comparisons = files.filter((f) => /(?:^|\/)comparisons\/[^/]+\.ya?ml$/iu.test(f.path))
    // With --workspace, its documents are checked as the app joins them: each error names the workspace file.
    if (context.workspaceDir !== undefined) {
      const workspace = await readWorkspaceFolder(context.workspaceDir)
      const joined = joinWorkspace(value, workspace.files)
      files.push(...workspace.files)
      messages.push(...workspace.messages, ...joined.messages)
      value = joined.corpus
      comparisons.push(...joined.comparisons)
    }
    // Each comparison as the view reads it: its ids' form, then whether each names a provision of the corpus. A
    // comparison given alone is read against the corpus (and workspace) it would be shown with.
    if (comparisons.length > 0) {
      let within = value
      if (context.args.length > 0) {
        const loaded = await context.loadCorpus()
        const own = new Set(value.instruments.map((i) => i.id))
        within = {instruments: [...value.instruments, ...loaded.corpus.instruments.filter((i) => !own.has(i.id))]}
      }
      for (const file of comparisons) {
        const read = loadComparison(file)
        messages.push(...read.messages)
        if (read.value) messages.push(...checkComparison(read.value, within))
      }
    }
    // The YAML beside the Markdown is checked too: review data against the corpus it cites, and the rules.
    if (files.some((f) => isReviewDataFile(f.path))) {
      const review = loadReviewData(files)
      messages.push(...review.messages, ...checkReviewData(review.value, value))
    }
    if (files.some((f) => isRuleFile(f.path))) {
      const rules = loadRules(files, {language: await loadLanguage()})
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
      context.out(JSON.stringify({valid: !failed, files: files.length, instruments: value.instruments.filter((i) => asked.has(i.file)).length, messages: sorted}, null, 2))
    } else {
      for (const m of sorted) (m.severity === 'error' ? context.err : context.out)(formatMessage(m))
      const errors = sorted.filter((m) => m.severity === 'error').length
      const warnings = sorted.filter((m) => m.severity === 'warning').length
      const summary = `${files.length} files, ${value.instruments.filter((i) => asked.has(i.file)).length} instruments: ${errors} errors, ${warnings} warnings`
      ;(failed ? context.err : context.out)(failed ? `invalid: ${summary}` : `valid: ${summary}`)
    }
    return failed ? 1 : 0
  }
}
