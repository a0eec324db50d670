// A workspace is a folder of corpus-format files the user owns: `instruments/*.md` (imported laws), `drafts/*.md`
// and `comparisons/*.yaml`. Its documents join the built-in corpus for every view and command; the built-in texts
// stay as shipped. The one rule of the join is here, used by the app and the CLI alike.
import {LineCounter, parseDocument} from 'yaml'
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import type {Corpus, Instrument} from '../../model/index.ts'
import {checkInCorpus} from './corpus-checks.ts'
import type {SourceFile} from './load-corpus.ts'
import {parseInstrument} from './parse-instrument.ts'

/** The folders of a workspace, and what each holds. */
export const workspaceFolders = ['instruments', 'drafts', 'comparisons'] as const
export type WorkspaceFolder = (typeof workspaceFolders)[number]

/** One file of the workspace as the join saw it. */
export interface WorkspaceDocument {
  /** Its path as given (`instruments/er-labour-2001.md`, or with the workspace folder in front in the CLI). */
  file: string
  folder: WorkspaceFolder
  /** The text as it is on disk, kept whatever happened to it. */
  text: string
  /**
   * - `joined`: part of the corpus (or, for a comparison, of the comparisons) from now on;
   * - `replaces`: a draft saved from a built-in draft (`drafts/annex-1.md` for `annex-1`): the drafter's version
   *   stands in for the shipped one, which is unchanged on disk;
   * - `refused`: does not parse, or reuses an id that is taken; shown in place with its errors, left out of the corpus.
   */
  state: 'joined' | 'replaces' | 'refused'
  /** The instrument's id, when the file got far enough to have one. */
  id?: string | undefined
  title?: string | undefined
  /** What was said about this file, each with its line and column. */
  messages: Array<SynopticMessage>
}

/** The corpus with the workspace in it. */
export interface JoinedCorpus {
  corpus: Corpus
  documents: Array<WorkspaceDocument>
  /** The comparison files that parse as YAML, for the comparison loader (`comparisons/*.yaml`). */
  comparisons: Array<SourceFile>
  /** Every message about the workspace's files, in file order. */
  messages: Array<SynopticMessage>
}

export interface JoinOptions {
  /**
   * Parses one Markdown document (default parseInstrument). The app passes one that remembers unchanged files, so a
   * change to one document does not parse a long law again; the result must not be changed by the caller.
   */
  parse?: (text: string, file: string) => Result<Instrument | undefined>
}

/** The workspace folder a path is in (`…/instruments/x.md`), or undefined for a file the workspace does not hold. */
export function workspaceFolderOf(path: string): WorkspaceFolder | undefined {
  const match = /(?:^|\/)(instruments|drafts|comparisons)\/[^/]+$/u.exec(path)
  if (!match) return undefined
  const folder = match[1] as WorkspaceFolder
  const markdown = /\.md$/iu.test(path)
  return (folder === 'comparisons' ? /\.ya?ml$/iu.test(path) : markdown) ? folder : undefined
}

/**
 * Joins the workspace's files to the built-in corpus. A document that does not parse, or whose id or alias is
 * already taken (by a built-in text or by a workspace file earlier in path order), is refused, with an error at
 * its `id:` line; the only exception is a draft in `drafts/` with the id of a built-in draft, which is the
 * drafter's own version of it (the drafting view saves edits of a built-in draft there) and replaces it.
 */
export function joinWorkspace(bundled: Corpus, files: ReadonlyArray<SourceFile>, options: JoinOptions = {}): JoinedCorpus {
  const parse = options.parse ?? parseInstrument
  const documents: Array<WorkspaceDocument> = []
  const comparisons: Array<SourceFile> = []
  const builtIn = new Map<string, Instrument>()
  for (const instrument of bundled.instruments) for (const name of [instrument.id, ...instrument.aliases]) builtIn.set(name, instrument)
  const replaced = new Set<string>()
  const added: Array<Instrument> = []
  const owners = new Map(builtIn)
  const byPath = [...files].sort((a, b) => a.path.localeCompare(b.path))

  for (const file of byPath) {
    const folder = workspaceFolderOf(file.path)
    if (!folder) continue
    if (folder === 'comparisons') {
      const messages = yamlProblems(file)
      documents.push({file: file.path, folder, text: file.text, state: messages.length > 0 ? 'refused' : 'joined', messages})
      if (messages.length === 0) comparisons.push(file)
      continue
    }
    const parsed = parse(file.text, file.path)
    const value = parsed.value
    // A copy: what the join adds must not pile up in a parse result kept by the caller.
    const messages = [...parsed.messages]
    const document: WorkspaceDocument = {file: file.path, folder, text: file.text, state: 'refused', id: value?.id, title: value?.title, messages}
    documents.push(document)
    if (!value || messages.some((m) => m.severity === 'error')) continue
    const shipped = builtIn.get(value.id)
    const ownVersion = folder === 'drafts' && value.kind === 'draft' && shipped?.kind === 'draft' && shipped.id === value.id && !replaced.has(value.id)
    const taken = [value.id, ...value.aliases].find((name) => owners.has(name) && !(ownVersion && owners.get(name) === shipped))
    if (taken !== undefined) {
      const owner = owners.get(taken)!
      const where = builtIn.get(taken) === owner ? `the built-in ${owner.kind} ${owner.id} (${owner.file})` : owner.file
      messages.push(createMessage('error', `The id \`${taken}\` is already used by ${where}: this document is left out until it has an id of its own`, {
        file: file.path, place: idLine(file.text), source: 'synoptic-workspace', ruleId: 'duplicate-id',
        note: builtIn.get(taken) === owner ? 'built-in texts are read-only; give your copy another id' : undefined
      }))
      continue
    }
    document.state = ownVersion ? 'replaces' : 'joined'
    if (ownVersion) replaced.add(value.id)
    for (const name of [value.id, ...value.aliases]) owners.set(name, value)
    added.push(value)
  }

  const instruments = [...bundled.instruments.filter((i) => !replaced.has(i.id)), ...added]
  // A draft's base and "article N of this law" are checked against the joined corpus.
  for (const instrument of added) {
    const document = documents.find((d) => d.file === instrument.file)
    document?.messages.push(...checkInCorpus(instrument, owners))
  }
  return {corpus: {instruments}, documents, comparisons, messages: documents.flatMap((d) => d.messages)}
}

/** What the parser says about one workspace file on its own (a Markdown document, or a comparison's YAML). */
export function parseWorkspaceFile(file: SourceFile): Array<SynopticMessage> {
  return /\.ya?ml$/iu.test(file.path) ? yamlProblems(file) : parseInstrument(file.text, file.path).messages
}

/** The line of the front matter's `id:`, where an id clash is reported. */
function idLine(text: string): {line: number; column: number; offset: number} {
  const match = /^id:/mu.exec(text)
  if (!match) return {line: 1, column: 1, offset: 0}
  return {line: text.slice(0, match.index).split('\n').length, column: 1, offset: match.index}
}

/** YAML syntax errors of a comparison file, with line and column. */
function yamlProblems(file: SourceFile): Array<SynopticMessage> {
  const lineCounter = new LineCounter()
  const parsed = parseDocument(file.text, {lineCounter, prettyErrors: false})
  return parsed.errors.map((error) => {
    const offset = error.pos[0]
    const {line, col} = lineCounter.linePos(offset)
    return createMessage('error', `Not valid YAML: ${error.message.split('\n')[0]}`, {
      file: file.path, place: {line, column: col, offset}, source: 'synoptic-workspace', ruleId: 'yaml-syntax'
    })
  })
}
