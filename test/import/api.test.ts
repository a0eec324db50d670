import {expect, test} from 'vitest'

// src/import/index.ts is the whole public surface of the importer: an export added by accident fails here.
test('public API of src/import', async () => {
  const module = (await import('../../src/import/index.ts')) as Record<string, unknown>
  expect(Object.keys(module).sort()).toEqual([
    'WordDocumentTooLarge', 'blocksFromHtml', 'blocksFromText', 'checkImportFile', 'decodeText', 'detectFileType', 'detectStructure', 'importExtensions',
    'importSource', 'labelWordParagraphs', 'readLabel', 'readWordDocument', 'summaryLine', 'wordLimits', 'wordParagraphs', 'wordReaderFromZip', 'zipEntries'
  ])
})
