// The workspace: a folder the drafter chose, holding drafts and imported instruments as corpus-format Markdown
// (readable without the app, friendly to git). Plain Node, no Electron: the main process and the tests use it alike.
//
//   <root>/drafts/annex-1.md                                 a draft
//   <root>/instruments/md-4139.md                            an imported instrument
//   <root>/comparisons/eritrea-c81.yaml                      a comparison the drafter made
//   <root>/.synoptic/backups/drafts/annex-1.md/<stamp>.md    earlier versions, newest kept
//   <root>/.synoptic/recovered/drafts/annex-1.<why>-<stamp>.md   texts an interrupted save left that did not win
import {isUtf8} from 'node:buffer'
import {watch} from 'node:fs'
import {mkdir, readdir, readFile, realpath, rm, stat, writeFile} from 'node:fs/promises'
import {join, resolve, sep} from 'node:path'
import {parse as parseYaml} from 'yaml'
import {parseWorkspaceFile} from '../../src/corpus/index.ts'
import {isDocumentFile, maxDocumentChars} from '../../src/ipc/index.ts'
import type {BridgeMessage, DocumentEntry, DocumentKind, DocumentRef, FileVersion, RecoveryNote} from '../../src/ipc/index.ts'
import type {SynopticMessage} from '../../src/message/index.ts'
import {sha256Hex, tempPattern, writeFileAtomic} from './atomic-write.ts'
import {describeSaveError, errnoOf, explainSaveError, WorkspaceError} from './errors.ts'
import {recoverInterruptedSaves, stampOf, timeOfStamp} from './recover.ts'

/** The folder of each kind of document, relative to the workspace. */
export const kindFolders: Readonly<Record<DocumentKind, string>> = {draft: 'drafts', instrument: 'instruments', comparison: 'comparisons'}
export const backupsFolder = '.synoptic/backups'

export interface WorkspaceOptions {
  /** How many earlier versions of each document are kept (default 10). */
  backupsToKeep?: number
  /**
   * Autosave writes every few seconds; a backup is taken at most this often per document (default 5 minutes), so
   * the kept versions reach back in time instead of holding the last minute of typing ten times.
   */
  backupInterval?: number
  /** Creates the folder when it does not exist (the default workspace); a chosen folder must exist. */
  create?: boolean
  now?: () => Date
}

/** A document's text and what is known about it. */
export interface DocumentContent {
  ref: DocumentRef
  text: string
  version: FileVersion
  /** Parse problems, naming file, line and column. The text is returned as it is whatever they say. */
  messages: Array<BridgeMessage>
}

export interface SaveOptions {
  /** The version the text was edited from; null for a new document. */
  expected: FileVersion | null
  /** The drafter chose to replace what is on disk (after a conflict). */
  overwrite: boolean
}

export type SaveResult =
  | {status: 'saved'; version: FileVersion}
  | {status: 'conflict'; disk: {text: string; version: FileVersion} | null}

/** A document someone else changed on disk: its new version, or null when it was deleted. */
export interface DocumentChange {
  ref: DocumentRef
  version: FileVersion | null
}

export interface OpenedWorkspace {
  workspace: Workspace
  /** What was done about saves that were interrupted last time. */
  recovered: Array<RecoveryNote>
}

