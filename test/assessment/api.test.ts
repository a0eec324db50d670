import {expect, test} from 'vitest'

// src/assessment/index.ts is the capability's whole public surface (the CLI and the app view use it).
test('public API of src/assessment', async () => {
  const module = (await import('../../src/assessment/index.ts')) as Record<string, unknown>
  expect(Object.keys(module).sort()).toEqual(['assessLaw', 'assessmentDocument', 'checkCatalogue', 'countsSentence', 'isCatalogueFile', 'loadCatalogue', 'noProvisionNote', 'resolveTarget', 'rowsByStatus'])
})
