import type {Result} from '../../message/index.ts'
import type {Corpus} from '../../model/index.ts'
import {parseInstrument} from './parse-instrument.ts'
import {joinInstruments} from './corpus-checks.ts'

/** A file handed to the core: its path (as it should appear in messages) and its text. */
export interface SourceFile {
  path: string
  text: string
}

/**
 * Parses every Markdown file of a corpus and checks the corpus as a whole: ids and aliases unique, drafts'
 * bases present, references to articles that exist. Other files (YAML data, rules) are left to their own loaders.
 * `parse` stands in for parseInstrument where parsed instruments are kept (the CLI's cache).
 */
export function loadCorpus(files: ReadonlyArray<SourceFile>, parse: typeof parseInstrument = parseInstrument): Result<Corpus> {
  const results = files.filter((file) => /\.md$/iu.test(file.path)).map((file) => parse(file.text, file.path))
  return joinInstruments(results)
}

