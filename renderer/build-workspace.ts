// Everything the views share, computed once from the bundled corpus: review data (Table 1's aspects), the
// findings of the conformity check, and the lookups the views use. All computation is the core's.
import {aspectsCiting, counterparts} from '../src/compare/index.ts'
import {loadReviewData} from '../src/review/index.ts'
import {checkCorpus, loadRules, type Finding} from '../src/conformity/index.ts'
import {findProvision, type Found} from '../src/model/index.ts'
import type {LoadedWorkspace} from './corpus.ts'
import type {Workspace} from './workspace.tsx'
import type {Related} from './related.ts'
import {citationText} from './components/cite.tsx'

/** The workspace of the views: the corpus and what the review data and the conformity rules add to it. */
export function buildWorkspace(loaded: LoadedWorkspace): Workspace {
  const {corpus, sources} = loaded
  const messages = [...loaded.messages]
  const review = loadReviewData(sources)
  messages.push(...review.messages)
  const aspects = review.value.aspects

  let findings: Array<Finding> = []
  const rules = loadRules(sources.filter((s) => s.path.startsWith('rules/')))
  messages.push(...rules.messages)
  try {
    findings = checkCorpus(corpus, rules.value)
  } catch (error) {
    // A broken rule must not take the comparison workspace down with it: say so and carry on without findings.
    console.error('conformity check failed', error)
  }
  const byProvision = new Map<string, Array<Finding>>()
  for (const f of findings) if (f.provision) byProvision.set(f.provision, [...(byProvision.get(f.provision) ?? []), f])

  const related = (found: Found): Related => {
    const id = (found.provision ?? found.article).id
    return {
      aspects: aspectsCiting(aspects, id).map((a) => ({id: a.id, title: a.title})),
      comparable: counterparts(aspects, id).map((c) => {
        const other = findProvision(corpus, c.id)
        const self = findProvision(corpus, c.from)
        const hasText = (f: Found | undefined): boolean => !!f && (f.provision !== undefined || f.article.status !== 'not-available')
        return {id: c.id, from: c.from, label: other ? citationText(other) : c.id, note: c.note, diffable: hasText(other) && hasText(self)}
      })
    }
  }
  return {corpus, messages, sources, aspects, findings, findingsFor: (id) => byProvision.get(id) ?? [], related}
}
