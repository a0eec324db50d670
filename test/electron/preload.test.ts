// The built preload (dist-electron/preload.cjs), run as a sandboxed preload runs: in a fresh context whose
// `require` gives only `electron` (here a recording stand-in for contextBridge and ipcRenderer), beside a page
// with a window, a navigator and links to click.
import {readFileSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {runInNewContext} from 'node:vm'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildElectron} from '../../scripts/build-electron.ts'
import {events, operations} from '../../src/ipc/index.ts'

const scratch = mkdtempSync(join(tmpdir(), 'synoptic-preload-'))
let code = ''
beforeAll(async () => {
  const {preload} = await buildElectron({outDir: scratch})
  code = readFileSync(preload, 'utf8')
}, 60_000)
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

class Element {
  constructor(readonly parent?: Element) {}
  closest(selector: string): Element | null {
    // The preload asks for the nearest `a[href]`.
    return selector === 'a[href]' ? (this instanceof HTMLAnchorElement ? this : (this.parent?.closest(selector) ?? null)) : null
  }
}
class HTMLAnchorElement extends Element {
  constructor(readonly href: string) {
    super()
  }
}

/** Loads the preload into a fresh page; returns what it exposed and what it sent. */
function loadPreload() {
  const exposed = new Map<string, Record<string, (...args: Array<unknown>) => unknown>>()
  const invoked: Array<[string, unknown]> = []
  const listeners = new Map<string, Array<(...args: Array<unknown>) => void>>()
  const windowListeners = new Map<string, Array<{listener: (event: unknown) => void; capture: boolean}>>()
  const timers: Array<() => void> = []
  const navigator = {userActivation: {isActive: false}}
  const electron = {
    contextBridge: {exposeInMainWorld: (key: string, api: Record<string, (...args: Array<unknown>) => unknown>) => void exposed.set(key, api)},
    ipcRenderer: {
      invoke: (channel: string, request: unknown) => {
        invoked.push([channel, request])
        return Promise.resolve({ok: true, value: {}})
      },
      on: (channel: string, listener: (...args: Array<unknown>) => void) => void listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
      removeListener: (channel: string, listener: (...args: Array<unknown>) => void) =>
        void listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener))
    }
  }
  const sandbox = {
    require: (name: string) => {
      if (name === 'electron') return electron
      throw new Error(`a sandboxed preload cannot require ${name}`)
    },
    module: {exports: {}},
    exports: {},
    navigator,
    Element,
    HTMLAnchorElement,
    URL,
    setTimeout: (callback: () => void) => void timers.push(callback),
    window: {
      addEventListener: (type: string, listener: (event: unknown) => void, capture?: boolean) =>
        void windowListeners.set(type, [...(windowListeners.get(type) ?? []), {listener, capture: capture === true}])
    }
  }
  runInNewContext(code, sandbox)
  /** Dispatches a click as the browser does: capture listeners on window, the page's handler, then bubbling. */
  const click = (target: Element, init: {isTrusted?: boolean; button?: number; during?: () => void; stopped?: boolean} = {}) => {
    let prevented = false
    const event = {isTrusted: init.isTrusted ?? true, button: init.button ?? 0, target, preventDefault: () => (prevented = true)}
    navigator.userActivation.isActive = event.isTrusted
    const all = windowListeners.get('click') ?? []
    for (const {listener} of all.filter((l) => l.capture)) listener(event)
    init.during?.()
    if (!init.stopped) for (const {listener} of all.filter((l) => !l.capture)) listener(event)
    return prevented
  }
  /** The next task: what setTimeout(…, 0) queued runs. */
  const nextTask = () => {
    for (const callback of timers.splice(0)) callback()
  }
  const push = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({}, payload)
  }
  return {exposed, invoked, listeners, navigator, click, push, nextTask}
}

