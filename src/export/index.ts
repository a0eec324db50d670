// Exports: drafts (redline, Word track changes, clean) to DOCX, PDF and Markdown, the review's comparison
// tables, and the findings memo. Builds bytes (DOCX) or document definitions (PDF, turned into bytes at the
// edge, where the fonts are read); never reads or writes files.
export {layoutRedline, layoutConsolidated, runsText, articleWords, exportModes, exportWords, pageWords, REDLINE_NOTE} from './lib/layout.ts'
export type {ExportMode, LayoutRun, LayoutBlock, LayoutVariant, DraftLayout, ExportWords, RedlineLayoutOptions} from './lib/layout.ts'
export {xmlSafe, xmlUnsafe} from './lib/xml-text.ts'
export {draftToDocx, RED, VARIANT_AUTHOR} from './lib/docx-draft.ts'
export type {DocxOptions} from './lib/docx-draft.ts'
export {draftPdfDefinition, runningTitle} from './lib/pdf-draft.ts'
export {PDF_FONTS, PDF_FONT_FILES, laoForPdf, scriptPieces, hasLao} from './lib/pdf-text.ts'
export type {PdfFontFamily} from './lib/pdf-text.ts'
export {draftToMarkdown} from './lib/markdown.ts'
export {comparisonTables, topicTables, findingsMemo, citationOf, instrumentName, textBlocks} from './lib/tables.ts'
export type {TableDocument, TableSection, Cell, CellBlock} from './lib/tables.ts'
export {tablesToDocx} from './lib/docx-tables.ts'
export {tablesPdfDefinition} from './lib/pdf-tables.ts'
export {draftToHtml} from './lib/html.ts'
export type {FontUrls} from './lib/html.ts'
