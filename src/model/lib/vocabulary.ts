import type {ArticleStatus, DivisionKind, InstrumentKind, TranslationStatus} from './types.ts'

// The closed lists behind the model's union types, for validation and for choosers in the views.

/** Every kind of instrument, in the order a chooser lists them. */
export const instrumentKinds: ReadonlyArray<InstrumentKind> = ['law', 'decision', 'convention', 'protocol', 'recommendation', 'guidelines', 'draft']

/** Every translation status. */
export const translationStatuses: ReadonlyArray<TranslationStatus> = ['authentic', 'official', 'unofficial']

/** Every article status. */
export const articleStatuses: ReadonlyArray<ArticleStatus> = ['in-force', 'proposed', 'not-available', 'repealed']

/**
 * Every kind of division, outermost first: the order in which divisions nest when nothing else says how
 * (a Part holds Titles, a Title Chapters, a Chapter Sections). A Schedule stands outside them all.
 */
export const divisionKinds: ReadonlyArray<DivisionKind> = ['schedule', 'book', 'part', 'title', 'subpart', 'division', 'chapter', 'sub-chapter', 'section']
