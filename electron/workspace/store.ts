// The workspace: a folder the drafter chose, holding drafts and imported instruments as corpus-format Markdown
// (readable without the app, friendly to git). Plain Node, no Electron: the main process and the tests use it alike.
//
//   <root>/drafts/annex-1.md                                 a draft
//   <root>/instruments/md-4139.md                            an imported instrument
//   <root>/comparisons/eritrea-c81.yaml                      a comparison the drafter made
//   <root>/.synoptic/backups/drafts/annex-1.md/<stamp>.md    earlier versions, newest kept
//   <root>/.synoptic/backups/drafts/annex-1.md/kept.json     the record of the backups the app wrote there
//   <root>/.synoptic/recovered/drafts/annex-1.<why>-<stamp>.md   texts an interrupted save left that did not win
//   <root>/.synoptic/key                                     signs the app's temporary files (see atomic-write.ts)
//
// Every path below the root goes through rooted-files/: checked folder by folder, no link followed for reading,
// listing, writing or deleting, no special file opened, every read bounded by maxDocumentBytes. A workspace is
// often a cloned repository, and a repository can carry links to anywhere.
import {randomBytes} from 'node:crypto'
import {lstatSync, watch} from 'node:fs'
import {mkdir, open, stat} from 'node:fs/promises'
import {join, resolve, sep} from 'node:path'
import {parse as parseYaml} from 'yaml'
import {
  decodeUtf8, describeKind, ensureFolderInside, fileInside, FileRefusal, firstInvalidUtf8, listInside, readFileInside,
  removeFileInside, resolveInside, kindOf
} from '../../rooted-files/index.ts'
import {parseWorkspaceFile} from '../../src/corpus/index.ts'
import {isDocumentFile, maxDocumentBytes, utf8ByteLength} from '../../src/ipc/index.ts'
import type {BridgeMessage, DocumentEntry, DocumentKind, DocumentRef, FileVersion, RecoveryNote} from '../../src/ipc/index.ts'
import type {SynopticMessage} from '../../src/message/index.ts'
import {sha256Hex, tempPattern, writeFileAtomic} from './atomic-write.ts'
import {describeSaveError, errnoOf, explainSaveError, refusalError, WorkspaceError} from './errors.ts'
import {recoverInterruptedSaves, stampOf, timeOfStamp} from './recover.ts'

/** Where the first byte that is not UTF-8 is (the one rule the CLI shares). */
export {firstInvalidUtf8}

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
  // The folder the drafter chose is trusted as given (it may itself be a link); what is below it is not.
  const info = await stat(absolute).catch((error: unknown) => {
    if (errnoOf(error) === 'ENOENT' && options.create) return undefined
    if (errnoOf(error) === 'ENOENT') throw new WorkspaceError('not-found', `The workspace folder ${absolute} does not exist (was a drive removed?).`)
    throw new WorkspaceError('failed', `The workspace folder ${absolute} cannot be opened (${errnoOf(error) ?? (error as Error).message}).`)
  })
  if (info && !info.isDirectory()) throw new WorkspaceError('failed', `${absolute} is ${describeKind(kindOf(info))}, not a folder.`)
  if (!info) await mkdir(absolute, {recursive: true})
  const workspace = new Workspace(absolute, options)
  await workspace.prepareFolders()
  const recovered = await recoverInterruptedSaves({
    root: absolute,
    folders: Object.values(kindFolders),
    sweepOnly: [backupsFolder, '.synoptic/recovered'],
    keepBackup: (file, bytes) => workspace.keepBackup(file, bytes),
    key: workspace.key,
    now: options.now
  }).catch((error: unknown) => {
    // A folder we may only read (a CD, a share without write rights) still opens; saving will say why it cannot.
    if (['EROFS', 'EACCES', 'EPERM'].includes(errnoOf(error) ?? '')) return []
    if (error instanceof FileRefusal) {
      return [{file: error.shown, action: 'failed' as const, detail: `Interrupted saves were not looked for: ${error.message}`}]
    }
    throw error
  })
  return {workspace, recovered}
}

/** The app's record of the backups it wrote in one backup folder: only these are ever deleted by the rotation. */
const backupRecordName = 'kept.json'
interface BackupRecord {
  name: string
  size: number
  sha256: string
}
/** `2025-11-28T13-45-12-345Z.md` or `…Z-2.md`: the names backups are given. */
const backupNamePattern = /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z(?:-\d+)?\.md$/u

export class Workspace {
  readonly root: string
  /** Signs the temporary files the app writes in `.synoptic/` (undefined when `.synoptic` cannot hold it). */
  key: Uint8Array | undefined
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