/** Opens (and if asked creates) a workspace folder, settling what interrupted saves left behind. */
export async function openWorkspace(root: string, options: WorkspaceOptions = {}): Promise<OpenedWorkspace> {
  const absolute = resolve(root)
  const info = await stat(absolute).catch((error: unknown) => {
    if (errnoOf(error) === 'ENOENT' && options.create) return undefined
    if (errnoOf(error) === 'ENOENT') throw new WorkspaceError('not-found', `The workspace folder ${absolute} does not exist (was a drive removed?).`)
    throw new WorkspaceError('failed', `The workspace folder ${absolute} cannot be opened (${errnoOf(error) ?? (error as Error).message}).`)
  })
  if (info && !info.isDirectory()) throw new WorkspaceError('failed', `${absolute} is a file, not a folder.`)
  if (!info) await mkdir(absolute, {recursive: true})
  const workspace = new Workspace(absolute, options)
  await workspace.prepareFolders()
  const recovered = await recoverInterruptedSaves({
    root: absolute,
    folders: Object.values(kindFolders),
    sweepOnly: [backupsFolder, '.synoptic/recovered'],
    keepBackup: (file, bytes) => workspace.keepBackup(file, bytes),
    now: options.now
  }).catch((error: unknown) => {
    // A folder we may only read (a CD, a share without write rights) still opens; saving will say why it cannot.
    if (['EROFS', 'EACCES', 'EPERM'].includes(errnoOf(error) ?? '')) return []
    throw error
  })
  return {workspace, recovered}
}

export class Workspace {
  readonly root: string
  private readonly backupsToKeep: number
  private readonly backupInterval: number
  private readonly now: () => Date
  /** Saves of one file run one after another, so a check and its write are never interleaved with another save. */
  private readonly queues = new Map<string, Promise<unknown>>()
  /** The hash of each document as this app last read or wrote it: a different one on disk is someone else's. */
  private readonly known = new Map<string, string>()

  constructor(root: string, options: WorkspaceOptions = {}) {
    this.root = root
    this.backupsToKeep = options.backupsToKeep ?? 10
    this.backupInterval = options.backupInterval ?? 5 * 60_000
    this.now = options.now ?? (() => new Date())
  }

  /** Makes the document folders; in a read-only folder that fails quietly and the workspace opens read-only. */
  async prepareFolders(): Promise<void> {
    try {
      for (const folder of Object.values(kindFolders)) await mkdir(join(this.root, folder), {recursive: true})
      await mkdir(join(this.root, '.synoptic'), {recursive: true})
      // Backups and recovered texts are the app's own: keep them out of the drafter's git history.
      await writeFile(join(this.root, '.synoptic', '.gitignore'), '*\n', {flag: 'wx'}).catch(() => undefined)
    } catch (error) {
      if (!['EROFS', 'EACCES', 'EPERM'].includes(errnoOf(error) ?? '')) throw error
    }
  }

  /** Resolves when no save is under way (the app waits for this before it quits). */
  async idle(): Promise<void> {
    while (this.queues.size > 0) await Promise.allSettled([...this.queues.values()])
  }

  /** The absolute path of a document; refuses any name that would lead outside its folder. */
  pathOf(ref: DocumentRef): string {
    if (!(ref.kind in kindFolders) || !isDocumentFile(ref.kind, ref.file)) {
      throw new WorkspaceError('invalid-request', `"${ref.file}" is not a document name of this workspace.`)
    }
    const folder = join(this.root, kindFolders[ref.kind])
    const path = resolve(folder, ref.file)
    if (!path.startsWith(folder + sep)) throw new WorkspaceError('invalid-request', `"${ref.file}" is outside the workspace.`)
    return path
  }

  /**
   * A document that is a link to a file outside the workspace (a cloned repository can carry such links) is neither
   * read nor saved: the page would otherwise see, or the backups copy, a file the drafter never put in the
   * workspace. (Links inside the workspace are fine; a save replaces the link itself, never its target.)
   */
  private async refuseOutsideLinks(path: string, shown: string): Promise<void> {
    const [real, root] = await Promise.all([realpath(path).catch(() => undefined), realpath(this.root).catch(() => this.root)])
    if (real !== undefined && !real.startsWith(root + sep)) {
      throw new WorkspaceError('invalid-request', `${shown} is a link to a file outside the workspace (${real}); the app neither opens nor saves it.`)
    }
  }

  /** `drafts/annex-1.md`: how messages and notes name a document. */
  shownName(ref: DocumentRef): string {
    return `${kindFolders[ref.kind]}/${ref.file}`
  }

