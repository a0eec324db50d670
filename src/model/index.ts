export type {
  Point, Position, InstrumentKind, TranslationStatus, ArticleStatus, Inline, Text, Strong, Emphasis,
  Provision, Paragraph, Item, Article, Provenance, DeclaredChange, AmendmentDeclaration, Division, DivisionKind, Preamble, Instrument, InstrumentDetails, Corpus
} from './lib/types.ts'
export {
  articleLabel, articlesOf, divisionsOf, divisionText, divisionTitle, findInstrument, findProvision, inlineToText, isProvisionId, provisionIdPattern, provisionText, articleText, walkInstrument, walkProvisions
} from './lib/query.ts'
export type {Found} from './lib/query.ts'
export {articleStatuses, divisionKinds, instrumentKinds, translationStatuses} from './lib/vocabulary.ts'
export {citationOf, citedArticle, citedInstrument, citeId, citeInArticle, citeInDivision, instrumentName, ordinal} from './lib/citation.ts'
