import {checkCorpus, type Finding, type Rule} from '../../conformity/index.ts'
import {findInstrument, type Corpus, type Instrument} from '../../model/index.ts'

/**
 * The conformity findings of a draft: the checker run on the base with the draft applied, the draft taking the
 * place of any saved version of it in the corpus. What the drafting view shows as one types.
 */
export function draftFindings(draft: Instrument, corpus: Corpus, rules: ReadonlyArray<Rule>): Array<Finding> {
  const base = draft.base ? findInstrument(corpus, draft.base) : undefined
  if (!base) return []
  const instruments = [...corpus.instruments.filter((i) => i.id !== draft.id), draft]
  return checkCorpus({...corpus, instruments}, rules, {instruments: [draft.id]})
}
