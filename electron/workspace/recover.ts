// What an interrupted save leaves behind is a temporary file beside the document (see atomic-write.ts). On opening
// a workspace each one is settled, and the drafter is told what happened to it. Every path goes through
// rooted-files/: no link is followed, no special file opened. A leftover's text is never destroyed: it becomes the
// document, is set aside in .synoptic/recovered/, or is removed only when identical to the document. In the app's
// own folders (.synoptic/backups, .synoptic/recovered) a temporary file is deleted only when its signed name proves
// the app wrote it.
import {join} from 'node:path'
import {ensureFolderInside, FileRefusal, listInside, readFileInside, removeFileInside, renameInside, resolveInside, walkInside} from '../../rooted-files/index.ts'
import {maxDocumentBytes, type RecoveryNote} from '../../src/ipc/index.ts'
import {isOwnTemp, sha256Hex, tempPattern, writeFileAtomic} from './atomic-write.ts'
import {errnoOf} from './errors.ts'

/** Where recovery puts texts it will not make the document: incomplete saves, saves older than the file. */
export const recoveredFolder = '.synoptic/recovered'

export interface RecoveryOptions {
  /** The workspace folder. */
  root: string
  /** The document folders to look in, relative to the root (`drafts`, `instruments`). */
  folders: ReadonlyArray<string>
  /** Keeps the version a restore replaces; the store passes its backup function. */
  keepBackup: (relativeFile: string, bytes: Uint8Array) => Promise<void>
  /** Folders whose leftovers are only removed (the backups'), relative to the root. */
  sweepOnly?: ReadonlyArray<string>
  /** The workspace's key: signs the temporary files recovery writes, and proves those the sweep removes. */
  key?: Uint8Array | undefined
  now?: () => Date
}

/** Settles every leftover temporary file and says what was done, oldest leftover first. */
export async function recoverInterruptedSaves(options: RecoveryOptions): Promise<Array<RecoveryNote>> {
  const now = options.now ?? (() => new Date())
  const notes: Array<RecoveryNote> = []
  for (const folder of options.folders) {
    const leftovers = await leftoversIn(options.root, folder).catch((error: unknown) => {
      if (error instanceof FileRefusal) return [] // a linked folder: the store says so when it is used
      throw error
    })
    for (const leftover of leftovers) {
      const shown = `${folder}/${leftover.file}`
      try {
        notes.push(await settle(options, folder, leftover, shown, now()))
      } catch (error) {
        const why = error instanceof FileRefusal ? error.message : `${errnoOf(error) ?? (error as Error).message}.`
        notes.push({
          file: shown,
          action: 'failed',
          detail: `An interrupted save of ${shown} could not be settled: ${why} Its text is still in ${folder}/${leftover.name}.`,
          keptAs: `${folder}/${leftover.name}`
        })
      }
    }
  }
  for (const folder of options.sweepOnly ?? []) {
    await sweep(options.root, folder, options.key).catch(() => undefined)
  }
  return notes
}

interface Leftover {
  /** The temporary file's name. */
  name: string
  /** The document it was saving. */
  file: string
  /** First 16 hex digits of the SHA-256 the complete content has. */
  digest: string
  mtimeMs: number
}

async function leftoversIn(root: string, folder: string): Promise<Array<Leftover>> {
  const entries = (await listInside(root, folder)) ?? []
  const found: Array<Leftover> = []
  for (const entry of entries) {
    const match = tempPattern.exec(entry.name)
    // Links and special files named like a leftover are not the app's: skipped, never read.
    if (!match?.[1] || !match[2] || entry.kind !== 'file') continue
    const info = (await resolveInside(root, `${folder}/${entry.name}`)).info
    if (info?.isFile()) found.push({name: entry.name, file: match[1], digest: match[2], mtimeMs: info.mtimeMs})
  }
  // Oldest first, so when two saves of one file were cut short the later one is settled last and wins.
  return found.sort((a, b) => a.mtimeMs - b.mtimeMs)
}

