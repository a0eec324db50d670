// What an interrupted save leaves behind is a temporary file beside the document (see atomic-write.ts). On opening
// a workspace each one is settled, and the drafter is told what happened to it.
import {mkdir, readdir, readFile, rename, rm, stat} from 'node:fs/promises'
import {join} from 'node:path'
import type {RecoveryNote} from '../../src/ipc/index.ts'
import {sha256Hex, tempPattern, writeFileAtomic} from './atomic-write.ts'
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
  now?: () => Date
}

/** Settles every leftover temporary file and says what was done, oldest leftover first. */
export async function recoverInterruptedSaves(options: RecoveryOptions): Promise<Array<RecoveryNote>> {
  const now = options.now ?? (() => new Date())
  const notes: Array<RecoveryNote> = []
  for (const folder of options.folders) {
    const leftovers = await leftoversIn(join(options.root, folder))
    for (const leftover of leftovers) {
      const shown = `${folder}/${leftover.file}`
      try {
        notes.push(await settle(options, folder, leftover, shown, now()))
      } catch (error) {
        notes.push({
          file: shown,
          action: 'failed',
          detail: `An interrupted save of ${shown} could not be settled (${errnoOf(error) ?? (error as Error).message}); its text is still in ${folder}/${leftover.name}.`,
          keptAs: `${folder}/${leftover.name}`
        })
      }
    }
  }
  for (const folder of options.sweepOnly ?? []) {
    await sweep(join(options.root, folder))
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

async function leftoversIn(folder: string): Promise<Array<Leftover>> {
  let names: Array<string>
  try {
    names = await readdir(folder)
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return []
    throw error
  }
  const found: Array<Leftover> = []
  for (const name of names) {
    const match = tempPattern.exec(name)
    if (!match?.[1] || !match[2]) continue
    const info = await stat(join(folder, name))
    if (info.isFile()) found.push({name, file: match[1], digest: match[2], mtimeMs: info.mtimeMs})
  }
  // Oldest first, so when two saves of one file were cut short the later one is settled last and wins.
  return found.sort((a, b) => a.mtimeMs - b.mtimeMs)
}

async function settle(options: RecoveryOptions, folder: string, leftover: Leftover, shown: string, when: Date): Promise<RecoveryNote> {
  const tempPath = join(options.root, folder, leftover.name)
  const target = join(options.root, folder, leftover.file)
  const bytes = await readFile(tempPath)
  const complete = sha256Hex(bytes).slice(0, 16) === leftover.digest
  const current = await readFile(target).then(
    (b) => b as Uint8Array | undefined,
    (error: unknown) => {
      if (errnoOf(error) === 'ENOENT') return undefined
      throw error
    }
  )
  const size = `${formatSize(bytes.byteLength)}, from ${new Date(leftover.mtimeMs).toISOString()}`

  if (!complete) {
    const keptAs = await setAside(options.root, tempPath, folder, leftover.file, 'incomplete', when)
    return {
      file: shown,
      action: 'set-aside',
      detail: `A save of ${shown} was cut off before it finished (${size}); the document keeps its last complete version. The incomplete text is kept in ${keptAs}.`,
      keptAs
    }
  }
  if (current !== undefined && sha256Hex(current) === sha256Hex(bytes)) {
    await rm(tempPath, {force: true})
    return {file: shown, action: 'discarded', detail: `A leftover copy of ${shown} identical to the document was removed.`}
  }
  if (current !== undefined) {
    const currentInfo = await stat(target)
    if (currentInfo.mtimeMs > leftover.mtimeMs) {
      // Someone changed the document after the interrupted save: neither version wins silently.
      const keptAs = await setAside(options.root, tempPath, folder, leftover.file, 'unsaved', when)
      return {
        file: shown,
        action: 'set-aside',
        detail: `A complete save of ${shown} was interrupted (${size}), but the document was changed on disk after it, so it was not replaced. The interrupted version is kept in ${keptAs}.`,
        keptAs
      }
    }
    await options.keepBackup(`${folder}/${leftover.file}`, current)
  }
  await rename(tempPath, target)
  return {
    file: shown,
    action: 'restored',
    detail:
      current === undefined
        ? `The first save of ${shown} was interrupted after it was written (${size}); the document is restored.`
        : `A save of ${shown} was interrupted after it was written (${size}); that version is now the document, and the one it replaces is kept as a backup.`
  }
}

async function setAside(root: string, tempPath: string, folder: string, file: string, why: string, when: Date): Promise<string> {
  const dir = join(root, recoveredFolder, folder)
  await mkdir(dir, {recursive: true})
  const stem = file.replace(/\.md$/iu, '')
  const relative = `${recoveredFolder}/${folder}/${stem}.${why}-${stampOf(when)}.md`
  // Written atomically as well, then the leftover removed: a second crash here loses nothing.
  await writeFileAtomic(join(root, relative), await readFile(tempPath))
  await rm(tempPath, {force: true})
  return relative
}

async function sweep(folder: string): Promise<void> {
  const names = await readdir(folder, {recursive: true}).catch(() => [] as Array<string>)
  for (const name of names) {
    const base = name.split(/[\\/]/u).pop() ?? ''
    if (tempPattern.test(base)) await rm(join(folder, name), {force: true})
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
