// How a check of the development set is scored (docs/rules.md, "Development set").
//
// - A conflict row is found (true positive) when a conflict finding cites one of the row's convention articles (or
//   a part or the whole of one: `12(1)` meets `12(1)(a)`); otherwise it is missed (false negative). A conflict
//   finding on such a row that cites none of its articles also counts as a false positive (a wrong reason).
// - A conforms or not-applicable row given any conflict finding is a false alarm (a false positive).
// - A `partial` finding (where the checker has that kind) is counted apart, neither found nor a false alarm.
// - A conforms row is recognised when a conforms finding cites one of its articles; a not-applicable row with a
//   conforms finding has a stray "conforms" (a phrase taken for the requirement).
import type {Finding} from '../../src/conformity/index.ts'
import type {DevelopmentRow} from './development-set.ts'

export interface Outcome {
  row: DevelopmentRow
  findings: ReadonlyArray<Finding>
}

export interface Score {
  rows: number
  conflicts: number
  tp: number
  fp: number
  fn: number
  /** tp / (tp + fp); null when the checker reported no conflict at all. */
  precision: number | null
  /** tp / (tp + fn); null when there is no conflict row. */
  recall: number | null
  nonConflicts: number
  falseAlarms: number
  falseAlarmRate: number | null
  conforms: number
  conformsFound: number
  strayConforms: number
  /** Rows with a `partial` finding (a checker that has the kind): on conflict rows it is not counted as found. */
  partialOnConflicts: number
  partialOnOthers: number
}

/** Whether a cited article (`C081 12(1)`) meets an expected one (`C081 12(1)(a)`): same instrument, and one article contains the other. */
export function articleMeets(cited: {instrument: string; article: string}, expected: string): boolean {
  const space = expected.indexOf(' ')
  const instrument = space < 0 ? expected : expected.slice(0, space)
  const article = space < 0 ? '' : expected.slice(space + 1)
  if (cited.instrument.toUpperCase() !== instrument.toUpperCase()) return false
  if (article === '' || cited.article === '') return true
  const [short, long] = cited.article.length <= article.length ? [cited.article, article] : [article, cited.article]
  return long === short || (long.startsWith(short) && long[short.length] === '(')
}

function cites(finding: Finding, articles: ReadonlyArray<string>): boolean {
  return finding.standards.some((s) => articles.some((a) => articleMeets(s, a)))
}

export function scoreRows(outcomes: ReadonlyArray<Outcome>): Score {
  const s: Score = {
    rows: outcomes.length, conflicts: 0, tp: 0, fp: 0, fn: 0, precision: null, recall: null, nonConflicts: 0,
    falseAlarms: 0, falseAlarmRate: null, conforms: 0, conformsFound: 0, strayConforms: 0, partialOnConflicts: 0,
    partialOnOthers: 0
  }
  for (const {row, findings} of outcomes) {
    const conflicts = findings.filter((f) => f.status === 'conflict')
    const conforming = findings.filter((f) => f.status === 'conforms')
    // `partial` is not a status of today's checker; compared as a string so the score keeps compiling either way.
    const partial = findings.some((f) => (f.status as string) === 'partial')
    if (partial) {
      if (row.label === 'conflict') s.partialOnConflicts++
      else s.partialOnOthers++
    }
    if (row.label === 'conflict') {
      s.conflicts++
      if (conflicts.some((f) => cites(f, row.articles))) s.tp++
      else {
        s.fn++
        if (conflicts.length > 0) s.fp++
      }
      continue
    }
    s.nonConflicts++
    if (conflicts.length > 0) {
      s.falseAlarms++
      s.fp++
    }
    if (row.label === 'conforms') {
      s.conforms++
      if (conforming.some((f) => cites(f, row.articles))) s.conformsFound++
    } else if (conforming.length > 0) s.strayConforms++
  }
  s.precision = s.tp + s.fp === 0 ? null : s.tp / (s.tp + s.fp)
  s.recall = s.conflicts === 0 ? null : s.tp / s.conflicts
  s.falseAlarmRate = s.nonConflicts === 0 ? null : s.falseAlarms / s.nonConflicts
  return s
}
