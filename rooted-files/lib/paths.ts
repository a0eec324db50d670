// Paths inside a root, checked component by component with lstat before use. The root is the folder the user chose
// (a workspace, a corpus folder) and is trusted as given; below it no link is followed and no special file opened,
// whatever the folders hold (a cloned repository can carry links to anywhere).
//
// What this cannot close: another process of the same user swapping a checked folder for a link between the check
// and the call (Node has no openat). That needs write access to the folder at the very moment, and gains nothing
// the same user could not do directly.
import type {Stats} from 'node:fs'
import {lstat, mkdir, rename, unlink} from 'node:fs/promises'
import {join} from 'node:path'
import {errnoOf, FileRefusal, kindOf, refusalOfKind} from './refusal.ts'

/** The components of a relative path written with `/`; refuses empty, `.`, `..`, absolute and odd names. */
export function componentsOf(relative: string): Array<string> {
  const parts = relative.split('/')
  for (const part of parts) {
    if (part === '' || part === '.' || part === '..' || part.includes('\0') || (process.platform === 'win32' && /[\\:]/u.test(part))) {
      throw new FileRefusal('outside', relative, `"${relative}" is not a path inside the folder.`)
    }
  }
  return parts
}

async function lstatOrMissing(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path)
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return undefined
    throw error
  }
}

export interface Resolved {
  /** The absolute path. */
  path: string
  /** What lstat says of the last component; undefined when it (or a folder above it) does not exist. */
  info: Stats | undefined
}

/**
 * Resolves `relative` under `root`: every folder on the way must be a real folder (not a link, not a file). The last
 * component is lstat'ed and returned as it is, link or not; the caller says what it accepts.
 */
export async function resolveInside(root: string, relative: string): Promise<Resolved> {
  const parts = componentsOf(relative)
  let path = root
  for (const [index, part] of parts.entries()) {
    path = join(path, part)
    const info = await lstatOrMissing(path)
    if (index === parts.length - 1) return {path, info}
    if (!info) return {path: join(root, ...parts), info: undefined}
    const kind = kindOf(info)
    if (kind !== 'folder') throw refusalOfKind(kind, parts.slice(0, index + 1).join('/'), 'folder')
  }
  return {path, info: undefined}
}

/** The path of an existing plain file, or of a name that does not exist yet; refuses links and special files. */
export async function fileInside(root: string, relative: string): Promise<Resolved> {
  const resolved = await resolveInside(root, relative)
  if (resolved.info) {
    const kind = kindOf(resolved.info)
    if (kind !== 'file') throw refusalOfKind(kind, relative, 'file')
  }
  return resolved
}

/** The path of an existing real folder, undefined when it does not exist; refuses links and files. */
export async function folderInside(root: string, relative: string): Promise<string | undefined> {
  if (relative === '') return root
  const resolved = await resolveInside(root, relative)
  if (!resolved.info) return undefined
  const kind = kindOf(resolved.info)
  if (kind !== 'folder') throw refusalOfKind(kind, relative, 'folder')
  return resolved.path
}

/** Makes `relative` and the folders above it, one at a time, never through a link; returns its absolute path. */
export async function ensureFolderInside(root: string, relative: string): Promise<string> {
  const parts = componentsOf(relative)
  let path = root
  for (const [index, part] of parts.entries()) {
    path = join(path, part)
    let info = await lstatOrMissing(path)
    if (!info) {
      await mkdir(path).catch((error: unknown) => {
        if (errnoOf(error) !== 'EEXIST') throw error
      })
      info = await lstat(path)
    }
    const kind = kindOf(info)
    if (kind !== 'folder') throw refusalOfKind(kind, parts.slice(0, index + 1).join('/'), 'folder')
  }
  return path
}

/**
 * Deletes a plain file. A link is never deleted or followed; unlink itself does not follow the last component, so a
 * file swapped for a link after the check loses only the link.
 */
export async function removeFileInside(root: string, relative: string): Promise<void> {
  const {path, info} = await fileInside(root, relative)
  if (!info) return
  await unlink(path).catch((error: unknown) => {
    if (errnoOf(error) !== 'ENOENT') throw error
  })
}

/** Renames a plain file over another name (or a new one) in the root; neither may be a link or special file. */
export async function renameInside(root: string, from: string, to: string): Promise<void> {
  const source = await fileInside(root, from)
  if (!source.info) throw new FileRefusal('not-found', from, `${from} is not there any more.`)
  const target = await fileInside(root, to)
  await rename(source.path, target.path)
}
