import {readdir, readFile, stat} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import {joinWorkspace, loadCorpus, workspaceFolders, type SourceFile} from '../corpus/index.ts'
import {isDocumentFile, type DocumentKind} from '../ipc/index.ts'
import {CommandError, type LoadedCorpus} from './command.ts'

/** Every corpus source under `dir` (Markdown and YAML, README.md excepted), paths relative to `dir` with `/`. */
export async function readSourceFiles(dir: string): Promise<Array<SourceFile>> {
  let entries: Array<string>
  try {
    entries = (await readdir(dir, {recursive: true})) as Array<string>
  } catch (error) {
    throw new CommandError(`cannot read the corpus folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  const paths = entries
    .filter((p) => /\.(md|ya?ml)$/i.test(p) && !/(^|[\\/])README\.md$/i.test(p))
    .sort()
  return Promise.all(
    paths.map(async (p) => ({path: p.split(sep).join('/'), text: await readFile(join(dir, p), 'utf8')}))
  )
}

/** Reads and parses a corpus folder, and joins a workspace folder to it. Messages name files relative to the current directory. */
export async function readCorpus(dir: string, workspaceDir?: string): Promise<LoadedCorpus> {
  const files = await readSourceFiles(dir)
  const shown = relative(process.cwd(), dir) || '.'
  const {value, messages} = loadCorpus(files.map((f) => ({...f, path: join(shown, f.path).split(sep).join('/')})))
  if (workspaceDir === undefined) return {corpus: value, messages, dir, sources: files}
  const joined = joinWorkspace(value, await readWorkspaceFiles(workspaceDir))
  return {
    corpus: joined.corpus,
    messages: [...messages, ...joined.documents.filter((d) => d.state !== 'refused').flatMap((d) => d.messages)],
    dir,
    sources: files,
    workspace: {dir: workspaceDir, documents: joined.documents, comparisons: joined.comparisons}
  }
}

const kindOf: Record<(typeof workspaceFolders)[number], DocumentKind> = {instruments: 'instrument', drafts: 'draft', comparisons: 'comparison'}

/**
 * The documents of a workspace folder as the app sees them: `instruments/*.md`, `drafts/*.md`, `comparisons/*.yaml`
 * (the app's own temporary files and `.synoptic/` left out), paths relative to the current directory.
 */
export async function readWorkspaceFiles(dir: string): Promise<Array<SourceFile>> {
  const info = await stat(dir).catch(() => undefined)
  if (!info?.isDirectory()) throw new CommandError(`the workspace folder ${dir} does not exist`)
  const shown = relative(process.cwd(), dir) || '.'
  const files: Array<SourceFile> = []
  for (const folder of workspaceFolders) {
    const names = await readdir(join(dir, folder)).catch(() => [] as Array<string>)
    for (const name of names.sort()) {
      if (!isDocumentFile(kindOf[folder], name)) continue
      const text = await readFile(join(dir, folder, name), 'utf8').catch(() => undefined)
      if (text !== undefined) files.push({path: join(shown, folder, name).split(sep).join('/'), text})
    }
  }
  return files
}
