// The views' corpus: the bundled one (corpus.ts) joined by the workspace's documents, by the core's rule
// (joinWorkspace), read through the document service. Derived again after every change.
import {joinWorkspace, parseInstrument, type SourceFile, type WorkspaceDocument} from '../src/corpus/index.ts'
import type {FileVersion} from '../src/ipc/index.ts'
import {createMessage} from '../src/message/index.ts'
import type {LoadedWorkspace} from './corpus.ts'
import {documents} from './documents.ts'
import type {WorkspaceStorage} from './workspace.tsx'

/** The bundled corpus with the workspace in it. */
export interface JoinedWorkspace extends LoadedWorkspace {
  bundled: LoadedWorkspace['corpus']
  documents: Array<WorkspaceDocument>
  comparisons: Array<SourceFile>
  storage: WorkspaceStorage
}

/** Joins already-read workspace files to the bundled corpus. */
export function joinFiles(bundled: LoadedWorkspace, files: ReadonlyArray<SourceFile>, storage: WorkspaceStorage, unreadable: ReadonlyArray<{path: string; problem: string}> = []): JoinedWorkspace {
  const joined = joinWorkspace(bundled.corpus, files, {parse: parseOnce})
  // A file the workspace lists but cannot give as text is shown in place too, with why.
  const refused: Array<WorkspaceDocument> = unreadable.map(({path, problem}) => ({
    file: path,
    folder: path.startsWith('comparisons/') ? 'comparisons' : path.startsWith('drafts/') ? 'drafts' : 'instruments',
    text: '',
    state: 'refused',
    messages: [createMessage('error', problem.replace(/^[^:]*:\d+:\d+: error: /u, ''), {file: path, source: 'synoptic-workspace', ruleId: 'unreadable'})]
  }))
  return {
    corpus: joined.corpus,
    bundled: bundled.corpus,
    messages: [...bundled.messages, ...joined.messages, ...refused.flatMap((d) => d.messages)],
    sources: bundled.sources,
    documents: [...joined.documents, ...refused].sort((a, b) => a.file.localeCompare(b.file)),
    comparisons: joined.comparisons,
    storage
  }
}

// A long law takes a second or more to parse: each file is parsed once per text, and read once per version, so an
// autosave of one draft does not read and parse every other document again.
const parsed = new Map<string, {text: string; result: ReturnType<typeof parseInstrument>}>()
function parseOnce(text: string, file: string): ReturnType<typeof parseInstrument> {
  const hit = parsed.get(file)
  if (hit?.text === text) return hit.result
  const result = parseInstrument(text, file)
  parsed.set(file, {text, result})
  return result
}
let lastRead = new Map<string, {version: FileVersion; text: string}>()

/** Reads the workspace through the document service and joins it; the bundled corpus alone where there is none. */
export async function loadWorkspaceFiles(bundled: LoadedWorkspace, firstTime: boolean): Promise<JoinedWorkspace> {
  const host = documents.host
  if (!documents.available) return joinFiles(bundled, [], {host, recovered: []})
  const read = await documents.readAll(lastRead)
  if (!read.ok) return joinFiles(bundled, [], {host, recovered: [], error: read.error.message})
  const {summary, files, unreadable} = read.value
  lastRead = new Map(files.map((f) => [f.path, {version: f.version, text: f.text}]))
  for (const path of parsed.keys()) if (!lastRead.has(path)) parsed.delete(path)
  const recovered = firstTime ? summary.recovered.filter((note) => note.action !== 'discarded') : []
  return joinFiles(bundled, files, {host, name: summary.name, location: summary.location, recovered}, unreadable)
}
