// The views' corpus: the bundled one (corpus.ts) joined by the workspace's documents, by the core's rule
// (joinWorkspace), read through the document service. Derived again after every change.
// The parser is loaded only when there is a workspace: the built-in corpus comes parsed with the bundle.
import type {parseInstrument, SourceFile, WorkspaceDocument} from '../src/corpus/index.ts'
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

type Core = typeof import('../src/corpus/index.ts')

/** Joins already-read workspace files to the bundled corpus. */
function joinFiles(core: Core | undefined, bundled: LoadedWorkspace, files: ReadonlyArray<SourceFile>, storage: WorkspaceStorage, unreadable: ReadonlyArray<{path: string; problem: string}> = []): JoinedWorkspace {
  const none = {corpus: bundled.corpus, documents: [], comparisons: [], messages: []}
  const joined = core && files.length > 0 ? core.joinWorkspace(bundled.corpus, files, {parse: (text, file) => parseOnce(core, text, file)}) : none
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
function parseOnce(core: Core, text: string, file: string): ReturnType<typeof parseInstrument> {
  const hit = parsed.get(file)
  if (hit?.text === text) return hit.result
  const result = core.parseInstrument(text, file)
  parsed.set(file, {text, result})
  return result
}
let lastRead = new Map<string, {version: FileVersion; text: string}>()

/** Reads the workspace through the document service and joins it; the bundled corpus alone where there is none. */
export async function loadWorkspaceFiles(bundled: LoadedWorkspace, firstTime: boolean): Promise<JoinedWorkspace> {
  const host = documents.host
  if (!documents.available) return joinFiles(undefined, bundled, [], {host, recovered: []})
  const read = await documents.readAll(lastRead)
  if (!read.ok) return joinFiles(undefined, bundled, [], {host, recovered: [], error: read.error.message})
  const core = read.value.files.length > 0 ? await import('../src/corpus/index.ts') : undefined
  const {summary, files, unreadable} = read.value
  lastRead = new Map(files.map((f) => [f.path, {version: f.version, text: f.text}]))
  for (const path of parsed.keys()) if (!lastRead.has(path)) parsed.delete(path)
  const recovered = firstTime ? summary.recovered.filter((note) => note.action !== 'discarded') : []
  return joinFiles(core, bundled, files, {host, name: summary.name, location: summary.location, recovered}, unreadable)
}
