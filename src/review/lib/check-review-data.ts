import {createMessage, type SynopticMessage} from '../../message/index.ts'
import {articlesOf, findInstrument, findProvision, type Corpus, type Instrument} from '../../model/index.ts'
import {aspectIds} from './load-review-data.ts'
import type {DataLocation, ReviewData, StandardReference} from './types.ts'

/**
 * The corpus instrument an ILO standard reference names: the instrument numbered `C081` (or with the id `c081`).
 */
function standardInstrument(corpus: Corpus, instrument: string): Instrument | undefined {
  const key = instrument.toLowerCase()
  return corpus.instruments.find((i) => i.number?.toLowerCase() === key) ?? findInstrument(corpus, key)
}

/**
 * The provision id of an ILO article reference in the corpus: C081 `12(1)(a)` → `c081/art-12/item-1/item-a`, given
 * the id of the corpus instrument numbered C081. Undefined when the reference is not written as `N(…)(…)`.
 */
export function standardProvisionId(instrumentId: string, article: string): string | undefined {
  const m = /^(\d+[a-z]?)((?:\([0-9a-z]+\))*)$/u.exec(article)
  if (!m) return undefined
  const parts = [...m[2]!.matchAll(/\(([0-9a-z]+)\)/gu)].map((p) => `item-${p[1]}`)
  return [instrumentId, `art-${m[1]}`, ...parts].join('/')
}

/**
 * Checks the review data against the corpus: every provision id names an article, paragraph or item that exists;
 * every ILO reference names an article of a corpus instrument; each pair's sides belong to the instruments its
 * aspect cites for that framework; all eight aspects of Table 1 are present. Returns messages at the data files'
 * lines; nothing is thrown.
 */
export function checkReviewData(data: ReviewData, corpus: Corpus): Array<SynopticMessage> {
  const messages: Array<SynopticMessage> = []
  const report = (severity: 'error' | 'warning', reason: string, location: DataLocation, ruleId: string, note?: string) =>
    messages.push(createMessage(severity, reason, {file: location.file, place: location.position, source: 'synoptic-review', ruleId, note}))

  const checkProvision = (id: string, location: DataLocation, what: string) => {
    const problem = provisionProblem(corpus, id, what)
    if (problem) report(problem.severity, problem.reason, location, problem.ruleId, problem.note)
  }
  const checkStandard = (standard: StandardReference) => {
    const instrument = standardInstrument(corpus, standard.instrument)
    if (!instrument) {
      report('error', `The standard ${standard.instrument} is not in the corpus`, standard.location, 'review-unknown-standard')
      return
    }
    const id = standardProvisionId(instrument.id, standard.article)
    if (!id || !findProvision(corpus, id)) {
      report('error', `${standard.instrument} has no article ${standard.article} in the corpus`, standard.location, 'review-unknown-standard')
    }
  }
  const instrumentOf = (id: string) => {
    const prefix = id.split('/')[0] ?? ''
    return findInstrument(corpus, prefix)?.id ?? prefix
  }

  for (const aspect of data.aspects) {
    const what = `Aspect \`${aspect.id}\`:`
    for (const c of [...aspect.labour, ...aspect.socialSecurity]) checkProvision(c.provision, c.location, `${what} the citation`)
    for (const s of aspect.standards) checkStandard(s)
    const labourInstruments = new Set(aspect.labour.map((c) => instrumentOf(c.provision)))
    const socialInstruments = new Set(aspect.socialSecurity.map((c) => instrumentOf(c.provision)))
    for (const pair of aspect.pairs) {
      checkProvision(pair.labour, pair.location, `${what} the pair's labour side`)
      checkProvision(pair.socialSecurity, pair.location, `${what} the pair's social security side`)
      if (!labourInstruments.has(instrumentOf(pair.labour))) {
        report('warning', `${what} the pair's labour side \`${pair.labour}\` is not in an instrument the aspect cites for labour inspection`, pair.location, 'review-pair-side')
      }
      if (!socialInstruments.has(instrumentOf(pair.socialSecurity))) {
        report('warning', `${what} the pair's social security side \`${pair.socialSecurity}\` is not in an instrument the aspect cites for social security inspection`, pair.location, 'review-pair-side')
      }
    }
    for (const u of aspect.unpaired) checkProvision(u.provision, u.location, `${what} the unpaired provision`)
  }
  for (const fine of data.fines) checkProvision(fine.provision, fine.location, `Fine \`${fine.id}\`: the provision`)
  for (const procedure of data.procedures) {
    checkProvision(procedure.provision, procedure.location, `Procedure \`${procedure.id}\`: the provision`)
    for (const step of procedure.steps) checkProvision(step.provision, step.location, `Step \`${procedure.id}/${step.id}\`: the provision`)
  }
  if (data.aspects.length > 0) {
    const present = new Set(data.aspects.map((a) => a.id))
    const first = data.aspects[0]!.location
    for (const id of aspectIds) {
      if (!present.has(id)) report('warning', `The aspect \`${id}\` of Table 1 is missing from the review data`, first, 'review-missing-aspect')
    }
  }
  return messages
}

/**
 * What is wrong with a cited provision id, if anything: an instrument, article or item the corpus does not have
 * (an error), or an instrument named by its alias (a warning). `what` opens the reason ("The citation").
 */
export function provisionProblem(corpus: Corpus, id: string, what: string): {severity: 'error' | 'warning'; reason: string; ruleId: string; note?: string | undefined} | undefined {
  const found = findProvision(corpus, id)
  const [instrumentId, articleSegment] = id.split('/')
  if (!found) {
    const instrument = instrumentId ? findInstrument(corpus, instrumentId) : undefined
    if (!instrument) return {severity: 'error', reason: `${what} \`${id}\` names the instrument \`${instrumentId}\`, which is not in the corpus`, ruleId: 'review-unknown-provision'}
    if (!articlesOf(instrument).some((a) => a.id.split('/')[1] === articleSegment)) {
      return {severity: 'error', reason: `${what} \`${id}\`: ${instrument.id} has no article \`${articleSegment}\``, ruleId: 'review-unknown-provision'}
    }
    return {severity: 'error', reason: `${what} \`${id}\`: the article exists, but has no such paragraph or item`, ruleId: 'review-unknown-provision', note: 'ids are listed by `synoptic show <article id> --json`'}
  }
  if (found.instrument.id !== instrumentId) {
    return {severity: 'warning', reason: `${what} \`${id}\` uses the alias \`${instrumentId}\`; write \`${found.instrument.id}\``, ruleId: 'review-alias'}
  }
  return undefined
}
