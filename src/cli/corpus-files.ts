import {readdir, readFile} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import {loadCorpus, parseInstrument, type SourceFile} from '../corpus/index.ts'
import type {SynopticMessage} from '../message/index.ts'
import type {Instrument} from '../model/index.ts'
import {CommandError, type LoadedCorpus} from './command.ts'
import {cachedParser} from './parse-cache.ts'

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
  const {value, messages} = loadCorpus(files.map((f) => ({...f, path: join(shown, f.path).split(sep).join('/')})), cachedParser(parseInstrument))
  return {corpus: value, messages, dir, sources: files}
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
  const parse = cachedParser(parseInstrument)
  const instruments: Array<Instrument> = []
  const messages: Array<SynopticMessage> = []
  for (const file of files) {
    const result = parse(file.text, join(shown, file.path).split(sep).join('/'))
    messages.push(...result.messages)
    if (result.value) instruments.push(result.value)
  }
  return {instruments, messages}
}
