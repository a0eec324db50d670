// Folder listings and walks that follow no link and stop at a depth and a count: a link to `..`, a link to a
// system folder, or a folder of a million files costs at most the limit.
import {opendir} from 'node:fs/promises'
import {folderInside} from './paths.ts'
import {describeKind, FileRefusal, kindOf, type EntryKind} from './refusal.ts'

export interface Entry {
  name: string
  kind: EntryKind
}

/** How many entries one folder may hold before a listing gives up (a document folder holds tens). */
export const maxFolderEntries = 20_000

/**
 * The entries of a real folder under `root`, as their own kind (a link is a link, never its target). Undefined when
 * the folder does not exist; refuses a folder that is a link, and one holding more than `limit` entries.
 */
export async function listInside(root: string, relative: string, limit = maxFolderEntries): Promise<Array<Entry> | undefined> {
  const path = await folderInside(root, relative)
  if (path === undefined) return undefined
  const entries: Array<Entry> = []
  const dir = await opendir(path)
  try {
    for (let dirent = await dir.read(); dirent !== null; dirent = await dir.read()) {
      if (entries.length >= limit) {
        throw new FileRefusal('too-many', relative, `${relative || 'The folder'} holds more than ${limit.toLocaleString('en')} entries; it was not read.`)
      }
      entries.push({name: dirent.name, kind: kindOf(dirent)})
    }
  } finally {
    await dir.close().catch(() => undefined)
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

export interface WalkLimits {
  /** Folders below the start that are entered: 0 lists only the start. */
  maxDepth: number
  /** Entries seen in all, folders included. */
  maxEntries: number
}

export interface Skipped {
  /** Relative to the root, with `/`. */
  path: string
  kind: EntryKind
  /** Why it was not read, in words. */
  why: string
}

export interface Walk {
  /** Plain files, relative to the root with `/`, sorted. */
  files: Array<string>
  /** Links, special files and folders too deep, each said once. */
  skipped: Array<Skipped>
}

/** Every plain file under `relative`, breadth first; links and special files are skipped and said, never followed. */
export async function walkInside(root: string, relative: string, limits: WalkLimits): Promise<Walk> {
  const files: Array<string> = []
  const skipped: Array<Skipped> = []
  let seen = 0
  let level: Array<string> = [relative]
  for (let depth = 0; level.length > 0; depth++) {
    const next: Array<string> = []
    for (const folder of level) {
      const entries = (await listInside(root, folder, limits.maxEntries - seen + 1)) ?? []
      seen += entries.length
      if (seen > limits.maxEntries) {
        throw new FileRefusal('too-many', relative, `${relative || 'The folder'} holds more than ${limits.maxEntries.toLocaleString('en')} files and folders; it was not read (is it the right folder?).`)
      }
      for (const entry of entries) {
        const path = folder === '' ? entry.name : `${folder}/${entry.name}`
        if (entry.kind === 'file') files.push(path)
        else if (entry.kind === 'folder') {
          if (depth < limits.maxDepth) next.push(path)
          else skipped.push({path, kind: entry.kind, why: `${path} is more than ${limits.maxDepth} folders deep; it was not read.`})
        } else if (entry.kind === 'link') {
          skipped.push({path, kind: entry.kind, why: `${path} is a link; links are not followed, so what it points to was not read.`})
        } else {
          skipped.push({path, kind: entry.kind, why: `${path} is ${describeKind(entry.kind)}, not a file; it was not read.`})
        }
      }
    }
    level = next
  }
  return {files: files.sort(), skipped}
}