  /**
   * Every draft and imported instrument, with its version and the id and title of its front matter. Only the front
   * matter is read (a full parse of a long instrument takes a while; opening the document does it).
   */
  async list(): Promise<Array<DocumentEntry>> {
    const entries: Array<DocumentEntry> = []
    for (const kind of Object.keys(kindFolders) as Array<DocumentKind>) {
      const names = await readdir(join(this.root, kindFolders[kind])).catch(() => [] as Array<string>)
      for (const file of names.sort()) {
        if (!isDocumentFile(kind, file) || tempPattern.test(file)) continue
        const ref = {kind, file}
        const path = this.pathOf(ref)
        const outside = await this.refuseOutsideLinks(path, file).then(() => false, () => true)
        if (outside) {
          const info = await stat(path).catch(() => undefined)
          // Listed so the drafter sees it, with no hash: its content is not the workspace's to read.
          if (info) entries.push({ref, version: {mtimeMs: info.mtimeMs, size: info.size, sha256: '0'.repeat(64)}, problem: 'a link to a file outside the workspace'})
          continue
        }
        const [bytes, info] = await Promise.all([readFile(path).catch(() => undefined), stat(path).catch(() => undefined)])
        if (!bytes || !info?.isFile()) continue // gone since readdir
        const version = {mtimeMs: info.mtimeMs, size: bytes.byteLength, sha256: sha256Hex(bytes)}
        const problem =
          bytes.byteLength > maxDocumentChars ? 'too large to be a legal text' : !isUtf8(bytes) ? 'not UTF-8 text' : undefined
        entries.push({ref, version, ...(problem ? {problem} : kind === 'comparison' ? yamlSummary(bytes.toString('utf8')) : frontMatterSummary(bytes.toString('utf8')))})
      }
    }
    return entries
  }

  /** Reads a document as it is on disk. A file that does not parse is returned with its errors and its text intact. */
  async read(ref: DocumentRef): Promise<DocumentContent> {
    const shown = this.shownName(ref)
    const path = this.pathOf(ref)
    await this.refuseOutsideLinks(path, shown)
    const bytes = await readFile(path).catch((error: unknown) => {
      if (errnoOf(error) === 'ENOENT') throw new WorkspaceError('not-found', `${shown} is not in the workspace (it was moved or deleted).`)
      throw new WorkspaceError('failed', `${shown} cannot be read (${errnoOf(error) ?? (error as Error).message}).`)
    })
    if (bytes.byteLength > maxDocumentChars) {
      throw new WorkspaceError('too-large', `${shown} is ${(bytes.byteLength / 1048576).toFixed(1)} MB, more than a legal text can be; it was not opened.`)
    }
    if (!isUtf8(bytes)) {
      // Opening it as text would replace the bad bytes, and the next autosave would write that over the file.
      const {line, column} = firstInvalidUtf8(bytes)
      throw new WorkspaceError('not-text', `${shown}:${line}:${column}: error: this file is not UTF-8 text, so it is not opened (the file is left as it is).`)
    }
    const info = await stat(path)
    const text = bytes.toString('utf8')
    const version = {mtimeMs: info.mtimeMs, size: bytes.byteLength, sha256: sha256Hex(bytes)}
    this.known.set(path, version.sha256)
    return {ref, text, version, messages: parseWorkspaceFile({path: shown, text}).map(toBridgeMessage)}
  }

  /**
   * Saves a document atomically. When the file on disk is not the version the text was edited from (someone else
   * changed it, or it was created or deleted meanwhile), nothing is written and the disk's text comes back, unless
   * the drafter chose to overwrite: then the disk's version is kept as a backup first.
   */
  async save(ref: DocumentRef, text: string, options: SaveOptions): Promise<SaveResult> {
    const path = this.pathOf(ref)
    const previous = this.queues.get(path) ?? Promise.resolve()
    const next = previous.catch(() => undefined).then(() => this.saveNow(ref, path, text, options))
    this.queues.set(path, next)
    void next.finally(() => {
      if (this.queues.get(path) === next) this.queues.delete(path)
    }).catch(() => undefined)
    return next
  }

