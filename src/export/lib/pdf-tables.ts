// A document of tables as a pdfmake definition: header rows repeated on each page (headerRows), rows free
// to break across pages, landscape when asked.
import type {Content, TableCell, TDocumentDefinitions} from 'pdfmake/interfaces'
import type {LayoutRun} from './layout.ts'
import {runningTitle} from './pdf-draft.ts'
import {scriptPieces} from './pdf-text.ts'
import type {Cell, TableDocument} from './tables.ts'

const GREY = '#595959'
const LABEL = 22
const STEP = 14

function text(runs: ReadonlyArray<LayoutRun>): Array<Content & object> {
  return runs.flatMap((r) => scriptPieces(r.text, {...(r.strong ? {bold: true} : {}), ...(r.emphasis ? {italics: true} : {})}))
}

function cellContent(cell: Cell): Array<Content> {
  return cell.map((block): Content => {
    const indent = STEP * block.depth
    if (block.kind === 'notice') return {text: text(block.runs), italics: true, color: GREY, margin: [indent, 0, 0, 3]}
    if (block.kind === 'item' && block.label !== undefined) {
      return {columns: [{width: LABEL, text: scriptPieces(block.label)}, {width: '*', text: text(block.runs)}], columnGap: 2, margin: [indent, 0, 0, 3]}
    }
    return {text: text(block.runs), margin: [indent, 0, 0, 3]}
  })
}

/** The pdfmake document of a table document. */
export function tablesPdfDefinition(doc: TableDocument): TDocumentDefinitions {
  const content: Array<Content> = [
    {text: scriptPieces(doc.title), fontSize: 15, bold: true, margin: [0, 0, 0, 6]},
    ...doc.details.map((d): Content => ({text: scriptPieces(d), fontSize: 9.5, color: GREY, margin: [0, 0, 0, 2]}))
  ]
  for (const section of doc.sections) {
    const hasHeader = section.columns.some((c) => c.header)
    const body: Array<Array<TableCell>> = []
    if (hasHeader) body.push(section.columns.map((c): TableCell => ({text: c.header, bold: true, fillColor: '#D9E2F3'})))
    for (const row of section.rows) {
      body.push(row.map((cell, i): TableCell => ({stack: cellContent(cell), ...(section.labelColumn && i === 0 ? {fillColor: '#F2F2F2'} : {})})))
    }
    const total = section.columns.reduce((n, c) => n + c.width, 0)
    content.push(
      {
        stack: [
          {text: scriptPieces(section.heading), fontSize: 12, bold: true, color: '#1F3864', margin: [0, 12, 0, 3]},
          ...section.lines.map((l): Content => ({text: scriptPieces(l), italics: true, fontSize: 9, color: GREY, margin: [0, 0, 0, 4]}))
        ],
        unbreakable: true
      },
      {
        table: {headerRows: hasHeader ? 1 : 0, dontBreakRows: false, widths: section.columns.map((c) => `${((100 * c.width) / total).toFixed(2)}%`), body},
        layout: {hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#999999', vLineColor: () => '#999999', paddingTop: () => 3, paddingBottom: () => 3}
      }
    )
  }
  const header = runningTitle(doc.title)
  return {
    info: {title: doc.title, creator: 'Synoptic'},
    language: doc.language,
    pageSize: 'A4',
    pageOrientation: doc.orientation,
    pageMargins: [48, 56, 48, 52],
    defaultStyle: {font: 'NotoSans', fontSize: 8.5, lineHeight: 1.15},
    header: (): Content => ({text: scriptPieces(header), alignment: 'right', fontSize: 8, color: GREY, margin: [48, 22, 48, 0]}),
    footer: (currentPage: number, pageCount: number): Content => ({text: `Page ${currentPage} of ${pageCount}`, alignment: 'center', fontSize: 8, color: GREY, margin: [0, 18, 0, 0]}),
    content
  }
}
