// A laid-out draft as a pdfmake document definition (plain data): the edge (CLI or renderer) turns it into
// bytes with the bundled fonts. Items are two columns, label and text, for a hanging indent.
import type {Content, TDocumentDefinitions} from 'pdfmake/interfaces'
import {pageWords, type DraftLayout, type LayoutBlock, type LayoutRun} from './layout.ts'
import {hasLao, scriptPieces} from './pdf-text.ts'

const RED = '#C00000'
const GREY = '#595959'
const MOVE_GREEN = '#2E7D32'
const LABEL_WIDTH = 30
const STEP = 22

/** A document title short enough for a running header. */
export function runningTitle(title: string, max = 90): string {
  return title.length <= max ? title : `${title.slice(0, max - 1).replace(/\s+\S*$/u, '')}…`
}

function runPieces(run: LayoutRun, mode: DraftLayout['mode'], moved: boolean): Array<Content & object> {
  const marked = mode !== 'clean' && run.change !== 'equal'
  // A wording variant: the draft's words stand, dotted; the base's are listed after the text.
  if (marked && run.variant && run.change === 'delete') return []
  const colour = run.variant ? undefined : moved ? MOVE_GREEN : RED
  const style = {
    ...(run.strong ? {bold: true} : {}),
    ...(run.emphasis ? {italics: true} : {}),
    ...(marked && run.change === 'insert' ? {decoration: 'underline' as const, ...(run.variant ? {decorationStyle: 'dotted' as const, decorationColor: '#808080'} : {color: colour, ...(moved ? {decorationStyle: 'double' as const} : {})})} : {}),
    ...(marked && run.change === 'delete' ? {color: colour, decoration: 'lineThrough' as const, ...(moved ? {decorationStyle: 'double' as const} : {})} : {})
  }
  return scriptPieces(run.text, style)
}

function text(runs: ReadonlyArray<LayoutRun>, mode: DraftLayout['mode'], moved = false): Array<Content & object> {
  return runs.flatMap((r) => runPieces(r, mode, moved))
}

function blockContent(block: LayoutBlock, mode: DraftLayout['mode']): Content {
  const indent = STEP * block.depth
  const moved = block.moved !== undefined
  if (block.kind === 'heading') {
    return {text: text(block.runs, mode), style: 'heading'}
  }
  if (block.kind === 'notice') {
    return {text: text(block.runs, mode), style: 'notice', margin: [indent, 0, 0, 6]}
  }
  if (block.kind === 'item' && block.label.length > 0) {
    const label = text(block.label, mode, moved)
    // A line takes its baseline from its tallest font: a Latin label beside Lao text would sit higher than the
    // text. An invisible Lao-font character gives the label the same line metrics.
    if (block.runs.some((r) => hasLao(r.text))) label.push({text: '\u200B', font: 'NotoSansLao'})
    return {
      columns: [
        {width: LABEL_WIDTH, text: label},
        {width: '*', text: text(block.runs, mode, moved)}
      ],
      columnGap: 2,
      margin: [indent, 0, 0, 5]
    }
  }
  return {text: text(block.runs, mode, moved), margin: [indent + (block.kind === 'item' ? LABEL_WIDTH : 0), 0, 0, 5]}
}

/** The wording variants after the text: where, the current wording, the draft's. */
function variantContent(layout: DraftLayout): Array<Content> {
  if (!layout.variants || layout.variants.length === 0) return []
  const w = layout.words
  return [
    {text: scriptPieces(w.variantsHeading), style: 'heading'},
    {text: scriptPieces(w.variantsNote), style: 'notice', margin: [0, 0, 0, 6]},
    ...layout.variants.map((v): Content => ({
      text: [...scriptPieces(`${v.where}: `, {bold: true}), ...scriptPieces(`${w.base} “${v.base || '—'}”; ${w.draft} “${v.draft || '—'}”.`)],
      margin: [0, 0, 0, 3]
    }))
  ]
}

/**
 * The pdfmake document of a laid-out draft: A4, the draft's title as a running header, "Page n of m" at the
 * foot, article headings kept with their first line. `track-changes` is a Word feature: in a PDF it reads as
 * the redline.
 */
export function draftPdfDefinition(layout: DraftLayout): TDocumentDefinitions {
  const mode = layout.mode
  const header = runningTitle(layout.title)
  const content: Array<Content> = [
    {text: scriptPieces(layout.title), style: 'title'},
    ...layout.details.map((line): Content => ({text: scriptPieces(line), style: 'details'}))
  ]
  if (layout.intro) {
    content.push({
      table: {widths: ['*'], body: [[{text: scriptPieces(layout.intro), italics: true, color: RED}]]},
      layout: {hLineColor: () => RED, vLineWidth: () => 0, hLineWidth: () => 0.6, paddingTop: () => 5, paddingBottom: () => 5, paddingLeft: () => 0},
      margin: [0, 10, 0, 6]
    })
  }
  // A heading is kept with the line after it: the two go in an unbreakable stack. (pdfmake's pageBreakBefore
  // would do it too, but it lays the whole document out again after each break it adds.)
  const blocks = layout.blocks
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const next = blocks[i + 1]
    if (block.kind === 'heading' && next && next.kind !== 'heading') {
      content.push({stack: [blockContent(block, mode), blockContent(next, mode)], unbreakable: true})
      i++
    } else {
      content.push(blockContent(block, mode))
    }
  }
  content.push(...variantContent(layout))
  return {
    info: {title: layout.title, creator: 'Synoptic', subject: `Draft export (${mode})`},
    language: layout.language,
    pageSize: 'A4',
    pageMargins: [56, 60, 56, 56],
    defaultStyle: {font: 'NotoSans', fontSize: 10.5, lineHeight: 1.2},
    styles: {
      title: {fontSize: 15, bold: true, margin: [0, 0, 0, 6]},
      details: {fontSize: 9.5, color: GREY, margin: [0, 0, 0, 2]},
      heading: {fontSize: 11, bold: true, margin: [0, 12, 0, 5]},
      notice: {italics: true, color: GREY, fontSize: 9.5}
    },
    header: (): Content => ({text: scriptPieces(header), alignment: 'right', fontSize: 8, color: GREY, margin: [56, 24, 56, 0]}),
    footer: (currentPage: number, pageCount: number): Content => ({text: scriptPieces(pageWords(layout.words, currentPage, pageCount)), alignment: 'center', fontSize: 8, color: GREY, margin: [0, 20, 0, 0]}),
    content
  }
}