  /**
   * Makes the document folders and `.synoptic/`, never through a link. In a read-only folder that fails quietly and
   * the workspace opens read-only; a folder that is a link is left as it is, and each request that needs it says so.
   */
  async prepareFolders(): Promise<void> {
    const quiet = (error: unknown) => {
      if (error instanceof FileRefusal || ['EROFS', 'EACCES', 'EPERM'].includes(errnoOf(error) ?? '')) return undefined
      throw error
    }
    for (const folder of Object.values(kindFolders)) await ensureFolderInside(this.root, folder).catch(quiet)
    const made = await ensureFolderInside(this.root, '.synoptic').catch(quiet)
    if (made === undefined) return
    // Backups and recovered texts are the app's own: keep them out of the drafter's git history.
    await this.createFile('.synoptic/.gitignore', '*\n').catch(() => undefined)
    this.key = await this.loadKey().catch(() => undefined)
  }

  /** Creates a file that does not exist yet ('wx' never opens an existing name, link or not). */
  private async createFile(relative: string, data: string, mode = 0o644): Promise<void> {
    const {path, info} = await fileInside(this.root, relative)
    if (info) return
    const handle = await open(path, 'wx', mode)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
  }

  private async loadKey(): Promise<Uint8Array> {
    const read = () => readFileInside(this.root, '.synoptic/key', 1024).then(({bytes}) => bytes.toString('utf8').trim())
    let text = await read().catch(() => '')
    if (!/^[0-9a-f]{64}$/u.test(text)) {
      if (text === '') await this.createFile('.synoptic/key', randomBytes(32).toString('hex') + '\n', 0o600).catch(() => undefined)
      text = await read()
    }
    if (!/^[0-9a-f]{64}$/u.test(text)) throw new Error('.synoptic/key is not a key')
    return Buffer.from(text, 'hex')
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

  /** `drafts/annex-1.md`: how messages and notes name a document, and its path relative to the workspace. */
  shownName(ref: DocumentRef): string {
    return `${kindFolders[ref.kind]}/${ref.file}`
  }

  /**
   * Every draft and imported instrument, with its version and the id and title of its front matter. Only the front
   * matter is read (a full parse of a long instrument takes a while; opening the document does it). Links and
   * special files are listed with what they are, never followed or opened.
   */
  async list(): Promise<Array<DocumentEntry>> {
    const entries: Array<DocumentEntry> = []
    for (const kind of Object.keys(kindFolders) as Array<DocumentKind>) {
      const names = await listInside(this.root, kindFolders[kind]).catch((error: unknown) => {
        if (error instanceof FileRefusal && error.reason !== 'too-many') return undefined // a linked folder: saving says so
        throw error instanceof FileRefusal ? refusalError(error) : error
      })
      for (const {name, kind: entryKind} of names ?? []) {
        if (!isDocumentFile(kind, name) || tempPattern.test(name)) continue
        const ref = {kind, file: name}
        const relative = this.shownName(ref)
        if (entryKind !== 'file') {
          if (entryKind === 'folder') continue
          const info = (await resolveInside(this.root, relative).catch(() => undefined))?.info
          if (!info) continue
          const problem = entryKind === 'link' ? 'a link (the app opens only plain files, not links)' : `${describeKind(entryKind)}, not a file`
          entries.push({ref, version: {mtimeMs: info.mtimeMs, size: 0, sha256: '0'.repeat(64)}, problem})
          continue
        }
        const read = await readFileInside(this.root, relative, maxDocumentBytes).catch((error: unknown) => error as Error)
        if (read instanceof FileRefusal && read.reason === 'too-large') {
          const info = (await resolveInside(this.root, relative).catch(() => undefined))?.info
          if (info) entries.push({ref, version: {mtimeMs: info.mtimeMs, size: info.size, sha256: '0'.repeat(64)}, problem: 'too large to be a legal text'})
          continue
        }
        if (read instanceof Error) continue // gone, or swapped for something else, since the listing
        const {bytes, info} = read
        const version = {mtimeMs: info.mtimeMs, size: bytes.byteLength, sha256: sha256Hex(bytes)}
        const problem = firstInvalidUtf8(bytes) ? 'not UTF-8 text' : undefined
        entries.push({ref, version, ...(problem ? {problem} : kind === 'comparison' ? yamlSummary(bytes.toString('utf8')) : frontMatterSummary(bytes.toString('utf8')))})
      }
    }
    return entries
  }

  /** Reads a document as it is on disk. A file that does not parse is returned with its errors and its text intact. */
  async read(ref: DocumentRef): Promise<DocumentContent> {
    const shown = this.shownName(ref)
    const path = this.pathOf(ref)
    const {bytes, info} = await readFileInside(this.root, shown, maxDocumentBytes).catch((error: unknown) => {
      if (error instanceof FileRefusal) throw refusalError(error)
      throw new WorkspaceError('failed', `${shown} cannot be read (${errnoOf(error) ?? (error as Error).message}).`)
    })
    let text: string
    try {
      text = decodeUtf8(bytes, shown)
    } catch (error) {
      // Opening it as text would replace the bad bytes, and the next autosave would write that over the file.
      throw refusalError(error as FileRefusal, 'The app does not open it, and leaves the file as it is.')
    }
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
    // The same limit as reading, in bytes, so whatever saves reopens.
    const size = text.length > maxDocumentBytes ? text.length : utf8ByteLength(text)
    if (size > maxDocumentBytes) {
      throw new WorkspaceError(
        'too-large',
        `${shown} would be ${(size / 1048576).toFixed(1)} MB, more than the 8 MB a document may be; it was not saved. The previous version on disk is unchanged.`
      )
    }
    // A drafts folder deleted while the app runs comes back (never through a link); a workspace whose whole folder
    // is gone does not.
    try {
      await ensureFolderInside(this.root, kindFolders[ref.kind])
    } catch (error) {
      if (error instanceof FileRefusal) throw describeSaveError(error, shown, folder)
    }
    const disk = await readFileInside(this.root, shown, maxDocumentBytes).then(
      ({bytes}) => bytes as Buffer | undefined,
      (error: unknown) => {
        if (error instanceof FileRefusal && error.reason === 'not-found') return undefined
        if (errnoOf(error) === 'ENOENT') return undefined
        throw describeSaveError(error, shown, folder)
      }
    )
    const diskHash = disk === undefined ? undefined : sha256Hex(disk)
    const unchanged = options.expected === null ? disk === undefined : diskHash === options.expected.sha256
    if (!unchanged && !options.overwrite) {
      if (disk === undefined) return {status: 'conflict', disk: null}
      const info = (await resolveInside(this.root, shown)).info
      return {status: 'conflict', disk: {text: disk.toString('utf8'), version: {mtimeMs: info?.mtimeMs ?? 0, size: disk.byteLength, sha256: diskHash ?? ''}}}
    }
    const bytes = Buffer.from(text, 'utf8')
    const newHash = sha256Hex(bytes)
    try {
      if (disk !== undefined && diskHash !== newHash) {
        // Replacing someone else's version keeps it whatever the interval, and so does replacing bytes that are not
        // UTF-8 (the app showed them decoded with replacement characters, so its text cannot be the original).
        if (!unchanged || firstInvalidUtf8(disk) !== undefined || (await this.backupDue(shown))) await this.keepBackup(shown, disk)
      }
      // Known before the rename lands, so the watcher never mistakes this save for someone else's change.
      this.known.set(path, newHash)
      if (diskHash !== newHash) {
        const target = await fileInside(this.root, shown)
        await writeFileAtomic(target.path, bytes)
      }
    } catch (error) {
      if (diskHash === undefined) this.known.delete(path)
      else this.known.set(path, diskHash)
      throw await explainSaveError(error, shown, folder)
    }
    const info = (await resolveInside(this.root, shown)).info
    return {status: 'saved', version: {mtimeMs: info?.mtimeMs ?? 0, size: bytes.byteLength, sha256: newHash}}
  }

  /**
   * Calls `onChange` with the documents someone else created, changed or deleted (another editor, git, a sync
   * client), a moment after the changes settle. The app's own saves are not reported, and neither are links or
   * special files (their content is not the workspace's to read). Returns the function that stops watching.
   */
  watch(onChange: (changes: Array<DocumentChange>) => void, settleMs = 300): () => void {
    const touched = new Set<string>()
    let timer: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    const report = async () => {
      timer = undefined
      const changes: Array<DocumentChange> = []
      for (const key of [...touched].sort()) {
        touched.delete(key)
        const [kind, file] = key.split('\0') as [DocumentKind, string]
        const ref = {kind, file}
        const path = this.pathOf(ref)
        const read = await readFileInside(this.root, this.shownName(ref), maxDocumentBytes).catch((error: unknown) => error as Error)
        if (read instanceof FileRefusal && read.reason !== 'not-found') continue // a link, a FIFO, too large: not read
        const found = read instanceof Error ? undefined : read
        const hash = found === undefined ? undefined : sha256Hex(found.bytes)
        if (hash === this.known.get(path)) continue
        if (hash === undefined || found === undefined) {
          this.known.delete(path)
          changes.push({ref, version: null})
          continue
        }
        this.known.set(path, hash)
        changes.push({ref, version: {mtimeMs: found.info.mtimeMs, size: found.bytes.byteLength, sha256: hash}})
      }
      if (changes.length > 0 && !stopped) onChange(changes)
    }
    // Only a real folder is watched: fs.watch on a link would watch the folder it points to. (A document folder is
    // one component below the root, so one lstat is the whole check.)
    const watchers = (Object.keys(kindFolders) as Array<DocumentKind>).flatMap((kind) => {
      const folder = join(this.root, kindFolders[kind])
      try {
        if (!lstatSync(folder).isDirectory()) return []
        return [
          watch(folder, (_event, name) => {
            const file = typeof name === 'string' ? name : undefined
            if (!file || tempPattern.test(file) || !isDocumentFile(kind, file)) return
            touched.add(`${kind}\0${file}`)
            if (timer) clearTimeout(timer)
            timer = setTimeout(() => void report(), settleMs)
          })
        ]
      } catch {
        return [] // a folder that is a link, gone, or cannot be watched (a network share): saves still catch conflicts
      }
    })
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
      for (const watcher of watchers) watcher.close()
    }
  }

