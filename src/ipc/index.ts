export {
  operations, events, channelNames, menuCommands, menuCommandSchema, bridgeErrorSchema, documentKindSchema,
  documentFileSchema, documentRefSchema, fileVersionSchema, messageSchema, documentEntrySchema, recoveryNoteSchema,
  workspaceSummarySchema, exportFormatSchema, maxExportBytes, maxDocumentBytes, utf8ByteLength, isExternalLink, isWindowsDeviceName,
  documentEndings, isDocumentFile
} from './lib/contract.ts'
export type {
  DocumentKind, DocumentRef, FileVersion, BridgeMessage, DocumentEntry, RecoveryNote, WorkspaceSummary, ExportFormat,
  OperationName, OperationRequest, OperationResponse, BridgeError, BridgeErrorCode, BridgeResult, MenuCommand,
  EventName, EventPayload, SynopticBridge
} from './lib/contract.ts'
export {createAutosave} from './lib/autosave.ts'
export type {Autosave, AutosaveOptions, AutosaveStatus} from './lib/autosave.ts'
