// Autosave (src/ipc) driving the real gateway, operations and workspace store, with a clock the test advances.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {answerRequest} from '../../electron/ipc.ts'
import {createDesktopOperations} from '../../electron/operations.ts'
import {createAutosave, type AutosaveStatus, type FileVersion, type OperationRequest} from '../../src/ipc/index.ts'
import {mountSmallDisk, type SmallDisk} from './fixtures/mounts.ts'

const ref = {kind: 'draft', file: 'annex-1.md'} as const
const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

/** A workspace behind the real gateway, a manual clock, and a record of the saves that reached the disk. */
async function setUp(root?: string) {
  const userData = root ?? mkdtempSync(join(tmpdir(), 'synoptic-autosave-'))
  if (!root) cleanups.push(() => rmSync(userData, {recursive: true, force: true}))
  const operations = createDesktopOperations({
    chooseFolder: async () => undefined,
    chooseSavePath: async () => undefined,
    showItemInFolder: () => undefined,
    openInBrowser: async () => undefined,
    settingsFile: join(userData, 'settings.json'),
    defaultWorkspace: join(userData, 'Workspace')
  })
  const event = {sender: 'app', senderFrame: {url: 'synoptic://app/index.html', parent: null}}
  const options = {isAppWindow: (sender: string) => sender === 'app'}
  await answerRequest('openWorkspace', operations, options, event, [{choose: false}])
  let saves = 0
  const save = (request: OperationRequest<'saveDocument'>) => {
    saves++
    return answerRequest('saveDocument', operations, options, event, [request])
  }
  let timers: Array<{at: number; task: () => void; cancelled: boolean}> = []
  let now = 0
  const schedule = (task: () => void, delay: number) => {
    const timer = {at: now + delay, task, cancelled: false}
    timers.push(timer)
    return () => {
      timer.cancelled = true
    }
  }
  /** Moves the clock on, running what falls due. */
  const advance = (ms: number) => {
    now += ms
    const due = timers.filter((t) => !t.cancelled && t.at <= now)
    timers = timers.filter((t) => !due.includes(t))
    for (const t of due) t.task()
  }
  const file = join(userData, 'Workspace', 'drafts', 'annex-1.md')
  return {save, schedule, advance, file, saves: () => saves}
}

/** Waits until the autosave is no longer saving. */
async function settled(status: () => AutosaveStatus): Promise<AutosaveStatus> {
  for (let i = 0; i < 200 && (status().state === 'saving' || status().state === 'pending'); i++) await new Promise((done) => setTimeout(done, 5))
  return status()
}