  private async saveNow(ref: DocumentRef, path: string, text: string, options: SaveOptions): Promise<SaveResult> {
    const shown = this.shownName(ref)
    const folder = join(this.root, kindFolders[ref.kind])
    // A drafts folder deleted while the app runs comes back; a workspace whose whole folder is gone does not.
    await mkdir(folder).catch(() => undefined)
    // Reading the link's target to compare or back it up would copy a file from outside into the workspace.
    await this.refuseOutsideLinks(path, shown)
    const disk = await readFile(path).then(
      (bytes) => bytes as Buffer | undefined,
      (error: unknown) => {
        if (errnoOf(error) === 'ENOENT') return undefined
        throw describeSaveError(error, shown, folder)
      }
    )
    const diskHash = disk === undefined ? undefined : sha256Hex(disk)
    const unchanged = options.expected === null ? disk === undefined : diskHash === options.expected.sha256
    if (!unchanged && !options.overwrite) {
      if (disk === undefined) return {status: 'conflict', disk: null}
      const info = await stat(path)
      return {status: 'conflict', disk: {text: disk.toString('utf8'), version: {mtimeMs: info.mtimeMs, size: disk.byteLength, sha256: diskHash ?? ''}}}
    }
    const bytes = Buffer.from(text, 'utf8')
    const newHash = sha256Hex(bytes)
    try {
      if (disk !== undefined && diskHash !== newHash) {
        // Replacing someone else's version keeps it whatever the interval; otherwise one backup per interval.
        if (!unchanged || (await this.backupDue(shown))) await this.keepBackup(shown, disk)
      }
      // Known before the rename lands, so the watcher never mistakes this save for someone else's change.
      this.known.set(path, newHash)
      if (diskHash !== newHash) await writeFileAtomic(path, bytes)
    } catch (error) {
      if (diskHash === undefined) this.known.delete(path)
      else this.known.set(path, diskHash)
      throw await explainSaveError(error, shown, folder)
    }
    const info = await stat(path)
    return {status: 'saved', version: {mtimeMs: info.mtimeMs, size: bytes.byteLength, sha256: newHash}}
  }

  /**
   * Calls `onChange` with the documents someone else created, changed or deleted (another editor, git, a sync
   * client), a moment after the changes settle. The app's own saves are not reported. Returns the function that
   * stops watching.
   */
  watch(onChange: (changes: Array<DocumentChange>) => void, settleMs = 300): () => void {
    const touched = new Set<string>()
    let timer: ReturnType<typeof setTimeout> | undefined
    const report = async () => {
      timer = undefined
      const changes: Array<DocumentChange> = []
      for (const key of [...touched].sort()) {
        touched.delete(key)
        const [kind, file] = key.split('\0') as [DocumentKind, string]
        const ref = {kind, file}
        const path = this.pathOf(ref)
        const bytes = await readFile(path).catch(() => undefined)
        const hash = bytes === undefined ? undefined : sha256Hex(bytes)
        if (hash === this.known.get(path)) continue
        if (hash === undefined) {
          this.known.delete(path)
          changes.push({ref, version: null})
          continue
        }
        const info = await stat(path).catch(() => undefined)
        if (!info || !bytes) continue
        this.known.set(path, hash)
        changes.push({ref, version: {mtimeMs: info.mtimeMs, size: bytes.byteLength, sha256: hash}})
      }
      if (changes.length > 0) onChange(changes)
    }
    const watchers = (Object.keys(kindFolders) as Array<DocumentKind>).flatMap((kind) => {
      try {
        return [
          watch(join(this.root, kindFolders[kind]), (_event, name) => {
            const file = typeof name === 'string' ? name : undefined
            if (!file || tempPattern.test(file) || !isDocumentFile(kind, file)) return
            touched.add(`${kind}\0${file}`)
            if (timer) clearTimeout(timer)
            timer = setTimeout(() => void report(), settleMs)
          })
        ]
      } catch {
        return [] // a folder that cannot be watched (a network share): conflicts are still caught when saving
      }
    })
    return () => {
      if (timer) clearTimeout(timer)
      for (const watcher of watchers) watcher.close()
    }
  }

