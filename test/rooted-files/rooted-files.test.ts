// The safe operations inside a root, one by one: what each refuses, and that the limits hold.
import {execFileSync} from 'node:child_process'
import {appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {
  decodeUtf8, ensureFolderInside, firstInvalidUtf8, listInside, readFileBounded, readFileInside, removeFileInside, renameInside, walkInside
} from '../../rooted-files/index.ts'

const made: Array<string> = []
function root(): string {
  const dir = mkdtempSync(join(tmpdir(), 'synoptic-rooted-'))
  made.push(dir)
  mkdirSync(join(dir, 'inside', 'a'), {recursive: true})
  mkdirSync(join(dir, 'outside'))
  writeFileSync(join(dir, 'outside', 'secret.md'), 'secret\n')
  writeFileSync(join(dir, 'inside', 'a', 'doc.md'), 'doc\n')
  return dir
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true})
})

describe('paths inside a root', () => {
  it('refuses a link anywhere on the way, for reading, writing folders, deleting and renaming', async () => {
    const base = root()
    const inside = join(base, 'inside')
    symlinkSync(join(base, 'outside'), join(inside, 'linked'))
    await expect(readFileInside(inside, 'linked/secret.md', 1000)).rejects.toMatchObject({reason: 'link', message: expect.stringMatching(/^linked is a link/u)})
    await expect(ensureFolderInside(inside, 'linked/new')).rejects.toMatchObject({reason: 'link'})
    await expect(removeFileInside(inside, 'linked/secret.md')).rejects.toMatchObject({reason: 'link'})
    await expect(renameInside(inside, 'a/doc.md', 'linked/doc.md')).rejects.toMatchObject({reason: 'link'})
    expect(existsSync(join(base, 'outside', 'secret.md'))).toBe(true)
    expect(existsSync(join(base, 'outside', 'new'))).toBe(false)
    symlinkSync(join(base, 'outside', 'secret.md'), join(inside, 'a', 'to-secret.md'))
    await expect(removeFileInside(inside, 'a/to-secret.md')).rejects.toMatchObject({reason: 'link'})
    await expect(readFileInside(inside, 'a/to-secret.md', 1000)).rejects.toMatchObject({reason: 'link'})
  })

  it('refuses .., empty and absolute components', async () => {
    const inside = join(root(), 'inside')
    for (const relative of ['../outside/secret.md', 'a/../../outside/secret.md', '/etc/passwd', 'a//doc.md', './a/doc.md']) {
      await expect(readFileInside(inside, relative, 1000), relative).rejects.toMatchObject({reason: 'outside'})
    }
  })
})

describe('bounded reads', () => {
  it('refuses a FIFO before opening it, and a file over the limit before reading it', async () => {
    const inside = join(root(), 'inside')
    execFileSync('mkfifo', [join(inside, 'a', 'pipe.md')])
    await expect(readFileInside(inside, 'a/pipe.md', 1000)).rejects.toMatchObject({reason: 'not-regular', message: 'a/pipe.md is a named pipe (FIFO), not a file; the app reads and writes only plain files.'})
    writeFileSync(join(inside, 'a', 'big.md'), 'x'.repeat(2000))
    await expect(readFileInside(inside, 'a/big.md', 1000)).rejects.toMatchObject({reason: 'too-large'})
    expect((await readFileInside(inside, 'a/big.md', 2000)).bytes.length).toBe(2000)
    appendFileSync(join(inside, 'a', 'big.md'), 'y')
    await expect(readFileBounded(join(inside, 'a', 'big.md'), 'big.md', 2000)).rejects.toMatchObject({reason: 'too-large'})
  })
})

describe('bounded walks', () => {
  it('skips links and special files, and stops at the depth and the count', async () => {
    const inside = join(root(), 'inside')
    symlinkSync('..', join(inside, 'a', 'loop'))
    symlinkSync('/usr/share/doc', join(inside, 'docs'))
    mkdirSync(join(inside, 'a', 'b', 'c'), {recursive: true})
    writeFileSync(join(inside, 'a', 'b', 'c', 'deep.md'), 'deep\n')
    const walk = await walkInside(inside, '', {maxDepth: 2, maxEntries: 100})
    expect(walk.files).toEqual(['a/doc.md'])
    expect(walk.skipped.map((s) => `${s.path} ${s.kind}`).sort()).toEqual(['a/b/c folder', 'a/loop link', 'docs link'])
    for (let n = 0; n < 30; n++) writeFileSync(join(inside, `f${n}.md`), '')
    await expect(walkInside(inside, '', {maxDepth: 8, maxEntries: 20})).rejects.toMatchObject({reason: 'too-many'})
    await expect(listInside(inside, '', 10)).rejects.toMatchObject({reason: 'too-many'})
  })
})

describe('one rule for text that is not UTF-8', () => {
  it('names the line and column of the first bad byte, counting characters', () => {
    expect(firstInvalidUtf8(Buffer.from('ok\nກົດ ok'))).toBeUndefined()
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x0a, 0xe0, 0xba, 0x81, 0x62, 0xe9, 0x63]))).toMatchObject({line: 2, column: 3, byte: 0xe9})
    // Overlong forms and surrogates are not UTF-8 either.
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toMatchObject({line: 1, column: 1, byte: 0xc0})
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toMatchObject({line: 1, column: 2, byte: 0xed})
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toMatchObject({line: 1, column: 2, byte: 0xe2})
    expect(() => decodeUtf8(Buffer.from('Le d\u00e9cret', 'latin1'), 'x.md')).toThrow(/^x\.md:1:5: error: this file is not UTF-8 text \(byte 0xE9/u)
  })
})
