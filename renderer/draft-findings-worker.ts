// The worker of the drafting view's check: the corpus and rules arrive once, then each draft version as an
// update to the one before (only the articles that changed carry their text). The check is the core's
// `draftFindings` with a `draftChecker`, which consolidates and matches only the changed articles again; it
// comes from src/drafting/findings.ts, the drafting entry without the Markdown parser (whose browser build
// needs a DOM a worker does not have).
import {loadLanguage, loadRules, type Finding, type Rule} from '../src/conformity/index.ts'
import {applyDraftUpdate, draftChecker, draftFindings, type DraftChecker, type DraftUpdate} from '../src/drafting/findings.ts'
import type {Corpus, Instrument} from '../src/model/index.ts'

export interface DraftCheckRequest {
  id: number
  update: DraftUpdate
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
let checker: DraftChecker = draftChecker()
/** The version the last update made: what the next one is relative to. */
let current: Instrument | undefined

/** Requests answered one after another: the first waits for the language library's model, fetched then. */
let queue: Promise<void> = Promise.resolve()

self.addEventListener('message', (event: MessageEvent<DraftCheckRequest>) => {
  queue = queue.then(() => answer(event.data))
})

async function answer(request: DraftCheckRequest): Promise<void> {
  if (request.corpus) {
    corpus = request.corpus
    checker = draftChecker()
  }
  try {
    if (request.rules) rules = loadRules(request.rules, {language: await loadLanguage()}).value
    current = applyDraftUpdate(current, request.update)
    const findings = corpus ? draftFindings(current, corpus, rules, checker) : []
    self.postMessage({id: request.id, findings} satisfies DraftCheckReply)
  } catch (error) {
    current = undefined
    self.postMessage({id: request.id, findings: [], error: (error as Error).message} satisfies DraftCheckReply)
  }
}
