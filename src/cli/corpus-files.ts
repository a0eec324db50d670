import {readdir, readFile} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import {loadCorpus, type SourceFile} from '../corpus/index.ts'
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

/** Reads and parses a corpus folder. Messages name files relative to the current directory. */
export async function readCorpus(dir: string): Promise<LoadedCorpus> {
  const files = await readSourceFiles(dir)
  const shown = relative(process.cwd(), dir) || '.'
  const {value, messages} = loadCorpus(files.map((f) => ({...f, path: join(shown, f.path).split(sep).join('/')})))
  return {corpus: value, messages, dir, sources: files}
}
