import {describe, expect, test} from 'vitest'

// Each capability's index.ts is its whole public surface: an export added by accident fails here.
describe('public API of each core capability', () => {
  test.each([
    ['akn', ['AKN_NS', 'eIdOf', 'frbrUris', 'fromAkomaNtoso', 'toAkomaNtoso']],
    ['corpus', ['assignIds', 'checkBase', 'cleanNum', 'joinInstruments', 'joinWorkspace', 'loadCorpus', 'parseInstrument', 'parseWorkspaceFile', 'serializeInstrument', 'uniqueInstruments', 'workspaceFolderOf', 'workspaceFolders']],
    ['model', ['articleLabel', 'articleStatuses', 'articleText', 'articlesOf', 'citationOf', 'citeId', 'citeInArticle', 'citeInDivision', 'citedArticle', 'citedInstrument', 'divisionKinds', 'divisionText', 'divisionTitle', 'divisionsOf', 'findInstrument', 'findProvision', 'inlineToText', 'instrumentKinds', 'instrumentName', 'isProvisionId', 'ordinal', 'provisionIdPattern', 'provisionText', 'translationStatuses', 'walkInstrument', 'walkProvisions']],
    ['message', ['createMessage', 'formatMessage', 'hasErrors', 'sortMessages']]
  ])('src/%s', async (name, expected) => {
    const module = (await import(`../../src/${name}/index.ts`)) as Record<string, unknown>
    expect(Object.keys(module).sort()).toEqual(expected)
  })
})
