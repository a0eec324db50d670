// What each bridge operation does in the desktop app. The native parts (dialogs, the file manager, the system
// browser) come in as functions, so everything here runs under Node in the tests with real folders.
import {randomUUID} from 'node:crypto'
import {lstat} from 'node:fs/promises'
import {basename, dirname, extname, join} from 'node:path'
import {isExternalLink, type ExportFormat, type RecoveryNote, type WorkspaceSummary} from '../src/ipc/index.ts'
import type {OperationHandlers} from './ipc.ts'
import {loadSettings, saveSettings} from './settings.ts'
import {describeSaveError, openWorkspace, WorkspaceError, writeFileAtomic, type DocumentChange, type Workspace} from './workspace/index.ts'

/** The native side of the operations. In main.ts these are Electron's dialog and shell. */
export interface DesktopServices {
  /** A native folder picker; undefined when cancelled. */
  chooseFolder: () => Promise<string | undefined>
  /** A native save dialog for an export; undefined when cancelled. */
  chooseSavePath: (suggestedName: string, format: ExportFormat) => Promise<string | undefined>
  showItemInFolder: (path: string) => void
  /** Opens a web link in the system browser. */
  openInBrowser: (url: string) => Promise<void>
  /** Tells the page that someone else changed workspace documents (main.ts: webContents.send). */
  workspaceChanged?: (changes: Array<DocumentChange>) => void
  /** The settings file, e.g. <userData>/settings.json. */
  settingsFile: string
  /** The workspace used until the drafter chooses one, e.g. <userData>/Workspace. */
  defaultWorkspace: string
  /**
   * A folder named when the app was started (`npm start -- --workspace <dir>`, SYNOPTIC_WORKSPACE): opened at start
   * instead of the remembered one, and created when it does not exist yet.
   */
  workspace?: string | undefined
  log?: (line: string) => void
}

/** The file name ending each export format gets when the drafter leaves it off. */
export const exportExtensions: Readonly<Record<ExportFormat, string>> = {docx: '.docx', pdf: '.pdf', md: '.md', html: '.html', xml: '.xml'}

export interface DesktopOperations extends OperationHandlers {
  /** The open workspace, if any (for the window title, and for tests). */
  current: () => Workspace | undefined
  /**
   * Opens the workspace when the app starts, so what an interrupted save left behind is settled at once, whatever
   * the page does; resolves to what was recovered (also given to the page with its first workspace summary).
   */
  start: () => Promise<Array<RecoveryNote>>
  /** Stops watching the open workspace (the browser fallback's server, when it stops). */
  stop: () => void
}

