// Amendments: what a draft changes in its base instrument, and the base with the draft applied. Below both the
// drafting model and the conformity checker, so the two consolidate a draft the same way. No I/O.
export {draftFromInstrument, checkBase} from './lib/amendments.ts'
export {applyDraft} from './lib/apply.ts'
export {consolidatedArticles} from './lib/consolidate.ts'
export {baseArticleOf, isNewArticle, reprefixArticle} from './lib/match.ts'
export type {Amendment, ReplaceArticle, ReplaceProvision, InsertArticle, RepealArticle} from './lib/types.ts'
