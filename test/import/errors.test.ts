import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import JSZip from 'jszip'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {importCommand} from '../../src/cli/commands/import.ts'
import {detectFileType, decodeText} from '../../src/import/index.ts'
import {typedNumbersDocx} from './fixtures.ts'
import {runCommand} from './run-command.ts'

let dir: string
let docx: Uint8Array
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'synoptic-import-errors-'))
  docx = await typedNumbersDocx()
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const encode = (text: string) => new TextEncoder().encode(text)

/** Writes `bytes` as `name`, imports it to out.md, and checks that nothing at all was written. */
async function refused(name: string, bytes: Uint8Array | string) {
  writeFileSync(join(dir, name), bytes)
  const before = readdirSync(dir).sort()
  const run = await runCommand(importCommand, [name, '--id', 'x-law', '-o', 'out.md'], dir)
  expect(run.code).toBe(1)
  expect(readdirSync(dir).sort()).toEqual(before)
  expect(run.err).toMatch(/^synoptic import: /u)
  return run.err.replace(/^synoptic import: /u, '').trimEnd()
}

describe('files that are not what their extension says, damaged or empty: a clear error, nothing written', () => {
  test('a Word document cut short', async () => {
    expect(await refused('cut.docx', docx.slice(0, Math.floor(docx.length / 2)))).toMatch(/^cut\.docx is damaged: it starts like a Word document but its ZIP directory cannot be read/)
  })

  test('a ZIP whose document.xml is not XML', async () => {
    const zip = new JSZip()
    zip.file('[Content_Types].xml', '<Types/>')
    zip.file('word/document.xml', '<w:document><w:body><w:p>unclosed')
    const bytes = await zip.generateAsync({type: 'uint8array'})
    expect(await refused('broken.docx', bytes)).toMatch(/^broken\.docx is damaged: it cannot be read as a Word document \(.+\); nothing was written/)
  })

  test('a ZIP archive that is no Word document', async () => {
    const zip = new JSZip()
    zip.file('xl/workbook.xml', '<workbook/>')
    expect(await refused('sheet.docx', await zip.generateAsync({type: 'uint8array'}))).toMatch(/^sheet\.docx is not a Word document: it is an Excel workbook \(a ZIP archive without word\/document\.xml\)/)
  })

  test('text saved as .docx, and a Word document saved as .txt', async () => {
    expect(await refused('plain.docx', 'Article 1 Scope\nText.')).toMatch(/^plain\.docx is not a Word document: it is plain text; rename it to \.txt/)
    expect(await refused('word.txt', docx)).toMatch(/^word\.txt is not a text file: it is a Word document; rename it to \.docx/)
  })

  test('a PDF, under its own name or as .txt', async () => {
    expect(await refused('law.pdf', '%PDF-1.7\n...')).toMatch(/cannot import \.pdf: give a \.docx, \.txt, \.md, \.html or \.xml \(Akoma Ntoso\) file; export its text first/)
    expect(await refused('pdf.txt', '%PDF-1.7\n...')).toMatch(/^pdf\.txt is not a text file: it is a PDF; export its text first/)
  })

  test('binary bytes as .md, and text as .html', async () => {
    expect(await refused('bin.md', new Uint8Array([0, 1, 2, 3, 255, 254, 0, 7]))).toMatch(/^bin\.md is not a Markdown file: it is a binary file, not text/)
    expect(await refused('page.html', 'Article 1 Scope\nno tags at all')).toMatch(/^page\.html is not an HTML page: it is plain text/)
  })

  test('empty files', async () => {
    expect(await refused('empty.txt', '')).toMatch(/^empty\.txt is empty \(an empty file\): nothing to import; nothing was written/)
    expect(await refused('blank.txt', '  \n\n \t\n')).toMatch(/^blank\.txt is empty \(a file with nothing but white space\)/)
    expect(await refused('empty.docx', '')).toMatch(/^empty\.docx is empty/)
  })

  test('a file that does not exist', async () => {
    const run = await runCommand(importCommand, ['missing.docx', '--id', 'x-law', '-o', 'out.md'], dir)
    expect([run.code, run.err]).toEqual([1, 'synoptic import: no such file: missing.docx\n'])
  })
})

