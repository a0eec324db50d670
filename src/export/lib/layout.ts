// The page layout shared by the DOCX, PDF and Markdown exports of a draft: headings, paragraphs and items in
// reading order, each as runs that say whether they are kept, inserted or deleted. Each format then decides
// how to show a change (red and underlined, a Word revision, CriticMarkup).
import type {Redline, RedlineArticle, RedlineRun, RunChange} from '../../drafting/index.ts'
import {articlesOf, type Article, type Inline, type Instrument, type Provision} from '../../model/index.ts'

/**
 * - `redline`: inclusions red and underlined, deletions red and struck through (the look of the review's Annex 1);
 * - `track-changes`: real Word revisions, so the drafter accepts or rejects each change;
 * - `clean`: the consolidated text, with no marks.
 */
export type ExportMode = 'redline' | 'track-changes' | 'clean'

export const exportModes: ReadonlyArray<ExportMode> = ['redline', 'track-changes', 'clean']

/** A run of text on the page. */
export interface LayoutRun {
  text: string
  change: RunChange
  strong?: boolean | undefined
  emphasis?: boolean | undefined
}

/** One paragraph on the page. */
export interface LayoutBlock {
  /** `heading`: an article heading; `notice`: an editorial note for the reader, not legal text. */
  kind: 'heading' | 'paragraph' | 'item' | 'notice'
  /** Nesting: 0 for an article's own paragraphs and items. */
  depth: number
  /** An item's label ("4.", "(a)"), written as literal text, never as automatic list numbering. */
  label: Array<LayoutRun>
  runs: Array<LayoutRun>
  /** The whole paragraph is new or removed: in Word, its paragraph mark is a revision too. */
  whole?: 'insert' | 'delete' | undefined
  /** A remark for the reader that is not part of the text (Word: a comment), e.g. "to be discussed". */
  comment?: string | undefined
  /** The article (or provision) the block shows, for links and tests. */
  id?: string | undefined
}

/** A draft (or consolidated text) laid out for export. */
export interface DraftLayout {
  mode: ExportMode
  /** The running header and the document title. */
  title: string
  /** Lines under the title: what it amends, author, date, status. */
  details: Array<string>
  /** The note at the top of a redline. */
  intro?: string | undefined
  /** BCP 47 language of the text. */
  language: string
  blocks: Array<LayoutBlock>
}

/** The note on top of a redline: what the colours mean (Annex 1: "observe in red the inclusions or amendments"). */
export const REDLINE_NOTE =
  'Inclusions and amendments to the current legal text are shown in red: inserted words are underlined, deleted words are struck through. Unchanged text is in black.'

const run = (text: string, change: RunChange = 'equal'): LayoutRun => ({text, change})

/** "Article" and "New Article" in the language of the text (English unless a translation is known). */
export function articleWords(language: string): {article: string; newArticle: string} {
  if (language.toLowerCase().startsWith('lo')) return {article: 'ມາດຕາ', newArticle: 'ມາດຕາໃໝ່'}
  return {article: 'Article', newArticle: 'New Article'}
}

function wholeChange(runs: ReadonlyArray<RedlineRun>): 'insert' | 'delete' | undefined {
  if (runs.length === 0) return undefined
  if (runs.every((r) => r.change === 'insert')) return 'insert'
  if (runs.every((r) => r.change === 'delete')) return 'delete'
  return undefined
}

function detailsOf(redline: Redline['draft'], base: Redline['base']): Array<string> {
  return [
    `Draft amending ${base.title}${base.number ? ` (${base.number})` : ''}`,
    redline.author ? `Author: ${redline.author}` : '',
    redline.date ? `Date: ${redline.date}` : '',
    redline.status ? `Status: ${redline.status}` : ''
  ].filter(Boolean)
}

function articleHeading(article: RedlineArticle, mode: 'redline' | 'track-changes', language: string): Array<LayoutBlock> {
  const isNew = article.change === 'inserted'
  const words = articleWords(language)
  const lead = isNew ? words.newArticle : `${words.article} ${article.number}`
  const runs: Array<LayoutRun> = [run(lead, isNew ? 'insert' : 'equal')]
  const comments: Array<string> = []
  if (article.amended) {
    if (mode === 'redline') runs.push(run(' '), run('(Amended)', 'insert'))
    else comments.push('Amended.')
  }
  if (article.heading.length > 0) runs.push(run(' ', isNew ? 'insert' : 'equal'), ...article.heading)
  if (article.change === 'repealed') runs.push(run(' '), run('(Repealed)', 'insert'))
  if (article.note) {
    if (mode === 'redline') runs.push(run(' '), run(`(${article.note})`, 'insert'))
    else comments.push(`Note: ${article.note}.`)
  }
  if (article.notice && mode === 'track-changes') comments.push(article.notice)
  const blocks: Array<LayoutBlock> = [{
    kind: 'heading',
    depth: 0,
    label: [],
    runs,
    whole: isNew ? 'insert' : undefined,
    comment: comments.length > 0 ? comments.join(' ') : undefined,
    id: article.id
  }]
  if (article.notice && mode === 'redline') blocks.push({kind: 'notice', depth: 0, label: [], runs: [run(`[${article.notice}]`)], id: article.id})
  return blocks
}

