// The built main process (dist-electron/main.js, as npm start and the package run it), run under Node with a
// stand-in for the `electron` module that records what main.ts asks of Electron. Electron's program cannot be
// installed here; this checks the wiring main.ts is responsible for, while the logic it wires is tested on its own.
import {build} from 'esbuild'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildElectron} from '../../scripts/build-electron.ts'
import {contentSecurityPolicy} from '../../electron/csp.ts'
import {tempNameFor} from '../../electron/workspace/index.ts'
import {events, operations} from '../../src/ipc/index.ts'
import type {Recorded, StandInContents} from './fixtures/stand-in-electron.ts'

const scratch = mkdtempSync(join(tmpdir(), 'synoptic-main-'))
let recorded: Recorded

beforeAll(async () => {
  const appDir = join(scratch, 'app')
  // The built main process, beside a node_modules/electron that is the stand-in.
  await buildElectron({outDir: join(appDir, 'dist-electron')})
  const standIn = join(appDir, 'node_modules', 'electron')
  mkdirSync(standIn, {recursive: true})
  writeFileSync(join(standIn, 'package.json'), JSON.stringify({name: 'electron', type: 'module', main: 'index.js'}))
  await build({entryPoints: [resolve(import.meta.dirname, 'fixtures', 'stand-in-electron.ts')], outfile: join(standIn, 'index.js'), bundle: true, format: 'esm', platform: 'node', logLevel: 'warning'})
  writeFileSync(join(appDir, 'package.json'), JSON.stringify({type: 'module'}))
  mkdirSync(join(appDir, 'dist', 'renderer'), {recursive: true})
  writeFileSync(join(appDir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Synoptic</title>')
  process.env.SYNOPTIC_USER_DATA = join(scratch, 'user-data')
  // A save interrupted last time: a complete temporary file beside the draft it was replacing.
  const drafts = join(scratch, 'user-data', 'Workspace', 'drafts')
  mkdirSync(drafts, {recursive: true})
  writeFileSync(join(drafts, 'annex-1.md'), 'older version\n')
  const when = new Date(Date.now() - 60_000)
  utimesSync(join(drafts, 'annex-1.md'), when, when)
  writeFileSync(join(drafts, tempNameFor(join(drafts, 'annex-1.md'), Buffer.from('newer version\n'))), 'newer version\n')
  process.env.STAND_IN_APP_PATH = appDir
  await import(pathToFileURL(join(appDir, 'dist-electron', 'main.js')).href)
  recorded = (globalThis as unknown as {standInElectron: Recorded}).standInElectron
  recorded.ready()
  await new Promise((done) => setTimeout(done, 50))
}, 120_000)

afterAll(() => {
  delete process.env.SYNOPTIC_USER_DATA
  delete process.env.STAND_IN_APP_PATH
  rmSync(scratch, {recursive: true, force: true})
})

describe('main.ts wiring', () => {
  it('registers the app scheme as secure and standard before ready, and keeps user data where it was told', () => {
    expect(recorded.schemes).toEqual([{scheme: 'synoptic', privileges: {standard: true, secure: true, supportFetchAPI: true}}])
    expect(recorded.paths.userData).toBe(join(scratch, 'user-data'))
    expect(recorded.sandboxEverything).toBe(true)
  })

  it('opens one locked-down window on the app page', () => {
    expect(recorded.windows).toHaveLength(1)
    const [window] = recorded.windows
    expect(window?.loaded).toEqual(['synoptic://app/index.html'])
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: join(scratch, 'app', 'dist-electron', 'preload.cjs')
    })
  })

  it('settles an interrupted save when the window shows, and tells the drafter in a message box', async () => {
    recorded.windows[0]?.emit('ready-to-show')
    for (let i = 0; i < 100 && recorded.messageBoxes.length === 0; i++) await new Promise((done) => setTimeout(done, 20))
    expect(recorded.messageBoxes).toHaveLength(1)
    expect(recorded.messageBoxes[0]?.message).toBe('A save interrupted last time was recovered.')
    expect(recorded.messageBoxes[0]?.detail).toMatch(/^A save of drafts\/annex-1\.md was interrupted after it was written/u)
    expect(readFileSync(join(scratch, 'user-data', 'Workspace', 'drafts', 'annex-1.md'), 'utf8')).toBe('newer version\n')
  })

  it('denies new windows and navigation away, and blocks webviews, for every web contents', () => {
    const contents = recorded.windows[0]?.contents as StandInContents
    expect(contents.windowOpenHandler?.({url: 'https://example.org/'})).toEqual({action: 'deny'})
    const attempt = (event: string, url: string) => {
      let prevented = false
      contents.emit(event, {url, preventDefault: () => (prevented = true)})
      return prevented
    }
    expect(attempt('will-navigate', 'https://example.org/')).toBe(true)
    expect(attempt('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(attempt('will-redirect', 'https://example.org/')).toBe(true)
    expect(attempt('will-navigate', 'synoptic://app/index.html#/compare')).toBe(false)
    expect(attempt('will-attach-webview', 'https://example.org/')).toBe(true)
  })

  it('denies permissions by default, cancels remote requests and downloads, and adds the CSP to every response', () => {
    const decide = (permission: string, requestingUrl: string) => {
      let granted: boolean | undefined
      recorded.session.permissionRequest?.({}, permission, (g: boolean) => (granted = g), {requestingUrl})
      return granted
    }
    expect(decide('media', 'synoptic://app/index.html')).toBe(false)
    expect(decide('geolocation', 'synoptic://app/index.html')).toBe(false)
    expect(decide('fullscreen', 'synoptic://app/index.html')).toBe(true)
    expect(recorded.session.permissionCheck?.({}, 'notifications', 'synoptic://app')).toBe(false)

    const cancel = (url: string) => {
      let answer: unknown
      recorded.session.beforeRequest?.({url}, (a: unknown) => (answer = a))
      return answer
    }
    expect(cancel('https://fonts.googleapis.com/')).toEqual({cancel: true})
    expect(cancel('synoptic://app/assets/app.js')).toEqual({cancel: false})

    let downloadPrevented = false
    recorded.session.willDownload?.({preventDefault: () => (downloadPrevented = true)}, {getURL: () => 'blob:synoptic://app/x'})
    expect(downloadPrevented).toBe(true)

    let headers: unknown
    recorded.session.headersReceived?.({responseHeaders: {'Content-Type': ['text/html']}}, (a: {responseHeaders: unknown}) => (headers = a.responseHeaders))
    expect(headers).toEqual({'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy]})
  })

  it('serves the renderer bundle from the app folder on synoptic://app', async () => {
    const handler = recorded.protocols.get('synoptic')
    const answer = await handler?.(new Request('synoptic://app/index.html'))
    expect(answer?.status).toBe(200)
    expect(await answer?.text()).toContain('<title>Synoptic</title>')
  })

  it('handles exactly the contract channels, refusing senders other than its window', async () => {
    expect([...recorded.ipc.keys()].sort()).toEqual(Object.values(operations).map((o) => o.channel).sort())
    const list = recorded.ipc.get(operations.listDocuments.channel)
    const stranger = await list?.({sender: {}, senderFrame: {url: 'synoptic://app/index.html', parent: null}}, {})
    expect(stranger).toMatchObject({ok: false, error: {code: 'refused'}})
    const own = recorded.windows[0]?.contents
    const opened = await recorded.ipc.get(operations.openWorkspace.channel)?.({sender: own, senderFrame: {url: 'synoptic://app/index.html', parent: null}}, {choose: false})
    // The page is told what was recovered at start, with its first summary.
    expect(opened).toMatchObject({ok: true, value: {status: 'opened', workspace: {location: join(scratch, 'user-data', 'Workspace'), recovered: [{action: 'restored'}]}}})
  })

  it('tells the window when someone else changes a workspace document', async () => {
    const window = recorded.windows[0]
    const before = window?.sent.length ?? 0
    writeFileSync(join(scratch, 'user-data', 'Workspace', 'drafts', 'annex-1.md'), 'changed in another editor\n')
    for (let i = 0; i < 100 && (window?.sent.length ?? 0) === before; i++) await new Promise((done) => setTimeout(done, 20))
    expect(window?.sent.slice(before)).toEqual([
      [events.workspaceChange.channel, {documents: [{ref: {kind: 'draft', file: 'annex-1.md'}, version: expect.objectContaining({size: 26})}]}]
    ])
    window?.sent.splice(before)
  })

  it('sends menu commands to the window', () => {
    const items: Array<Record<string, unknown>> = []
    const walk = (list: Array<Record<string, unknown>>) => {
      for (const item of list) {
        items.push(item)
        if (Array.isArray(item.submenu)) walk(item.submenu as Array<Record<string, unknown>>)
      }
    }
    walk(recorded.menu ?? [])
    const find = items.find((i) => i.id === 'find')
    expect(find?.accelerator).toBe('CmdOrCtrl+F')
    ;(find?.click as () => void)()
    expect(recorded.windows[0]?.sent).toEqual([[events.menuCommand.channel, {command: 'find'}]])
  })
})
