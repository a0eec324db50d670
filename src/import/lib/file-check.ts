// Which import a file gets, from its name and its bytes: a file must be what its extension says.
import {detectFileType, type FileKind} from './file-type.ts'
import type {ImportSource} from './import-source.ts'

/** What each extension promises, and the import format it leads to. */
const extensions: Record<string, {expect: FileKind; format: ImportSource['format']; name: string}> = {
  docx: {expect: 'docx', format: 'word', name: 'a Word document'},
  txt: {expect: 'text', format: 'text', name: 'a text file'},
  text: {expect: 'text', format: 'text', name: 'a text file'},
  md: {expect: 'text', format: 'markdown', name: 'a Markdown file'},
  markdown: {expect: 'text', format: 'markdown', name: 'a Markdown file'},
  html: {expect: 'html', format: 'html', name: 'an HTML page'},
  htm: {expect: 'html', format: 'html', name: 'an HTML page'},
  xml: {expect: 'xml', format: 'akn', name: 'an Akoma Ntoso (XML) document'}
}

/** The largest Akoma Ntoso file imported, in bytes: 10,000 articles take about 10 MB. */
export const MAX_XML_BYTES = 32 * 1024 * 1024

/** The extensions `synoptic import` and the import view accept. */
export const importExtensions: ReadonlyArray<string> = Object.keys(extensions).map((e) => `.${e}`)

const hints: Partial<Record<FileKind, string>> = {
  pdf: 'export its text first (pdftotext, or copy and paste into a .txt file) and import the .txt',
  'old-word': 'open it in Word or LibreOffice and save it as .docx',
  rtf: 'open it in Word or LibreOffice and save it as .docx',
  docx: 'rename it to .docx',
  html: 'rename it to .html',
  text: 'rename it to .txt (or .md)',
  xml: 'rename it to .xml if it is Akoma Ntoso'
}

/** The verdict on a file offered for import. */
export type ImportFileCheck =
  /** A Word document: read it with `readWordDocument`. */
  | {status: 'word'}
  /** Text, Markdown, HTML or Akoma Ntoso XML, decoded and ready for `importSource`. */
  | {status: 'text'; source: ImportSource; encoding: string}
  /** Not importable; `reason` says why and what to do, naming the file. */
  | {status: 'refused'; reason: string}

/**
 * Checks a file offered for import: its extension must be one the importer reads, and its bytes must be what
 * the extension says (a .docx a Word document, a .txt text, a .html HTML); an empty or damaged file is refused.
 */
export function checkImportFile(name: string, bytes: Uint8Array): ImportFileCheck {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''
  const expected = extensions[extension]
  if (!expected) {
    const hint = extension === 'pdf' ? `; ${hints.pdf}` : extension === 'doc' || extension === 'rtf' ? `; ${hints['old-word']}` : ''
    return {status: 'refused', reason: `cannot import ${extension ? `.${extension}` : 'files without an extension'}: give a .docx, .txt, .md, .html or .xml (Akoma Ntoso) file${hint}`}
  }
  if (expected.expect === 'xml' && bytes.length > MAX_XML_BYTES) {
    return {status: 'refused', reason: `${name} is too large to import (${(bytes.length / 1048576).toFixed(1)} MB; the limit for Akoma Ntoso files is ${MAX_XML_BYTES / 1048576} MB)`}
  }
  const detected = detectFileType(bytes)
  if (detected.kind === 'empty') return {status: 'refused', reason: `${name} is empty (${detected.description}): nothing to import`}
  if (detected.kind === 'damaged-zip' && expected.expect === 'docx') {
    return {status: 'refused', reason: `${name} is damaged: it starts like a Word document but its ZIP directory cannot be read (an incomplete download or copy?)`}
  }
  // A Markdown file may open with HTML (`<div align="center">` around its title): it is still Markdown.
  if (detected.kind === 'html' && expected.format === 'markdown') {
    return {status: 'text', source: {format: 'markdown', text: detected.text ?? ''}, encoding: detected.encoding ?? 'utf-8'}
  }
  if (detected.kind !== expected.expect) {
    const hint = hints[detected.kind]
    return {status: 'refused', reason: `${name} is not ${expected.name}: it is ${detected.description}${hint ? `; ${hint}` : ''}`}
  }
  if (detected.kind === 'docx') return {status: 'word'}
  return {status: 'text', source: {format: expected.format, text: detected.text ?? ''}, encoding: detected.encoding ?? 'utf-8'}
}
