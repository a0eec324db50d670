import {expect, test} from 'vitest'

// src/conformity/index.ts is the capability's whole public surface (the renderer, drafting and export use it).
test('public API of src/conformity', async () => {
  const module = (await import('../../src/conformity/index.ts')) as Record<string, unknown>
  expect(Object.keys(module).sort()).toEqual(['checkCorpus', 'checkText', 'compilePattern', 'consolidateDraft', 'distinctFindings', 'foldWord', 'frameworks', 'headingsByArticle', 'hiddenCharacterWarnings', 'hiddenCharacters', 'isRuleFile', 'loadLanguage', 'loadRules'])
})
