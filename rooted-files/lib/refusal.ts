// Why a file-system operation inside a root was refused, in words a drafter can act on.
import type {Stats} from 'node:fs'

export type RefusalReason = 'link' | 'not-regular' | 'not-folder' | 'outside' | 'too-large' | 'too-many' | 'not-utf8' | 'not-found'

/** A refusal of the safe operations: `shown` is the path relative to the root, as messages name it. */
export class FileRefusal extends Error {
  override name = 'FileRefusal'
  constructor(
    readonly reason: RefusalReason,
    readonly shown: string,
    message: string,
    /** Line and column, for a file that is not UTF-8. */
    readonly place?: {line: number; column: number}
  ) {
    super(message)
  }
}

export type EntryKind = 'file' | 'folder' | 'link' | 'fifo' | 'socket' | 'device' | 'other'

/** What lstat (or a directory entry) says a name is, without following a link. */
export function kindOf(info: Pick<Stats, 'isFile' | 'isDirectory' | 'isSymbolicLink' | 'isFIFO' | 'isSocket' | 'isBlockDevice' | 'isCharacterDevice'>): EntryKind {
  if (info.isSymbolicLink()) return 'link'
  if (info.isFile()) return 'file'
  if (info.isDirectory()) return 'folder'
  if (info.isFIFO()) return 'fifo'
  if (info.isSocket()) return 'socket'
  if (info.isBlockDevice() || info.isCharacterDevice()) return 'device'
  return 'other'
}

const kindWords: Record<EntryKind, string> = {
  file: 'a file',
  folder: 'a folder',
  link: 'a link',
  fifo: 'a named pipe (FIFO)',
  socket: 'a socket',
  device: 'a device',
  other: 'a special file'
}

/** `a named pipe (FIFO)`: the kind in words. */
export function describeKind(kind: EntryKind): string {
  return kindWords[kind]
}

/** The refusal of a name that is not the kind expected: links are never followed, special files never opened. */
export function refusalOfKind(kind: EntryKind, shown: string, expected: 'file' | 'folder'): FileRefusal {
  if (kind === 'link') {
    return new FileRefusal('link', shown, `${shown} is a link; the app does not follow links in its folders, so it was left as it is.`)
  }
  if (expected === 'folder') return new FileRefusal('not-folder', shown, `${shown} is ${describeKind(kind)}, not a folder.`)
  return new FileRefusal('not-regular', shown, `${shown} is ${describeKind(kind)}, not a file; the app reads and writes only plain files.`)
}

/** The errno code of a Node file-system error, if it is one. */
export function errnoOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

/** `8.0 MB`: sizes in messages. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`
}
