// The gateway and the desktop operations together, under Node: requests go through the same checks and handlers
// as in the app, against a real workspace folder. Only the native dialogs and the shell are stand-ins.
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {registerIpcGateway, type InvokeEvent} from '../../electron/ipc.ts'
import {createDesktopOperations, type DesktopServices} from '../../electron/operations.ts'
import {channelNames, operations, type BridgeResult, type OperationName} from '../../src/ipc/index.ts'
import {draft} from './fixtures/draft.ts'


const folders: Array<string> = []
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, {recursive: true, force: true})
})

/** The app window, a frame inside it, and some other window's contents. */
const appWindow = {name: 'app window'}
const otherWindow = {name: 'devtools or another window'}
const mainFrame = {url: 'synoptic://app/index.html', parent: null}
const fromApp: InvokeEvent<object> = {sender: appWindow, senderFrame: mainFrame}

interface Harness {
  invoke: <K extends OperationName>(name: K, request: unknown, event?: InvokeEvent<object>) => Promise<BridgeResult<unknown>>
  channels: Array<string>
  logged: Array<string>
  userData: string
  shown: Array<string>
  opened: Array<string>
  services: DesktopServices
}

function harness(overrides: Partial<DesktopServices> = {}): Harness {
  const userData = mkdtempSync(join(tmpdir(), 'synoptic-ipc-'))
  folders.push(userData)
  const handlers = new Map<string, (event: InvokeEvent<object>, ...args: Array<unknown>) => Promise<unknown>>()
  const logged: Array<string> = []
  const shown: Array<string> = []
  const opened: Array<string> = []
  const services: DesktopServices = {
    chooseFolder: async () => undefined,
    chooseSavePath: async () => undefined,
    showItemInFolder: (path) => shown.push(path),
    openInBrowser: async (url) => {
      opened.push(url)
    },
    settingsFile: join(userData, 'settings.json'),
    defaultWorkspace: join(userData, 'Workspace'),
    ...overrides
  }
  registerIpcGateway(
    {handle: (channel, listener) => handlers.set(channel, listener), removeHandler: (channel) => handlers.delete(channel)},
    createDesktopOperations(services),
    {isAppWindow: (sender) => sender === appWindow, log: (line) => logged.push(line)}
  )
  return {
    invoke: async (name, request, event = fromApp) => {
      const handler = handlers.get(operations[name].channel)
      if (!handler) throw new Error(`no handler for ${name}`)
      return (await handler(event, request)) as BridgeResult<unknown>
    },
    channels: [...handlers.keys()],
    logged,
    userData,
    shown,
    opened,
    services
  }
}