async function settle(options: RecoveryOptions, folder: string, leftover: Leftover, shown: string, when: Date): Promise<RecoveryNote> {
  const tempRelative = `${folder}/${leftover.name}`
  const {bytes} = await readFileInside(options.root, tempRelative, maxDocumentBytes)
  const complete = sha256Hex(bytes).slice(0, 16) === leftover.digest
  const current = await readFileInside(options.root, shown, maxDocumentBytes).then(
    (read) => read,
    (error: unknown) => {
      if (error instanceof FileRefusal && error.reason === 'not-found') return undefined
      throw error
    }
  )
  const size = `${formatSize(bytes.byteLength)}, from ${new Date(leftover.mtimeMs).toISOString()}`

  if (!complete) {
    const keptAs = await setAside(options, tempRelative, bytes, folder, leftover.file, 'incomplete', when)
    return {
      file: shown,
      action: 'set-aside',
      detail: `A save of ${shown} was cut off before it finished (${size}); the document keeps its last complete version. The incomplete text is kept in ${keptAs}.`,
      keptAs
    }
  }
  if (current !== undefined && sha256Hex(current.bytes) === sha256Hex(bytes)) {
    await removeFileInside(options.root, tempRelative)
    return {file: shown, action: 'discarded', detail: `A leftover copy of ${shown} identical to the document was removed.`}
  }
  if (current !== undefined) {
    if (current.info.mtimeMs > leftover.mtimeMs) {
      // Someone changed the document after the interrupted save: neither version wins silently.
      const keptAs = await setAside(options, tempRelative, bytes, folder, leftover.file, 'unsaved', when)
      return {
        file: shown,
        action: 'set-aside',
        detail: `A complete save of ${shown} was interrupted (${size}), but the document was changed on disk after it, so it was not replaced. The interrupted version is kept in ${keptAs}.`,
        keptAs
      }
    }
    await options.keepBackup(`${folder}/${leftover.file}`, current.bytes)
  }
  await renameInside(options.root, tempRelative, shown)
  return {
    file: shown,
    action: 'restored',
    detail:
      current === undefined
        ? `The first save of ${shown} was interrupted after it was written (${size}); the document is restored.`
        : `A save of ${shown} was interrupted after it was written (${size}); that version is now the document, and the one it replaces is kept as a backup.`
  }
}

async function setAside(options: RecoveryOptions, tempRelative: string, bytes: Uint8Array, folder: string, file: string, why: string, when: Date): Promise<string> {
  const dir = await ensureFolderInside(options.root, `${recoveredFolder}/${folder}`)
  const stem = file.replace(/\.md$/iu, '')
  const name = `${stem}.${why}-${stampOf(when)}.md`
  // Written atomically as well, then the leftover removed: a second crash here loses nothing.
  await writeFileAtomic(join(dir, name), bytes, {key: options.key})
  await removeFileInside(options.root, tempRelative)
  return `${recoveredFolder}/${folder}/${name}`
}

/** Removes the app's own leftovers in its folders: a bounded walk, no link followed, only signed names deleted. */
async function sweep(root: string, folder: string, key: Uint8Array | undefined): Promise<void> {
  if (!key) return
  const {files} = await walkInside(root, folder, {maxDepth: 4, maxEntries: 20_000})
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1)
    if (isOwnTemp(name, key)) await removeFileInside(root, file)
  }
}

/** A time stamp usable in a file name on every system: `2025-11-28T13-45-12-345Z`. */
export function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/gu, '-')
}

/** The time a backup's name records (`2025-11-28T13-45-12-345Z.md`, or `…Z-2.md`), if it is one. */
export function timeOfStamp(name: string): number | undefined {
  const match = /^(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z/u.exec(name)
  if (!match) return undefined
  const time = Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`)
  return Number.isNaN(time) ? undefined : time
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`
}
