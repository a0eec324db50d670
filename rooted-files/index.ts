// Safe file-system operations inside a root (a workspace, a corpus folder), shared by the desktop store and the CLI:
// paths checked component by component, no link followed for reading, listing, writing or deleting, special files
// refused before they are opened, reads and walks bounded. Plain Node; it imports nothing of the app.
export {FileRefusal, kindOf, describeKind, refusalOfKind, errnoOf, formatMegabytes} from './lib/refusal.ts'
export type {RefusalReason, EntryKind} from './lib/refusal.ts'
export {componentsOf, resolveInside, fileInside, folderInside, ensureFolderInside, removeFileInside, renameInside} from './lib/paths.ts'
export type {Resolved} from './lib/paths.ts'
export {readFileBounded, readFileInside} from './lib/read.ts'
export type {FileBytes} from './lib/read.ts'
export {listInside, walkInside, maxFolderEntries} from './lib/walk.ts'
export type {Entry, WalkLimits, Skipped, Walk} from './lib/walk.ts'
export {firstInvalidUtf8, describeInvalidUtf8, decodeUtf8} from './lib/utf8.ts'
export type {InvalidUtf8} from './lib/utf8.ts'
