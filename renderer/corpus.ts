// The corpus, bundled: every Markdown and YAML file under corpus/ is part of the build, so the renderer works
// from disk in Electron and offline in a browser. Parsing and checking are the core's (`loadCorpus`).
import {loadCorpus, type SourceFile} from '../src/corpus/index.ts'
import type {Corpus} from '../src/model/index.ts'
import type {SynopticMessage} from '../src/message/index.ts'

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

/** Parses the bundled corpus files. */
export function loadBundledCorpus(files: Array<SourceFile> = sourceFiles): LoadedWorkspace {
  const {value, messages} = loadCorpus(files.filter((f) => f.path.endsWith('.md')))
  return {corpus: value, messages, sources: files}
}
