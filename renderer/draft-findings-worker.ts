// The worker of the drafting view's check: the corpus and rules arrive once, then each draft version.
import {loadRules, type Finding, type Rule} from '../src/conformity/index.ts'
import {draftFindings} from '../src/drafting/index.ts'
import type {Corpus, Instrument} from '../src/model/index.ts'

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
