// Drafting: a draft's amendments to its base, the redline, the consolidated text, the summary of changes, the
// draft's conformity findings, and edits as pure functions (for undo and redo). No I/O.
// The amendment model lives in src/amendment (the conformity checker uses it too); drafting presents it whole.
export {draftFromInstrument, checkBase, applyDraft, consolidatedArticles, baseArticleOf, isNewArticle} from '../amendment/index.ts'
export type {Amendment, ReplaceArticle, ReplaceProvision, InsertArticle, RepealArticle} from '../amendment/index.ts'
export {redlineOf, redlineArticle, diffInline, declarationOf} from './lib/redline.ts'
export type {RedlineOptions} from './lib/redline.ts'
export {summarizeChanges, summarizeRedline, formatSummary} from './lib/summary.ts'
export {draftFindings, draftChecker, draftUpdate, applyDraftUpdate} from './findings.ts'
export type {DraftChecker, DraftUpdate} from './findings.ts'
export {
  createDraft, renumberNewArticles, articleBodyText, replaceArticleText, setArticleHeading, setAmendedMark,
  amendArticle, insertArticle, repealArticle, removeArticle, draftFileText, acceptBaseWording, declareAmendment
} from './lib/edits.ts'
export type {NewDraft} from './lib/edits.ts'
export {startHistory, record, closeGroup, canUndo, canRedo, undo, redo} from './lib/history.ts'
export type {History} from './lib/history.ts'
export type {
  RunChange, RedlineRun, RedlineBlock, WordingVariant,
  ArticleChange, RedlineArticle, Redline, AmendedArticleSummary, ChangeSummary
} from './lib/types.ts'
export {planDraftExport, findingsByArticle, refusal} from './lib/pipeline.ts'
export type {DraftFormat, DraftExportRequest, DraftExportPlan} from './lib/pipeline.ts'
