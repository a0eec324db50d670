// Reads with a byte limit taken before reading: the file is lstat'ed (a link or a FIFO is refused before any open),
// opened without following a link and without blocking (a FIFO swapped in meanwhile cannot hang the thread pool),
// then fstat'ed on the open descriptor, and at most the limit plus one byte is ever read.
import {constants, type Stats} from 'node:fs'
import {lstat, open} from 'node:fs/promises'
import {fileInside} from './paths.ts'
import {errnoOf, FileRefusal, formatMegabytes, kindOf, refusalOfKind} from './refusal.ts'

// O_NOFOLLOW and O_NONBLOCK do not exist on Windows, where there are no FIFOs in folders and links are rare.
const readFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

export interface FileBytes {
  bytes: Buffer
  /** fstat of the opened file: its size, times, mode. */
  info: Stats
}

function tooLarge(shown: string, size: number, maxBytes: number, what: string): FileRefusal {
  const limit = formatMegabytes(maxBytes).replace(/\.0 /u, ' ')
  return new FileRefusal('too-large', shown, `${shown} is ${formatMegabytes(size)}, more than the ${limit} ${what} may be; it was not opened.`)
}

/**
 * Reads a plain file at `path` (checked by the caller, or named by the user) with at most `maxBytes`. `shown` names
 * it in messages; `what` is what the limit is for ("a document").
 */
export async function readFileBounded(path: string, shown: string, maxBytes: number, what = 'a document'): Promise<FileBytes> {
  const before = await lstat(path).catch((error: unknown) => {
    if (errnoOf(error) === 'ENOENT') throw new FileRefusal('not-found', shown, `${shown} is not there (it was moved or deleted).`)
    throw error
  })
  if (kindOf(before) !== 'file') throw refusalOfKind(kindOf(before), shown, 'file')
  if (before.size > maxBytes) throw tooLarge(shown, before.size, maxBytes, what)
  const handle = await open(path, readFlags).catch((error: unknown) => {
    if (errnoOf(error) === 'ELOOP' || errnoOf(error) === 'EMLINK') throw refusalOfKind('link', shown, 'file')
    if (errnoOf(error) === 'ENOENT') throw new FileRefusal('not-found', shown, `${shown} is not there (it was moved or deleted).`)
    throw error
  })
  try {
    const info = await handle.stat()
    if (kindOf(info) !== 'file') throw refusalOfKind(kindOf(info), shown, 'file')
    if (info.size > maxBytes) throw tooLarge(shown, info.size, maxBytes, what)
    // The file may grow while it is read: read at most one byte past the limit, to notice.
    const chunks: Array<Buffer> = []
    let length = 0
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size - length, 0) + 1, maxBytes + 1 - length, 16 * 1048576))
      const {bytesRead} = await handle.read(chunk, 0, chunk.length, length)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      length += bytesRead
      if (length > maxBytes) throw tooLarge(shown, length, maxBytes, what)
    }
    return {bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, length), info}
  } finally {
    await handle.close().catch(() => undefined)
  }
}

/** Reads `relative` under `root`: no link on the way or at the end, a plain file, at most `maxBytes`. */
export async function readFileInside(root: string, relative: string, maxBytes: number, what?: string): Promise<FileBytes> {
  const {path, info} = await fileInside(root, relative)
  if (!info) throw new FileRefusal('not-found', relative, `${relative} is not there (it was moved or deleted).`)
  return readFileBounded(path, relative, maxBytes, what)
}