describe('autosave', () => {
  it('saves once, shortly after the last of a burst of edits', async () => {
    const s = await setUp()
    const seen: Array<string> = []
    const autosave = createAutosave({ref, version: null, save: s.save, schedule: s.schedule, delayMs: 800, onStatus: (st) => seen.push(st.state)})
    let text = '---\nid: annex-1\n---\n'
    for (let i = 0; i < 10; i++) {
      text += `word ${i} `
      autosave.edit(text)
      s.advance(300) // typing: never 800 ms of quiet
    }
    expect(s.saves()).toBe(0)
    expect(autosave.status().state).toBe('pending')
    s.advance(800)
    const done = await settled(autosave.status)
    expect(done.state).toBe('saved')
    expect(s.saves()).toBe(1)
    expect(readFileSync(s.file, 'utf8')).toBe(text)
    expect(seen).toContain('saving')
  })

  it('saves edits made while a save runs right after it, ending with the newest text', async () => {
    const s = await setUp()
    const autosave = createAutosave({ref, version: null, save: s.save, schedule: s.schedule})
    autosave.edit('first')
    const flushing = autosave.flush()
    autosave.edit('second')
    autosave.edit('third')
    await flushing
    s.advance(1000)
    expect((await settled(autosave.status)).state).toBe('saved')
    expect(readFileSync(s.file, 'utf8')).toBe('third')
  })

  it('stops at a change made by someone else, and resumes with the drafter choice', async () => {
    const s = await setUp()
    const autosave = createAutosave({ref, version: null, save: s.save, schedule: s.schedule})
    autosave.edit('mine 1')
    await autosave.flush()
    writeFileSync(s.file, 'theirs')
    autosave.edit('mine 2')
    s.advance(1000)
    const conflict = await settled(autosave.status)
    expect(conflict).toMatchObject({state: 'conflict', disk: {text: 'theirs'}})
    expect(readFileSync(s.file, 'utf8')).toBe('theirs')

    // Further typing is kept but not written while the choice is open.
    autosave.edit('mine 3')
    s.advance(1000)
    await settled(autosave.status)
    expect(readFileSync(s.file, 'utf8')).toBe('theirs')

    expect((await autosave.keepMine()).state).toBe('saved')
    expect(readFileSync(s.file, 'utf8')).toBe('mine 3')

    // The other way: take theirs, and go on editing from it.
    writeFileSync(s.file, 'theirs again')
    autosave.edit('mine 4')
    await autosave.flush()
    const taken = autosave.takeTheirs()
    expect(taken?.text).toBe('theirs again')
    autosave.edit('theirs again, then mine')
    await autosave.flush()
    expect(readFileSync(s.file, 'utf8')).toBe('theirs again, then mine')
  })

  it('reports a full disk, keeps the text, and saves it once there is room', async (context) => {
    const disk = mountSmallDisk('128k')
    if (typeof disk === 'string') {
      console.log(`skipped: ${disk}`)
      return context.skip()
    }
    cleanups.push(() => (disk as SmallDisk).unmount())
    const s = await setUp(disk.dir)
    const autosave = createAutosave({ref, version: null, save: s.save, schedule: s.schedule})
    autosave.edit('small draft')
    await autosave.flush()
    const big = 'x'.repeat(300_000)
    autosave.edit(big)
    const failed = await autosave.flush()
    expect(failed).toMatchObject({state: 'failed', error: {code: 'disk-full'}})
    expect(readFileSync(s.file, 'utf8')).toBe('small draft')
    const fits = 'a draft that fits'
    autosave.edit(fits)
    s.advance(1000)
    expect((await settled(autosave.status)).state).toBe('saved')
    expect(readFileSync(s.file, 'utf8')).toBe(fits)
  })

  it('shows a change made on disk by someone else as a conflict at once, before the next save', async () => {
    const root = mkdtempSync(join(tmpdir(), 'synoptic-autosave-watch-'))
    cleanups.push(() => rmSync(root, {recursive: true, force: true}))
    const {openWorkspace} = await import('../../electron/workspace/index.ts')
    const {workspace} = await openWorkspace(root)
    const first = await workspace.save(ref, 'mine', {expected: null, overwrite: false})
    const autosave = createAutosave({
      ref,
      version: first.status === 'saved' ? first.version : null,
      save: async (request) => ({ok: true, value: await workspace.save(request.ref, request.text, request)}),
      read: async () => ({ok: true, value: await workspace.read(ref)}),
      schedule: (task, ms) => {
        const timer = setTimeout(task, ms)
        return () => clearTimeout(timer)
      }
    })
    const stop = workspace.watch((changes) => {
      for (const change of changes) void autosave.diskChanged(change.version)
    }, 50)
    cleanups.push(stop)
    autosave.edit('mine, edited') // pending: not yet saved
    writeFileSync(join(root, 'drafts', 'annex-1.md'), 'theirs')
    await new Promise((done) => setTimeout(done, 400))
    expect(autosave.status()).toMatchObject({state: 'conflict', disk: {text: 'theirs'}})
    await new Promise((done) => setTimeout(done, 1000))
    expect(readFileSync(join(root, 'drafts', 'annex-1.md'), 'utf8')).toBe('theirs')
    // The drafter keeps theirs: that is now the base, and editing goes on from it.
    expect(autosave.takeTheirs()?.text).toBe('theirs')
    autosave.edit('theirs, then mine')
    expect((await autosave.flush()).state).toBe('saved')
    expect(readFileSync(join(root, 'drafts', 'annex-1.md'), 'utf8')).toBe('theirs, then mine')
  })

  it('starts from the version it was read from, so an outside change before the first edit is caught', async () => {
    const s = await setUp()
    const first = await s.save({ref, text: 'original', expected: null, overwrite: false})
    const version = first.ok && first.value.status === 'saved' ? first.value.version : null
    writeFileSync(s.file, 'changed outside')
    const autosave = createAutosave({ref, version: version as FileVersion | null, save: s.save, schedule: s.schedule})
    autosave.edit('edited')
    expect((await autosave.flush()).state).toBe('conflict')
  })
})
