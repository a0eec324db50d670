import type {Corpus} from '../../model/index.ts'
import type {CheckOptions, Finding, Rule} from './types.ts'

/** Checks a corpus against the rules: conflicts and conforming provisions per provision, gaps and harmonization per framework. */
export function checkCorpus(_corpus: Corpus, _rules: ReadonlyArray<Rule>, _options?: CheckOptions): Array<Finding> {
  return []
}

/** Checks one provision's text, as a drafter types it: conflicts and conforming words only. */
export function checkText(_text: string, _rules: ReadonlyArray<Rule>): Array<Finding> {
  return []
}
