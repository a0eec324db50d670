// The one way a draft becomes a document: which layout (redline, tracked changes, clean) for which format, with
// which Word options, and what the reader must be told. The CLI, the drafting view and the export worker all
// call it, so the three cannot drift apart.
import {
  layoutConsolidated, layoutRedline, xmlSafe, type DocxOptions, type DraftLayout, type ExportMode
} from '../../export/index.ts'
import {createMessage, type SynopticMessage} from '../../message/index.ts'
import type {Finding} from '../../conformity/index.ts'
import {articlesOf, type Article, type Instrument} from '../../model/index.ts'
import {applyDraft} from '../../amendment/index.ts'
import {redlineOf} from './redline.ts'
import {summarizeRedline} from './summary.ts'
import type {ChangeSummary, Redline} from './types.ts'

export type DraftFormat = 'docx' | 'pdf' | 'md'

/** What to export. */
export interface DraftExportRequest {
  draft: Instrument
  base: Instrument
  mode: ExportMode
  format: DraftFormat
  /** Author of Word revisions (default: the draft's author). */
  author?: string | undefined
  /** YYYY-MM-DD of Word revisions (default: the draft's date, else `today`). */
  date?: string | undefined
  /** Today, YYYY-MM-DD, from the caller (the core reads no clock). */
  today: string
  /** Append the wording variants as a note (default: in redline documents). */
  variants?: boolean | undefined
  /** The redline, when the caller has it already (the drafting view keeps one per article). */
  redline?: Redline | undefined
}

/** A draft ready to be written: the layout, the Word options, the file name, and what to tell the reader. */
export interface DraftExportPlan {
  layout: DraftLayout
  docx: DocxOptions
  /** `annex-1-redline.docx`. */
  fileName: string
  summary: ChangeSummary
  /** Warnings (a character removed, a new article placed at the end) and, when `layout` is absent, the error. */
  messages: Array<SynopticMessage>
}

/** Why a request cannot be met, in words for the reader; undefined when it can. */
export function refusal(mode: ExportMode, format: DraftFormat): string | undefined {
  if (format === 'pdf' && mode === 'track-changes') {
    return 'Tracked changes exist only in Word documents: export the PDF as a redline, or the tracked changes as DOCX'
  }
  return undefined
}

/** Removes what a document cannot hold (U+FFFE, control characters), saying where. */
function cleanLayout(layout: DraftLayout, file: string): {layout: DraftLayout; messages: Array<SynopticMessage>} {
  const messages: Array<SynopticMessage> = []
  let where = layout.title
  const fix = (text: string): string => {
    const safe = xmlSafe(text)
    if (safe.removed.length > 0) {
      messages.push(createMessage('warning', `Removed ${[...new Set(safe.removed)].join(', ')} from ${where}: a document cannot hold ${safe.removed.length === 1 ? 'it' : 'them'}`, {file, source: 'synoptic-export', ruleId: 'character-removed'}))
    }
    return safe.text
  }
  const blocks = layout.blocks.map((b) => {
    if (b.kind === 'heading') where = b.runs.map((r) => r.text).join('').trim() || where
    return {...b, label: b.label.map((r) => ({...r, text: fix(r.text)})), runs: b.runs.map((r) => ({...r, text: fix(r.text)}))}
  })
  where = 'the title'
  const title = fix(layout.title)
  const details = layout.details.map(fix)
  return {layout: {...layout, title, details, blocks}, messages}
}

/** Plans the export of a draft; `layout` is absent (with an error message) when the request cannot be met. */
export function planDraftExport(request: DraftExportRequest): {value: DraftExportPlan | undefined; messages: Array<SynopticMessage>} {
  const {draft, base, mode, format} = request
  const refused = refusal(mode, format)
  if (refused) return {value: undefined, messages: [createMessage('error', refused, {file: draft.file, source: 'synoptic-export', ruleId: 'mode-format'})]}
  // Tracked changes mark differences of capitals too (as wording variants), so Reject All gives the base's exact words.
  const redline = mode === 'track-changes' ? redlineOf(draft, base, {ignoreCase: false}) : (request.redline ?? redlineOf(draft, base))
  const messages: Array<SynopticMessage> = []
  let layout: DraftLayout
  if (mode === 'clean') {
    const applied = applyDraft(draft, base)
    messages.push(...applied.messages)
    layout = layoutConsolidated({...applied.value, language: redline.language}, draft)
  } else {
    layout = layoutRedline(redline, mode, {variants: request.variants})
  }
  const cleaned = cleanLayout(layout, draft.file)
  messages.push(...cleaned.messages)
  const when = request.date ?? draft.date ?? request.today
  return {
    value: {
      layout: cleaned.layout,
      docx: {author: request.author || draft.author || 'Synoptic', date: `${when}T00:00:00Z`},
      fileName: `${draft.id}-${mode}.${format}`,
      summary: summarizeRedline(redline),
      messages
    },
    messages
  }
}

/** The findings on each article of the draft (by the draft article's id), and those on the framework as a whole. */
export function findingsByArticle(draft: Instrument, findings: ReadonlyArray<Finding>): {byArticle: Map<string, Array<Finding>>; framework: Array<Finding>} {
  const byArticle = new Map<string, Array<Finding>>()
  const articles: Array<Article> = articlesOf(draft)
  const framework: Array<Finding> = []
  for (const f of findings) {
    const article = f.provision ? articles.find((a) => f.provision === a.id || f.provision!.startsWith(`${a.id}/`)) : undefined
    if (article) byArticle.set(article.id, [...(byArticle.get(article.id) ?? []), f])
    else framework.push(f)
  }
  return {byArticle, framework}
}
