// A laid-out draft as a pdfmake document definition (plain data): the edge (CLI or renderer) turns it into
// bytes with the bundled fonts. Items are two columns, label and text, for a hanging indent.
import type {Content, TDocumentDefinitions} from 'pdfmake/interfaces'
import type {DraftLayout, LayoutBlock, LayoutRun} from './layout.ts'
import {hasLao, scriptPieces} from './pdf-text.ts'

const RED = '#C00000'
const GREY = '#595959'
const LABEL_WIDTH = 30
const STEP = 22

/** A document title short enough for a running header. */
export function runningTitle(title: string, max = 90): string {
  return title.length <= max ? title : `${title.slice(0, max - 1).replace(/\s+\S*$/u, '')}…`
}

function runPieces(run: LayoutRun, mode: DraftLayout['mode']): Array<Content & object> {
  const style = {
    ...(run.strong ? {bold: true} : {}),
    ...(run.emphasis ? {italics: true} : {}),
    ...(mode !== 'clean' && run.change === 'insert' ? {color: RED, decoration: 'underline' as const} : {}),
    ...(mode !== 'clean' && run.change === 'delete' ? {color: RED, decoration: 'lineThrough' as const} : {})
  }
  return scriptPieces(run.text, style)
}

function text(runs: ReadonlyArray<LayoutRun>, mode: DraftLayout['mode']): Array<Content & object> {
  return runs.flatMap((r) => runPieces(r, mode))
}

function blockContent(block: LayoutBlock, mode: DraftLayout['mode']): Content {
  const indent = STEP * block.depth
  if (block.kind === 'heading') {
    return {text: text(block.runs, mode), style: 'heading'}
  }
  if (block.kind === 'notice') {
    return {text: text(block.runs, mode), style: 'notice', margin: [indent, 0, 0, 6]}
  }
  if (block.kind === 'item' && block.label.length > 0) {
    const label = text(block.label, mode)
    // A line takes its baseline from its tallest font: a Latin label beside Lao text would sit higher than the
    // text. An invisible Lao-font character gives the label the same line metrics.
    if (block.runs.some((r) => hasLao(r.text))) label.push({text: '\u200B', font: 'NotoSansLao'})
    return {
      columns: [
        {width: LABEL_WIDTH, text: label},
        {width: '*', text: text(block.runs, mode)}
      ],
      columnGap: 2,
      margin: [indent, 0, 0, 5]
    }
  }
  return {text: text(block.runs, mode), margin: [indent + (block.kind === 'item' ? LABEL_WIDTH : 0), 0, 0, 5]}
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
    footer: (currentPage: number, pageCount: number): Content => ({text: `Page ${currentPage} of ${pageCount}`, alignment: 'center', fontSize: 8, color: GREY, margin: [0, 20, 0, 0]}),
    content
  }
}

