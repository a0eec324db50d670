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

// A second entry of a capability re-exports a light subset of its index (no parser, no zod), the very same objects.
describe('light entries of a capability', () => {
  test.each([
    ['corpus/checks.ts', 'corpus/index.ts', ['checkBase', 'joinInstruments', 'uniqueInstruments']],
    ['ipc/limits.ts', 'ipc/index.ts', ['maxDocumentBytes', 'maxExportBytes', 'utf8ByteLength']],
    ['drafting/findings.ts', 'drafting/index.ts', ['applyDraftUpdate', 'draftChecker', 'draftFindings', 'draftUpdate']]
  ])('src/%s is a subset of src/%s', async (light, index, expected) => {
    const entry = (await import(`../../src/${light}`)) as Record<string, unknown>
    const whole = (await import(`../../src/${index}`)) as Record<string, unknown>
    expect(Object.keys(entry).sort()).toEqual(expected)
    for (const name of expected) expect(entry[name]).toBe(whole[name])
  })
})
