// The workspace as an attacker or an unlucky user leaves it: links to elsewhere where the store looks, loops,
// FIFOs, files in Latin-1, documents at the size limit. Nothing outside the workspace may change or be read, and
// every call returns within 2 s, with a sentence when it refuses.
import {existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {openWorkspace, sha256Hex, tempNameFor, type DocumentChange} from '../../electron/workspace/index.ts'
import {maxDocumentBytes, operations, type FileVersion} from '../../src/ipc/index.ts'
import {draft} from './fixtures/draft.ts'
import {bounded, hostileScene, isPlainWords, randomFrom, type Scene} from './fixtures/hostile.ts'

const ref = {kind: 'draft', file: 'annex-1.md'} as const
const scenes: Array<Scene> = []
function scene(): Scene {
  const made = hostileScene()
  scenes.push(made)
  return made
}
afterEach(() => {
  for (const made of scenes.splice(0)) made.cleanUp()
})

/** A clock that moves one minute per call, so every save is due a backup and every stamp differs. */
function ticking(): () => Date {
  let t = Date.parse('2026-01-01T00:00:00Z')
  return () => new Date((t += 60_000))
}

/** The text of version n of the draft. */
const version = (n: number) => draft.replace('Regular inspections;', `Regular inspections (version ${n});`)

describe('links where the store looks', () => {
  it('a backups folder that is a link: saving and rotating delete nothing it points to', async () => {
    const s = scene()
    const before = s.snapshot()
    mkdirSync(join(s.workspace, '.synoptic', 'backups', 'drafts'), {recursive: true})
    symlinkSync(s.outside, join(s.workspace, '.synoptic', 'backups', 'drafts', 'annex-1.md'))
    const {workspace} = await openWorkspace(s.workspace, {backupInterval: 0, now: ticking()})
    let expected: FileVersion | null = null
    const outcomes = []
    for (let n = 1; n <= 14; n++) {
      const outcome = await bounded(() => workspace.save(ref, version(n), {expected, overwrite: false}))
      outcomes.push(outcome)
      if (outcome.ok && outcome.value.status === 'saved') expected = outcome.value.version
    }
    expect(s.snapshot()).toEqual(before)
    for (const outcome of outcomes) {
      expect(outcome.ms).toBeLessThan(2_000)
      if (!outcome.ok) expect(outcome.error.message).toMatch(/\.synoptic\/backups\/drafts\/annex-1\.md is a link/u)
    }
    // The link itself is left as it is: it is not the app's to remove.
    expect(lstatSync(join(s.workspace, '.synoptic', 'backups', 'drafts', 'annex-1.md')).isSymbolicLink()).toBe(true)
  })

  it('opening a workspace whose leftover save is newer than its document deletes nothing through a linked backups folder', async () => {
    const s = scene()
    const drafts = join(s.workspace, 'drafts')
    mkdirSync(drafts, {recursive: true})
    writeFileSync(join(drafts, 'annex-1.md'), version(1))
    utimesSync(join(drafts, 'annex-1.md'), new Date('2025-01-01'), new Date('2025-01-01'))
    const leftover = Buffer.from(version(2))
    writeFileSync(join(drafts, tempNameFor(join(drafts, 'annex-1.md'), leftover)), leftover)
    mkdirSync(join(s.workspace, '.synoptic', 'backups', 'drafts'), {recursive: true})
    symlinkSync(s.outside, join(s.workspace, '.synoptic', 'backups', 'drafts', 'annex-1.md'))
    const before = s.snapshot()
    const opened = await bounded(() => openWorkspace(s.workspace, {backupsToKeep: 1}))
    expect(opened.ms).toBeLessThan(2_000)
    expect(s.snapshot()).toEqual(before)
    if (opened.ok) for (const note of opened.value.recovered) expect(isPlainWords(note.detail)).toBe(true)
  })

  it('drafts/ as a link: a new document is not written where it points', async () => {
    const s = scene()
    symlinkSync(s.outside, join(s.workspace, 'drafts'))
    const before = s.snapshot()
    const opened = await bounded(() => openWorkspace(s.workspace))
    expect(opened.ms).toBeLessThan(2_000)
    if (opened.ok) {
      const saved = await bounded(() => opened.value.workspace.save({kind: 'draft', file: 'new.md'}, draft, {expected: null, overwrite: false}))
      expect(saved.ms).toBeLessThan(2_000)
      expect(saved.ok).toBe(false)
      if (!saved.ok) expect(saved.error.message).toMatch(/drafts is a link/u)
      const listed = await bounded(() => opened.value.workspace.list())
      expect(listed.ok && listed.value.some((d) => d.ref.file === 'letter.md')).toBe(false)
    }
    expect(s.snapshot()).toEqual(before)
    expect(existsSync(join(s.outside, 'new.md'))).toBe(false)
  })

  it('.synoptic/ as a link: no backup is written where it points', async () => {
    const s = scene()
    symlinkSync(s.outside, join(s.workspace, '.synoptic'))
    mkdirSync(join(s.workspace, 'drafts'))
    writeFileSync(join(s.workspace, 'drafts', 'annex-1.md'), version(1))
    const before = s.snapshot()
    const opened = await bounded(() => openWorkspace(s.workspace, {backupInterval: 0}))
    expect(opened.ms).toBeLessThan(2_000)
    if (opened.ok) {
      const {workspace} = opened.value
      const read = await workspace.read(ref)
      const saved = await bounded(() => workspace.save(ref, version(2), {expected: read.version, overwrite: false}))
      expect(saved.ms).toBeLessThan(2_000)
      if (!saved.ok) expect(saved.error.message).toMatch(/\.synoptic is a link/u)
    }
    expect(s.snapshot()).toEqual(before)
  })

  it('two links to .. in .synoptic/backups: opening returns at once', async () => {
    const s = scene()
    mkdirSync(join(s.workspace, '.synoptic', 'backups'), {recursive: true})
    symlinkSync('..', join(s.workspace, '.synoptic', 'backups', 'up'))
    symlinkSync('..', join(s.workspace, '.synoptic', 'backups', 'up2'))
    const before = s.snapshot()
    const opened = await bounded(() => openWorkspace(s.workspace))
    expect(opened.ok ? 'opened' : opened.error.message).toBe('opened')
    expect(opened.ms).toBeLessThan(2_000)
    expect(s.snapshot()).toEqual(before)
  })

  it('a document that is a link, even to a file inside the workspace, is listed with the reason and neither read nor saved', async () => {
    const s = scene()
    const {workspace} = await openWorkspace(s.workspace)
    writeFileSync(join(s.workspace, 'instruments', 'c081.md'), draft)
    symlinkSync(join(s.workspace, 'instruments', 'c081.md'), join(s.workspace, 'drafts', 'inside.md'))
    const linked = {kind: 'draft', file: 'inside.md'} as const
    await expect(workspace.read(linked)).rejects.toMatchObject({message: expect.stringMatching(/^drafts\/inside\.md is a link/u)})
    expect((await workspace.list()).find((d) => d.ref.file === 'inside.md')?.problem).toMatch(/a link/u)
    await expect(workspace.save(linked, version(2), {expected: null, overwrite: true})).rejects.toMatchObject({message: expect.stringMatching(/is a link/u)})
    expect(readFileSync(join(s.workspace, 'instruments', 'c081.md'), 'utf8')).toBe(draft)
  })
})

describe('backup rotation deletes only what it recorded writing', () => {
  it('a file copied into the backups folder under a backup name, and a kept backup someone edited, survive rotation', async () => {
    const s = scene()
    const folder = join(s.workspace, '.synoptic', 'backups', 'drafts', 'annex-1.md')
    mkdirSync(folder, {recursive: true})
    // Older than anything the app will write, so a rotation by name alone would delete it first.
    writeFileSync(join(folder, '2001-01-01T00-00-00-000Z.md'), 'the drafter put this here\n')
    const {workspace} = await openWorkspace(s.workspace, {backupInterval: 0, backupsToKeep: 2, now: ticking()})
    let expected: FileVersion | null = null
    for (let n = 1; n <= 3; n++) {
      const saved = await workspace.save(ref, version(n), {expected, overwrite: false})
      if (saved.status === 'saved') expected = saved.version
    }
    const [newest, second] = await workspace.backups(ref)
    expect(second).toBeDefined()
    writeFileSync(join(s.workspace, second ?? ''), 'edited by hand\n')
    for (let n = 4; n <= 8; n++) {
      const saved = await workspace.save(ref, version(n), {expected, overwrite: false})
      if (saved.status === 'saved') expected = saved.version
    }
    expect(readFileSync(join(folder, '2001-01-01T00-00-00-000Z.md'), 'utf8')).toBe('the drafter put this here\n')
    expect(readFileSync(join(s.workspace, second ?? ''), 'utf8')).toBe('edited by hand\n')
    expect(existsSync(join(s.workspace, newest ?? ''))).toBe(false)
    // Of the app's own backups, two are kept.
    const kept = (await workspace.backups(ref)).filter((b) => b !== second && !b.endsWith('2001-01-01T00-00-00-000Z.md'))
    expect(kept).toHaveLength(2)
  })
})

describe('special files', () => {
  it('a FIFO named x.md in drafts/ blocks neither listing, nor reading, nor the next saves', async () => {
    const s = scene()
    const {workspace} = await openWorkspace(s.workspace)
    s.fifo(join(s.workspace, 'drafts', 'x.md'))
    const listed = await bounded(() => workspace.list())
    expect(listed.ms).toBeLessThan(2_000)
    expect(listed.ok && listed.value.find((d) => d.ref.file === 'x.md')?.problem).toMatch(/named pipe/u)
    const read = await bounded(() => workspace.read({kind: 'draft', file: 'x.md'}))
    expect(read.ms).toBeLessThan(2_000)
    expect(read.ok ? 'read' : read.error.message).toMatch(/^drafts\/x\.md is a named pipe \(FIFO\), not a file/u)
    const saved = await bounded(() => workspace.save({kind: 'draft', file: 'x.md'}, draft, {expected: null, overwrite: true}))
    expect(saved.ok ? 'saved' : saved.error.message).toMatch(/named pipe/u)
    // Other documents save as before: nothing is stuck behind the FIFO.
    for (let n = 0; n < 8; n++) {
      const other = await bounded(() => workspace.save({kind: 'draft', file: `other-${n}.md`}, draft, {expected: null, overwrite: false}))
      expect(other.ok ? other.value.status : other.error.message).toBe('saved')
    }
    expect(lstatSync(join(s.workspace, 'drafts', 'x.md')).isFIFO()).toBe(true)
  })
})

describe('files that are not UTF-8', () => {
  it('"take the file on disk" of a Latin-1 file, then saving, keeps its original bytes in a backup first', async () => {
    const s = scene()
    const {workspace} = await openWorkspace(s.workspace, {now: ticking()})
    const zeroth = await workspace.save(ref, version(0), {expected: null, overwrite: false})
    if (zeroth.status !== 'saved') throw new Error('first save')
    // This save takes a backup of version 0, so the next one is not due for five minutes.
    const first = await workspace.save(ref, draft, {expected: zeroth.version, overwrite: false})
    if (first.status !== 'saved') throw new Error('second save')
    const latin1 = Buffer.from(draft.replace('Regular inspections;', 'Inspections régulières;'), 'latin1')
    writeFileSync(join(s.workspace, 'drafts', 'annex-1.md'), latin1)
    const conflict = await workspace.save(ref, version(2), {expected: first.version, overwrite: false})
    expect(conflict.status).toBe('conflict')
    if (conflict.status !== 'conflict' || !conflict.disk) throw new Error('a conflict with the disk text')
    // Take theirs (the text as shown), and autosave it from the disk's version.
    const saved = await workspace.save(ref, conflict.disk.text, {expected: conflict.disk.version, overwrite: false})
    expect(saved.status).toBe('saved')
    const backups = await workspace.backups(ref)
    const kept = backups.map((b) => readFileSync(join(s.workspace, b)))
    expect(kept.some((bytes) => bytes.equals(latin1))).toBe(true)
  })
})

describe('one size limit, in bytes, for saves and reads', () => {
  it('a document that saves also reopens: 3 million Lao characters are refused at the save, with the limit named', async () => {
    const s = scene()
    const {workspace} = await openWorkspace(s.workspace)
    const lao = draft + 'ກ'.repeat(3_000_000) + '\n'
    expect(Buffer.byteLength(lao)).toBeGreaterThan(maxDocumentBytes)
    expect(lao.length).toBeLessThan(maxDocumentBytes)
    expect(operations.saveDocument.request.safeParse({ref, text: lao, expected: null, overwrite: false}).success).toBe(false)
    const saved = await bounded(() => workspace.save(ref, lao, {expected: null, overwrite: false}))
    if (saved.ok) {
      // If it was written, it must open again.
      const read = await bounded(() => workspace.read(ref))
      expect(read.ok ? 'read' : read.error.message).toBe('read')
    } else {
      expect(saved.error.message).toMatch(/MB/u)
    }
    const fits = draft + 'ກ'.repeat(2_000_000) + '\n'
    expect(Buffer.byteLength(fits)).toBeLessThanOrEqual(maxDocumentBytes)
    expect(operations.saveDocument.request.safeParse({ref, text: fits, expected: null, overwrite: false}).success).toBe(true)
    expect((await workspace.save(ref, fits, {expected: null, overwrite: false})).status).toBe('saved')
    expect((await workspace.read(ref)).text).toBe(fits)
  })
})

describe('the watcher', () => {
  it('does not report the size or hash of a file outside the workspace through a link', async () => {
    const s = scene()
    const {workspace} = await openWorkspace(s.workspace)
    const secret = join(s.outside, 'letter.md')
    const heard: Array<DocumentChange> = []
    const stop = workspace.watch((changes) => heard.push(...changes), 50)
    try {
      symlinkSync(secret, join(s.workspace, 'drafts', 'letter.md'))
      writeFileSync(join(s.workspace, 'drafts', 'plain.md'), draft)
      for (let i = 0; i < 40 && !heard.some((c) => c.ref.file === 'plain.md'); i++) await new Promise((r) => setTimeout(r, 50))
    } finally {
      stop()
    }
    expect(heard.some((c) => c.ref.file === 'plain.md')).toBe(true)
    const secretHash = sha256Hex(readFileSync(secret))
    expect(heard.filter((c) => c.version?.sha256 === secretHash)).toEqual([])
  })
})

describe('fuzz: links and special files in random places', () => {
  /** Where the store looks, relative to the workspace. */
  const places = [
    'drafts',
    'instruments',
    '.synoptic',
    '.synoptic/backups',
    '.synoptic/backups/drafts',
    '.synoptic/backups/drafts/a.md',
    '.synoptic/backups/drafts/b.md',
    '.synoptic/backups/instruments',
    '.synoptic/recovered',
    '.synoptic/recovered/drafts',
    'drafts/a.md',
    'drafts/b.md',
    'drafts/c.md',
    'instruments/i.md'
  ]
  const seeds = [1, 2, 3, 4, 5, 6]

  it.each(seeds)('seed %i: opening, 100 saves, recovery and rotation change no byte outside the workspace', async (seed) => {
    const random = randomFrom(seed)
    const pick = <T>(items: ReadonlyArray<T>): T => items[Math.floor(random() * items.length)] as T
    const s = scene()
    // Plant: each place is left alone, made a link (to .., to the sibling, to a sibling file), or a FIFO.
    for (const place of places) {
      const path = join(s.workspace, place)
      const roll = random()
      if (roll < 0.45) continue
      try {
        if (existsSync(path)) continue
        mkdirSync(join(path, '..'), {recursive: true})
        if (lstatSync(join(path, '..')).isSymbolicLink()) continue
        if (roll < 0.6) symlinkSync('..', path)
        else if (roll < 0.75) symlinkSync(s.outside, path)
        else if (roll < 0.85) symlinkSync(join(s.outside, 'letter.md'), path)
        else if (roll < 0.92) s.fifo(path)
        else symlinkSync(path, path) // a link to itself
      } catch {
        // a parent planted before is a link or a FIFO: this place cannot be reached
      }
    }
    // A planted look-alike leftover where recovery looks.
    if (!lstatSync(join(s.workspace, 'drafts'), {throwIfNoEntry: false})) mkdirSync(join(s.workspace, 'drafts'))
    if (lstatSync(join(s.workspace, 'drafts')).isDirectory()) {
      const leftover = Buffer.from(version(0))
      const name = tempNameFor(join(s.workspace, 'drafts', 'a.md'), leftover)
      if (!existsSync(join(s.workspace, 'drafts', name))) symlinkSync(join(s.outside, 'letter.md'), join(s.workspace, 'drafts', name))
    }
    const before = s.snapshot()
    const failures: Array<string> = []
    const check = <T>(what: string, outcome: {ok: boolean; ms: number; error?: Error; value?: T}) => {
      if (outcome.ms >= 2_000) failures.push(`${what}: ${outcome.ms.toFixed(0)} ms`)
      if (!outcome.ok && !isPlainWords(outcome.error?.message ?? '')) failures.push(`${what}: "${outcome.error?.message}"`)
    }
    const now = ticking()
    for (let round = 0; round < 2; round++) {
      const opened = await bounded(() => openWorkspace(s.workspace, {backupsToKeep: 2, backupInterval: 0, now}))
      check('open', opened)
      if (!opened.ok) continue
      const {workspace} = opened.value
      check('list', await bounded(() => workspace.list()))
      const versions = new Map<string, Awaited<ReturnType<typeof workspace.read>>['version'] | null>()
      for (let n = 0; n < 50; n++) {
        const doc = pick([{kind: 'draft', file: 'a.md'}, {kind: 'draft', file: 'b.md'}, {kind: 'draft', file: 'c.md'}, {kind: 'instrument', file: 'i.md'}] as const)
        const key = `${doc.kind}/${doc.file}`
        if (random() < 0.2) {
          const read = await bounded(() => workspace.read(doc))
          check(`read ${key}`, read)
          if (read.ok) versions.set(key, read.value.version)
          continue
        }
        const saved = await bounded(() => workspace.save(doc, version(n), {expected: versions.get(key) ?? null, overwrite: random() < 0.3}))
        check(`save ${key}`, saved)
        if (saved.ok && saved.value.status === 'saved') versions.set(key, saved.value.version)
      }
      check('idle', await bounded(() => workspace.idle()))
    }
    expect(failures).toEqual([])
    expect(s.snapshot()).toEqual(before)
  })
})

describe('reading the outside through the backups', () => {
  it('backups() lists only regular files of the backups folder, never through a link', async () => {
    const s = scene()
    const {workspace} = await openWorkspace(s.workspace)
    mkdirSync(join(s.workspace, '.synoptic', 'backups', 'drafts'), {recursive: true})
    symlinkSync(s.outside, join(s.workspace, '.synoptic', 'backups', 'drafts', 'annex-1.md'))
    const listed = await bounded(() => workspace.backups(ref))
    expect(listed.ok ? listed.value : []).toEqual([])
    expect(readdirSync(s.outside).length).toBeGreaterThan(10)
  })
})
