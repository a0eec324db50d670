import {expect, test} from 'vitest'

// The public surfaces of drafting and export: an export added or dropped by accident fails here.
test.each([
  ['drafting', [
    'acceptBaseWording', 'amendArticle', 'applyDraft', 'articleBodyText', 'baseArticleOf', 'canRedo', 'canUndo', 'checkBase', 'closeGroup', 'consolidatedArticles',
    'createDraft', 'declarationOf', 'declareAmendment', 'diffInline', 'draftFileText', 'draftFindings', 'draftFromInstrument', 'formatSummary', 'insertArticle', 'isNewArticle',
    'record', 'redlineArticle', 'redlineOf', 'redo', 'removeArticle', 'renumberNewArticles', 'repealArticle', 'replaceArticleText',
    'setAmendedMark', 'setArticleHeading', 'startHistory', 'summarizeChanges', 'summarizeRedline', 'undo'
  ]],
  ['export', [
    'PDF_FONTS', 'PDF_FONT_FILES', 'RED', 'REDLINE_NOTE', 'articleWords', 'citationOf', 'comparisonTables', 'draftPdfDefinition', 'draftToDocx',
    'draftToHtml', 'draftToMarkdown', 'exportModes', 'findingsMemo', 'hasLao', 'instrumentName', 'laoForPdf', 'layoutConsolidated',
    'layoutRedline', 'runningTitle', 'runsText', 'scriptPieces', 'tablesPdfDefinition', 'tablesToDocx', 'textBlocks'
  ]]
])('src/%s', async (name, expected) => {
  const module = (await import(`../../src/${name}/index.ts`)) as Record<string, unknown>
  expect(Object.keys(module).sort()).toEqual([...expected].sort())
})
