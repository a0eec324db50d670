// The renderer's only door to its host. In a browser settings live in localStorage and files are saved as
// downloads; in the desktop app the preload script exposes `window.synoptic` (its contract is src/ipc/), and in the
// browser fallback of `npm start` the same contract is carried over loopback HTTP (http-bridge.ts). Workspace
// documents go through the document service (documents.ts), which is the only user of `bridge`.
import type {ExportFormat, MenuCommand, SynopticBridge} from '../src/ipc/index.ts'
import {createHttpBridge, takeToken} from './http-bridge.ts'

/** Who keeps the workspace: the desktop app, the local server of `npm start`, or nobody (`npm run web`). */
export type WorkspaceHost = 'desktop' | 'local-server' | 'none'

/** What the renderer asks of its host. */
export interface Platform {
  /** `browser` when served as a web page, `desktop` inside Electron. */
  kind: 'browser' | 'desktop'
  /** Where workspace documents are kept. */
  workspaceHost: WorkspaceHost
  /** The bridge to the workspace (desktop IPC or the local server); undefined where there is no workspace. */
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
  return {kind: 'browser', workspaceHost: 'none', bridge: undefined, readSetting, writeSetting, saveFile: download, onMenuCommand: () => () => {}}
}

function desktopPlatform(bridge: SynopticBridge): Platform {
  return {
    kind: 'desktop',
    workspaceHost: 'desktop',
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

const desktopBridge = (window as unknown as {synoptic?: SynopticBridge}).synoptic
// The browser fallback of `npm start` gives the page a token in its address: the workspace is then the server's.
const serverToken = desktopBridge ? undefined : takeToken()

/** The host the renderer runs in. */
export const platform: Platform = desktopBridge
  ? desktopPlatform(desktopBridge)
  : serverToken
    ? {...browserPlatform(), workspaceHost: 'local-server', bridge: createHttpBridge(serverToken)}
    : browserPlatform()
