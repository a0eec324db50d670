import type {Instrument} from '../../model/index.ts'
import {redlineOf, type RedlineOptions} from './redline.ts'
import type {ChangeSummary, Redline, RedlineRun} from './types.ts'

const text = (runs: ReadonlyArray<RedlineRun>, side: 'base' | 'draft'): string =>
  runs.filter((r) => r.change !== (side === 'base' ? 'insert' : 'delete')).map((r) => r.text).join('')

/** The summary of a redline: which articles and provisions are amended, inserted or repealed, by id. */
export function summarizeRedline(redline: Redline): ChangeSummary {
  const summary: ChangeSummary = {draft: redline.draft.id, base: redline.base.id, amended: [], inserted: [], repealed: [], notComparable: [], unchanged: []}
  for (const article of redline.articles) {
    const heading = text(article.heading, 'draft')
    const note = article.note
    switch (article.change) {
      case 'unchanged':
        summary.unchanged.push(article.baseId ?? article.id)
        break
      case 'inserted':
        summary.inserted.push({article: article.id, heading, after: article.after, note})
        break
      case 'repealed':
        summary.repealed.push({article: article.baseId ?? article.id, heading: text(article.heading, 'base'), note})
        break
      case 'not-comparable':
        summary.notComparable.push({article: article.baseId ?? article.id, draft: article.id, heading, note})
        break
      case 'amended':
        summary.amended.push({
          article: article.baseId ?? article.id,
          draft: article.id,
          heading,
          note,
          headingChanged: article.heading.some((r) => r.change !== 'equal'),
          changed: article.blocks.filter((b) => b.change === 'changed').map((b) => b.baseId ?? b.id ?? ''),
          inserted: article.blocks.filter((b) => b.change === 'insert').map((b) => b.id ?? ''),
          deleted: article.blocks.filter((b) => b.change === 'delete').map((b) => b.baseId ?? '')
        })
        break
    }
  }
  return summary
}

/** What a draft changes in its base: amended (with the provisions changed, inserted, deleted), inserted and repealed articles. */
export function summarizeChanges(draft: Instrument, base: Instrument, options: RedlineOptions = {}): ChangeSummary {
  return summarizeRedline(redlineOf(draft, base, options))
}

/** The summary as lines of text, for the CLI and the status bar of the drafting view. */
export function formatSummary(summary: ChangeSummary): Array<string> {
  const lines: Array<string> = []
  const noted = (note: string | undefined) => (note ? ` (${note})` : '')
  for (const a of summary.amended) {
    const parts = [
      a.headingChanged ? 'heading' : '',
      a.changed.length ? `changed ${a.changed.join(', ')}` : '',
      a.inserted.length ? `inserted ${a.inserted.join(', ')}` : '',
      a.deleted.length ? `deleted ${a.deleted.join(', ')}` : ''
    ].filter(Boolean)
    lines.push(`amended   ${a.article}${noted(a.note)}: ${parts.join('; ')}`)
  }
  for (const a of summary.inserted) lines.push(`inserted  ${a.article} "${a.heading}"${a.after ? ` after ${a.after}` : ''}${noted(a.note)}`)
  for (const a of summary.repealed) lines.push(`repealed  ${a.article}${noted(a.note)}`)
  for (const a of summary.notComparable) lines.push(`new text  ${a.article} (current text not available: not compared)${noted(a.note)}`)
  return lines
}

