// The worker of the drafting view's check: the corpus and rules arrive once, then each draft version.
import {checkCorpus, loadLanguage, loadRules, type Finding, type Rule} from '../src/conformity/index.ts'
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

/** Requests answered one after another: the first waits for the language library's model, fetched then. */
let queue: Promise<void> = Promise.resolve()

self.addEventListener('message', (event: MessageEvent<DraftCheckRequest>) => {
  queue = queue.then(() => answer(event.data))
})

async function answer(request: DraftCheckRequest): Promise<void> {
  if (request.corpus) corpus = request.corpus
  try {
    if (request.rules) rules = loadRules(request.rules, {language: await loadLanguage()}).value
    const findings = corpus ? draftFindings(request.draft, corpus, rules) : []
    self.postMessage({id: request.id, findings} satisfies DraftCheckReply)
  } catch (error) {
    self.postMessage({id: request.id, findings: [], error: (error as Error).message} satisfies DraftCheckReply)
  }
}
