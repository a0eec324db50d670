// The corpus as shipped in corpus/, read the way the CLI reads it, for the tests of its content.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {loadCorpus, type SourceFile} from '../../src/corpus/index.ts'
import type {Corpus} from '../../src/model/index.ts'
import type {SynopticMessage} from '../../src/message/index.ts'
import {repoRoot} from './seed-quotes.ts'

export const corpusDir = join(repoRoot, 'corpus')

/** Every .md and .yaml file of corpus/ (README.md excepted), paths relative to corpus/. */
export function shippedSources(): Array<SourceFile> {
  return (readdirSync(corpusDir, {recursive: true}) as Array<string>)
    .map((p) => p.split('\\').join('/'))
    .filter((p) => /\.(md|ya?ml)$/u.test(p) && !/(^|\/)README\.md$/u.test(p))
    .sort()
    .map((p) => ({path: p, text: readFileSync(join(corpusDir, p), 'utf8')}))
}

let cached: {corpus: Corpus; messages: Array<SynopticMessage>; sources: Array<SourceFile>} | undefined

/** The parsed shipped corpus (read once per test file). */
export function shippedCorpus(): {corpus: Corpus; messages: Array<SynopticMessage>; sources: Array<SourceFile>} {
  if (!cached) {
    const sources = shippedSources()
    const {value, messages} = loadCorpus(sources)
    cached = {corpus: value, messages, sources}
  }
  return cached
}
