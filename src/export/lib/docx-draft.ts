// A laid-out draft as a Word document. Legal numbers ("Article 112", "4.", "(a)") are literal text with a
// tab and a hanging indent, never Word list numbering, so they survive any editing and match the source.
import {
  AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, Footer, Header,
  InsertedTextRun, Packer, PageNumber, Paragraph, Tab, TabStopType, TextRun, type IRunOptions, type ParagraphChild
} from 'docx'
import type {DraftLayout, LayoutBlock, LayoutRun} from './layout.ts'
import {runningTitle} from './pdf-draft.ts'

/** Who and when, for Word revisions and comments. */
export interface DocxOptions {
  /** Author of the revisions (default: the draft's author, else "Synoptic"). */
  author?: string | undefined
  /** ISO date-time of the revisions (default: the draft's date). */
  date?: string | undefined
}

/** Red of the review's Annex 1. */
export const RED = 'C00000'
const LATIN_FONT = 'Arial'
// Lao is a complex script for Word: its runs take the `cs` font. Phetsarath OT is the Lao government's standard
// font; Word and LibreOffice fall back to any Lao font the machine has.
const LAO_FONT = 'Phetsarath OT'
const INDENT = 567 // 1 cm in twentieths of a point

/** Hands out revision and comment ids: unique within the document, as Word requires. */
class Ids {
  private next = 1
  take(): number {
    return this.next++
  }
}

interface Context {
  mode: DraftLayout['mode']
  author: string
  date: string
  revisions: Ids
  comments: Array<{id: number; text: string}>
}

function formatting(run: LayoutRun): IRunOptions {
  return {...(run.strong ? {bold: true} : {}), ...(run.emphasis ? {italics: true} : {})}
}

/** One run as Word content: plain, red (redline) or a revision (track changes). */
function wordRun(run: LayoutRun, ctx: Context, extra: IRunOptions = {}): ParagraphChild {
  const text = run.text
  const base = {text, ...formatting(run), ...extra}
  if (run.change === 'equal' || ctx.mode === 'clean') return new TextRun(base)
  if (ctx.mode === 'redline') {
    return run.change === 'insert'
      ? new TextRun({...base, color: RED, underline: {}})
      : new TextRun({...base, color: RED, strike: true})
  }
  const revision = {id: ctx.revisions.take(), author: ctx.author, date: ctx.date}
  return run.change === 'insert' ? new InsertedTextRun({...base, ...revision}) : new DeletedTextRun({...base, ...revision})
}

/** The tab between an item's label and its text changes with the label: inserted with a new item, deleted with a removed one. */
function tabRun(label: ReadonlyArray<LayoutRun>, ctx: Context): ParagraphChild {
  const change = label.every((r) => r.change === 'insert') ? 'insert' : label.every((r) => r.change === 'delete') ? 'delete' : 'equal'
  if (change === 'equal' || ctx.mode !== 'track-changes') return new TextRun({children: [new Tab()]})
  const revision = {id: ctx.revisions.take(), author: ctx.author, date: ctx.date}
  return change === 'insert' ? new InsertedTextRun({children: [new Tab()], ...revision}) : new DeletedTextRun({children: [new Tab()], ...revision})
}

function blockParagraph(block: LayoutBlock, ctx: Context): Paragraph {
  const children: Array<ParagraphChild> = []
  let commentId: number | undefined
  if (block.comment && ctx.mode === 'track-changes') {
    commentId = ctx.comments.length + 1
    ctx.comments.push({id: commentId, text: block.comment})
    children.push(new CommentRangeStart(commentId))
  }
  const heading = block.kind === 'heading'
  const notice = block.kind === 'notice'
  const extra: IRunOptions = heading ? {bold: true} : notice ? {italics: true, color: '595959'} : {}
  if (block.kind === 'item' && block.label.length > 0) {
    for (const r of block.label) children.push(wordRun(r, ctx, extra))
    children.push(tabRun(block.label, ctx))
  }
  for (const r of block.runs) children.push(wordRun(r, ctx, extra))
  if (commentId !== undefined) {
    children.push(new CommentRangeEnd(commentId), new TextRun({children: [new CommentReference(commentId)]}))
  }
  // A wholly new or removed paragraph: its paragraph mark is a revision too, so that accepting (or rejecting)
  // every change leaves no empty paragraph behind.
  const mark = ctx.mode === 'track-changes' && block.whole
    ? {run: block.whole === 'insert' ? {insertion: {id: ctx.revisions.take(), author: ctx.author, date: ctx.date}} : {deletion: {id: ctx.revisions.take(), author: ctx.author, date: ctx.date}}}
    : {}
  const itemIndent = block.kind === 'item' && block.label.length > 0
  const left = INDENT * (block.depth + (itemIndent ? 1 : 0))
  return new Paragraph({
    children,
    ...mark,
    ...(heading ? {keepNext: true} : {}),
    spacing: heading ? {before: 280, after: 120} : {after: 100},
    indent: itemIndent ? {left, hanging: INDENT} : left > 0 ? {left} : undefined,
    tabStops: itemIndent ? [{type: TabStopType.LEFT, position: left}] : undefined
  })
}

/** The Word document of a laid-out draft, as the bytes of a .docx file. */
export async function draftToDocx(layout: DraftLayout, options: DocxOptions = {}): Promise<Uint8Array> {
  const ctx: Context = {
    mode: layout.mode,
    author: options.author || 'Synoptic',
    date: options.date || new Date(0).toISOString(),
    revisions: new Ids(),
    comments: []
  }
  const body: Array<Paragraph> = [
    new Paragraph({children: [new TextRun({text: layout.title, bold: true, size: 28})], spacing: {after: 120}}),
    ...layout.details.map((line) => new Paragraph({children: [new TextRun({text: line, color: '404040'})], spacing: {after: 40}}))
  ]
  if (layout.intro) {
    body.push(new Paragraph({
      children: [new TextRun({text: layout.intro, italics: true, color: RED})],
      spacing: {before: 200, after: 200},
      border: {top: {style: 'single', size: 4, color: RED, space: 4}, bottom: {style: 'single', size: 4, color: RED, space: 4}}
    }))
  }
  for (const block of layout.blocks) body.push(blockParagraph(block, ctx))

  const doc = new Document({
    creator: ctx.author,
    title: layout.title,
    description: `Synoptic export (${layout.mode})`,
    features: {trackRevisions: false},
    comments: {children: ctx.comments.map((c) => ({id: c.id, author: ctx.author, date: new Date(ctx.date), children: [new Paragraph({children: [new TextRun(c.text)]})]}))},
    styles: {
      default: {
        document: {
          run: {font: {ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LAO_FONT, eastAsia: LATIN_FONT}, size: 22, sizeComplexScript: 22},
          paragraph: {spacing: {line: 276}}
        }
      }
    },
    sections: [{
      properties: {page: {size: {width: 11906, height: 16838}, margin: {top: 1247, bottom: 1247, left: 1304, right: 1304}}},
      headers: {default: new Header({children: [new Paragraph({alignment: AlignmentType.RIGHT, children: [new TextRun({text: runningTitle(layout.title), size: 16, color: '595959'})]})]})},
      footers: {default: new Footer({children: [new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, color: '595959'})]
      })]})},
      children: body
    }]
  })
  return new Uint8Array(await Packer.toArrayBuffer(doc))
}
