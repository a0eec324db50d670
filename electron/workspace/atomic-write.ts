// Saving a file so that the file on disk is always one complete version: the new bytes go to a temporary file in
// the same folder (same file system, so the rename is atomic), are flushed to the disk, and only then renamed over
// the old file. A crash, a kill or a power cut at any moment leaves either the old version or the new one.
import {createHash, randomBytes} from 'node:crypto'
import {open, rename, rm, stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

/** Every temporary file of the store ends with this, so recovery can find them and listings skip them. */
export const tempSuffix = '.synoptic-tmp'

/**
 * `.<file>.<first 16 hex of the content's SHA-256>.<6 random hex>.synoptic-tmp`. The hash in the name lets recovery
 * tell a complete temporary file (its content hashes to the name) from one cut off in the middle of writing.
 */
export const tempPattern = /^\.(.+)\.([0-9a-f]{16})\.([0-9a-f]{6})\.synoptic-tmp$/u

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The temporary file name a save of `target` with these bytes uses. */
export function tempNameFor(target: string, bytes: Uint8Array): string {
  return `.${basename(target)}.${sha256Hex(bytes).slice(0, 16)}.${randomBytes(3).toString('hex')}${tempSuffix}`
}

/**
 * Writes `data` to `target` atomically. Throws the file system's error (ENOSPC, EROFS, …) after removing the
 * temporary file; the previous content of `target` is then untouched.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const folder = dirname(target)
  const temp = join(folder, tempNameFor(target, bytes))
  // Keep the permissions of the file being replaced (a shared folder may rely on them).
  const mode = await stat(target).then((s) => s.mode & 0o777, () => 0o644)
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
