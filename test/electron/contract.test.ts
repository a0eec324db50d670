// The IPC contract (src/ipc): its public names, what its schemas accept and refuse, and the bridge type derived
// from it.
import {describe, expect, expectTypeOf, it} from 'vitest'
import * as ipc from '../../src/ipc/index.ts'
import {documentFileSchema, maxExportBytes, operations, type BridgeResult, type SynopticBridge} from '../../src/ipc/index.ts'

describe('the IPC contract', () => {
  it('exports exactly its public names', () => {
    expect(Object.keys(ipc).sort()).toEqual([
      'bridgeErrorSchema', 'channelNames', 'createAutosave', 'documentEndings', 'documentEntrySchema', 'documentFileSchema', 'documentKindSchema', 'documentRefSchema',
      'events', 'exportFormatSchema', 'fileVersionSchema', 'isDocumentFile', 'maxDocumentChars', 'maxExportBytes', 'menuCommandSchema', 'menuCommands',
      'messageSchema', 'operations', 'recoveryNoteSchema', 'workspaceSummarySchema'
    ])
  })

  it('names every channel synoptic:<capability>/<verb>, each once', () => {
    expect(new Set(ipc.channelNames).size).toBe(ipc.channelNames.length)
    expect(ipc.channelNames).toContain('synoptic:workspace/save')
    for (const name of ipc.channelNames) expect(name).toMatch(/^synoptic:[a-z]+\/[a-z-]+$/u)
  })

  it('accepts document names a drafter writes, in Lao too, and refuses paths and hidden files', () => {
    for (const name of ['annex-1.md', 'Annex 1 (draft 2).md', 'ກົດໝາຍ ປະກັນສັງຄົມ.md', 'md-4139.MD']) {
      expect(documentFileSchema.safeParse(name).success, name).toBe(true)
    }
    for (const name of ['../x.md', 'a/b.md', 'a\\b.md', '.hidden.md', 'x.txt', 'x.md\n', '', 'ກ'.repeat(70) + '.md', 'CON.md', 'nul.md', 'a:b.md', 'why?.md']) {
      expect(documentFileSchema.safeParse(name).success, JSON.stringify(name)).toBe(false)
    }
  })

  it('lets only http(s) and mailto links out', () => {
    const schema = operations.openExternal.request
    for (const url of ['https://www.ilo.org/', 'http://example.org/a?b=c#d', 'mailto:someone@example.org']) {
      expect(schema.safeParse({url}).success, url).toBe(true)
    }
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'https://exa mple.org', 'synoptic://app/', 'http://user@evil.org/', '//example.org']) {
      expect(schema.safeParse({url}).success, url).toBe(false)
    }
  })

  it('caps exports and documents so a runaway page cannot fill the disk', () => {
    const request = {suggestedName: 'a.pdf', format: 'pdf', bytes: new Uint8Array(maxExportBytes + 1)}
    expect(operations.exportFile.request.safeParse(request).success).toBe(false)
    expect(operations.exportFile.request.safeParse({...request, bytes: new Uint8Array(10)}).success).toBe(true)
    const save = {ref: {kind: 'draft', file: 'a.md'}, text: 'x'.repeat(ipc.maxDocumentChars + 1), expected: null, overwrite: false}
    expect(operations.saveDocument.request.safeParse(save).success).toBe(false)
  })

  it('derives window.synoptic from the operations', () => {
    expectTypeOf<keyof SynopticBridge>().toEqualTypeOf<keyof typeof operations | 'onMenuCommand' | 'onWorkspaceChange'>()
    expectTypeOf<SynopticBridge['readDocument']>().parameter(0).toEqualTypeOf<{ref: {kind: 'draft' | 'instrument' | 'comparison'; file: string}}>()
    expectTypeOf<Awaited<ReturnType<SynopticBridge['listDocuments']>>>().toEqualTypeOf<BridgeResult<{documents: Array<ipc.DocumentEntry>}>>()
  })
})
