// The drafting view's conformity check, off the main thread: the worker keeps the corpus and the rules it was
// given once, and checks each new version of the draft as one types (the newest asked wins). Each version goes as
// an update to the one sent before it, carrying only the articles the editor replaced.
import type {Finding} from '../src/conformity/index.ts'
import {draftUpdate} from '../src/drafting/findings.ts'
import type {Corpus, Instrument} from '../src/model/index.ts'
import type {DraftCheckReply, DraftCheckRequest} from './draft-findings-worker.ts'

let worker: Worker | undefined
let sent: {corpus: Corpus; sources: unknown} | undefined
/** The last version sent: the worker has it, and the next update is relative to it. */
let lastDraft: Instrument | undefined
let next = 1
const waiting = new Map<number, {resolve: (f: Array<Finding>) => void; reject: (e: Error) => void}>()

function start(): Worker {
  const w = new Worker(new URL('./draft-findings-worker.ts', import.meta.url), {type: 'module'})
  w.addEventListener('message', (event: MessageEvent<DraftCheckReply>) => {
    // The worker dropped its version of the draft: the next request sends the whole draft.
    if (event.data.error) lastDraft = undefined
    const entry = waiting.get(event.data.id)
    if (!entry) return
    waiting.delete(event.data.id)
    if (event.data.error) entry.reject(new Error(event.data.error))
    else entry.resolve(event.data.findings)
  })
  return w
}

/** The findings of `draft` against `corpus` and the rule files, computed in the worker. */
export function checkDraftInBackground(draft: Instrument, corpus: Corpus, sources: ReadonlyArray<{path: string; text: string}>): Promise<Array<Finding>> {
  worker ??= start()
  const id = next++
  const fresh = sent?.corpus !== corpus || sent.sources !== sources
  const request: DraftCheckRequest = {id, update: draftUpdate(fresh ? undefined : lastDraft, draft)}
  lastDraft = draft
  if (fresh) {
    request.corpus = corpus
    request.rules = [...sources]
    sent = {corpus, sources}
  }
  // Only the newest answer matters: older requests still waiting are dropped.
  for (const [old, entry] of waiting) if (old < id) {
    waiting.delete(old)
    entry.reject(new Error('superseded'))
  }
  return new Promise((resolve, reject) => {
    waiting.set(id, {resolve, reject})
    worker!.postMessage(request)
  })
}