describe('the IPC gateway', () => {
  it('handles every operation of the contract and nothing else, each on a synoptic:<capability>/<verb> channel', () => {
    const {channels} = harness()
    expect(channels.sort()).toEqual(Object.values(operations).map((o) => o.channel).sort())
    for (const channel of channelNames) expect(channel).toMatch(/^synoptic:[a-z]+\/[a-z-]+$/u)
  })

  it('refuses requests from another window, from a frame inside the page, and from another origin', async () => {
    const h = harness()
    const cases: Array<[InvokeEvent<object>, RegExp]> = [
      [{sender: otherWindow, senderFrame: mainFrame}, /not come from the app window/u],
      [{sender: appWindow, senderFrame: {url: 'synoptic://app/frame.html', parent: mainFrame}}, /frame inside the page/u],
      [{sender: appWindow, senderFrame: {url: 'https://example.org/', parent: null}}, /not the app/u],
      [{sender: appWindow, senderFrame: {url: 'file:///etc/passwd', parent: null}}, /not the app/u],
      [{sender: appWindow, senderFrame: {url: 'synoptic://evil/index.html', parent: null}}, /not the app/u],
      [{sender: appWindow, senderFrame: null}, /frame is gone/u]
    ]
    for (const [event, reason] of cases) {
      const result = await h.invoke('listDocuments', {}, event)
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('refused')
        expect(result.error.message).toMatch(reason)
      }
    }
    expect(h.logged).toHaveLength(cases.length)
  })

  it('rejects requests that do not match the schema, with the field and the problem, as data', async () => {
    const h = harness()
    await h.invoke('openWorkspace', {choose: false})
    const bad: Array<[OperationName, unknown, RegExp]> = [
      ['openWorkspace', {choose: 'yes'}, /choose/u],
      ['openWorkspace', {choose: false, path: '/etc'}, /path|Unrecognized/iu],
      ['readDocument', {ref: {kind: 'draft', file: '../../etc/passwd.md'}}, /ref\.file: a document name may not contain/u],
      ['readDocument', {ref: {kind: 'secret', file: 'a.md'}}, /ref\.kind/u],
      ['saveDocument', {ref: {kind: 'draft', file: 'a.md'}, text: 42, expected: null, overwrite: false}, /text/u],
      ['exportFile', {suggestedName: '../x.docx', format: 'docx', bytes: new Uint8Array(1)}, /suggestedName/u],
      ['exportFile', {suggestedName: 'x.docx', format: 'exe', bytes: new Uint8Array(1)}, /format/u],
      ['exportFile', {suggestedName: 'x.docx', format: 'docx', bytes: 'not bytes'}, /bytes/u],
      ['openExternal', {url: 'file:///etc/passwd'}, /only http\(s\) and mailto/u],
      ['openExternal', {url: 'javascript:alert(1)'}, /only http\(s\) and mailto/u],
      ['revealFile', {target: {kind: 'path', path: '/etc/passwd'}}, /target/u]
    ]
    for (const [name, request, message] of bad) {
      const result = await h.invoke(name, request)
      expect(result, `${name} ${JSON.stringify(request)}`).toMatchObject({ok: false, error: {code: 'invalid-request'}})
      if (!result.ok) expect(result.error.message).toMatch(message)
    }
    expect(h.opened).toEqual([])
  })

  it('opens the default workspace, saves, lists and reads a draft, and reports a conflict as data', async () => {
    const h = harness()
    const opened = await h.invoke('openWorkspace', {choose: false})
    expect(opened).toMatchObject({ok: true, value: {status: 'opened', workspace: {name: 'Workspace', documents: [], recovered: []}}})

    const ref = {kind: 'draft', file: 'annex-1.md'}
    const saved = await h.invoke('saveDocument', {ref, text: draft, expected: null, overwrite: false})
    expect(saved).toMatchObject({ok: true, value: {status: 'saved'}})
    expect(readFileSync(join(h.userData, 'Workspace', 'drafts', 'annex-1.md'), 'utf8')).toBe(draft)

    const listed = await h.invoke('listDocuments', {})
    expect(listed).toMatchObject({ok: true, value: {documents: [{ref, id: 'annex-1', title: 'Draft amendments to the Law on Social Security'}]}})
    const read = await h.invoke('readDocument', {ref})
    expect(read).toMatchObject({ok: true, value: {text: draft, messages: []}})

    writeFileSync(join(h.userData, 'Workspace', 'drafts', 'annex-1.md'), draft.replace('Regular', 'Routine'))
    const version = saved.ok ? (saved.value as {version: unknown}).version : null
    const conflict = await h.invoke('saveDocument', {ref, text: draft + '\n3. More.\n', expected: version, overwrite: false})
    expect(conflict).toMatchObject({ok: true, value: {status: 'conflict', disk: {text: draft.replace('Regular', 'Routine')}}})
  })

  it('opens the folder named at start (npm start -- --workspace) instead of the remembered one, creating it', async () => {
    const named = join(tmpdir(), `synoptic-named-${process.pid}-${Date.now()}`)
    folders.push(named)
    const h = harness({workspace: named})
    writeFileSync(h.services.settingsFile, JSON.stringify({workspace: join(h.userData, 'remembered')}))
    const opened = await h.invoke('openWorkspace', {choose: false})
    expect(opened).toMatchObject({ok: true, value: {status: 'opened', workspace: {location: named}}})
    expect(readdirSync(named).sort()).toEqual(['.synoptic', 'comparisons', 'drafts', 'instruments'])
    expect(readdirSync(h.userData)).toEqual(['settings.json'])
  })

  it('opens the start-up workspace on the first request, and says so when the remembered folder is gone', async () => {
    const h = harness()
    expect(await h.invoke('listDocuments', {})).toEqual({ok: true, value: {documents: []}})
    expect(readdirSync(join(h.userData, 'Workspace')).sort()).toEqual(['.synoptic', 'comparisons', 'drafts', 'instruments'])

    const other = harness()
    writeFileSync(other.services.settingsFile, JSON.stringify({workspace: join(other.userData, 'unplugged-drive')}))
    for (const request of [['openWorkspace', {choose: false}], ['listDocuments', {}]] as const) {
      const gone = await other.invoke(request[0], request[1])
      expect(gone).toMatchObject({ok: false, error: {code: 'not-found'}})
      if (!gone.ok) expect(gone.error.message).toContain('unplugged-drive')
    }
    // Nothing was created in its place.
    expect(readdirSync(other.userData)).toEqual(['settings.json'])
  })

  it('ignores a damaged settings file and opens the default workspace', async () => {
    const h = harness()
    writeFileSync(h.services.settingsFile, '{"workspace": 42, truncated')
    expect(await h.invoke('openWorkspace', {choose: false})).toMatchObject({ok: true, value: {workspace: {location: join(h.userData, 'Workspace')}}})
  })

  it('opens a chosen folder, remembers it, and says what it recovered', async () => {
    const chosen = mkdtempSync(join(tmpdir(), 'synoptic-chosen-'))
    folders.push(chosen)
    const h = harness({chooseFolder: async () => chosen})
    const first = await h.invoke('openWorkspace', {choose: true})
    expect(first).toMatchObject({ok: true, value: {status: 'opened', workspace: {location: chosen}}})
    expect(JSON.parse(readFileSync(h.services.settingsFile, 'utf8'))).toEqual({workspace: chosen})

    // An interrupted save (a complete temporary file whose rename never happened) is restored on the next start.
    const {tempNameFor} = await import('../../electron/workspace/index.ts')
    const target = join(chosen, 'drafts', 'annex-1.md')
    writeFileSync(join(chosen, 'drafts', tempNameFor(target, Buffer.from(draft))), draft)
    const next = harness({settingsFile: h.services.settingsFile})
    const reopened = await next.invoke('openWorkspace', {choose: false})
    expect(reopened).toMatchObject({ok: true, value: {workspace: {location: chosen, recovered: [{file: 'drafts/annex-1.md', action: 'restored'}]}}})
    expect(readFileSync(target, 'utf8')).toBe(draft)
  })

  it('recovers at start once, even when the page asks at the same moment, and tells the page once', async () => {
    const h = harness()
    const {openWorkspace: open, tempNameFor} = await import('../../electron/workspace/index.ts')
    const root = join(h.userData, 'Workspace')
    await open(root, {create: true})
    const target = join(root, 'drafts', 'annex-1.md')
    writeFileSync(join(root, 'drafts', tempNameFor(target, Buffer.from(draft))), draft)

    const operations = createDesktopOperations(h.services)
    const [atStart, fromPage] = await Promise.all([operations.start(), operations.openWorkspace({choose: false})])
    expect(atStart.map((n) => n.action)).toEqual(['restored'])
    expect(fromPage).toMatchObject({status: 'opened', workspace: {recovered: [{action: 'restored'}]}})
    expect(await operations.openWorkspace({choose: false})).toMatchObject({status: 'opened', workspace: {recovered: []}})
    expect(readFileSync(target, 'utf8')).toBe(draft)
  })

  it('exports through the save dialog, adds the extension, and reveals the file by token only', async () => {
    const out = mkdtempSync(join(tmpdir(), 'synoptic-export-'))
    folders.push(out)
    const asked: Array<string> = []
    const h = harness({
      chooseSavePath: async (name, format) => {
        asked.push(`${name} ${format}`)
        return join(out, 'Annex 1 draft')
      }
    })
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])
    const result = await h.invoke('exportFile', {suggestedName: 'annex-1.docx', format: 'docx', bytes})
    expect(asked).toEqual(['annex-1.docx docx'])
    expect(result).toMatchObject({ok: true, value: {status: 'saved', fileName: 'Annex 1 draft.docx'}})
    expect(new Uint8Array(readFileSync(join(out, 'Annex 1 draft.docx')))).toEqual(bytes)

    const token = result.ok ? (result.value as {token: string}).token : ''
    expect(await h.invoke('revealFile', {target: {kind: 'export', token}})).toEqual({ok: true, value: {revealed: true}})
    expect(h.shown).toEqual([join(out, 'Annex 1 draft.docx')])
    expect(await h.invoke('revealFile', {target: {kind: 'export', token: 'made-up'}})).toMatchObject({ok: false, error: {code: 'not-found'}})
  })

  it('reports a cancelled dialog as cancelled, not as an error', async () => {
    const h = harness()
    expect(await h.invoke('openWorkspace', {choose: true})).toEqual({ok: true, value: {status: 'cancelled'}})
    expect(await h.invoke('exportFile', {suggestedName: 'a.pdf', format: 'pdf', bytes: new Uint8Array(3)})).toEqual({ok: true, value: {status: 'cancelled'}})
  })

  it('opens web links in the browser only after the schema accepted them', async () => {
    const h = harness()
    expect(await h.invoke('openExternal', {url: 'https://www.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C081'})).toEqual({ok: true, value: {opened: true}})
    expect(h.opened).toHaveLength(1)
  })
})
