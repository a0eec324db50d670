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
  /** A wording variant, not an amendment: never shown as an inclusion (see `WordingVariant`). */
  variant?: boolean | undefined
}

/** A wording variant as a document lists it. */
export interface LayoutVariant {
  where: string
  base: string
  draft: string
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
  /** The provision moved: `from` where the base had it, `to` where the draft puts it (Word: move revisions). */
  moved?: 'from' | 'to' | undefined
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
  /** The fixed words of the document, in its language. */
  words: ExportWords
  blocks: Array<LayoutBlock>
  /** Wording variants, appended as a note after the text (redline documents). */
  variants?: Array<LayoutVariant> | undefined
}

/** The words an export writes itself (not the law's), in the document's language. */
export interface ExportWords {
  article: string
  newArticle: string
  amended: string
  repealed: string
  draftAmending: string
  consolidatedOf: string
  withDraft: string
  draftBy: string
  author: string
  date: string
  status: string
  /** "Page {n} of {m}". */
  page: string
  redlineNote: string
  variantsHeading: string
  variantsNote: string
  base: string
  draft: string
  textNotAvailable: string
  subject: string
}

const ENGLISH: ExportWords = {
  article: 'Article',
  newArticle: 'New Article',
  amended: '(Amended)',
  repealed: '(Repealed)',
  draftAmending: 'Draft amending',
  consolidatedOf: 'Consolidated text of',
  withDraft: 'with the draft applied',
  draftBy: 'Draft by',
  author: 'Author',
  date: 'Date',
  status: 'Status',
  page: 'Page {n} of {m}',
  redlineNote: 'Inclusions and amendments to the current legal text are shown in red: inserted words are underlined, deleted words are struck through. Unchanged text is in black. Provisions moved are green: struck twice where they stood, underlined twice where they go. Words underlined with dots are wording variants, not amendments (listed at the end).',
  variantsHeading: 'Wording variants (not amendments)',
  variantsNote: 'Where the draft\'s wording differs from the current text without proposing a change (two translations of the law), the draft\'s words stand in the text above, underlined with dots. They are listed here for the drafters to keep the current wording or to propose the change.',
  base: 'Current text',
  draft: 'Draft',
  textNotAvailable: 'Text not available in the sources',
  subject: 'Subject'
}

// The Lao words of the exports. Reviewed against the review's Lao terms where it has them; to be confirmed by
// the Lao drafters before an official use.
const LAO: ExportWords = {
  article: 'ມາດຕາ',
  newArticle: 'ມາດຕາໃໝ່',
  amended: '(ປັບປຸງ)',
  repealed: '(ຍົກເລີກ)',
  draftAmending: 'ຮ່າງແກ້ໄຂ',
  consolidatedOf: 'ສະບັບລວມຂອງ',
  withDraft: 'ພ້ອມດ້ວຍຮ່າງແກ້ໄຂ',
  draftBy: 'ຜູ້ຮ່າງ',
  author: 'ຜູ້ຮ່າງ',
  date: 'ວັນທີ',
  status: 'ສະຖານະ',
  page: 'ໜ້າ {n} / {m}',
  redlineNote: 'ການເພີ່ມເຕີມ ແລະ ການແກ້ໄຂ ຂໍ້ກົດໝາຍປັດຈຸບັນ ສະແດງດ້ວຍສີແດງ: ຄຳທີ່ເພີ່ມມີເສັ້ນກ້ອງ, ຄຳທີ່ຕັດອອກມີເສັ້ນຂີດທັບ. ຂໍ້ຄວາມທີ່ບໍ່ປ່ຽນແປງເປັນສີດຳ.',
  variantsHeading: 'ຄວາມແຕກຕ່າງດ້ານຖ້ອຍຄຳ (ບໍ່ແມ່ນການແກ້ໄຂ)',
  variantsNote: 'ບ່ອນທີ່ຖ້ອຍຄຳຂອງຮ່າງແຕກຕ່າງຈາກຂໍ້ຄວາມປັດຈຸບັນ ໂດຍບໍ່ໄດ້ສະເໜີການປ່ຽນແປງ.',
  base: 'ຂໍ້ຄວາມປັດຈຸບັນ',
  draft: 'ຮ່າງ',
  textNotAvailable: 'ບໍ່ມີຂໍ້ຄວາມໃນແຫຼ່ງຂໍ້ມູນ',
  subject: 'ເນື້ອໃນ'
}

