// The assessment as a document of tables, written to DOCX and PDF by the exporters the memo uses.
import {citationOf, type Cell, type TableDocument} from '../../export/index.ts'
import {findProvision, type Corpus} from '../../model/index.ts'
import type {Assessment, AssessmentStatus} from './types.ts'
import {countsSentence, noProvisionNote, rowsByStatus} from './summary.ts'

const statusWords: Record<AssessmentStatus, string> = {
  conflict: 'Conflict',
  partial: 'Partial',
  conforms: 'Conforms',
  gap: 'Gap: nothing provides it'
}

const text = (value: string, strong = false): Cell[number] => ({kind: 'paragraph', depth: 0, runs: [{text: value, change: 'equal', ...(strong ? {strong} : {})}]})
const notice = (value: string): Cell[number] => ({kind: 'notice', depth: 0, runs: [{text: value, change: 'equal'}]})

/**
 * The assessment as a landscape table: per article of the conventions, its status, the provisions cited with
 * the words that tripped each rule, the reason and the recommendation. Conflicts first, then partial, gaps and
 * conforming rows, in the catalogue's order within each.
 */
export function assessmentDocument(corpus: Corpus, assessment: Assessment, title = 'Conformity assessment against ILO Conventions No. 81 and No. 129'): TableDocument {
  const rows = rowsByStatus(assessment)
  return {
    title,
    details: [
      `Assessed: ${assessment.target.name}`,
      `${rows.length} articles: ${countsSentence(assessment.counts)}`
    ],
    orientation: 'landscape',
    language: 'en',
    sections: [{
      heading: 'Article by article',
      lines: ['Status per article of C81 (with its C129 counterpart); the words that tripped each rule in bold.'],
      columns: [
        {header: 'Article', width: 17},
        {header: 'Status', width: 9},
        {header: 'Provisions and words', width: 30},
        {header: 'Reason', width: 26},
        {header: 'Recommendation', width: 18}
      ],
      rows: rows.map((row) => {
        const cites = row.article.standards.map((s) => (s.article ? `${s.instrument === 'C081' ? 'C81' : s.instrument === 'C129' ? 'C129' : s.instrument} ${s.article}` : s.instrument)).join(', ')
        const provisions: Cell = row.findings.length === 0
          ? [notice(noProvisionNote(row))]
          : row.findings.flatMap((f): Cell => {
            const found = findProvision(corpus, f.provision)
            return [
              text(found ? citationOf(found) : f.provision, true),
              {kind: 'paragraph', depth: 1, runs: [{text: `${f.status}: `, change: 'equal', emphasis: true}, {text: `“${f.words}”`, change: 'equal', strong: true}, {text: ` (${f.rule})`, change: 'equal'}]}
            ]
          })
        return [
          [text(row.article.title, true), notice(cites)],
          [text(statusWords[row.status], true)],
          provisions,
          [text(row.reason)],
          [text(row.recommendation)]
        ]
      })
    }]
  }
}
