// The IPC capability: the one contract between the renderer and the Electron main process (zod schemas built
// when this file loads), the size limits, and autosave. limits.ts is a second entry with the size limits alone,
// without zod: what the CLI imports to read a corpus folder, so `synoptic list` builds no schema.
export {
  operations, events, channelNames, menuCommands, menuCommandSchema, bridgeErrorSchema, documentKindSchema,
  documentFileSchema, documentRefSchema, fileVersionSchema, messageSchema, documentEntrySchema, recoveryNoteSchema,
  workspaceSummarySchema, exportFormatSchema, isExternalLink, isWindowsDeviceName,
  documentEndings, isDocumentFile
} from './lib/contract.ts'
export type {
  DocumentKind, DocumentRef, FileVersion, BridgeMessage, DocumentEntry, RecoveryNote, WorkspaceSummary, ExportFormat,
  OperationName, OperationRequest, OperationResponse, BridgeError, BridgeErrorCode, BridgeResult, MenuCommand,
  EventName, EventPayload, SynopticBridge
} from './lib/contract.ts'
export {maxExportBytes, maxDocumentBytes, utf8ByteLength} from './lib/limits.ts'
export {createAutosave} from './lib/autosave.ts'
export type {Autosave, AutosaveOptions, AutosaveStatus} from './lib/autosave.ts'
