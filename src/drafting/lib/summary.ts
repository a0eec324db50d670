import type {Instrument} from '../../model/index.ts'
import {redlineOf, type RedlineOptions} from './redline.ts'
import type {ChangeSummary, Redline, RedlineBlock, RedlineRun} from './types.ts'

const text = (runs: ReadonlyArray<RedlineRun>, side: 'base' | 'draft'): string =>
  runs.filter((r) => r.change !== (side === 'base' ? 'insert' : 'delete')).map((r) => r.text).join('')

/** A block the draft changes by declaration (not only by wording variants). */
const amends = (b: RedlineBlock): boolean => [...b.label, ...b.text].some((r) => r.change !== 'equal' && !r.variant)

/** The summary of a redline: which articles and provisions are amended, inserted or repealed, by id and as cited. */
export function summarizeRedline(redline: Redline): ChangeSummary {
  const summary: ChangeSummary = {draft: redline.draft.id, base: redline.base.id, amended: [], inserted: [], repealed: [], notComparable: [], unchanged: [], variants: 0}
  for (const article of redline.articles) {
    const heading = text(article.heading, 'draft')
    const note = article.note
    const label = article.number.toLowerCase() === 'new' ? 'New Article' : `Article ${article.number}`
    summary.variants += article.variants.length
    switch (article.change) {
      case 'unchanged':
        summary.unchanged.push(article.baseId ?? article.id)
        break
      case 'inserted':
        summary.inserted.push({article: article.id, heading, after: article.after, note})
        break
      case 'repealed':
        summary.repealed.push({article: article.baseId ?? article.id, label, heading: text(article.heading, 'base'), note})
        break
      case 'not-comparable':
        summary.notComparable.push({article: article.baseId ?? article.id, label, draft: article.id, heading, note})
        break
      case 'amended': {
        const moved = article.blocks.filter((b) => b.moved === 'to')
        const changed = article.blocks.filter((b) => b.change === 'changed' && amends(b))
        const inserted = article.blocks.filter((b) => b.change === 'insert' && !b.moved && amends(b))
        const deleted = article.blocks.filter((b) => b.change === 'delete' && !b.moved && amends(b))
        const where = (list: Array<RedlineBlock>) => list.map((b) => b.where ?? label)
        summary.amended.push({
          article: article.baseId ?? article.id,
          draft: article.id,
          label,
          heading,
          note,
          headingChanged: article.heading.some((r) => r.change !== 'equal' && !r.variant),
          changed: changed.map((b) => b.baseId ?? b.id ?? ''),
          inserted: inserted.map((b) => b.id ?? ''),
          deleted: deleted.map((b) => b.baseId ?? ''),
          moved: moved.map((b) => b.id ?? ''),
          cited: {changed: where(changed), inserted: where(inserted), deleted: where(deleted), moved: where(moved)},
          variants: article.variants.length
        })
        break
      }
    }
  }
  return summary
}

/** What a draft changes in its base: amended (with the provisions changed, inserted, deleted), inserted and repealed articles. */
export function summarizeChanges(draft: Instrument, base: Instrument, options: RedlineOptions = {}): ChangeSummary {
  return summarizeRedline(redlineOf(draft, base, options))
}

/** The summary as lines of text, for the CLI and the status bar of the drafting view: citations, never ids. */
export function formatSummary(summary: ChangeSummary): Array<string> {
  const lines: Array<string> = []
  const noted = (note: string | undefined) => (note ? ` (${note})` : '')
  for (const a of summary.amended) {
    const parts = [
      a.headingChanged ? 'heading' : '',
      a.cited.changed.length ? `changed ${a.cited.changed.join(', ')}` : '',
      a.cited.inserted.length ? `inserted ${a.cited.inserted.join(', ')}` : '',
      a.cited.deleted.length ? `deleted ${a.cited.deleted.join(', ')}` : '',
      a.cited.moved.length ? `moved ${a.cited.moved.join(', ')}` : '',
      a.variants ? `${a.variants} wording variant${a.variants === 1 ? '' : 's'}` : ''
    ].filter(Boolean)
    lines.push(`amended   ${a.label}${noted(a.note)}: ${parts.join('; ')}`)
  }
  for (const a of summary.inserted) lines.push(`inserted  New Article "${a.heading}"${noted(a.note)}`)
  for (const a of summary.repealed) lines.push(`repealed  ${a.label}${noted(a.note)}`)
  for (const a of summary.notComparable) lines.push(`new text  ${a.label} (current text not available: not compared)${noted(a.note)}`)
  return lines
}
