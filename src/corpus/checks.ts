// The corpus capability's checks across files (joining instruments into a corpus, unique ids, a draft's base) on
// their own, without the Markdown and YAML parsers the rest of src/corpus brings (about 0.6 MB): the entry the CLI
// imports to join instruments read back from the parse cache, so `synoptic list` on a warm cache starts without
// them. index.ts re-exports the same.
export {joinInstruments, uniqueInstruments, checkBase} from './lib/corpus-checks.ts'
export type {InstrumentHead} from './lib/corpus-checks.ts'
export type {SourceFile} from './lib/load-corpus.ts'
