// Saving a file so that the file on disk is always one complete version: the new bytes go to a temporary file in
// the same folder (same file system, so the rename is atomic), are flushed to the disk, and only then renamed over
// the old file. A crash, a kill or a power cut at any moment leaves either the old version or the new one.
import {createHash, createHmac, randomBytes, timingSafeEqual} from 'node:crypto'
import {lstat, open, rename, rm} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

/** Every temporary file of the store ends with this, so recovery can find them and listings skip them. */
export const tempSuffix = '.synoptic-tmp'

/**
 * `.<file>.<first 16 hex of the content's SHA-256>.<tag>.synoptic-tmp`. The hash in the name lets recovery tell a
 * complete temporary file (its content hashes to the name) from one cut off in the middle of writing. The tag is 6
 * random hex digits, followed, when the workspace's key is given, by 10 hex digits of an HMAC with that key: the
 * record that lets recovery delete a leftover in `.synoptic/` knowing the app wrote it (a look-alike file planted
 * there, by a cloned repository say, has no valid tag and is left alone).
 */
export const tempPattern = /^\.(.+)\.([0-9a-f]{16})\.([0-9a-f]{6}(?:[0-9a-f]{10})?)\.synoptic-tmp$/u

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function macOf(key: Uint8Array, file: string, digest: string, nonce: string): string {
  return createHmac('sha256', key).update(`${file}\0${digest}\0${nonce}`).digest('hex').slice(0, 10)
}

/** The temporary file name a save of `target` with these bytes uses; signed when the workspace's key is given. */
export function tempNameFor(target: string, bytes: Uint8Array, key?: Uint8Array): string {
  const file = basename(target)
  const digest = sha256Hex(bytes).slice(0, 16)
  const nonce = randomBytes(3).toString('hex')
  return `.${file}.${digest}.${nonce}${key ? macOf(key, file, digest, nonce) : ''}${tempSuffix}`
}

/** True when `name` is a temporary file this workspace's app wrote (its tag checks with the key). */
export function isOwnTemp(name: string, key: Uint8Array | undefined): boolean {
  const match = tempPattern.exec(name)
  if (!key || !match?.[1] || !match[2] || match[3]?.length !== 16) return false
  const expected = Buffer.from(macOf(key, match[1], match[2], match[3].slice(0, 6)))
  const given = Buffer.from(match[3].slice(6))
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export interface AtomicWriteOptions {
  /** The workspace's key, to sign the temporary file's name (see tempPattern). */
  key?: Uint8Array | undefined
}

/**
 * Writes `data` to `target` atomically. Throws the file system's error (ENOSPC, EROFS, …) after removing the
 * temporary file; the previous content of `target` is then untouched. The temporary file is created exclusively
 * (never through an existing name or link), and the rename replaces `target` itself, never what a link points to.
 * The caller has checked the folder (see rooted-files/).
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const folder = dirname(target)
  const temp = join(folder, tempNameFor(target, bytes, options.key))
  // Keep the permissions of the file being replaced (a shared folder may rely on them); a link's are not its own.
  const mode = await lstat(target).then((s) => (s.isFile() ? s.mode & 0o777 : 0o644), () => 0o644)
  let handle: Awaited<ReturnType<typeof open>> | undefined
  try {
    handle = await open(temp, 'wx', mode)
    await handle.writeFile(bytes)
    // The flush: without it a power cut after the rename can leave an empty file under the new name.
    await handle.sync()
    await handle.close()
    handle = undefined
    await rename(temp, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await rm(temp, {force: true}).catch(() => undefined)
    throw error
  }
  await syncFolder(folder)
}

/** Flushes a folder's entries so a rename survives a power cut. Some systems (Windows) cannot; that is fine. */
export async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch {
    // Not supported here: the rename is still atomic, only its durability across a power cut is weaker.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}
