// A document of tables as a Word file: header rows repeated on each page, rows allowed to break across pages,
// landscape when the document asks for it.
import {
  AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, ShadingType, Tab,
  TabStopType, Table, TableCell, TableRow, TextRun, WidthType, type IRunOptions
} from 'docx'
import type {LayoutRun} from './layout.ts'
import {runningTitle} from './pdf-draft.ts'
import type {CellBlock, TableDocument} from './tables.ts'

const LATIN_FONT = 'Arial'
const LAO_FONT = 'Phetsarath OT'
const INDENT = 340

function runs(list: ReadonlyArray<LayoutRun>, extra: IRunOptions = {}): Array<TextRun> {
  return list.map((r) => new TextRun({text: r.text, ...(r.strong ? {bold: true} : {}), ...(r.emphasis ? {italics: true} : {}), ...extra}))
}

function blockParagraph(block: CellBlock): Paragraph {
  const notice = block.kind === 'notice'
  const extra: IRunOptions = notice ? {italics: true, color: '595959'} : {}
  const labelled = block.kind === 'item' && block.label !== undefined
  const left = INDENT * (block.depth + (labelled ? 1 : 0))
  return new Paragraph({
    children: labelled ? [new TextRun({text: block.label}), new TextRun({children: [new Tab()]}), ...runs(block.runs, extra)] : runs(block.runs, extra),
    spacing: {after: 60},
    indent: labelled ? {left, hanging: INDENT} : left > 0 ? {left} : undefined,
    tabStops: labelled ? [{type: TabStopType.LEFT, position: left}] : undefined
  })
}

/** The Word document of a table document, as the bytes of a .docx file. */
export async function tablesToDocx(doc: TableDocument): Promise<Uint8Array> {
  const landscape = doc.orientation === 'landscape'
  // A4; the docx package swaps width and height itself for landscape.
  const usable = landscape ? 16838 - 2 * 1134 : 11906 - 2 * 1134
  const children: Array<Paragraph | Table> = [
    new Paragraph({children: [new TextRun({text: doc.title, bold: true, size: 28})], spacing: {after: 120}}),
    ...doc.details.map((d) => new Paragraph({children: [new TextRun({text: d, color: '404040'})], spacing: {after: 40}}))
  ]
  for (const section of doc.sections) {
    children.push(new Paragraph({heading: HeadingLevel.HEADING_2, children: [new TextRun({text: section.heading, bold: true, size: 24, color: '1F3864'})], spacing: {before: 320, after: 80}, keepNext: true}))
    for (const line of section.lines) children.push(new Paragraph({children: [new TextRun({text: line, italics: true, color: '404040', size: 20})], spacing: {after: 80}, keepNext: true}))
    const total = section.columns.reduce((n, c) => n + c.width, 0)
    const widths = section.columns.map((c) => Math.round((usable * c.width) / total))
    const rows: Array<TableRow> = []
    if (section.columns.some((c) => c.header)) {
      rows.push(new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: section.columns.map((c, i) => new TableCell({
          width: {size: widths[i]!, type: WidthType.DXA},
          shading: {type: ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto'},
          children: [new Paragraph({children: [new TextRun({text: c.header, bold: true})]})]
        }))
      }))
    }
    for (const row of section.rows) {
      rows.push(new TableRow({
        cantSplit: false,
        children: row.map((cell, i) => new TableCell({
          width: {size: widths[i]!, type: WidthType.DXA},
          ...(section.labelColumn && i === 0 ? {shading: {type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto'}} : {}),
          children: cell.length > 0 ? cell.map(blockParagraph) : [new Paragraph({})]
        }))
      }))
    }
    children.push(new Table({rows, width: {size: usable, type: WidthType.DXA}, columnWidths: widths}))
  }
  const document = new Document({
    creator: 'Synoptic',
    title: doc.title,
    styles: {default: {document: {run: {font: {ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LAO_FONT, eastAsia: LATIN_FONT}, size: 19}}}},
    sections: [{
      properties: {page: {size: {width: 11906, height: 16838, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT}, margin: {top: 1134, bottom: 1134, left: 1134, right: 1134}}},
      headers: {default: new Header({children: [new Paragraph({alignment: AlignmentType.RIGHT, children: [new TextRun({text: runningTitle(doc.title), size: 16, color: '595959'})]})]})},
      footers: {default: new Footer({children: [new Paragraph({alignment: AlignmentType.CENTER, children: [new TextRun({children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, color: '595959'})]})]})},
      children
    }]
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
