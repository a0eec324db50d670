// The IPC contract (src/ipc): its public names, what its schemas accept and refuse, and the bridge type derived
// from it.
import {describe, expect, expectTypeOf, it} from 'vitest'
import * as ipc from '../../src/ipc/index.ts'
import {documentFileSchema, maxExportBytes, operations, type BridgeResult, type SynopticBridge} from '../../src/ipc/index.ts'

describe('the IPC contract', () => {
  it('exports exactly its public names', () => {
    expect(Object.keys(ipc).sort()).toEqual([
      'bridgeErrorSchema', 'channelNames', 'createAutosave', 'documentEndings', 'documentEntrySchema', 'documentFileSchema', 'documentKindSchema', 'documentRefSchema',
      'events', 'exportFormatSchema', 'fileVersionSchema', 'isDocumentFile', 'isExternalLink', 'isWindowsDeviceName', 'maxDocumentBytes', 'maxExportBytes', 'menuCommandSchema', 'menuCommands',
      'messageSchema', 'operations', 'recoveryNoteSchema', 'utf8ByteLength', 'workspaceSummarySchema'
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

  it('refuses Windows device names in every form Windows reads as one', () => {
    for (const name of ['CON.md', 'con .md', 'Con..md', 'con.tar.md', 'PRN.md', 'aux.md', 'NUL.md', 'nul .md', 'COM0.md', 'com9.md', 'COM\u00b9.md', 'com\u00b2.md', 'LPT\u00b3.md', 'lpt1 . .md', 'CONIN$.md', 'conout$.md', 'a.md.', 'a.md ']) {
      expect(documentFileSchema.safeParse(name).success, JSON.stringify(name)).toBe(false)
    }
    for (const name of ['console.md', 'con-1.md', 'comma.md', 'com10.md', 'lpt.md', 'nullity.md', 'a con.md', 'CONTRACT.md']) {
      expect(documentFileSchema.safeParse(name).success, JSON.stringify(name)).toBe(true)
    }
  })

  it('lets out only http(s) to public hosts and mailto without parameters', () => {
    const schema = operations.openExternal.request
    const open = ['https://www.ilo.org/', 'https://www.ilo.org', 'http://example.org:8080/a?b=c#d', 'https://8.8.8.8/', 'https://xn--80ak6aa92e.com/', 'mailto:someone@example.org', 'https://www.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C081']
    for (const url of open) expect(schema.safeParse({url}).success, url).toBe(true)
    const refused = [
      'mailto:?attach=/etc/passwd', 'mailto:a@example.org?attach=/etc/passwd', 'mailto:a@example.org?body=x', 'mailto:a@example.org&attach=x', 'mailto:a%3Fattach@example.org',
      'http://localhost/', 'http://localhost:3000/', 'http://app.localhost/', 'http://printer.local/', 'http://db.internal/',
      'http://127.0.0.1/', 'http://127.1/', 'http://0x7f.1/', 'http://2130706433/', 'http://0177.0.0.1/', 'http://0.0.0.0/',
      'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/', 'http://172.16.5.4/', 'http://192.168.1.1/', 'http://100.64.0.1/', 'http://224.0.0.1/',
      'http://[::1]/', 'http://[fe80::1]/', 'http://exa\u0000mple.org/', 'http://example.org\u0000.evil.org/', 'http://ex%61mple.org/', 'http://exämple.org/',
      'http://example.org:0/', 'http://example.org:99999/', 'http://example/', 'http://example.org\\@evil.org/', 'https://www.ilo.org/\u2028'
    ]
    for (const url of refused) expect(schema.safeParse({url}).success, JSON.stringify(url)).toBe(false)
  })

  it('caps exports and documents so a runaway page cannot fill the disk', () => {
    const request = {suggestedName: 'a.pdf', format: 'pdf', bytes: new Uint8Array(maxExportBytes + 1)}
    expect(operations.exportFile.request.safeParse(request).success).toBe(false)
    expect(operations.exportFile.request.safeParse({...request, bytes: new Uint8Array(10)}).success).toBe(true)
    const save = {ref: {kind: 'draft', file: 'a.md'}, text: 'x'.repeat(ipc.maxDocumentBytes + 1), expected: null, overwrite: false}
    expect(operations.saveDocument.request.safeParse(save).success).toBe(false)
  })

  it('derives window.synoptic from the operations', () => {
    expectTypeOf<keyof SynopticBridge>().toEqualTypeOf<keyof typeof operations | 'onMenuCommand' | 'onWorkspaceChange'>()
    expectTypeOf<SynopticBridge['readDocument']>().parameter(0).toEqualTypeOf<{ref: {kind: 'draft' | 'instrument' | 'comparison'; file: string}}>()
    expectTypeOf<Awaited<ReturnType<SynopticBridge['listDocuments']>>>().toEqualTypeOf<BridgeResult<{documents: Array<ipc.DocumentEntry>}>>()
  })
})
