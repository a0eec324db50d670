// A whole-law assessment: the conformity check of an instrument (or a framework of several) read article by
// article of the conventions, so that what the law lacks shows as much as what it says wrongly.
import {checkCorpus, frameworks as reviewFrameworks, type Finding, type Framework, type Rule, type Standard} from '../../conformity/index.ts'
import {articlesOf, findInstrument, instrumentName, type Corpus} from '../../model/index.ts'
import type {AssessedFinding, Assessment, AssessmentRow, AssessmentStatus, AssessmentTarget, CatalogueArticle} from './types.ts'

/**
 * What `assess` is given, as a target: a framework of the review by its id (`labour`: ll-2013 and md-4277;
 * `social-security`), instruments joined by `+` (`ll-2013+md-4277`), or one instrument or draft id. A draft is
 * assessed as its base with the draft applied. Returns a reason when the target names nothing in the corpus.
 */
export function resolveTarget(corpus: Corpus, id: string, frameworks: ReadonlyArray<Framework> = reviewFrameworks): AssessmentTarget | {error: string} {
  const framework = frameworks.find((f) => f.id === id)
  const ids = framework ? framework.instruments : id.split('+').map((x) => x.trim()).filter(Boolean)
  if (ids.length === 0) return {error: 'name an instrument, a framework (labour, social-security) or instruments joined by + (ll-2013+md-4277)'}
  const instruments: Array<string> = []
  for (const x of ids) {
    const found = findInstrument(corpus, x)
    if (!found) return {error: `no instrument '${x}' in the corpus (see: synoptic list)`}
    if (found.jurisdiction === 'ILO') return {error: `'${x}' is an ILO instrument: assess a national law, decision or draft`}
    instruments.push(found.id)
  }
  const titles = instruments.map((x) => findInstrument(corpus, x)!.title)
  // Named as a drafter cites them, never by the corpus's ids, since the name goes into documents.
  const cited = instruments.map((x) => instrumentName(findInstrument(corpus, x)!)).join(', ')
  const name = framework
    ? `${framework.name[0]!.toUpperCase()}${framework.name.slice(1)} framework (${cited})`
    : instruments.length === 1 ? titles[0]! : titles.join('; ')
  return {id, name, instruments}
}

/** Whether a finding's standard is one of the row's articles, or a part of one (`12(1)(c)(iv)` is part of `12(1)(c)`). */
function cites(standard: Standard, row: Standard): boolean {
  if (standard.instrument.toUpperCase() !== row.instrument.toUpperCase()) return false
  if (!row.article || !standard.article) return !row.article && !standard.article
  return standard.article === row.article || standard.article.startsWith(`${row.article}(`)
}

const order: Record<string, number> = {conflict: 0, partial: 1, conforms: 2}

function distinct(list: ReadonlyArray<string>): Array<string> {
  return [...new Set(list)]
}

function assessRow(article: CatalogueArticle, findings: ReadonlyArray<Finding>): AssessmentRow {
  const mine = findings
    .filter((f) => f.standards.some((s) => article.standards.some((r) => cites(s, r))))
    .sort((a, b) => order[a.status]! - order[b.status]!)
  const assessed: Array<AssessedFinding> = mine.map((f) => ({
    rule: f.rule, title: f.title, status: f.status, provision: f.provision!, words: f.match?.text ?? '', reason: f.reason, recommendation: f.recommendation
  }))
  const provisions = distinct(mine.map((f) => f.provision!))
  const conflicts = mine.filter((f) => f.status === 'conflict')
  const partial = mine.filter((f) => f.status === 'partial')
  const conforming = mine.filter((f) => f.status === 'conforms')
  const met = article.requirements.filter((r) => conforming.some((f) => r.rules.includes(f.rule)))
  const unmet = article.requirements.filter((r) => !met.includes(r)).map((r) => r.text)
  let status: AssessmentStatus
  let reason: string
  let recommendation: string
  if (conflicts.length > 0) {
    status = 'conflict'
    reason = distinct(conflicts.map((f) => f.reason)).join(' ')
    recommendation = distinct(conflicts.map((f) => f.recommendation)).join(' ')
  } else if (partial.length > 0 || (conforming.length > 0 && unmet.length > 0)) {
    status = 'partial'
    const missing = unmet.length > 0 ? ` Not provided: ${unmet.join('; ')}.` : ''
    reason = partial.length > 0 ? distinct(partial.map((f) => f.reason)).join(' ') + missing : `Part of the article is provided (${met.map((r) => r.text).join('; ') || conforming[0]!.title.toLowerCase()}).${missing}`
    recommendation = partial.length > 0 ? distinct(partial.map((f) => f.recommendation)).join(' ') : article.recommendation
  } else if (conforming.length > 0) {
    status = 'conforms'
    reason = distinct(conforming.map((f) => f.reason)).join(' ')
    recommendation = 'Keep it.'
  } else {
    status = article.silent
    reason = article.silent === 'gap' ? article.missing : `${article.missing} Nothing to change.`
    recommendation = article.silent === 'gap' ? article.recommendation : 'Keep it so.'
  }
  return {article, status, provisions, findings: assessed, unmet: status === 'gap' ? (unmet.length > 0 ? unmet : [article.missing]) : unmet, reason, recommendation}
}

/**
 * Assesses a law (or framework) as a whole against the catalogue: one row per article, with its status, the
 * provisions and words behind it, the reason and the recommendation. Built on `checkCorpus`, with the target's
 * instruments as one framework (so a provision of one can clear a conflict in another).
 */
export function assessLaw(corpus: Corpus, rules: ReadonlyArray<Rule>, catalogue: ReadonlyArray<CatalogueArticle>, target: AssessmentTarget): Assessment {
  // The framework id is only a label here: gap and harmonization findings are not used.
  const framework: Framework = {id: 'labour', name: target.name, instruments: target.instruments}
  const findings = checkCorpus(corpus, rules, {instruments: target.instruments, frameworks: [framework]})
    .filter((f) => (f.status === 'conflict' || f.status === 'partial' || f.status === 'conforms') && f.provision !== null)
  const unchecked = target.instruments.reduce((n, id) => {
    const instrument = findInstrument(corpus, id)
    return n + (instrument ? articlesOf(instrument).filter((a) => a.status === 'not-available').length : 0)
  }, 0)
  const rows = catalogue.map((article) => assessRow(article, findings))
  // A gap may be an article the sources cite without its text: say so where it matters.
  if (unchecked > 0) {
    for (const row of rows) if (row.status === 'gap') row.reason += ` (${unchecked} article${unchecked === 1 ? '' : 's'} of ${target.instruments.map((x) => citedOrId(corpus, x)).join(', ')} ${unchecked === 1 ? 'is' : 'are'} cited without text and could not be assessed.)`
  }
  const counts: Record<AssessmentStatus, number> = {conflict: 0, partial: 0, conforms: 0, gap: 0}
  for (const row of rows) counts[row.status]++
  return {target, rows, counts, unchecked}
}

function citedOrId(corpus: Corpus, id: string): string {
  const instrument = findInstrument(corpus, id)
  return instrument ? instrumentName(instrument) : id
}
