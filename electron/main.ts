// The Electron main process: one window showing the renderer bundle from disk, locked down, and the wiring of
// the plain modules beside this file (they hold the logic and are tested under Node).
import {app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell} from 'electron'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {events, type MenuCommand} from '../src/ipc/index.ts'
import {appEntryUrl, appScheme, createAppProtocolHandler} from './app-protocol.ts'
import {contentSecurityPolicy} from './csp.ts'
import {registerIpcGateway} from './ipc.ts'
import {menuTemplate, toElectronTemplate} from './menu.ts'
import {createDesktopOperations, defaultWorkspaceIn, exportExtensions} from './operations.ts'
import {isNavigationAllowed, isPermissionAllowed, isRequestAllowed} from './policy.ts'

const here = dirname(fileURLToPath(import.meta.url))
const development = process.env.SYNOPTIC_DEV === '1'

// A portable install (or a test) may keep its data elsewhere than the system's app-data folder.
if (process.env.SYNOPTIC_USER_DATA) app.setPath('userData', process.env.SYNOPTIC_USER_DATA)

// Every renderer the app ever makes is sandboxed, whatever its webPreferences say.
app.enableSandbox()

// Before `ready`: the app's origin behaves like https (secure, standard URLs, fetch works).
protocol.registerSchemesAsPrivileged([{scheme: appScheme, privileges: {standard: true, secure: true, supportFetchAPI: true}}])

// Two instances would save the same files from two windows: the second one only brings the first forward.
if (!app.requestSingleInstanceLock()) app.exit(0)

let window: BrowserWindow | undefined

const operations = createDesktopOperations({
  chooseFolder: async () => {
    const options = {title: 'Choose the workspace folder', properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>}
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    return result.canceled ? undefined : result.filePaths[0]
  },
  chooseSavePath: async (suggestedName, format) => {
    const options = {
      title: 'Export',
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: [{name: format.toUpperCase(), extensions: [exportExtensions[format].slice(1)]}],
      properties: ['showOverwriteConfirmation', 'createDirectory'] as Array<'showOverwriteConfirmation' | 'createDirectory'>
    }
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? undefined : result.filePath
  },
  showItemInFolder: (path) => shell.showItemInFolder(path),
  // Reviewed: the URL was checked by the contract's schema (http, https or mailto only) in the gateway, and the
  // preload sends it only while the drafter is clicking.
  openInBrowser: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK
  workspaceChanged: (documents) => sendToPage(events.workspaceChange.channel, {documents}),
  settingsFile: join(app.getPath('userData'), 'settings.json'),
  defaultWorkspace: defaultWorkspaceIn(app.getPath('userData')),
  // `npm start -- --workspace <dir>` passes the folder on (scripts/start.ts).
  workspace: process.env.SYNOPTIC_WORKSPACE || undefined,
  log: (line) => console.warn(`synoptic: ${line}`)
})

/** Sends an event of the contract to the page, unless the window is closing. */
function sendToPage(channel: string, payload: unknown): void {
  if (window && !window.isDestroyed()) window.webContents.send(channel, payload)
}

function sendMenuCommand(command: MenuCommand): void {
  sendToPage(events.menuCommand.channel, {command})
}

function lockDownSession(): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isPermissionAllowed(permission, details.requestingUrl)))
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin))
  // Exports reach the disk only through the bridge's save dialog and atomic write, never as a browser download.
  ses.on('will-download', (event) => event.preventDefault())
  // No remote content: anything not from the bundle is cancelled before it leaves the machine.
  ses.webRequest.onBeforeRequest((details, callback) => callback({cancel: !isRequestAllowed(details.url)}))
  // The CSP on every response, on top of the protocol handler's header and the page's meta tag.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({responseHeaders: {...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy]}})
  })
}

// Every web contents the app ever makes: no new windows, no navigation away, no webviews.
app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({action: 'deny'}))
  contents.on('will-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
})

function createWindow(): void {
  window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Synoptic',
    backgroundColor: '#ffffff',
    webPreferences: {
      // Reviewed: the preload exposes only the contract's operations (electron/preload.ts), never ipcRenderer.
      preload: join(here, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click must not open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spell checker downloads its dictionaries from the web on Windows and Linux: no remote content.
      spellcheck: false
    }
  })
  window.once('ready-to-show', () => {
    window?.show()
    void settleInterruptedSaves()
  })
  window.webContents.on('render-process-gone', (_event, details) => {
    // Saved work is on disk; the page comes back and reopens it.
    console.warn(`synoptic: the page stopped (${details.reason}); reloading`)
    if (details.reason !== 'clean-exit') void window?.loadURL(appEntryUrl)
  })
  window.on('closed', () => {
    window = undefined
  })
  void window.loadURL(appEntryUrl)
}

/** Opens the workspace at start, so interrupted saves are recovered now, and tells the drafter what was done. */
async function settleInterruptedSaves(): Promise<void> {
  try {
    const recovered = (await operations.start()).filter((note) => note.action !== 'discarded')
    if (recovered.length === 0 || !window) return
    await dialog.showMessageBox(window, {
      type: recovered.some((n) => n.action === 'failed') ? 'warning' : 'info',
      title: 'Synoptic',
      message: recovered.length === 1 ? 'A save interrupted last time was recovered.' : `${recovered.length} saves interrupted last time were recovered.`,
      detail: recovered.map((note) => note.detail).join('\n\n')
    })
  } catch (error) {
    // A remembered folder that is gone: the page shows the error when it asks for the workspace.
    console.warn(`synoptic: ${(error as Error).message}`)
  }
}

app.on('second-instance', () => {
  if (window?.isMinimized()) window.restore()
  window?.focus()
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

// A save the page sent while closing finishes before the process ends.
let quitting = false
app.on('will-quit', (event) => {
  const workspace = operations.current()
  if (quitting || !workspace) return
  event.preventDefault()
  quitting = true
  void workspace.idle().finally(() => app.quit())
})

app.whenReady().then(() => {
  protocol.handle(appScheme, createAppProtocolHandler(join(app.getAppPath(), 'dist', 'renderer')))
  lockDownSession()
  registerIpcGateway(ipcMain, operations, {
    isAppWindow: (sender) => window !== undefined && BrowserWindow.fromWebContents(sender) === window,
    log: (line) => console.warn(`synoptic: ${line}`)
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronTemplate(menuTemplate({platform: process.platform, development}), sendMenuCommand)))
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
}, (error: unknown) => {
  console.error(`synoptic: could not start: ${(error as Error).message}`)
  app.exit(1)
})
