// Reading a corpus folder from disk, through rooted-files/: a walk with a depth and a count limit that follows no
// link (a `loop -> ..` or a link to /usr/share/doc costs nothing and reads nothing outside), special files skipped
// before they are opened, each file read with the one document size limit, and text that is not UTF-8 refused at
// its first bad byte, by the same rule as the desktop store.
import {realpath} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import {decodeUtf8, FileRefusal, firstInvalidUtf8, describeInvalidUtf8, listInside, readFileBounded, readFileInside, walkInside} from '../../rooted-files/index.ts'
// The light entries of corpus and ipc (no parser, no zod): the parser and the workspace's rules load only when used.
import {joinInstruments, type SourceFile} from '../corpus/checks.ts'
import type {WorkspaceFolder} from '../corpus/index.ts'
import {maxDocumentBytes} from '../ipc/limits.ts'
import type {DocumentKind} from '../ipc/index.ts'
import {createMessage, type SynopticMessage} from '../message/index.ts'
import type {Instrument} from '../model/index.ts'
import {CommandError, type LoadedCorpus} from './command.ts'
import {cachedParser, parseFiles, type ParseFile} from './parse-cache.ts'

/** The parser, loaded only when a file is not in the cache (remark and micromark are most of the CLI's code). */
export const loadParser = async (): Promise<ParseFile> => (await import('../corpus/index.ts')).parseInstrument

/** A corpus is a few dozen files a few folders deep; a folder far beyond that is not a corpus. */
const walkLimits = {maxDepth: 8, maxEntries: 20_000}

const isSource = (path: string) => /\.(md|ya?ml)$/i.test(path) && !/(^|\/)README\.md$/i.test(path)

export interface SourceFolder {
  /** The sources that were read, paths relative to the folder with `/`. */
  files: Array<SourceFile>
  /** What was not read and why: links and special files (warnings), files too large or not UTF-8 (errors). */
  messages: Array<SynopticMessage>
}

