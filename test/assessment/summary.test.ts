// How an assessment is summed up and ordered: one sentence of counts, the rows needing work first, and what a row
// with no provision says. The view, the exported table and `synoptic assess` use these.
import {describe, expect, test} from 'vitest'
import {countsSentence, noProvisionNote, rowsByStatus, type AssessmentRow, type AssessmentStatus, type CatalogueArticle} from '../../src/assessment/index.ts'

function row(id: string, status: AssessmentStatus, unmet: Array<string> = [], reason = 'A reason.'): AssessmentRow {
  const article: CatalogueArticle = {
    id, title: id, standards: [{instrument: 'C081', article: '1'}], requirements: [], missing: 'Nothing.', recommendation: 'Do.',
    silent: 'gap', file: 'rules/articles.yaml', position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
  }
  return {article, status, provisions: [], findings: [], unmet, reason, recommendation: 'Do.'}
}

describe('an assessment summed up', () => {
  test('counts in the order rows are shown, singular and plural', () => {
    expect(countsSentence({conflict: 2, partial: 3, gap: 8, conforms: 5})).toBe('2 conflicts, 3 partial, 8 gaps, 5 conforming')
    expect(countsSentence({conflict: 1, partial: 0, gap: 1, conforms: 1})).toBe('1 conflict, 0 partial, 1 gap, 1 conforming')
  })

  test('conflicts first, then partial rows, gaps and conforming rows, the catalogue order kept within each', () => {
    const rows = [row('a', 'conforms'), row('b', 'gap'), row('c', 'conflict'), row('d', 'partial'), row('e', 'conflict'), row('f', 'gap')]
    expect(rowsByStatus({rows}).map((r) => r.article.id)).toEqual(['c', 'e', 'd', 'b', 'f', 'a'])
  })

  test('a gap names its missing parts, unless the reason already says them', () => {
    expect(noProvisionNote(row('g', 'gap', ['No provision on how often workplaces are inspected.'], 'No provision on how often workplaces are inspected.'))).toBe('No provision found.')
    // The reason may carry more (articles cited without text); the missing part is still said there.
    expect(noProvisionNote(row('g', 'gap', ['No annual report.'], 'No annual report. (2 articles are cited without text.)'))).toBe('No provision found.')
    expect(noProvisionNote(row('g', 'gap', ['orders within a time limit (13(2)(a))', 'orders with immediate force (13(2)(b))'], 'No provision for orders.'))).toBe('Missing: orders within a time limit (13(2)(a)); orders with immediate force (13(2)(b))')
    expect(noProvisionNote(row('h', 'conforms'))).toBe('No provision found.')
  })
})
