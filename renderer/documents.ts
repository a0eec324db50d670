// The one document service of the renderer: list, read and save workspace documents (drafts, imported instruments,
// comparisons), autosave with its status, and the news that documents changed. Views call this, never the bridge;
// it works the same over the desktop's IPC and the browser fallback's local server.
import {
  createAutosave, type Autosave, type AutosaveOptions, type AutosaveStatus, type BridgeResult, type DocumentEntry, type DocumentRef, type FileVersion,
  type OperationResponse, type RecoveryNote, type SynopticBridge, type WorkspaceSummary
} from '../src/ipc/index.ts'
import {platform, type WorkspaceHost} from './platform.ts'
import {unreachable} from './http-bridge.ts'

/** A document as read from the workspace. */
export type DocumentContent = OperationResponse<'readDocument'>
type SaveAnswer = OperationResponse<'saveDocument'>

/** `drafts/annex-1.md`: how the workspace names a document, in messages and in the join with the corpus. */
export function documentPath(ref: DocumentRef): string {
  return `${{draft: 'drafts', instrument: 'instruments', comparison: 'comparisons'}[ref.kind]}/${ref.file}`
}

/** Who made a change: someone else on disk (an editor, git, a sync client), or this app's own save. */
export type ChangeSource = 'disk' | 'app'
export type ChangeListener = (refs: Array<DocumentRef>, source: ChangeSource) => void

/** An autosave that also stops being flushed on close once the view lets go of it. */
export interface DocumentAutosave extends Autosave {
  /** Calls `listener` with every new status (from the autosave's onStatus); returns the function that stops it. */
  onStatus: (listener: (status: AutosaveStatus) => void) => () => void
  dispose: () => void
}

