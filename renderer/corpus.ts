// The corpus, bundled: every Markdown and YAML file under corpus/ is part of the build, so the renderer works
// from disk in Electron and offline in a browser. Parsing and checking are the core's (`loadCorpus`), done at
// build time for the built-in corpus (scripts/vite-corpus.ts); the parser is loaded only for other files.
import type {SourceFile} from '../src/corpus/index.ts'
import type {Corpus} from '../src/model/index.ts'
import type {SynopticMessage} from '../src/message/index.ts'
import parsed from 'virtual:synoptic-corpus'

const markdown = import.meta.glob('../corpus/**/*.md', {query: '?raw', import: 'default', eager: true}) as Record<string, string>
const yaml = import.meta.glob('../corpus/**/*.{yaml,yml}', {query: '?raw', import: 'default', eager: true}) as Record<string, string>

/** Every corpus source file, paths relative to corpus/ as the CLI gives them (README.md excepted, as there). */
export const sourceFiles: Array<SourceFile> = Object.entries({...markdown, ...yaml})
  .map(([path, text]) => ({path: path.replace(/^\.\.\/corpus\//, ''), text}))
  .filter((f) => !/(^|\/)README\.md$/i.test(f.path))
  .sort((a, b) => a.path.localeCompare(b.path))

/** The bundled corpus, parsed once at start-up, with what the core said about it. */
export interface LoadedWorkspace {
  corpus: Corpus
  messages: Array<SynopticMessage>
  sources: Array<SourceFile>
}

/** The bundled corpus, as parsed when the app was built. */
export function loadBundledCorpus(): LoadedWorkspace {
  return {corpus: parsed.corpus, messages: parsed.messages, sources: sourceFiles}
}

/** Parses corpus files in the page (documents that are not built in); loads the parser on first use. */
export async function parseCorpusFiles(files: Array<SourceFile>): Promise<LoadedWorkspace> {
  const {loadCorpus} = await import('../src/corpus/index.ts')
  const {value, messages} = loadCorpus(files.filter((f) => f.path.endsWith('.md')))
  return {corpus: value, messages, sources: files}
}