describe('the output file', () => {
  test('an existing file is never overwritten without --force, and is with it; no temporary file is left', async () => {
    writeFileSync(join(dir, 'good.txt'), 'Article 1 Scope\nThis Law applies.')
    writeFileSync(join(dir, 'kept.md'), 'my own work\n')
    const refusedRun = await runCommand(importCommand, ['good.txt', '--id', 'good-law', '-o', 'kept.md'], dir)
    expect(refusedRun).toMatchObject({code: 1, err: 'synoptic import: kept.md already exists: nothing was written (use --force to replace it)\n'})
    expect(readFileSync(join(dir, 'kept.md'), 'utf8')).toBe('my own work\n')

    const forced = await runCommand(importCommand, ['good.txt', '--id', 'good-law', '-o', 'kept.md', '--force'], dir)
    expect(forced.code).toBe(0)
    expect(readFileSync(join(dir, 'kept.md'), 'utf8')).toMatch(/^---\nid: good-law\n/)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  test('without -o the Markdown goes to stdout and the summary to stderr', async () => {
    writeFileSync(join(dir, 'stdout.txt'), 'Article 1 Scope\nThis Law applies.')
    const run = await runCommand(importCommand, ['stdout.txt', '--id', 'std-law', '--title', 'Std'], dir)
    expect(run.code).toBe(0)
    expect(run.out).toMatch(/^---\nid: std-law\ntitle: Std\n[\s\S]*## Article 1 Scope\n\nThis Law applies\.\n$/)
    expect(run.err).toBe('stdout.txt: 1 article, 0 items, 0 warnings\n')
  })

  test('wrong arguments are usage errors', async () => {
    writeFileSync(join(dir, 'args.txt'), 'Article 1 Scope\nText.')
    const codes = await Promise.all([
      ['args.txt'],
      ['args.txt', '--id', 'Bad Id'],
      ['args.txt', '--id', 'ok', '-o', 'out.txt'],
      ['args.txt', '--id', 'ok', '--kind', 'statute'],
      ['args.txt', '--id', 'ok', '--kind', 'draft'],
      ['args.txt', '--id', 'ok', '--date', '24/12/2013'],
      ['args.txt', '--id', 'ok', '--base', 'll-2013'],
      []
    ].map(async (argv) => (await runCommand(importCommand, argv, dir)).code))
    expect(codes).toEqual([2, 2, 2, 2, 2, 2, 2, 2])
  })
})

describe('file type by content', () => {
  test.each([
    [new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), 'pdf'],
    [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'old-word'],
    [encode('{\\rtf1 hello}'), 'rtf'],
    [encode('<!DOCTYPE html><p>x</p>'), 'html'],
    [encode('\n  <p>Article 1</p>'), 'html'],
    [encode('Article 1 <b>bold</b> in text'), 'text'],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'damaged-zip'],
    [new Uint8Array(0), 'empty']
  ])('%#: %s', (bytes, kind) => {
    expect(detectFileType(bytes).kind).toBe(kind)
  })

  test('a real .docx is a Word document, by its word/document.xml entry', () => {
    expect(detectFileType(docx)).toMatchObject({kind: 'docx'})
  })

  test('text in UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252', () => {
    expect(decodeText(encode('\uFEFFມາດຕາ 1 — Article'))).toEqual({text: 'ມາດຕາ 1 — Article', encoding: 'utf-8'})
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Art. 1'].flatMap((c) => [c.charCodeAt(0), 0])])
    expect(decodeText(utf16)).toEqual({text: 'Art. 1', encoding: 'utf-16le'})
    expect(decodeText(new Uint8Array([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0xe9]))).toEqual({text: '“A” – é', encoding: 'windows-1252'})
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toBeUndefined()
  })
})

describe('a Word document that unpacks to more than the import reads is refused before it exhausts memory', () => {
  /** A small .docx whose document.xml holds `megabytes` of identical paragraphs (it packs to almost nothing). */
  async function inflated(megabytes: number): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(docx)
    const paragraph = '<w:p><w:r><w:t>The employer shall keep the register of workers at the workplace.</w:t></w:r></w:p>'
    const count = Math.ceil((megabytes * 1024 * 1024) / paragraph.length)
    const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph.repeat(count)}</w:body></w:document>`
    zip.file('word/document.xml', xml)
    return zip.generateAsync({type: 'uint8array', compression: 'DEFLATE', compressionOptions: {level: 9}})
  }

  /** The archive with the sizes it declares for `name` rewritten to `size` (as a crafted file would lie). */
  function lying(bytes: Uint8Array, name: string, size: number): Uint8Array {
    const out = bytes.slice()
    const view = new DataView(out.buffer)
    const target = new TextEncoder().encode(name)
    for (let at = 0; at + 46 < out.length; at++) {
      const signature = view.getUint32(at, true)
      const central = signature === 0x02014b50
      const local = signature === 0x04034b50
      if (!central && !local) continue
      const nameAt = at + (central ? 46 : 30)
      const nameLength = view.getUint16(at + (central ? 28 : 26), true)
      if (nameLength !== target.length || !target.every((b, i) => out[nameAt + i] === b)) continue
      view.setUint32(at + (central ? 24 : 22), size, true)
    }
    return out
  }

  test('30 MB of paragraphs in a small .docx', async () => {
    const bytes = await inflated(30)
    expect(bytes.length).toBeLessThan(400_000)
    const started = performance.now()
    expect(await refused('bomb.docx', bytes)).toMatch(/^bomb\.docx is too large to import: word\/document\.xml unpacks to 30 MB \(the limit is 24 MB\); split the document into smaller files; nothing was written$/)
    expect(performance.now() - started).toBeLessThan(20_000)
  }, 60_000)

  test('a part whose declared size lies is stopped while it unpacks', async () => {
    const bytes = lying(await inflated(30), 'word/document.xml', 2000)
    expect(await refused('liar.docx', bytes)).toMatch(/^liar\.docx is too large to import: word\/document\.xml unpacks to more than 24 MB, more than the archive declares/)
  }, 60_000)
})
