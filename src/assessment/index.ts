// Whole-law assessment against C81 and C129: the article catalogue (corpus/rules/articles.yaml), the assessment
// of an instrument or framework, and its document for DOCX and PDF export.
export {loadCatalogue, checkCatalogue, isCatalogueFile} from './lib/catalogue.ts'
export {assessLaw, resolveTarget} from './lib/assess.ts'
export {assessmentDocument} from './lib/document.ts'
export {countsSentence, noProvisionNote, rowsByStatus} from './lib/summary.ts'
export type {
  AssessedFinding, Assessment, AssessmentRow, AssessmentStatus, AssessmentTarget, CatalogueArticle, Requirement
} from './lib/types.ts'
