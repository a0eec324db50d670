// The IPC capability's size limits on their own, without the contract's zod schemas (built when contract.ts
// loads, about 0.8 MB of zod): the entry the CLI imports to read a corpus folder, so that `synoptic list` starts
// without them. index.ts re-exports the same.
export {maxExportBytes, maxDocumentBytes, utf8ByteLength} from './lib/limits.ts'