/** The fixed words of an export in `language` (Lao or English). */
export function exportWords(language: string): ExportWords {
  return language.toLowerCase().startsWith('lo') ? LAO : ENGLISH
}

/** "Page 3 of 12" in the document's words. */
export function pageWords(words: ExportWords, n: number | string, m: number | string): string {
  return words.page.replace('{n}', String(n)).replace('{m}', String(m))
}

/** The note on top of a redline: what the colours mean (Annex 1: "observe in red the inclusions or amendments"). */
export const REDLINE_NOTE = ENGLISH.redlineNote

const run = (text: string, change: RunChange = 'equal'): LayoutRun => ({text, change})

/** "Article" and "New Article" in the language of the text (English unless a translation is known). */
export function articleWords(language: string): {article: string; newArticle: string} {
  const words = exportWords(language)
  return {article: words.article, newArticle: words.newArticle}
}

function wholeChange(runs: ReadonlyArray<RedlineRun>): 'insert' | 'delete' | undefined {
  if (runs.length === 0) return undefined
  if (runs.every((r) => r.change === 'insert')) return 'insert'
  if (runs.every((r) => r.change === 'delete')) return 'delete'
  return undefined
}

function detailsOf(redline: Redline['draft'], base: Redline['base'], words: ExportWords): Array<string> {
  return [
    `${words.draftAmending} ${base.title}${base.number ? ` (${base.number})` : ''}`,
    redline.author ? `${words.author}: ${redline.author}` : '',
    redline.date ? `${words.date}: ${redline.date}` : '',
    redline.status ? `${words.status}: ${redline.status}` : ''
  ].filter(Boolean)
}

/**
 * An article's heading as the draft writes it, in every mode: "Article 111 (Amended) Contents … (to be
 * discussed)". The marks and the note are the draft's words: inserted in a redline or in tracked changes (so
 * Reject All gives the base's heading), plain in the clean text.
 */
function articleHeading(article: RedlineArticle, mode: 'redline' | 'track-changes', words: ExportWords): Array<LayoutBlock> {
  const isNew = article.change === 'inserted'
  const lead = isNew ? words.newArticle : `${words.article} ${article.number}`
  const runs: Array<LayoutRun> = [run(lead, isNew ? 'insert' : 'equal')]
  const comments: Array<string> = []
  const added = (text: string) => runs.push(run(` ${text}`, 'insert'))
  if (article.amended) added(words.amended)
  if (article.heading.length > 0) runs.push(run(' ', isNew || article.heading.every((r) => r.change === 'insert') ? 'insert' : 'equal'), ...article.heading)
  if (article.change === 'repealed') added(words.repealed)
  if (article.note) added(`(${article.note})`)
  if (article.notice && mode === 'track-changes') comments.push(article.notice)
  const blocks: Array<LayoutBlock> = [{
    kind: 'heading',
    depth: 0,
    label: [],
    runs: tidy(runs),
    whole: isNew ? 'insert' : undefined,
    comment: comments.length > 0 ? comments.join(' ') : undefined,
    id: article.id
  }]
  if (article.notice && mode === 'redline') blocks.push({kind: 'notice', depth: 0, label: [], runs: [run(`[${article.notice}]`)], id: article.id})
  return blocks
}

/** Joins neighbouring runs of the same kind (a space between two insertions is inserted with them). */
function tidy(runs: Array<LayoutRun>): Array<LayoutRun> {
  const out: Array<LayoutRun> = []
  for (const r of runs) {
    const last = out.at(-1)
    if (last && last.change === r.change && !!last.strong === !!r.strong && !!last.emphasis === !!r.emphasis && !!last.variant === !!r.variant) last.text += r.text
    else out.push({...r})
  }
  return out
}

