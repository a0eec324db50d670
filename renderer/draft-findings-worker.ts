// The worker of the drafting view's check: the corpus and rules arrive once, then each draft version.
import {checkCorpus, loadRules, type Finding, type Rule} from '../src/conformity/index.ts'
import {findInstrument, type Corpus, type Instrument} from '../src/model/index.ts'

export interface DraftCheckRequest {
  id: number
  draft: Instrument
  corpus?: Corpus | undefined
  rules?: Array<{path: string; text: string}> | undefined
}

export interface DraftCheckReply {
  id: number
  findings: Array<Finding>
  error?: string | undefined
}

/**
 * The draft's findings, as `draftFindings` of src/drafting computes them (the checker on the corpus with the
 * draft in place of its saved version). Called through the conformity capability directly: the drafting
 * capability brings the Markdown parser, whose browser build needs a DOM a worker does not have.
 */
function draftFindings(draft: Instrument, within: Corpus, list: ReadonlyArray<Rule>): Array<Finding> {
  if (!draft.base || !findInstrument(within, draft.base)) return []
  const instruments = [...within.instruments.filter((i) => i.id !== draft.id), draft]
  return checkCorpus({...within, instruments}, list, {instruments: [draft.id]})
}

let corpus: Corpus | undefined
let rules: Array<Rule> = []

self.addEventListener('message', (event: MessageEvent<DraftCheckRequest>) => {
  const request = event.data
  if (request.corpus) corpus = request.corpus
  if (request.rules) rules = loadRules(request.rules).value
  try {
    const findings = corpus ? draftFindings(request.draft, corpus, rules) : []
    self.postMessage({id: request.id, findings} satisfies DraftCheckReply)
  } catch (error) {
    self.postMessage({id: request.id, findings: [], error: (error as Error).message} satisfies DraftCheckReply)
  }
})