/** The layout of a redline, for the `redline` and `track-changes` modes. */
export function layoutRedline(redline: Redline, mode: 'redline' | 'track-changes'): DraftLayout {
  const blocks: Array<LayoutBlock> = []
  for (const article of redline.articles) {
    blocks.push(...articleHeading(article, mode, redline.language))
    for (const block of article.blocks) {
      const all = [...block.label, ...block.text]
      blocks.push({
        kind: block.type,
        depth: block.depth,
        label: block.label,
        runs: block.text,
        whole: block.change === 'insert' || block.change === 'delete' ? block.change : wholeChange(all),
        id: block.id ?? block.baseId
      })
    }
  }
  return {
    mode,
    title: redline.draft.title,
    details: detailsOf(redline.draft, redline.base),
    intro: mode === 'redline' ? REDLINE_NOTE : undefined,
    language: redline.language,
    blocks
  }
}

function inlineRuns(nodes: ReadonlyArray<Inline>, strong = false, emphasis = false, out: Array<LayoutRun> = []): Array<LayoutRun> {
  for (const node of nodes) {
    if (node.type === 'text') {
      const last = out.at(-1)
      if (last && (last.strong ?? false) === strong && (last.emphasis ?? false) === emphasis) last.text += node.value
      else out.push({text: node.value, change: 'equal', ...(strong ? {strong} : {}), ...(emphasis ? {emphasis} : {})})
    } else {
      inlineRuns(node.children, strong || node.type === 'strong', emphasis || node.type === 'emphasis', out)
    }
  }
  return out
}

function provisionBlocks(children: ReadonlyArray<Provision>, depth: number, out: Array<LayoutBlock>): void {
  for (const p of children) {
    out.push({kind: p.type, depth, label: p.type === 'item' && p.label ? [run(p.label)] : [], runs: inlineRuns(p.content), id: p.id})
    if (p.type === 'item') provisionBlocks(p.children, depth + 1, out)
  }
}

function cleanArticle(article: Article, language: string, out: Array<LayoutBlock>): void {
  const words = articleWords(language)
  const lead = article.number.toLowerCase() === 'new' ? words.newArticle : `${words.article} ${article.number}`
  const heading = [lead, article.heading, article.status === 'repealed' ? '(Repealed)' : ''].filter(Boolean).join(' ')
  out.push({kind: 'heading', depth: 0, label: [], runs: [run(heading)], id: article.id})
  if (article.status === 'not-available') {
    out.push({kind: 'notice', depth: 0, label: [], runs: [run(`[Text not available in the sources${article.subject ? `. Subject: ${article.subject}` : ''}.]`)], id: article.id})
  }
  provisionBlocks(article.children, 0, out)
}

/**
 * The layout of a consolidated text (`applyDraft`), for the `clean` mode: the law as it reads with the draft
 * applied, with no marks and no drafting notes.
 */
export function layoutConsolidated(consolidated: Instrument, draft: Instrument | undefined): DraftLayout {
  const blocks: Array<LayoutBlock> = []
  for (const article of articlesOf(consolidated)) cleanArticle(article, consolidated.language, blocks)
  const details = draft
    ? [
        `Consolidated text of ${consolidated.title}${consolidated.number ? ` (${consolidated.number})` : ''} with the draft applied`,
        draft.author ? `Draft by: ${draft.author}` : '',
        draft.date ? `Date: ${draft.date}` : '',
        draft.draftStatus ? `Status: ${draft.draftStatus}` : ''
      ].filter(Boolean)
    : [consolidated.number ?? '']
  return {mode: 'clean', title: draft ? draft.title : consolidated.title, details, language: consolidated.language, blocks}
}

/** The plain text of runs as one side reads it: `new` (after the draft) or `old` (before). */
export function runsText(runs: ReadonlyArray<LayoutRun>, side: 'new' | 'old' = 'new'): string {
  return runs.filter((r) => r.change !== (side === 'new' ? 'delete' : 'insert')).map((r) => r.text).join('')
}
