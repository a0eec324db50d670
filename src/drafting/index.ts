// Drafting: a draft's amendments to its base, the redline, the consolidated text, the summary of changes, the
// draft's conformity findings, and edits as pure functions (for undo and redo). No I/O.
export {draftFromInstrument, checkBase} from './lib/amendments.ts'
export {applyDraft} from './lib/apply.ts'
export {redlineOf, redlineArticle, diffInline} from './lib/redline.ts'
export type {RedlineOptions} from './lib/redline.ts'
export {summarizeChanges, summarizeRedline, formatSummary} from './lib/summary.ts'
export {consolidatedArticles, draftFindings} from './lib/findings.ts'
export {baseArticleOf, isNewArticle} from './lib/match.ts'
export {
  createDraft, renumberNewArticles, articleBodyText, replaceArticleText, setArticleHeading, setAmendedMark,
  amendArticle, insertArticle, repealArticle, removeArticle, draftFileText
} from './lib/edits.ts'
export type {NewDraft} from './lib/edits.ts'
export {startHistory, record, closeGroup, canUndo, canRedo, undo, redo} from './lib/history.ts'
export type {History} from './lib/history.ts'
export type {
  Amendment, ReplaceArticle, ReplaceProvision, InsertArticle, RepealArticle, RunChange, RedlineRun, RedlineBlock,
  ArticleChange, RedlineArticle, Redline, AmendedArticleSummary, ChangeSummary
} from './lib/types.ts'