describe('the preload', () => {
  it('loads in a sandbox that offers only electron, and exposes only window.synoptic with the contract', () => {
    const {exposed} = loadPreload()
    expect([...exposed.keys()]).toEqual(['synoptic'])
    expect(Object.keys(exposed.get('synoptic') ?? {}).sort()).toEqual([...Object.keys(operations), 'onMenuCommand', 'onWorkspaceChange'].sort())
  })

  it('sends each operation on its channel, with the request as given', async () => {
    const {exposed, invoked} = loadPreload()
    const bridge = exposed.get('synoptic') ?? {}
    const ref = {kind: 'draft', file: 'annex-1.md'}
    await bridge.readDocument?.({ref})
    await bridge.saveDocument?.({ref, text: 'x', expected: null, overwrite: false})
    expect(invoked).toEqual([
      [operations.readDocument.channel, {ref}],
      [operations.saveDocument.channel, {ref, text: 'x', expected: null, overwrite: false}]
    ])
  })

  it('opens a link outside only during a click, not in the seconds of user activation after it or after a key press', async () => {
    const {exposed, invoked, navigator, click} = loadPreload()
    const bridge = exposed.get('synoptic') ?? {}
    const refused = await bridge.openExternal?.({url: 'https://www.ilo.org/'})
    expect(refused).toMatchObject({ok: false, error: {code: 'refused'}})
    // A key press leaves the page "active" for about 5 s: that alone opens nothing.
    navigator.userActivation.isActive = true
    expect(await bridge.openExternal?.({url: 'https://www.ilo.org/'})).toMatchObject({ok: false, error: {code: 'refused'}})
    expect(invoked).toEqual([])
    // During a click's handlers it opens.
    let during: Promise<unknown> | undefined
    click(new Element(), {during: () => (during = bridge.openExternal?.({url: 'https://www.ilo.org/'}) as Promise<unknown>)})
    await during
    expect(invoked).toEqual([[operations.openExternal.channel, {url: 'https://www.ilo.org/'}]])
    // After the click, still "active", it does not; nor after a click whose handler stopped it from bubbling.
    navigator.userActivation.isActive = true
    expect(await bridge.openExternal?.({url: 'https://www.ilo.org/a'})).toMatchObject({ok: false, error: {code: 'refused'}})
    expect(invoked).toHaveLength(1)
  })

  it('closes the click gate at the next task even when the click never bubbles back to the window', async () => {
    const {exposed, invoked, navigator, nextTask, click} = loadPreload()
    const bridge = exposed.get('synoptic') ?? {}
    click(new Element(), {stopped: true})
    navigator.userActivation.isActive = true
    nextTask()
    expect(await bridge.openExternal?.({url: 'https://www.ilo.org/'})).toMatchObject({ok: false, error: {code: 'refused'}})
    expect(invoked).toEqual([])
  })

  it('turns real clicks on web links into the system browser, leaves in-app links alone, and ignores scripted clicks', () => {
    const {click, invoked} = loadPreload()
    const span = new Element(new HTMLAnchorElement('https://www.ilo.org/dyn/normlex/'))
    expect(click(span)).toBe(true)
    expect(invoked).toEqual([[operations.openExternal.channel, {url: 'https://www.ilo.org/dyn/normlex/'}]])
    expect(click(new HTMLAnchorElement('synoptic://app/index.html#/compare'))).toBe(false)
    expect(click(new HTMLAnchorElement('file:///etc/passwd'))).toBe(true) // blocked, and not opened
    expect(click(new HTMLAnchorElement('https://example.org/'), {isTrusted: false})).toBe(false)
    expect(click(new HTMLAnchorElement('https://example.org/'), {button: 1})).toBe(false)
    expect(invoked).toHaveLength(1)
  })

  it('passes on menu commands of the contract only, until the page stops listening', () => {
    const {exposed, push, listeners} = loadPreload()
    const heard: Array<string> = []
    const stop = exposed.get('synoptic')?.onMenuCommand?.((command: unknown) => heard.push(String(command))) as () => void
    push(events.menuCommand.channel, {command: 'find'})
    push(events.menuCommand.channel, {command: 'format-disk'})
    push(events.menuCommand.channel, 'find')
    expect(heard).toEqual(['find'])
    stop()
    push(events.menuCommand.channel, {command: 'projector'})
    expect(heard).toEqual(['find'])
    expect(listeners.get(events.menuCommand.channel)).toEqual([])
  })

  it('passes on workspace changes that match the contract', () => {
    const {exposed, push} = loadPreload()
    const heard: Array<unknown> = []
    exposed.get('synoptic')?.onWorkspaceChange?.((change: unknown) => heard.push(change))
    const change = {documents: [{ref: {kind: 'draft', file: 'annex-1.md'}, version: null}]}
    push(events.workspaceChange.channel, change)
    push(events.workspaceChange.channel, {documents: [{ref: {kind: 'draft', file: '../../x.md'}, version: null}]})
    expect(heard).toEqual([change])
  })
})
