import {expect, test} from 'vitest'

// The public surfaces of drafting and export: an export added or dropped by accident fails here.
test.each([
  ['drafting', [
    'acceptBaseWording', 'amendArticle', 'applyDraft', 'applyDraftUpdate', 'articleBodyText', 'baseArticleOf', 'canRedo', 'canUndo', 'checkBase', 'closeGroup', 'consolidatedArticles',
    'createDraft', 'declarationOf', 'declareAmendment', 'diffInline', 'draftChecker', 'draftFileText', 'draftFindings', 'draftUpdate', 'draftFromInstrument', 'findingsByArticle', 'formatSummary', 'insertArticle', 'isNewArticle',
    'planDraftExport', 'record', 'redlineArticle', 'redlineOf', 'redo', 'refusal', 'removeArticle', 'renumberNewArticles', 'repealArticle', 'replaceArticleText',
    'setAmendedMark', 'setArticleHeading', 'startHistory', 'summarizeChanges', 'summarizeRedline', 'undo'
  ]],
  ['export', [
    'PDF_FONTS', 'PDF_FONT_FILES', 'RED', 'REDLINE_NOTE', 'VARIANT_AUTHOR', 'articleWords', 'citationOf', 'comparisonTables', 'draftPdfDefinition', 'draftToDocx',
    'draftToHtml', 'draftToMarkdown', 'exportModes', 'exportWords', 'findingsMemo', 'hasLao', 'instrumentName', 'laoForPdf', 'layoutConsolidated',
    'layoutRedline', 'pageWords', 'runningTitle', 'runsText', 'scriptPieces', 'tablesPdfDefinition', 'tablesToDocx', 'textBlocks', 'topicTables', 'xmlSafe', 'xmlUnsafe'
  ]]
])('src/%s', async (name, expected) => {
  const module = (await import(`../../src/${name}/index.ts`)) as Record<string, unknown>
  expect(Object.keys(module).sort()).toEqual([...expected].sort())
})
