// A child process saves a 2 MB draft over and over (autosave); the test kills it with SIGKILL, mostly while a
// temporary file shows a save is under way. Whenever the file is read — during the stream of saves, right after
// the kill, and after the next start's recovery — it must be one complete version.
import {spawn, type ChildProcess} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {openWorkspace, tempPattern} from '../../electron/workspace/index.ts'
import {versionOf} from './fixtures/versions.ts'

const base = mkdtempSync(join(tmpdir(), 'synoptic-crash-'))
const loop = resolve(import.meta.dirname, 'fixtures', 'save-loop.ts')
afterAll(() => rmSync(base, {recursive: true, force: true}))

/** Starts the saving child and resolves once it has saved `warmUp` versions. */
function startSaving(root: string, first: number, warmUp: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', loop, root, String(2_000_000), String(first)], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  return new Promise((done, fail) => {
    let saved = 0
    child.stdout?.on('data', (chunk: Buffer) => {
      saved += chunk.toString().split('\n').filter((l) => l.startsWith('saved ')).length
      if (saved >= warmUp) done(child)
    })
    child.on('exit', (code) => fail(new Error(`the saving child stopped early (${code}): ${errors}`)))
  })
}

/** Links to the parent and to a sibling folder, planted in every folder of .synoptic/ the store uses. */
function plantLinks(root: string, outside: string): void {
  mkdirSync(join(outside, 'notes'), {recursive: true})
  writeFileSync(join(outside, 'letter.md'), 'kept outside\n')
  writeFileSync(join(outside, '2020-01-01T00-00-00-000Z.md'), 'looks like a backup\n')
  for (const folder of ['.synoptic/backups/drafts/annex-1.md', '.synoptic/recovered/drafts']) mkdirSync(join(root, folder), {recursive: true})
  symlinkSync('..', join(root, '.synoptic', 'backups', 'up'))
  symlinkSync('..', join(root, '.synoptic', 'backups', 'up2'))
  symlinkSync(outside, join(root, '.synoptic', 'backups', 'instruments'))
  symlinkSync(outside, join(root, '.synoptic', 'backups', 'drafts', 'other.md'))
  symlinkSync(outside, join(root, '.synoptic', 'backups', 'drafts', 'annex-1.md', 'elsewhere'))
  symlinkSync(join(outside, 'letter.md'), join(root, '.synoptic', 'backups', 'drafts', 'annex-1.md', '2019-01-01T00-00-00-000Z.md'))
  symlinkSync(outside, join(root, '.synoptic', 'recovered', 'drafts', 'elsewhere'))
  symlinkSync(join(outside, 'letter.md'), join(root, '.synoptic', 'recovered', 'drafts', '.letter.md.0123456789abcdef.a1b2c3.synoptic-tmp'))
}

/** Every name under a folder with its bytes, not following links. */
function snapshot(dir: string): Array<string> {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .map((e) => `${join(e.parentPath, e.name)} ${e.isFile() ? readFileSync(join(e.parentPath, e.name), 'utf8') : e.isSymbolicLink() ? 'link' : 'folder'}`)
    .sort()
}

describe.each([
  ['a plain workspace', false],
  ['links to the parent and to a sibling folder planted in .synoptic/', true]
])('a save interrupted by a kill, in %s', (_name, planted) => {
  it('leaves the file a complete version every time, and the next start settles the leftover', async () => {
    const root = mkdtempSync(join(base, 'workspace-'))
    const outside = mkdtempSync(join(base, 'outside-'))
    const drafts = join(root, 'drafts')
    const target = join(drafts, 'annex-1.md')
    const readVersion = () => versionOf(readFileSync(target, 'utf8'))
    const leftovers = () => readdirSync(drafts).filter((n) => tempPattern.test(n))
    if (planted) plantLinks(root, outside)
    const outsideBefore = snapshot(outside)
    const rounds = 8
    let midSave = 0
    let reads = 0
    let restored = 0
    let setAside = 0
    let last = 0
    for (let round = 0; round < rounds; round++) {
      const child = await startSaving(root, last + 1, 2)
      child.removeAllListeners('exit')
      const exited = new Promise((done) => child.on('exit', done))
      // Read the file while saves stream in, then kill the child: in most rounds the moment a temporary
      // file exists (a save is under way), in the others at a random moment.
      const deadline = Date.now() + 20 + Math.random() * 200
      const waitForTemp = round % 4 !== 3
      for (;;) {
        expect(readVersion()).toBeGreaterThan(last)
        reads++
        if (waitForTemp ? leftovers().length > 0 || Date.now() > deadline + 2_000 : Date.now() > deadline) break
      }
      child.kill('SIGKILL')
      await exited

      const leftBehind = leftovers()
      if (leftBehind.length > 0) midSave++
      const before = readVersion()
      expect(before).toBeGreaterThan(last)

      const {recovered} = await openWorkspace(root)
      expect(recovered).toHaveLength(leftBehind.length)
      expect(leftovers()).toEqual([])
      const after = readVersion()
      for (const note of recovered) {
        expect(note.file).toBe('drafts/annex-1.md')
        if (note.action === 'restored') {
          restored++
          // The interrupted save had written everything: its version, the next one, is now the file.
          expect(after).toBe(before + 1)
        } else {
          expect(note.action).toBe('set-aside')
          setAside++
          expect(after).toBe(before)
          expect(note.keptAs).toMatch(/^\.synoptic\/recovered\/drafts\/annex-1\.incomplete-/u)
        }
      }
      if (recovered.length === 0) expect(after).toBe(before)
      last = after
    }
    expect(snapshot(outside)).toEqual(outsideBefore)
    console.log(`${planted ? 'links planted: ' : ''}${rounds} kills, ${midSave} in the middle of a save (${restored} restored, ${setAside} set aside), ${reads} reads, all complete versions`)
    // The test is only worth something if kills did land mid-save.
    expect(midSave).toBeGreaterThanOrEqual(3)
  }, 300_000)
})