/** Everything in the workspace, read at once (at start, and again after a change). */
export interface WorkspaceContents {
  summary: WorkspaceSummary
  /** Each document's text, path as `documentPath` gives it. */
  files: Array<{path: string; text: string; ref: DocumentRef; version: FileVersion}>
  /** Documents listed but not readable as text (not UTF-8, too large, a link out of the workspace), and why. */
  unreadable: Array<{path: string; problem: string}>
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** Saves that could not reach the server are tried again this many times, with a growing pause. */
const retries = 4

const changeListeners = new Set<ChangeListener>()
const liveAutosaves = new Set<Autosave>()
function announce(refs: Array<DocumentRef>, source: ChangeSource): void {
  for (const listener of changeListeners) listener(refs, source)
}

function service(bridge: SynopticBridge | undefined, host: WorkspaceHost) {
  const none = <T>(): BridgeResult<T> => ({ok: false, error: {code: 'no-workspace', message: 'This page has no workspace.'}})

  /** Saves once the workspace answers: a workspace not yet open is opened, a server that does not answer is retried. */
  const save = async (ref: DocumentRef, text: string, options: {expected: FileVersion | null; overwrite: boolean}): Promise<BridgeResult<SaveAnswer>> => {
    if (!bridge) return none()
    let retried = false
    for (let attempt = 0; ; attempt++) {
      const answer = await bridge.saveDocument({ref, text, expected: options.expected, overwrite: options.overwrite})
      if (!answer.ok && answer.error.code === 'no-workspace' && attempt === 0) {
        const opened = await bridge.openWorkspace({choose: false})
        if (!opened.ok) return opened
        continue
      }
      if (!answer.ok && answer.error.message === unreachable && attempt < retries) {
        retried = true
        await pause(400 * 2 ** attempt)
        continue
      }
      // A save that reached the disk but whose answer was lost comes back as a "conflict" with our own text.
      if (retried && answer.ok && answer.value.status === 'conflict' && answer.value.disk?.text === text) {
        announce([ref], 'app')
        return {ok: true, value: {status: 'saved', version: answer.value.disk.version}}
      }
      if (answer.ok && answer.value.status === 'saved') announce([ref], 'app')
      return answer
    }
  }

  const read = async (ref: DocumentRef): Promise<BridgeResult<DocumentContent>> => (bridge ? bridge.readDocument({ref}) : none())

  return {
    /** Who keeps the documents; `none` for a page served as files only (`npm run web`). */
    host,
    available: bridge !== undefined,

    /** The workspace: its name, folder, documents, and what was recovered when it opened (told once). */
    open: async (): Promise<BridgeResult<WorkspaceSummary>> => {
      if (!bridge) return none()
      const opened = await bridge.openWorkspace({choose: false})
      if (!opened.ok) return opened
      if (opened.value.status !== 'opened') return {ok: false, error: {code: 'no-workspace', message: 'No workspace was opened.'}}
      return {ok: true, value: opened.value.workspace}
    },

    list: async (): Promise<BridgeResult<Array<DocumentEntry>>> => {
      if (!bridge) return none()
      const listed = await bridge.listDocuments({})
      return listed.ok ? {ok: true, value: listed.value.documents} : listed
    },

    read,
    save,

    /**
     * Opens the workspace and reads every document in it; a document whose version is in `known` (the last reading)
     * is not read again, so one change costs one read.
     */
    readAll: async (known: ReadonlyMap<string, {version: FileVersion; text: string}> = new Map()): Promise<BridgeResult<WorkspaceContents>> => {
      if (!bridge) return none()
      const opened = await bridge.openWorkspace({choose: false})
      if (!opened.ok) return opened
      if (opened.value.status !== 'opened') return none()
      const current = opened.value.workspace
      const files: WorkspaceContents['files'] = []
      const unreadable: WorkspaceContents['unreadable'] = []
      for (const entry of current.documents) {
        const path = documentPath(entry.ref)
        if (entry.problem) {
          unreadable.push({path, problem: entry.problem})
          continue
        }
        const kept = known.get(path)
        if (kept && kept.version.sha256 === entry.version.sha256) {
          files.push({path, text: kept.text, ref: entry.ref, version: kept.version})
          continue
        }
        const answer = await read(entry.ref)
        if (answer.ok) files.push({path, text: answer.value.text, ref: entry.ref, version: answer.value.version})
        else if (answer.error.code !== 'not-found') unreadable.push({path, problem: answer.error.message})
      }
      return {ok: true, value: {summary: current, files, unreadable}}
    },

    /**
     * Autosave of one document: call `edit(text)` after each edit; `status()` and `onStatus` say "saved",
     * "saving", a conflict to resolve (`keepMine` / `takeTheirs`) or a failure to show. Undefined without a workspace.
     */
    autosave: (options: Omit<AutosaveOptions, 'save' | 'schedule'>): DocumentAutosave | undefined => {
      if (!bridge) return undefined
      const statusListeners = new Set<(status: AutosaveStatus) => void>()
      const autosave = createAutosave({
        ...options,
        onStatus: (status) => {
          options.onStatus?.(status)
          for (const listener of statusListeners) listener(status)
        },
        save: (request) => save(request.ref, request.text, request),
        read: () => read(options.ref),
        schedule: (task, delayMs) => {
          const timer = window.setTimeout(task, delayMs)
          return () => window.clearTimeout(timer)
        }
      })
      liveAutosaves.add(autosave)
      // A change made on disk by someone else shows at once as a conflict, before anything is written over it.
      const stopListening = bridge.onWorkspaceChange(({documents}) => {
        for (const {ref, version} of documents) {
          if (ref.kind === options.ref.kind && ref.file === options.ref.file) void autosave.diskChanged(version)
        }
      })
      return {
        ...autosave,
        onStatus: (listener) => {
          statusListeners.add(listener)
          return () => statusListeners.delete(listener)
        },
        dispose: () => {
          liveAutosaves.delete(autosave)
          stopListening()
        }
      }
    },

    /** Listens to documents that changed, on disk or by this app's saves; returns the function that stops it. */
    onChange: (listener: ChangeListener): (() => void) => {
      changeListeners.add(listener)
      return () => changeListeners.delete(listener)
    },

    /** Saves everything typed and not yet saved (leaving the page, File › Save Now). */
    flushAll: () => Promise.all([...liveAutosaves].map((autosave) => autosave.flush()))
  }
}

export type DocumentService = ReturnType<typeof service>

/** The workspace's documents, wherever this page runs. */
export const documents: DocumentService = service(platform.bridge, platform.workspaceHost)

// Changes someone else made on disk reach every listener (the views' corpus is derived again from them).
platform.bridge?.onWorkspaceChange(({documents: changed}) => announce(changed.map((c) => c.ref), 'disk'))

// Every live autosave is flushed when the page goes and on File › Save Now, so what was typed reaches the disk.
if (platform.bridge) {
  window.addEventListener('beforeunload', () => void documents.flushAll())
}
if (platform.kind === 'desktop' && platform.bridge) {
  const desktop = platform.bridge
  platform.onMenuCommand((command) => {
    if (command === 'save') void documents.flushAll()
    if (command === 'open-workspace') void switchWorkspace(desktop)
  })
}

/**
 * File › Open Workspace: what was typed is saved where it belongs first, then the folder is chosen and the views
 * start again from it (saying what was recovered there, if anything).
 */
async function switchWorkspace(desktop: SynopticBridge): Promise<void> {
  await documents.flushAll()
  const result = await desktop.openWorkspace({choose: true})
  if (!result.ok) {
    window.alert(result.error.message)
    return
  }
  if (result.value.status !== 'opened') return
  const notes = result.value.workspace.recovered.filter((note: RecoveryNote) => note.action !== 'discarded')
  if (notes.length > 0) window.alert(notes.map((note) => note.detail).join('\n\n'))
  window.location.reload()
}