  /** The kept earlier versions of a document, newest first, as paths relative to the workspace. */
  backups(ref: DocumentRef): Promise<Array<string>> {
    return this.backupsOf(this.shownName(ref))
  }

  private async backupsOf(shown: string): Promise<Array<string>> {
    const names = await readdir(join(this.root, backupsFolder, shown)).catch(() => [] as Array<string>)
    return names
      .filter((n) => n.endsWith('.md') && !tempPattern.test(n))
      .sort()
      .reverse()
      .map((n) => `${backupsFolder}/${shown}/${n}`)
  }

  private async backupDue(shown: string): Promise<boolean> {
    const [newest] = await this.backupsOf(shown)
    const taken = newest === undefined ? undefined : timeOfStamp(newest.slice(newest.lastIndexOf('/') + 1))
    return taken === undefined || this.now().getTime() - taken >= this.backupInterval
  }

  /** Keeps `bytes` as the newest backup of `shown` (`drafts/annex-1.md`) and drops the oldest beyond the limit. */
  async keepBackup(shown: string, bytes: Uint8Array): Promise<void> {
    const dir = join(this.root, backupsFolder, shown)
    await mkdir(dir, {recursive: true})
    const existing = new Set(await readdir(dir))
    const stamp = stampOf(this.now())
    let name = `${stamp}.md`
    for (let n = 2; existing.has(name); n++) name = `${stamp}-${n}.md`
    await writeFileAtomic(join(dir, name), bytes)
    const kept = [...existing, name].filter((n) => n.endsWith('.md') && !tempPattern.test(n)).sort()
    for (const old of kept.slice(0, Math.max(0, kept.length - this.backupsToKeep))) await rm(join(dir, old), {force: true})
  }
}

/** The id and title of a document's front matter, or why it has none, without parsing the whole file. */
export function frontMatterSummary(text: string): {id?: string; title?: string; problem?: string} {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u.exec(text)
  if (!match) return {problem: 'no front matter (a corpus file starts with --- and its id, title, kind, …)'}
  let data: unknown
  try {
    data = parseYaml(match[1] ?? '')
  } catch {
    return {problem: 'the front matter is not valid YAML'}
  }
  if (typeof data !== 'object' || data === null) return {problem: 'the front matter has no keys'}
  const {id, title} = data as Record<string, unknown>
  return {...(typeof id === 'string' ? {id} : {}), ...(typeof title === 'string' ? {title} : {})}
}

/** The title (and id) of a comparison, from its YAML's top level; a file that does not parse says so when read. */
function yamlSummary(text: string): {id?: string; title?: string} {
  try {
    const data = parseYaml(text) as unknown
    if (typeof data !== 'object' || data === null) return {}
    const {id, title} = data as Record<string, unknown>
    return {...(typeof id === 'string' ? {id} : {}), ...(typeof title === 'string' ? {title} : {})}
  } catch {
    return {}
  }
}

function toBridgeMessage(message: SynopticMessage): BridgeMessage {
  const {reason, severity, file, line, column, source, ruleId, note} = message
  return note === undefined ? {reason, severity, file, line, column, source, ruleId} : {reason, severity, file, line, column, source, ruleId, note}
}

/** Line and column (1-based, in characters of the valid text before it) of the first byte that is not UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): {line: number; column: number} {
  let lineStart = 0
  let line = 1
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      const lineBytes = bytes.subarray(lineStart, i)
      if (!isUtf8(lineBytes)) {
        const decoded = Buffer.from(lineBytes).toString('utf8')
        return {line, column: Math.max(1, [...decoded].indexOf('\uFFFD') + 1)}
      }
      line++
      lineStart = i + 1
    }
  }
  return {line: 1, column: 1}
}
