// The drafting capability's conformity check on its own, without the Markdown parser that the rest of
// src/drafting brings (its edits re-parse typed text): the entry a Web Worker imports, where the parser's
// browser build finds no DOM. index.ts re-exports the same.
export {draftFindings, draftChecker, draftUpdate, applyDraftUpdate} from './lib/findings.ts'
export type {DraftChecker, DraftUpdate} from './lib/findings.ts'
