// Comparison core: normalisation, word segmentation, word and provision diffs, corpus diffs and the rows of the
// comparison workspace. The drafting redline reuses normalizeText, segmentWords and diffWords.
export {normalizeText} from './lib/normalize.ts'
export type {NormalizeOptions} from './lib/normalize.ts'
export {segmentWords} from './lib/segment.ts'
export type {WordToken} from './lib/segment.ts'
export {diffWords, changedText, similarity, wordBag, bagSimilarity} from './lib/diff-words.ts'
export type {ChangeKind, WordChange, DiffWordsOptions} from './lib/diff-words.ts'
export {diffProvisions, oneSidedTree, ownText, fullText, summarizeDiff} from './lib/diff-provisions.ts'
export type {Comparable, ProvisionDiff, DiffProvisionsOptions, DiffSummary} from './lib/diff-provisions.ts'
export {diffInstruments, diffCorpus, countChanges, articleName, pairArticles, pairInstruments} from './lib/diff-corpus.ts'
export type {InstrumentDiff, DiffCounts} from './lib/diff-corpus.ts'
export {searchCorpus} from './lib/search.ts'
export type {SearchHit, SearchOptions, TextRange} from './lib/search.ts'
export {resolveStandard, aspectsCiting, counterparts} from './lib/aspects.ts'
export type {
  AspectData, AspectCitation, AspectPair, AspectStandard, CitedProvision, ComparisonRow, AspectComparison, Counterpart
} from './lib/aspects.ts'
export {compareTopic, compareAspect, compareAspectAsTopic, tableOneColumns} from './lib/topics.ts'
export {suggestProvisions} from './lib/suggest.ts'
export type {RuleEvidence, Suggestion, SuggestOptions} from './lib/suggest.ts'
export type {TopicColumn, TopicData, TopicRow, TopicComparison} from './lib/topics.ts'
