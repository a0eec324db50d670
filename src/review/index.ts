export {loadReviewData, isReviewDataFile} from './lib/load-review-data.ts'
export {checkReviewData, standardProvisionId} from './lib/check-review-data.ts'
export {daysBeforeSanction, sanctionDelays} from './lib/sanction-delay.ts'
export type {
  Aspect, AspectId, Citation, DataLocation, EnforcementProcedure, EnforcementStep, Fine, FineAmount, FineUnit, Framework,
  FrameworkDelay, Pair, ReviewData, SanctionDelay, StandardInstrument, StandardReference, Unpaired, WarningRequirement
} from './lib/types.ts'
export {loadComparison, checkComparison, comparisonYaml, comparisonIdOf, comparisonDraftOf, aspectsAsComparison} from './lib/comparison-file.ts'
export type {ComparisonFile, ComparisonColumn, ComparisonTopic, ComparisonPair, ComparisonDraft, AspectOfTable} from './lib/comparison-file.ts'
