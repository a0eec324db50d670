// The preload: builds `window.synoptic` from the contract, one function per operation, and nothing else. The page
// never sees ipcRenderer, channel names or Electron objects. It runs sandboxed, so it is bundled into one file.
import {contextBridge, ipcRenderer} from 'electron'
import {events, operations, type BridgeResult, type EventName, type EventPayload, type MenuCommand, type OperationName, type OperationRequest, type OperationResponse, type SynopticBridge} from '../src/ipc/index.ts'
import {isAppUrl} from './app-origin.ts'

function invoke<K extends OperationName>(name: K): (request: OperationRequest<K>) => Promise<BridgeResult<OperationResponse<K>>> {
  return (request) => ipcRenderer.invoke(operations[name].channel, request) as Promise<BridgeResult<OperationResponse<K>>>
}

/**
 * True only while a real click is being handled: links may open outside the app then, and not a moment later.
 * (navigator.userActivation alone stays active for seconds after any key press or click, long enough for a script
 * to use it.) The gate opens in the click's first listener and closes in its last, or at the next task whatever
 * the page's handlers did to the event.
 */
let clickInProgress = false
function userIsActing(): boolean {
  return clickInProgress && navigator.userActivation.isActive
}
window.addEventListener(
  'click',
  (event: MouseEvent) => {
    if (!event.isTrusted) return
    clickInProgress = true
    setTimeout(() => {
      clickInProgress = false
    }, 0)
  },
  true
)
window.addEventListener('click', () => {
  clickInProgress = false
})

const openExternal = invoke('openExternal')

const bridge: SynopticBridge = {
  openWorkspace: invoke('openWorkspace'),
  listDocuments: invoke('listDocuments'),
  readDocument: invoke('readDocument'),
  saveDocument: invoke('saveDocument'),
  exportFile: invoke('exportFile'),
  revealFile: invoke('revealFile'),
  openExternal: (request) =>
    userIsActing()
      ? openExternal(request)
      : Promise.resolve({ok: false, error: {code: 'refused', message: 'Links open in the browser only when clicked.'}}),
  onMenuCommand: (listener) => listen('menuCommand', (payload) => listener(payload.command satisfies MenuCommand)),
  onWorkspaceChange: (listener) => listen('workspaceChange', listener)
}

/** Subscribes to an event of the contract; only payloads that match its schema reach the page. */
function listen<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void {
  const {channel, payload: schema} = events[name]
  const handler = (_event: unknown, payload: unknown) => {
    const parsed = schema.safeParse(payload)
    if (parsed.success) listener(parsed.data as EventPayload<K>)
  }
  ipcRenderer.on(channel, handler)
  return () => {
    ipcRenderer.removeListener(channel, handler)
  }
}

contextBridge.exposeInMainWorld('synoptic', bridge)

// A click on a link to the web opens it in the system browser; the window itself never leaves the app (the main
// process refuses every navigation and new window). Only real clicks count: a script cannot open anything.
function openClickedLink(event: MouseEvent): void {
  if (!event.isTrusted || event.button !== 0) return
  const target = event.target instanceof Element ? event.target.closest('a[href]') : null
  if (!(target instanceof HTMLAnchorElement)) return
  const url = target.href
  if (isAppUrl(url)) return // in-app links are the page's own business
  event.preventDefault()
  if (/^(?:https?|mailto):/iu.test(url)) void openExternal({url})
}
window.addEventListener('click', openClickedLink, true)
