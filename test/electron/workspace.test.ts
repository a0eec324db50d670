import {lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {openWorkspace, sha256Hex, tempNameFor, tempPattern, WorkspaceError} from '../../electron/workspace/index.ts'
import {draft} from './fixtures/draft.ts'


const ref = {kind: 'draft', file: 'annex-1.md'} as const
const folders: Array<string> = []
function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'synoptic-ws-'))
  folders.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, {recursive: true, force: true})
})

/** Files of a folder, the store's temporary files included. */
const filesIn = (dir: string) => readdirSync(dir).sort()

describe('workspace store', () => {
  it('creates the default folder, saves a new draft, reads it back and lists it', async () => {
    const root = join(tempFolder(), 'Synoptic workspace')
    const {workspace, recovered} = await openWorkspace(root, {create: true})
    expect(recovered).toEqual([])
    expect(filesIn(root)).toEqual(['.synoptic', 'comparisons', 'drafts', 'instruments'])

    const saved = await workspace.save(ref, draft, {expected: null, overwrite: false})
    expect(saved.status).toBe('saved')
    expect(readFileSync(join(root, 'drafts', 'annex-1.md'), 'utf8')).toBe(draft)

    const read = await workspace.read(ref)
    expect(read.text).toBe(draft)
    expect(read.messages).toEqual([])
    expect(read.version.sha256).toBe(sha256Hex(Buffer.from(draft)))
    if (saved.status === 'saved') expect(read.version).toEqual(saved.version)

    const list = await workspace.list()
    expect(list).toEqual([{ref, version: read.version, id: 'annex-1', title: 'Draft amendments to the Law on Social Security'}])
    // Nothing but the document is left in its folder: no temporary files.
    expect(filesIn(join(root, 'drafts'))).toEqual(['annex-1.md'])
  })

  it('refuses a chosen folder that does not exist instead of creating it', async () => {
    const missing = join(tempFolder(), 'gone')
    await expect(openWorkspace(missing)).rejects.toMatchObject({code: 'not-found'})
  })

  it('never overwrites a file someone else changed: the drafter gets the disk text and chooses', async () => {
    const root = tempFolder()
    const {workspace} = await openWorkspace(root)
    const first = await workspace.save(ref, draft, {expected: null, overwrite: false})
    if (first.status !== 'saved') throw new Error('first save failed')

    // Someone edits the file in another editor (or git pulls a change).
    const theirs = draft.replace('Regular inspections', 'Routine inspections')
    writeFileSync(join(root, 'drafts', 'annex-1.md'), theirs)
    const mine = draft.replace('without prior notice', 'without previous notice')

    const conflict = await workspace.save(ref, mine, {expected: first.version, overwrite: false})
    expect(conflict.status).toBe('conflict')
    if (conflict.status !== 'conflict') return
    expect(conflict.disk?.text).toBe(theirs)
    expect(readFileSync(join(root, 'drafts', 'annex-1.md'), 'utf8')).toBe(theirs)

    // The drafter chooses to keep theirs and reapply: a save based on the disk version goes through.
    // Or to keep mine: overwrite, and their version survives as a backup.
    const kept = await workspace.save(ref, mine, {expected: first.version, overwrite: true})
    expect(kept.status).toBe('saved')
    expect(readFileSync(join(root, 'drafts', 'annex-1.md'), 'utf8')).toBe(mine)
    const backups = await workspace.backups(ref)
    expect(backups.map((b) => readFileSync(join(root, b), 'utf8'))).toContain(theirs)
  })

  it('treats a file created or deleted behind its back as a conflict too', async () => {
    const root = tempFolder()
    const {workspace} = await openWorkspace(root)
    writeFileSync(join(root, 'drafts', 'annex-1.md'), 'theirs\n')
    const created = await workspace.save(ref, draft, {expected: null, overwrite: false})
    expect(created).toMatchObject({status: 'conflict', disk: {text: 'theirs\n'}})

    const read = await workspace.read(ref)
    rmSync(join(root, 'drafts', 'annex-1.md'))
    const deleted = await workspace.save(ref, draft, {expected: read.version, overwrite: false})
    expect(deleted).toEqual({status: 'conflict', disk: null})
  })

  it('notices a change that keeps size and modification time, because the hash decides', async () => {
    const root = tempFolder()
    const {workspace} = await openWorkspace(root)
    const first = await workspace.save(ref, draft, {expected: null, overwrite: false})
    if (first.status !== 'saved') throw new Error('first save failed')
    const path = join(root, 'drafts', 'annex-1.md')
    const {atime, mtime} = statSync(path)
    writeFileSync(path, draft.replace('Regular', 'Routine'))
    utimesSync(path, atime, mtime)
    const second = await workspace.save(ref, draft + '\nMore.\n', {expected: first.version, overwrite: false})
    expect(second.status).toBe('conflict')
  })

  it('opens a file that does not parse as errors naming file, line and column, with its text intact', async () => {
    const root = tempFolder()
    const {workspace} = await openWorkspace(root)
    const broken = draft.replace('kind: draft', 'kind: drat')
    writeFileSync(join(root, 'drafts', 'broken.md'), broken)
    const read = await workspace.read({kind: 'draft', file: 'broken.md'})
    expect(read.text).toBe(broken)
    const error = read.messages.find((m) => m.severity === 'error')
    expect(error).toMatchObject({file: 'drafts/broken.md', line: 4, column: 7})
    // The list reads only front matter: this one has an id and title; its errors come with reading it.
    expect((await workspace.list()).find((d) => d.ref.file === 'broken.md')).toMatchObject({id: 'annex-1'})
    // Reading never writes.
    expect(readFileSync(join(root, 'drafts', 'broken.md'), 'utf8')).toBe(broken)
  })

  it('lists every document with what it is at a glance, reading only the front matter', async () => {
    const root = tempFolder()
    const {workspace} = await openWorkspace(root)
    writeFileSync(join(root, 'drafts', 'annex-1.md'), draft)
    writeFileSync(join(root, 'drafts', 'notes.md'), '# Meeting notes\n\nNo front matter here.\n')
    writeFileSync(join(root, 'drafts', 'unclosed.md'), '---\nid: x\ntitle: [unclosed\n---\n')
    writeFileSync(join(root, 'instruments', 'legacy.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]))
    writeFileSync(join(root, 'instruments', 'readme.txt'), 'not a document')
    writeFileSync(join(root, 'instruments', '.annex-1.md.0123456789abcdef.a1b2c3.synoptic-tmp'), 'leftover')
    const listed = await workspace.list()
    expect(listed.map((d) => ({file: `${d.ref.kind}/${d.ref.file}`, id: d.id, problem: d.problem}))).toEqual([
      {file: 'draft/annex-1.md', id: 'annex-1', problem: undefined},
      {file: 'draft/notes.md', id: undefined, problem: expect.stringMatching(/^no front matter/u)},
      {file: 'draft/unclosed.md', id: undefined, problem: 'the front matter is not valid YAML'},
      {file: 'instrument/legacy.md', id: undefined, problem: 'not UTF-8 text'}
    ])
  })

  it('refuses to open a file that is not UTF-8, naming the place, and leaves it as it is', async () => {
    const root = tempFolder()
    const {workspace} = await openWorkspace(root)
    const bytes = Buffer.concat([Buffer.from('---\nid: x\ntitle: Lao '), Buffer.from([0xe0, 0xba]), Buffer.from('\n---\n')])
    writeFileSync(join(root, 'instruments', 'legacy.md'), bytes)
    const error = await workspace.read({kind: 'instrument', file: 'legacy.md'}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WorkspaceError)
    expect((error as WorkspaceError).code).toBe('not-text')
    expect((error as WorkspaceError).message).toMatch(/^instruments\/legacy\.md:3:12: error: /u)
    expect(readFileSync(join(root, 'instruments', 'legacy.md')).equals(bytes)).toBe(true)
  })

  it('neither reads nor saves a document that links outside the workspace', async () => {
    const root = tempFolder()
    const outside = join(tempFolder(), 'private.md')
    writeFileSync(outside, 'not for the workspace\n')
    const {workspace} = await openWorkspace(root)
    symlinkSync(outside, join(root, 'drafts', 'linked.md'))
    const linked = {kind: 'draft', file: 'linked.md'} as const
    await expect(workspace.read(linked)).rejects.toMatchObject({code: 'invalid-request', message: expect.stringMatching(/^drafts\/linked\.md is a link; the app does not follow links/u)})
    expect((await workspace.list()).find((d) => d.ref.file === 'linked.md')?.problem).toBe('a link (the app opens only plain files, not links)')
    await expect(workspace.save(linked, draft, {expected: null, overwrite: true})).rejects.toMatchObject({code: 'invalid-request'})
    await expect(workspace.save(linked, draft, {expected: null, overwrite: false})).rejects.toMatchObject({code: 'invalid-request'})
    expect(readFileSync(outside, 'utf8')).toBe('not for the workspace\n')
    expect(lstatSync(join(root, 'drafts', 'linked.md')).isSymbolicLink()).toBe(true)
    // Nothing of it was copied into the backups.
    expect(readdirSync(join(root, '.synoptic')).sort()).toEqual(['.gitignore', 'key'])
    // A link to a file inside the workspace is refused too (workspace-hostile.test.ts): its target can change
    // between the check and the read, and a save would replace the link, not the file it seemed to be.
  })

  it('brings back a deleted drafts folder on save, and says so when the whole workspace folder is gone', async () => {
    const root = tempFolder()
    const {workspace} = await openWorkspace(root)
    rmSync(join(root, 'drafts'), {recursive: true})
    expect((await workspace.save(ref, draft, {expected: null, overwrite: false})).status).toBe('saved')
    rmSync(root, {recursive: true})
    const error = await workspace.save(ref, draft + 'x', {expected: null, overwrite: true}).catch((e: unknown) => e)
    expect(error).toMatchObject({code: 'not-found', message: expect.stringMatching(/is not there any more \(was a drive removed\?\): drafts\/annex-1\.md was not saved/u)})
  })

  it('refuses names that would lead outside the workspace', async () => {
    const {workspace} = await openWorkspace(tempFolder())
    for (const file of ['../escape.md', '..\\escape.md', '/etc/passwd.md', '.annex-1.md', 'a/b.md', 'notes.txt', 'x\u0000.md']) {
      await expect(workspace.read({kind: 'draft', file})).rejects.toMatchObject({code: 'invalid-request'})
      await expect(workspace.save({kind: 'draft', file}, 'x', {expected: null, overwrite: false})).rejects.toMatchObject({code: 'invalid-request'})
    }
  })

  it('keeps earlier versions as backups, one per interval, the newest ten', async () => {
    const root = tempFolder()
    let clock = Date.parse('2025-11-28T09:00:00Z')
    const {workspace} = await openWorkspace(root, {backupInterval: 60_000, backupsToKeep: 3, now: () => new Date(clock)})
    let version = null
    for (let n = 1; n <= 30; n++) {
      const result = await workspace.save(ref, `${draft}\nEdit ${n}.\n`, {expected: version, overwrite: false})
      if (result.status !== 'saved') throw new Error(`save ${n} failed`)
      version = result.version
      clock += 20_000 // an autosave every 20 seconds
    }
    const backups = await workspace.backups(ref)
    expect(backups).toHaveLength(3)
    // The newest backups are a minute apart: edits 28, 25 and 22 were on disk when one came due.
    const texts = backups.map((b) => readFileSync(join(root, b), 'utf8').trim().split('\n').pop())
    expect(texts).toEqual(['Edit 28.', 'Edit 25.', 'Edit 22.'])
  })

  it('serialises saves of one file, so concurrent saves end with the last one', async () => {
    const root = tempFolder()
    const {workspace} = await openWorkspace(root)
    const results = await Promise.all(
      Array.from({length: 20}, (_, n) => workspace.save(ref, `${draft}\n${n}\n`, {expected: null, overwrite: true}))
    )
    expect(results.every((r) => r.status === 'saved')).toBe(true)
    expect(readFileSync(join(root, 'drafts', 'annex-1.md'), 'utf8')).toBe(`${draft}\n19\n`)
    expect(filesIn(join(root, 'drafts'))).toEqual(['annex-1.md'])
  })
})

describe('watching for changes made by someone else', () => {
  it('reports another program changing, creating and deleting documents, and not the app own saves', async () => {
    const root = tempFolder()
    const {workspace} = await openWorkspace(root)
    const seen: Array<Array<{file: string; deleted: boolean}>> = []
    const stop = workspace.watch((changes) => seen.push(changes.map((c) => ({file: `${c.ref.kind}/${c.ref.file}`, deleted: c.version === null}))), 100)
    const settle = () => new Promise((done) => setTimeout(done, 400))
    try {
      const saved = await workspace.save(ref, draft, {expected: null, overwrite: false})
      await settle()
      expect(seen).toEqual([])

      writeFileSync(join(root, 'drafts', 'annex-1.md'), draft.replace('Regular', 'Routine'))
      writeFileSync(join(root, 'instruments', 'c081.md'), '---\nid: c081\n---\n')
      writeFileSync(join(root, 'drafts', 'notes.txt'), 'not a document')
      await settle()
      expect(seen).toEqual([[{file: 'draft/annex-1.md', deleted: false}, {file: 'instrument/c081.md', deleted: false}]])

      // The app's save over the change (the drafter chose to keep theirs) is not reported back.
      if (saved.status === 'saved') await workspace.save(ref, draft + '\nMore.\n', {expected: saved.version, overwrite: true})
      await settle()
      expect(seen).toHaveLength(1)

      rmSync(join(root, 'instruments', 'c081.md'))
      await settle()
      expect(seen[1]).toEqual([{file: 'instrument/c081.md', deleted: true}])
    } finally {
      stop()
    }
  })
})

describe('recovery of interrupted saves', () => {
  /** Leaves a temporary file as a save cut short would: complete (`bytes` whole) or torn (`keep` bytes). */
  function leaveTemp(root: string, text: string, options: {keep?: number; ageMs?: number} = {}): string {
    const bytes = Buffer.from(text)
    const name = tempNameFor(join(root, 'drafts', 'annex-1.md'), bytes)
    const path = join(root, 'drafts', name)
    writeFileSync(path, options.keep === undefined ? bytes : bytes.subarray(0, options.keep))
    if (options.ageMs) {
      const when = new Date(Date.now() - options.ageMs)
      utimesSync(path, when, when)
    }
    return name
  }

  async function workspaceWith(text: string, ageMs = 60_000): Promise<string> {
    const root = tempFolder()
    const {workspace} = await openWorkspace(root)
    await workspace.save(ref, text, {expected: null, overwrite: false})
    const when = new Date(Date.now() - ageMs)
    utimesSync(join(root, 'drafts', 'annex-1.md'), when, when)
    return root
  }

  it('restores a complete version whose rename never happened, keeping the one it replaces', async () => {
    const root = await workspaceWith(draft)
    const newer = draft.replace('Regular', 'Routine')
    leaveTemp(root, newer)
    const {workspace, recovered} = await openWorkspace(root)
    expect(recovered).toHaveLength(1)
    expect(recovered[0]).toMatchObject({file: 'drafts/annex-1.md', action: 'restored'})
    expect(readFileSync(join(root, 'drafts', 'annex-1.md'), 'utf8')).toBe(newer)
    const backups = await workspace.backups(ref)
    expect(readFileSync(join(root, backups[0] ?? ''), 'utf8')).toBe(draft)
    expect(filesIn(join(root, 'drafts'))).toEqual(['annex-1.md'])
  })

  it('sets aside a torn version and keeps the last complete one, saying where the text went', async () => {
    const root = await workspaceWith(draft)
    const newer = draft + '\n3. Joint inspections with the labour inspectorate.\n'
    leaveTemp(root, newer, {keep: 200})
    const {recovered} = await openWorkspace(root)
    expect(recovered).toHaveLength(1)
    const note = recovered[0]
    expect(note).toMatchObject({file: 'drafts/annex-1.md', action: 'set-aside'})
    expect(note?.detail).toMatch(/cut off before it finished/u)
    expect(readFileSync(join(root, 'drafts', 'annex-1.md'), 'utf8')).toBe(draft)
    expect(readFileSync(join(root, note?.keptAs ?? ''), 'utf8')).toBe(newer.slice(0, 200))
    expect(filesIn(join(root, 'drafts'))).toEqual(['annex-1.md'])
  })

  it('does not let an interrupted save win over a change made on disk after it', async () => {
    const root = await workspaceWith(draft, 0)
    const interrupted = draft.replace('Regular', 'Routine')
    leaveTemp(root, interrupted, {ageMs: 120_000})
    const {recovered} = await openWorkspace(root)
    expect(recovered[0]).toMatchObject({action: 'set-aside'})
    expect(readFileSync(join(root, 'drafts', 'annex-1.md'), 'utf8')).toBe(draft)
    expect(readFileSync(join(root, recovered[0]?.keptAs ?? ''), 'utf8')).toBe(interrupted)
  })

  it('restores the first save of a new document and drops a leftover identical to the file', async () => {
    const root = tempFolder()
    await openWorkspace(root)
    leaveTemp(root, draft)
    const first = await openWorkspace(root)
    expect(first.recovered.map((n) => n.action)).toEqual(['restored'])
    leaveTemp(root, draft)
    const second = await openWorkspace(root)
    expect(second.recovered.map((n) => n.action)).toEqual(['discarded'])
    expect(filesIn(join(root, 'drafts'))).toEqual(['annex-1.md'])
    expect(readFileSync(join(root, 'drafts', 'annex-1.md'), 'utf8')).toBe(draft)
  })

  it('recognises leftovers by name only when they follow the pattern', () => {
    expect(tempPattern.test('.annex-1.md.0123456789abcdef.a1b2c3.synoptic-tmp')).toBe(true)
    expect(tempPattern.test('annex-1.md')).toBe(false)
    expect(tempPattern.test('.annex-1.md.xyz.synoptic-tmp')).toBe(false)
  })
})

describe('comparisons in the workspace', () => {
  it('lists, reads, saves and watches comparisons/*.yaml like drafts, and keeps other names out', async () => {
    const root = mkdtempSync(join(tmpdir(), 'synoptic-comparisons-'))
    try {
      const {workspace} = await openWorkspace(root, {create: true})
      const ref = {kind: 'comparison' as const, file: 'eritrea-c81.yaml'}
      const saved = await workspace.save(ref, 'title: Eritrea and C81\ntopics: []\n', {expected: null, overwrite: false})
      expect(saved.status).toBe('saved')
      writeFileSync(join(root, 'comparisons', 'broken.yaml'), 'title: x\n  - : [\n')
      writeFileSync(join(root, 'comparisons', 'notes.md'), '# not a comparison\n')
      const listed = await workspace.list()
      expect(listed.filter((d) => d.ref.kind === 'comparison').map((d) => [d.ref.file, d.title, d.problem])).toEqual([
        ['broken.yaml', undefined, undefined],
        ['eritrea-c81.yaml', 'Eritrea and C81', undefined]
      ])
      const broken = await workspace.read({kind: 'comparison', file: 'broken.yaml'})
      expect(broken.messages[0]).toMatchObject({file: 'comparisons/broken.yaml', severity: 'error', ruleId: 'yaml-syntax'})
      expect(() => workspace.pathOf({kind: 'comparison', file: 'notes.md'})).toThrow(/not a document name/u)
      expect(() => workspace.pathOf({kind: 'draft', file: 'x.yaml'})).toThrow(/not a document name/u)
      const changes: Array<unknown> = []
      const stop = workspace.watch((c) => changes.push(...c), 50)
      writeFileSync(join(root, 'comparisons', 'eritrea-c81.yaml'), 'title: Changed elsewhere\n')
      await expect.poll(() => changes.length, {timeout: 5000}).toBe(1)
      stop()
      expect(changes[0]).toMatchObject({ref})
    } finally {
      rmSync(root, {recursive: true, force: true})
    }
  })
})
