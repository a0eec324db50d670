import {expect, test} from 'vitest'

test('public API of src/amendment', async () => {
  const module = (await import('../../src/amendment/index.ts')) as Record<string, unknown>
  expect(Object.keys(module).sort()).toEqual([
    'applyDraft', 'baseArticleOf', 'checkBase', 'consolidatedArticles', 'draftFromInstrument', 'isNewArticle', 'reprefixArticle'
  ])
})