/** Every corpus source under `dir` (Markdown and YAML, README.md excepted), and what was left out, with why. */
export async function readSourceFolder(dir: string): Promise<SourceFolder> {
  let walk
  try {
    walk = await walkInside(dir, '', walkLimits)
  } catch (error) {
    if (error instanceof FileRefusal) throw new CommandError(`cannot read the corpus folder ${dir}: ${error.message}`)
    throw new CommandError(`cannot read the corpus folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  const messages = walk.skipped.map((skipped) =>
    createMessage('warning', skipped.why.replace(skipped.path, 'this'), {file: skipped.path, source: 'synoptic-validate', ruleId: 'not-read'})
  )
  const files: Array<SourceFile> = []
  for (const path of walk.files.filter(isSource)) {
    const read = await readSourceText(() => readFileInside(dir, path, maxDocumentBytes), path)
    if ('text' in read) files.push({path, text: read.text})
    else messages.push(read.message)
  }
  return {files, messages}
}

/** The sources of a folder only; what could not be read is left out (see readSourceFolder for why). */
export async function readSourceFiles(dir: string): Promise<Array<SourceFile>> {
  return (await readSourceFolder(dir)).files
}

/** One source file named by the user (a link there is the user's own choice), read by the same rules. */
export async function readSourceFile(path: string, shown: string): Promise<{text: string} | {message: SynopticMessage}> {
  // The file the user named is read where it really is; the checks (a plain file, the limit) apply there.
  const real = await realpath(path).catch(() => path)
  return readSourceText(() => readFileBounded(real, shown, maxDocumentBytes), shown)
}

async function readSourceText(read: () => Promise<{bytes: Buffer}>, shown: string): Promise<{text: string} | {message: SynopticMessage}> {
  let bytes: Buffer
  try {
    bytes = (await read()).bytes
  } catch (error) {
    if (!(error instanceof FileRefusal)) throw new CommandError(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    const reason = error.message.startsWith(shown) ? 'this file' + error.message.slice(shown.length) : error.message
    return {message: createMessage(error.reason === 'link' ? 'warning' : 'error', reason, {file: shown, source: 'synoptic-validate', ruleId: error.reason === 'too-large' ? 'too-large' : 'not-read'})}
  }
  const bad = firstInvalidUtf8(bytes)
  if (bad) {
    const place = {line: bad.line, column: bad.column, offset: bad.offset}
    return {message: createMessage('error', describeInvalidUtf8(bad), {file: shown, place, source: 'synoptic-validate', ruleId: 'not-utf8'})}
  }
  return {text: decodeUtf8(bytes, shown)}
}

/** Reads and parses a corpus folder, and joins a workspace folder to it. Messages name files relative to the current directory. */
export async function readCorpus(dir: string, workspaceDir?: string): Promise<LoadedCorpus> {
  const {files, messages: unread} = await readSourceFolder(dir)
  const shown = relative(process.cwd(), dir) || '.'
  const toShown = (path: string) => join(shown, path).split(sep).join('/')
  const markdown = files.filter((f) => /\.md$/iu.test(f.path)).map((f) => ({...f, path: toShown(f.path)}))
  const loaded = joinInstruments(await parseFiles(markdown, loadParser))
  const messages = [...unread.map((m) => ({...m, file: toShown(m.file)})), ...loaded.messages]
  if (workspaceDir === undefined) return {corpus: loaded.value, messages, dir, sources: files}
  const workspace = await readWorkspaceFolder(workspaceDir)
  const {joinWorkspace} = await import('../corpus/index.ts')
  const joined = joinWorkspace(loaded.value, workspace.files)
  return {
    corpus: joined.corpus,
    messages: [...messages, ...workspace.messages, ...joined.documents.filter((d) => d.state !== 'refused').flatMap((d) => d.messages)],
    dir,
    sources: files,
    workspace: {dir: workspaceDir, documents: joined.documents, comparisons: joined.comparisons}
  }
}

/** True when the front matter of `text` mentions `id` (as its id, an alias or a base). */
function mentions(text: string, id: string): boolean {
  const end = text.indexOf('\n---', 3)
  const front = end < 0 ? text : text.slice(0, end)
  return new RegExp(`(?:^|[^a-z0-9-])${id.replace(/[^a-z0-9-]/gu, '')}(?:[^a-z0-9-]|$)`, 'mu').test(front)
}

/**
 * Parses only the instruments of `dir` whose front matter mentions one of `ids`: what `export` needs (a draft
 * and its base) without reading the rest of the corpus. Messages are those of the files parsed.
 */
export async function readInstruments(dir: string, ids: ReadonlyArray<string>): Promise<{instruments: Array<Instrument>; messages: Array<SynopticMessage>}> {
  const files = (await readSourceFiles(dir)).filter((f) => /\.md$/iu.test(f.path) && ids.some((id) => mentions(f.text, id)))
  const shown = relative(process.cwd(), dir) || '.'
  const parse = cachedParser(await loadParser())
  const instruments: Array<Instrument> = []
  const messages: Array<SynopticMessage> = []
  for (const file of files) {
    const result = parse(file.text, join(shown, file.path).split(sep).join('/'))
    messages.push(...result.messages)
    if (result.value) instruments.push(result.value)
  }
  return {instruments, messages}
}

const kindOf: Record<WorkspaceFolder, DocumentKind> = {instruments: 'instrument', drafts: 'draft', comparisons: 'comparison'}

/**
 * The documents of a workspace folder as the app sees them: `instruments/*.md`, `drafts/*.md`, `comparisons/*.yaml`
 * (the app's own temporary files and `.synoptic/` left out), paths relative to the current directory. Read by the
 * same rules as a corpus folder: no link followed, special files skipped, the one size limit, UTF-8 only.
 */
export async function readWorkspaceFolder(dir: string): Promise<SourceFolder> {
  const shown = relative(process.cwd(), dir) || '.'
  const root = await listInside(dir, '').catch(() => undefined)
  if (root === undefined) throw new CommandError(`the workspace folder ${shown} does not exist or is not a folder`)
  const {isDocumentFile} = await import('../ipc/index.ts')
  const {workspaceFolders} = await import('../corpus/index.ts')
  const files: Array<SourceFile> = []
  const messages: Array<SynopticMessage> = []
  for (const folder of workspaceFolders) {
    let entries
    try {
      entries = await listInside(dir, folder)
    } catch (error) {
      if (!(error instanceof FileRefusal)) throw error
      messages.push(createMessage('warning', error.message, {file: join(shown, folder).split(sep).join('/'), source: 'synoptic-validate', ruleId: 'not-read'}))
      continue
    }
    for (const entry of entries ?? []) {
      if (!isDocumentFile(kindOf[folder], entry.name)) continue
      const path = join(shown, folder, entry.name).split(sep).join('/')
      const read = await readSourceText(() => readFileInside(dir, `${folder}/${entry.name}`, maxDocumentBytes), path)
      if ('text' in read) files.push({path, text: read.text})
      else messages.push(read.message)
    }
  }
  return {files, messages}
}

/** The documents of a workspace folder; what could not be read is left out (see readWorkspaceFolder). */
export async function readWorkspaceFiles(dir: string): Promise<Array<SourceFile>> {
  return (await readWorkspaceFolder(dir)).files
}
