export {loadRules} from './lib/load-rules.ts'
export {checkCorpus, checkText} from './lib/check.ts'
export type {
  Finding, FindingMatch, FindingStatus, Framework, FrameworkId, Pattern, Rule, RuleExamples, Standard, CheckOptions
} from './lib/types.ts'
