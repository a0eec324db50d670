// Autosave of one workspace document over the bridge: a save shortly after the last edit, one save at a time, the
// newest text always last, and never over someone else's change (a conflict stops autosaving until the drafter
// chooses). Timers are passed in, so this runs the same in the renderer and in tests.
import type {BridgeError, BridgeResult, DocumentRef, FileVersion, OperationRequest, OperationResponse} from './contract.ts'

/** Where a document's autosave stands; the drafting view shows it ("Saved", "Saving…", the conflict dialog). */
export type AutosaveStatus =
  /** Everything typed is on disk (version null: the document does not exist yet and nothing was typed). */
  | {state: 'saved'; version: FileVersion | null}
  /** An edit waits for the short delay before it is saved. */
  | {state: 'pending'}
  | {state: 'saving'}
  /** Someone else changed the file: nothing was written; the drafter keeps theirs or takes the disk's text. */
  | {state: 'conflict'; disk: {text: string; version: FileVersion} | null}
  /** The save failed (disk full, read-only folder): the text stays in the editor and the next edit tries again. */
  | {state: 'failed'; error: BridgeError}

export interface AutosaveOptions {
  ref: DocumentRef
  /** The version the editor's text was read from; null for a new document. */
  version: FileVersion | null
  /** The bridge's saveDocument (`platform.bridge.saveDocument`). */
  save: (request: OperationRequest<'saveDocument'>) => Promise<BridgeResult<OperationResponse<'saveDocument'>>>
  /** Runs `task` after `delayMs` and returns the function that cancels it (a wrapper of setTimeout). */
  schedule: (task: () => void, delayMs: number) => () => void
  /** Reads the document as it is on disk (the bridge's readDocument), to show a change someone else made. */
  read?: () => Promise<BridgeResult<{text: string; version: FileVersion}>>
  /** How long after the last edit the save happens; default 800 ms. */
  delayMs?: number
  onStatus?: (status: AutosaveStatus) => void
}

export interface Autosave {
  /** Call after every edit with the whole text. */
  edit: (text: string) => void
  /** Saves what is pending now (File › Save Now, leaving the view, closing the window). */
  flush: () => Promise<AutosaveStatus>
  /** After a conflict: write the editor's text over the disk's (the store keeps the disk's version as a backup). */
  keepMine: () => Promise<AutosaveStatus>
  /**
   * Someone else changed (or deleted, null) the file: unless it is the version the editor is based on, autosave
   * stops with a conflict at once, instead of at the next save, and nothing is written until the drafter chooses.
   */
  diskChanged: (version: FileVersion | null) => Promise<AutosaveStatus>
  /** After a conflict: the disk's text becomes the editor's; returns it (null when the file was deleted). */
  takeTheirs: () => {text: string; version: FileVersion} | null
  status: () => AutosaveStatus
}

export function createAutosave(options: AutosaveOptions): Autosave {
  const delay = options.delayMs ?? 800
  let version = options.version
  let status: AutosaveStatus = {state: 'saved', version}
  /** The newest text not yet known to be on disk. */
  let unsaved: string | undefined
  let cancel: (() => void) | undefined
  let running: Promise<AutosaveStatus> | undefined

  /** The status now (a function, so a check after an await is not narrowed by one made before it). */
  const current = (): AutosaveStatus => status
  const set = (next: AutosaveStatus): AutosaveStatus => {
    status = next
    options.onStatus?.(next)
    return next
  }

  const saveOnce = async (overwrite: boolean): Promise<AutosaveStatus> => {
    const text = unsaved
    if (text === undefined) return set({state: 'saved', version})
    set({state: 'saving'})
    const result = await options.save({ref: options.ref, text, expected: version, overwrite}).catch(
      (error: unknown): BridgeResult<never> => ({ok: false, error: {code: 'failed', message: error instanceof Error ? error.message : String(error)}})
    )
    if (!result.ok) return set({state: 'failed', error: result.error})
    if (result.value.status === 'conflict') return set({state: 'conflict', disk: result.value.disk})
    version = result.value.version
    // Edits made while this save ran are still unsaved: go round again.
    if (unsaved === text) unsaved = undefined
    return unsaved === undefined ? set({state: 'saved', version}) : saveOnce(false)
  }

  /** One save at a time; a request while one runs waits for it and then saves whatever is newest. */
  const run = (overwrite: boolean): Promise<AutosaveStatus> => {
    cancel?.()
    cancel = undefined
    const previous = running ?? Promise.resolve(status)
    const next = previous.then(() => (status.state === 'conflict' && !overwrite ? status : saveOnce(overwrite)))
    running = next
    void next.finally(() => {
      if (running === next) running = undefined
    })
    return next
  }

  return {
    edit(text) {
      unsaved = text
      if (status.state === 'conflict') return // nothing is written until the drafter chooses
      cancel?.()
      if (status.state !== 'saving') set({state: 'pending'})
      cancel = options.schedule(() => void run(false), delay)
    },
    flush: () => run(false),
    async diskChanged(changed) {
      if (changed?.sha256 === version?.sha256 || status.state === 'saving' || status.state === 'conflict') return status
      if (changed === null) {
        cancel?.()
        return set({state: 'conflict', disk: null})
      }
      const disk = await options.read?.()
      // A save of ours may have started while the disk was read: it will meet the change itself.
      const now = current()
      if (!disk?.ok || disk.value.version.sha256 === version?.sha256 || now.state === 'saving') return now
      cancel?.()
      return set({state: 'conflict', disk: disk.value})
    },
    keepMine: () => run(true),
    takeTheirs() {
      if (status.state !== 'conflict') return null
      const disk = status.disk
      cancel?.()
      unsaved = undefined
      version = disk?.version ?? null
      set({state: 'saved', version})
      return disk
    },
    status: () => status
  }
}
