// How an assessment is summed up and ordered for a reader: the one sentence of counts, and the rows that need work
// first. The view, the exported table and `synoptic assess` all say it this way.
import type {Assessment, AssessmentRow, AssessmentStatus} from './types.ts'

const order: ReadonlyArray<AssessmentStatus> = ['conflict', 'partial', 'gap', 'conforms']

const words: Record<AssessmentStatus, [one: string, many: string]> = {
  conflict: ['conflict', 'conflicts'],
  partial: ['partial', 'partial'],
  gap: ['gap', 'gaps'],
  conforms: ['conforming', 'conforming']
}

/** "2 conflicts, 3 partial, 8 gaps, 5 conforming": every status, in the order of `rowsByStatus`. */
export function countsSentence(counts: Readonly<Record<AssessmentStatus, number>>): string {
  return order.map((status) => `${counts[status]} ${words[status][counts[status] === 1 ? 0 : 1]}`).join(', ')
}

/** Conflicts first, then partial rows, gaps and conforming rows; the catalogue's order within each. */
export function rowsByStatus(assessment: Pick<Assessment, 'rows'>): Array<AssessmentRow> {
  return order.flatMap((status) => assessment.rows.filter((row) => row.status === status))
}

/**
 * What the provisions column says for a row no provision touches. A gap names the parts of the article that are
 * missing, unless the reason already says all of it (an article with no parts), which would only repeat it.
 */
export function noProvisionNote(row: AssessmentRow): string {
  if (row.status !== 'gap' || (row.unmet.length === 1 && row.reason.startsWith(row.unmet[0] ?? ''))) return 'No provision found.'
  return `Missing: ${row.unmet.join('; ')}`
}
