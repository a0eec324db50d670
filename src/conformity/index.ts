export {loadRules, isRuleFile} from './lib/load-rules.ts'
export type {LoadRulesOptions} from './lib/load-rules.ts'
export {loadLanguage} from './lib/language.ts'
export type {Language, Reading, ReadWord} from './lib/language.ts'
export {checkCorpus, checkText, headingsByArticle} from './lib/check.ts'
export type {CheckTextOptions, HeadingsOf} from './lib/check.ts'
export {frameworks, consolidateDraft} from './lib/frameworks.ts'
export {compilePattern} from './lib/pattern.ts'
export type {PatternError} from './lib/pattern.ts'
export type {
  Finding, FindingMatch, FindingStatus, Framework, FrameworkId, Pattern, PatternElement, Rule, RuleContext, RuleExamples, Standard, CheckOptions
} from './lib/types.ts'
export {foldWord, hiddenCharacters, hiddenCharacterWarnings} from './lib/normalize.ts'
export type {HiddenCharacter} from './lib/normalize.ts'