/** Options of `layoutRedline`. */
export interface RedlineLayoutOptions {
  /** Append the wording variants as a note (default: in the redline mode). */
  variants?: boolean | undefined
}

/** The layout of a redline, for the `redline` and `track-changes` modes. */
export function layoutRedline(redline: Redline, mode: 'redline' | 'track-changes', options: RedlineLayoutOptions = {}): DraftLayout {
  const words = exportWords(redline.language)
  const blocks: Array<LayoutBlock> = []
  const variants: Array<LayoutVariant> = []
  for (const article of redline.articles) {
    blocks.push(...articleHeading(article, mode, words))
    for (const block of article.blocks) {
      const all = [...block.label, ...block.text]
      blocks.push({
        kind: block.type,
        depth: block.depth,
        label: block.label,
        runs: block.text,
        whole: block.change === 'insert' || block.change === 'delete' ? block.change : wholeChange(all),
        id: block.id ?? block.baseId,
        ...(block.moved ? {moved: block.moved} : {}),
        ...(block.relation ? {comment: `${block.relation.kind === 'split' ? 'Split from' : 'Merged into'} ${block.relation.label || 'the provision before'}.`} : {})
      })
    }
    for (const v of article.variants) variants.push({where: v.where, base: v.base, draft: v.draft})
  }
  const withVariants = options.variants ?? mode === 'redline'
  return {
    mode,
    title: redline.draft.title,
    details: detailsOf(redline.draft, redline.base, words),
    intro: mode === 'redline' ? words.redlineNote : undefined,
    language: redline.language,
    words,
    blocks,
    ...(withVariants && variants.length > 0 ? {variants} : {})
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

function cleanArticle(article: Article, words: ExportWords, out: Array<LayoutBlock>): void {
  const lead = article.number.toLowerCase() === 'new' ? words.newArticle : `${words.article} ${article.number}`
  const heading = [lead, article.amended ? words.amended : '', article.heading, article.status === 'repealed' ? words.repealed : '', article.note ? `(${article.note})` : ''].filter(Boolean).join(' ')
  out.push({kind: 'heading', depth: 0, label: [], runs: [run(heading)], id: article.id})
  if (article.status === 'not-available') {
    out.push({kind: 'notice', depth: 0, label: [], runs: [run(`[${words.textNotAvailable}${article.subject ? `. ${words.subject}: ${article.subject}` : ''}.]`)], id: article.id})
  }
  provisionBlocks(article.children, 0, out)
}

/**
 * The layout of a consolidated text (`applyDraft`), for the `clean` mode: the law as it reads with the draft
 * applied, with no marks and no drafting notes.
 */
export function layoutConsolidated(consolidated: Instrument, draft: Instrument | undefined): DraftLayout {
  const blocks: Array<LayoutBlock> = []
  const language = draft?.language || consolidated.language
  const words = exportWords(language)
  for (const article of articlesOf(consolidated)) cleanArticle(article, words, blocks)
  const details = draft
    ? [
        `${words.consolidatedOf} ${consolidated.title}${consolidated.number ? ` (${consolidated.number})` : ''} ${words.withDraft}`,
        draft.author ? `${words.draftBy}: ${draft.author}` : '',
        draft.date ? `${words.date}: ${draft.date}` : '',
        draft.draftStatus ? `${words.status}: ${draft.draftStatus}` : ''
      ].filter(Boolean)
    : [consolidated.number ?? '']
  return {mode: 'clean', title: draft ? draft.title : consolidated.title, details, language, words, blocks}
}

/** The plain text of runs as one side reads it: `new` (after the draft) or `old` (before). */
export function runsText(runs: ReadonlyArray<LayoutRun>, side: 'new' | 'old' = 'new'): string {
  return runs.filter((r) => r.change !== (side === 'new' ? 'delete' : 'insert')).map((r) => r.text).join('')
}
