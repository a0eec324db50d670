// A full disk and a read-only folder, made real with tmpfs mounts (see fixtures/mounts.ts): the save fails with a
// sentence a drafter can act on, and the previous version stays on disk, whole.
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {explainSaveError, openWorkspace, WorkspaceError} from '../../electron/workspace/index.ts'
import {mountSmallDisk, type SmallDisk} from './fixtures/mounts.ts'
import {versionOf, versionText} from './fixtures/versions.ts'

const ref = {kind: 'draft', file: 'annex-1.md'} as const
const mounted: Array<SmallDisk> = []
afterEach(() => {
  for (const disk of mounted.splice(0)) disk.unmount()
})

function smallDisk(size: string): SmallDisk | undefined {
  const disk = mountSmallDisk(size)
  if (typeof disk === 'string') {
    console.log(`skipped: ${disk}`)
    return undefined
  }
  mounted.push(disk)
  return disk
}

describe.skipIf(process.platform !== 'linux')('saving when the disk refuses', () => {
  it('a full disk gives a clear error and keeps the previous version', async (context) => {
    const disk = smallDisk('96k')
    if (!disk) return context.skip()
    const root = join(disk.dir, 'workspace')
    const {workspace} = await openWorkspace(root, {create: true})
    const first = await workspace.save(ref, versionText(1, 8_000), {expected: null, overwrite: false})
    if (first.status !== 'saved') throw new Error('first save failed')

    // A version larger than the space left: its temporary file cannot be written.
    const error = await workspace.save(ref, versionText(2, 200_000), {expected: first.version, overwrite: false}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WorkspaceError)
    expect((error as WorkspaceError).code).toBe('disk-full')
    expect((error as WorkspaceError).message).toBe(
      'The disk is full: drafts/annex-1.md was not saved. The previous version on disk is unchanged. Free some space, then save again.'
    )
    expect(versionOf(readFileSync(join(root, 'drafts', 'annex-1.md'), 'utf8'))).toBe(1)
    expect(readdirSync(join(root, 'drafts'))).toEqual(['annex-1.md'])

    // Fill what is left: now even a small edit (and the backup taken before it) cannot be written.
    const filler = join(disk.dir, 'filler')
    try {
      writeFileSync(filler, Buffer.alloc(1024 * 1024))
    } catch {
      // ENOSPC is the point: the filler took what it could.
    }
    const small = await workspace.save(ref, versionText(3, 8_500), {expected: first.version, overwrite: false}).catch((e: unknown) => e)
    expect((small as WorkspaceError).code).toBe('disk-full')
    expect(versionOf(readFileSync(join(root, 'drafts', 'annex-1.md'), 'utf8'))).toBe(1)
    expect(readdirSync(join(root, 'drafts'))).toEqual(['annex-1.md'])

    // Space freed: the same save goes through, based on the version still on disk.
    rmSync(filler)
    const retried = await workspace.save(ref, versionText(3, 8_500), {expected: first.version, overwrite: false})
    expect(retried.status).toBe('saved')
    expect(versionOf(readFileSync(join(root, 'drafts', 'annex-1.md'), 'utf8'))).toBe(3)
  })

  it('a read-only folder opens, reads, and refuses to save with a clear error', async (context) => {
    const disk = smallDisk('1m')
    if (!disk) return context.skip()
    const root = join(disk.dir, 'workspace')
    const before = await openWorkspace(root, {create: true})
    await before.workspace.save(ref, versionText(1, 4_000), {expected: null, overwrite: false})
    disk.readOnly()

    const {workspace, recovered} = await openWorkspace(root)
    expect(recovered).toEqual([])
    const read = await workspace.read(ref)
    expect(versionOf(read.text)).toBe(1)
    const error = await workspace.save(ref, versionText(2, 4_000), {expected: read.version, overwrite: false}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WorkspaceError)
    expect((error as WorkspaceError).code).toBe('read-only')
    expect((error as WorkspaceError).message).toMatch(
      new RegExp(`^The folder ${join(root, 'drafts')} is read-only \\(EROFS\\): drafts/annex-1\\.md was not saved\\. The previous version on disk is unchanged\\.`, 'u')
    )
    expect(versionOf(readFileSync(join(root, 'drafts', 'annex-1.md'), 'utf8'))).toBe(1)
  })
})

describe('explaining a save failure', () => {
  it('tells a locked file (open in another program) from a read-only folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'synoptic-locked-'))
    try {
      for (const code of ['EBUSY', 'EPERM', 'EACCES']) {
        const error = await explainSaveError(Object.assign(new Error(code), {code}), 'drafts/annex-1.md', folder)
        expect(error.code).toBe('failed')
        expect(error.message).toBe(
          `drafts/annex-1.md could not be replaced (${code}): it may be open in another program, or protected. The previous version on disk is unchanged. Close it there, then save again.`
        )
      }
      const full = await explainSaveError(Object.assign(new Error('ENOSPC'), {code: 'ENOSPC'}), 'drafts/annex-1.md', folder)
      expect(full.code).toBe('disk-full')
      const gone = await explainSaveError(Object.assign(new Error('ENOENT'), {code: 'ENOENT'}), 'drafts/annex-1.md', join(folder, 'gone'))
      expect(gone.code).toBe('not-found')
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})
