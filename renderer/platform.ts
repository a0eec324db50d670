// The renderer's only door to its host. In a browser (`npm run web`) settings live in localStorage and files are
// saved as downloads; in the desktop app the preload script exposes `window.synoptic` (its contract is
// src/ipc/), and the same calls go through it. Views call `platform`, never `window.synoptic` directly.
import {createAutosave, type Autosave, type AutosaveOptions, type ExportFormat, type MenuCommand, type SynopticBridge} from '../src/ipc/index.ts'

/** What the renderer asks of its host. */
export interface Platform {
  /** `browser` when served as a web page, `desktop` inside Electron. */
  kind: 'browser' | 'desktop'
  /** The desktop bridge, for views that need workspace files (drafts, imports); undefined in a browser. */
  bridge: SynopticBridge | undefined
  /** A saved setting (projector mode, hidden columns), or undefined. */
  readSetting: (key: string) => string | undefined
  writeSetting: (key: string, value: string) => void
  /**
   * Offers an exported file to the user: a download in the browser, a save dialog on the desktop.
   * Resolves to false when the user cancelled; throws with a readable message when saving failed.
   */
  saveFile: (name: string, bytes: Uint8Array, format: ExportFormat) => Promise<boolean>
  /** Listens to the application menu (Find, Projector, …); returns the function that stops listening. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void
}

const PREFIX = 'synoptic:'

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  xml: 'application/akn+xml'
}

function readSetting(key: string): string | undefined {
  try {
    return window.localStorage.getItem(PREFIX + key) ?? undefined
  } catch {
    return undefined // storage disabled (private window, file:// policy): settings just do not persist
  }
}

function writeSetting(key: string, value: string): void {
  try {
    window.localStorage.setItem(PREFIX + key, value)
  } catch {
    // as above
  }
}

async function download(name: string, bytes: Uint8Array, format: string): Promise<boolean> {
  const blob = new Blob([new Uint8Array(bytes)], {type: MIME[format] ?? 'application/octet-stream'})
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return true
}

function browserPlatform(): Platform {
  return {kind: 'browser', bridge: undefined, readSetting, writeSetting, saveFile: download, onMenuCommand: () => () => {}}
}

function desktopPlatform(bridge: SynopticBridge): Platform {
  return {
    kind: 'desktop',
    bridge,
    readSetting,
    writeSetting,
    saveFile: async (name, bytes, format) => {
      const result = await bridge.exportFile({suggestedName: name, format, bytes: new Uint8Array(bytes)})
      if (!result.ok) throw new Error(result.error.message)
      return result.value.status === 'saved'
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener)
  }
}

const bridge = (window as unknown as {synoptic?: SynopticBridge}).synoptic

/** The host the renderer runs in. */
export const platform: Platform = bridge ? desktopPlatform(bridge) : browserPlatform()

// Desktop: autosave of workspace documents (drafts, imported instruments). Every live autosave is flushed when the
// window closes and on File › Save Now, so what was typed reaches the disk (the main process waits for it).
const liveAutosaves = new Set<Autosave>()

/** An autosave that also stops being flushed on close once the view lets go of it. */
export interface DocumentAutosave extends Autosave {
  dispose: () => void
}

/**
 * Autosave of one workspace document through the desktop bridge: call `edit(text)` after each edit; `status()` and
 * `onStatus` say "saved", "saving", a conflict to resolve (`keepMine` / `takeTheirs`) or a failure to show.
 * Undefined in a browser, which has no workspace.
 */
export function autosaveDocument(options: Omit<AutosaveOptions, 'save' | 'schedule'>): DocumentAutosave | undefined {
  const desktop = platform.bridge
  if (!desktop) return undefined
  const autosave = createAutosave({
    ...options,
    save: (request) => desktop.saveDocument(request),
    read: () => desktop.readDocument({ref: options.ref}),
    schedule: (task, delayMs) => {
      const timer = window.setTimeout(task, delayMs)
      return () => window.clearTimeout(timer)
    }
  })
  liveAutosaves.add(autosave)
  // A change made on disk by someone else shows at once as a conflict, before anything is written over it.
  const stopListening = desktop.onWorkspaceChange(({documents}) => {
    for (const {ref, version} of documents) {
      if (ref.kind === options.ref.kind && ref.file === options.ref.file) void autosave.diskChanged(version)
    }
  })
  return {
    ...autosave,
    dispose: () => {
      liveAutosaves.delete(autosave)
      stopListening()
    }
  }
}

if (bridge) {
  window.addEventListener('beforeunload', () => {
    for (const autosave of liveAutosaves) void autosave.flush()
  })
  bridge.onMenuCommand((command) => {
    if (command === 'save') for (const autosave of liveAutosaves) void autosave.flush()
    if (command === 'open-workspace') void switchWorkspace(bridge)
  })
}

/**
 * File › Open Workspace: what was typed is saved where it belongs first, then the folder is chosen and the views
 * start again from it (saying what was recovered there, if anything).
 */
async function switchWorkspace(desktop: SynopticBridge): Promise<void> {
  await Promise.all([...liveAutosaves].map((autosave) => autosave.flush()))
  const result = await desktop.openWorkspace({choose: true})
  if (!result.ok) {
    window.alert(result.error.message)
    return
  }
  if (result.value.status !== 'opened') return
  const notes = result.value.workspace.recovered.filter((note) => note.action !== 'discarded')
  if (notes.length > 0) window.alert(notes.map((note) => note.detail).join('\n\n'))
  window.location.reload()
}
