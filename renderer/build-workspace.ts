// Everything the views share, computed from the corpus (bundled, joined by the workspace): review data (Table 1's
// aspects), the findings of the conformity check, and the lookups the views use. All computation is the core's.
import {aspectsCiting, counterparts} from '../src/compare/index.ts'
import {loadReviewData} from '../src/review/index.ts'
import type {Finding} from '../src/conformity/index.ts'
import {findProvision, type Found} from '../src/model/index.ts'
import type {LoadedWorkspace} from './corpus.ts'
import type {JoinedWorkspace} from './workspace-files.ts'
import type {Workspace} from './workspace.tsx'
import type {Related} from './related.ts'
import type {FindingsRequest, FindingsResponse} from './findings-worker.ts'
import {citationText} from './components/cite.tsx'

/** The workspace of the views, without findings yet (`withFindings` adds them when the check is done). */
export function buildWorkspace(loaded: LoadedWorkspace | JoinedWorkspace): Workspace {
  const {corpus, sources} = loaded
  const documents = 'documents' in loaded ? loaded.documents : []
  const byId = new Map(documents.filter((d) => d.state !== 'refused' && d.id).map((d) => [d.id!, d]))
  const review = loadReviewData(sources)
  const aspects = review.value.aspects
  const related = (found: Found): Related => {
    const id = (found.provision ?? found.article).id
    const hasText = (f: Found | undefined): boolean => !!f && (f.provision !== undefined || f.article.status !== 'not-available')
    return {
      aspects: aspectsCiting(aspects, id).map((a) => ({id: a.id, title: a.title})),
      comparable: counterparts(aspects, id).map((c) => {
        const other = findProvision(corpus, c.id)
        return {id: c.id, from: c.from, label: other ? citationText(other) : c.id, note: c.note, diffable: hasText(other) && hasText(findProvision(corpus, c.from))}
      })
    }
  }
  return {
    corpus,
    bundled: 'bundled' in loaded ? loaded.bundled : corpus,
    documents,
    comparisons: 'comparisons' in loaded ? loaded.comparisons : [],
    storage: 'storage' in loaded ? loaded.storage : {host: 'none', recovered: []},
    documentOf: (id) => byId.get(id),
    messages: [...loaded.messages, ...review.messages],
    sources,
    aspects,
    fines: review.value.fines,
    procedures: review.value.procedures,
    findings: [],
    findingsPending: true,
    findingsFor: () => [],
    related
  }
}

/** The workspace with the conformity check's findings (and the rules' messages) added. */
export function withFindings(workspace: Workspace, result: FindingsResponse): Workspace {
  // Each finding once: checkCorpus lists a provision found wanting in two readings of a framework once (src/conformity).
  const findings = result.findings
  const byProvision = new Map<string, Array<Finding>>()
  for (const f of findings) if (f.provision) byProvision.set(f.provision, [...(byProvision.get(f.provision) ?? []), f])
  return {
    ...workspace,
    messages: [...workspace.messages, ...result.messages],
    findings,
    findingsPending: false,
    findingsError: result.error,
    findingsFor: (id) => byProvision.get(id) ?? []
  }
}

/**
 * Runs the conformity check in a worker and resolves with its answer; where workers cannot start (a restrictive
 * host), runs it on the main thread after the first paint instead.
 */
export function checkInBackground(workspace: Workspace): Promise<FindingsResponse> {
  const request: FindingsRequest = {corpus: workspace.corpus, rules: workspace.sources.filter((s) => s.path.startsWith('rules/'))}
  const fallback = (): Promise<FindingsResponse> =>
    new Promise((resolve) => setTimeout(() => void import('./findings-worker.ts').then((m) => void m.runCheck(request).then(resolve)), 50))
  let worker: Worker
  try {
    worker = new Worker(new URL('./findings-worker.ts', import.meta.url), {type: 'module'})
  } catch {
    return fallback()
  }
  return new Promise((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<FindingsResponse>) => {
      resolve(event.data)
      worker.terminate()
    })
    worker.addEventListener('error', () => {
      worker.terminate()
      void fallback().then(resolve)
    })
    worker.postMessage(request)
  })
}
