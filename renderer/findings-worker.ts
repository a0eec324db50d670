// Runs the conformity check off the main thread: loading the rules and checking the corpus take seconds, and the
// comparison workspace must be usable at once. The page posts the parsed corpus and the rule files; the worker
// answers with the findings and the rules' messages.
import {checkCorpus, loadLanguage, loadRules, type Finding} from '../src/conformity/index.ts'
import type {Corpus} from '../src/model/index.ts'
import type {SynopticMessage} from '../src/message/index.ts'

/** What the page sends. */
export interface FindingsRequest {
  corpus: Corpus
  rules: Array<{path: string; text: string}>
}

/** What the worker answers. */
export interface FindingsResponse {
  findings: Array<Finding>
  messages: Array<SynopticMessage>
  /** Set when the check itself failed. */
  error?: string | undefined
}

/**
 * The check itself, shared by the worker and the main-thread fallback. The language library's model (its own
 * chunk of the bundle) is fetched here, when a check first runs.
 */
export async function runCheck(request: FindingsRequest): Promise<FindingsResponse> {
  const rules = loadRules(request.rules, {language: await loadLanguage()})
  try {
    return {findings: checkCorpus(request.corpus, rules.value), messages: rules.messages}
  } catch (error) {
    return {findings: [], messages: rules.messages, error: (error as Error).message}
  }
}

// In a worker (no `document`), answer requests.
if (typeof document === 'undefined') {
  self.addEventListener('message', (event: MessageEvent<FindingsRequest>) => {
    void runCheck(event.data).then((response) => self.postMessage(response))
  })
}