  /** The kept earlier versions of a document, newest first, as paths relative to the workspace. */
  backups(ref: DocumentRef): Promise<Array<string>> {
    return this.backupsOf(this.shownName(ref))
  }

  private async backupsOf(shown: string): Promise<Array<string>> {
    const entries = await listInside(this.root, `${backupsFolder}/${shown}`).catch(() => undefined)
    return (entries ?? [])
      .filter((e) => e.kind === 'file' && backupNamePattern.test(e.name))
      .map((e) => e.name)
      .sort()
      .reverse()
      .map((n) => `${backupsFolder}/${shown}/${n}`)
  }

  private async backupDue(shown: string): Promise<boolean> {
    const [newest] = await this.backupsOf(shown)
    const taken = newest === undefined ? undefined : timeOfStamp(newest.slice(newest.lastIndexOf('/') + 1))
    return taken === undefined || this.now().getTime() - taken >= this.backupInterval
  }

  /**
   * Keeps `bytes` as the newest backup of `shown` (`drafts/annex-1.md`) and drops the oldest beyond the limit. Only
   * backups the record says the app wrote, still holding the bytes it wrote, are ever deleted; anything else found
   * in the folder (a file copied there, a link) is left alone.
   */
  async keepBackup(shown: string, bytes: Uint8Array): Promise<void> {
    const folder = `${backupsFolder}/${shown}`
    const dir = await ensureFolderInside(this.root, folder)
    const existing = new Set(((await listInside(this.root, folder)) ?? []).map((e) => e.name))
    const stamp = stampOf(this.now())
    let name = `${stamp}.md`
    for (let n = 2; existing.has(name); n++) name = `${stamp}-${n}.md`
    await writeFileAtomic(join(dir, name), bytes, {key: this.key})
    const record = (await this.backupRecord(folder)).filter((r) => existing.has(r.name))
    record.push({name, size: bytes.byteLength, sha256: sha256Hex(bytes)})
    record.sort((a, b) => (a.name < b.name ? -1 : 1))
    const dropped = record.splice(0, Math.max(0, record.length - this.backupsToKeep))
    for (const old of dropped) {
      const relative = `${folder}/${old.name}`
      const proof = await readFileInside(this.root, relative, maxDocumentBytes).catch(() => undefined)
      if (proof && proof.bytes.byteLength === old.size && sha256Hex(proof.bytes) === old.sha256) await removeFileInside(this.root, relative)
    }
    await writeFileAtomic(join(dir, backupRecordName), JSON.stringify(record, null, 1) + '\n', {key: this.key})
  }

  private async backupRecord(folder: string): Promise<Array<BackupRecord>> {
    const read = await readFileInside(this.root, `${folder}/${backupRecordName}`, 1024 * 1024).catch(() => undefined)
    if (!read) return []
    try {
      const data: unknown = JSON.parse(read.bytes.toString('utf8'))
      if (!Array.isArray(data)) return []
      return data.filter(
        (r): r is BackupRecord =>
          typeof r === 'object' && r !== null && typeof r.name === 'string' && backupNamePattern.test(r.name) && typeof r.size === 'number' && typeof r.sha256 === 'string'
      )
    } catch {
      return [] // a damaged record: nothing is deleted until the app has written a new one
    }
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