export function createDesktopOperations(services: DesktopServices): DesktopOperations {
  let workspace: Workspace | undefined
  /** Stops watching the workspace that was open before. */
  let stopWatching: () => void = () => undefined
  /** Files exported in this run: the page names them by token, never by path. */
  const exported = new Map<string, string>()

  const open = async (folder: string, create: boolean): Promise<{workspace: Workspace; recovered: Array<RecoveryNote>}> => {
    const opened = await openWorkspace(folder, {create})
    stopWatching()
    workspace = opened.workspace
    const notify = services.workspaceChanged
    if (notify) stopWatching = opened.workspace.watch((changes) => notify(changes))
    for (const note of opened.recovered) services.log?.(`recovery: ${note.detail}`)
    return opened
  }
  const summary = async (recovered: Array<RecoveryNote>): Promise<WorkspaceSummary> => {
    const current = await required()
    return {name: basename(current.root), location: current.root, documents: await current.list(), recovered}
  }
  /** The open workspace; the first request opens the start-up one if main.ts has not yet (the page may be quick). */
  const required = async (): Promise<Workspace> => {
    if (!workspace) await starting()
    if (!workspace) throw new WorkspaceError('no-workspace', 'No workspace is open: open one from File › Open Workspace.')
    return workspace
  }

  /** Recovery notes of the start-up opening, until the page has been given them. */
  let startNotes: Array<RecoveryNote> = []
  /** The remembered workspace, or the default one. A remembered folder that is gone (an unplugged drive) is not
   * silently recreated empty: the error says so and the drafter chooses. */
  const openAtStart = async (): Promise<Array<RecoveryNote>> => {
    const remembered = services.workspace ?? (await loadSettings(services.settingsFile)).workspace
    const create = services.workspace !== undefined || remembered === undefined || remembered === services.defaultWorkspace
    const opened = await open(remembered ?? services.defaultWorkspace, create)
    startNotes = opened.recovered
    return opened.recovered
  }
  /** One opening at start, shared by main.ts and the page's first request (recovery must not run twice at once). */
  let opening: Promise<Array<RecoveryNote>> | undefined
  const starting = (): Promise<Array<RecoveryNote>> => {
    opening ??= openAtStart().catch((error: unknown) => {
      opening = undefined // the drive may be plugged back in: the next request tries again
      throw error
    })
    return opening
  }

  return {
    current: () => workspace,

    start: () => starting(),

    stop: () => stopWatching(),

    async openWorkspace({choose}) {
      if (choose) {
        const folder = await services.chooseFolder()
        if (folder === undefined) return {status: 'cancelled'}
        const opened = await open(folder, false)
        await saveSettings(services.settingsFile, {workspace: opened.workspace.root}).catch((error: unknown) => {
          services.log?.(`could not remember the workspace: ${(error as Error).message}`)
        })
        return {status: 'opened', workspace: await summary(opened.recovered)}
      }
      if (!workspace) await starting()
      // What was recovered at start is told to the page once, with the first summary it asks for.
      const recovered = startNotes
      startNotes = []
      return {status: 'opened', workspace: await summary(recovered)}
    },

    async listDocuments() {
      return {documents: await (await required()).list()}
    },

    async readDocument({ref}) {
      return (await required()).read(ref)
    },

    async saveDocument({ref, text, expected, overwrite}) {
      return (await required()).save(ref, text, {expected, overwrite})
    },

    async exportFile({suggestedName, format, bytes}) {
      const chosen = await services.chooseSavePath(suggestedName, format)
      if (chosen === undefined) return {status: 'cancelled'}
      const path = extname(chosen) === '' ? chosen + exportExtensions[format] : chosen
      try {
        await writeFileAtomic(path, bytes)
      } catch (error) {
        throw describeSaveError(error, basename(path), dirname(path))
      }
      const token = randomUUID()
      exported.set(token, path)
      return {status: 'saved', fileName: basename(path), token}
    },

    async revealFile({target}) {
      const path = target.kind === 'document' ? (await required()).pathOf(target.ref) : exported.get(target.token)
      if (path === undefined) throw new WorkspaceError('not-found', 'That export is not known to this session of the app.')
      // lstat: a document that is a link is not shown as if it were the file it points to.
      const exists = await lstat(path).then((s) => s.isFile(), () => false)
      if (!exists) throw new WorkspaceError('not-found', `${basename(path)} is no longer in ${dirname(path)}.`)
      services.showItemInFolder(path)
      return {revealed: true}
    },

    async openExternal({url}) {
      // The contract checked the text; the URL as a browser reads it must pass too (hosts are read loosely there),
      // and that reading is what is handed on.
      const parsed = URL.canParse(url) ? new URL(url) : undefined
      if (!parsed || !isExternalLink(parsed.href)) {
        throw new WorkspaceError('invalid-request', 'Only http(s) links to public hosts and mailto links without parameters open outside the app.')
      }
      await services.openInBrowser(parsed.href)
      return {opened: true}
    }
  }
}

/** `<userData>/Workspace`: where drafts go until the drafter chooses another folder. */
export function defaultWorkspaceIn(userData: string): string {
  return join(userData, 'Workspace')
}
