// The corpus capability: Markdown corpus files parsed into the model (remark, micromark and yaml), the checks
// across files, the workspace's documents joined to the corpus. checks.ts is a second entry with the checks
// across files alone, without the parser: what the CLI imports to join instruments read back from the parse
// cache, so `synoptic list` on a warm cache loads no Markdown or YAML parser.
export {parseInstrument} from './lib/parse-instrument.ts'
export {loadCorpus} from './lib/load-corpus.ts'
export type {SourceFile} from './lib/load-corpus.ts'
export {joinInstruments, uniqueInstruments, checkBase} from './lib/corpus-checks.ts'
export type {InstrumentHead} from './lib/corpus-checks.ts'
export {serializeInstrument} from './lib/serialize.ts'
export {cleanNum} from './lib/ids.ts'
export {assignIds} from './lib/assign-ids.ts'
export {joinWorkspace, parseWorkspaceFile, workspaceFolderOf, workspaceFolders} from './lib/join-workspace.ts'
export type {JoinedCorpus, JoinOptions, WorkspaceDocument, WorkspaceFolder} from './lib/join-workspace.ts'
