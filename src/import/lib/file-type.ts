// What a file is, from its bytes (not its name): a Word document, another ZIP, a PDF, HTML, text.

/** The kinds of file the importer tells apart. Only `docx`, `html`, `xml` (Akoma Ntoso) and `text` can be imported. */
export type FileKind = 'empty' | 'docx' | 'damaged-zip' | 'zip' | 'pdf' | 'old-word' | 'rtf' | 'html' | 'xml' | 'text' | 'binary'

/** What the bytes of a file turned out to be. */
export interface DetectedFile {
  kind: FileKind
  /** The file in words, for messages: "a Word document", "a PDF", "an Excel workbook (a ZIP archive)". */
  description: string
  /** The text of a text or HTML file, decoded. */
  text?: string | undefined
  /** How the text was decoded: `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`. */
  encoding?: string | undefined
}

/** One entry of a ZIP archive's central directory. */
export interface ZipEntry {
  name: string
  /** The size the archive declares the entry has once unpacked (0xFFFFFFFF for ZIP64: unknown). */
  declaredSize: number
  /** Its packed size in the archive. */
  compressedSize: number
}

/** The names of the entries of a ZIP archive, from its central directory; undefined when it cannot be read. */
export function zipEntryNames(bytes: Uint8Array): Array<string> | undefined {
  return zipEntries(bytes)?.map((e) => e.name)
}

/** The entries of a ZIP archive, from its central directory; undefined when it cannot be read. */
export function zipEntries(bytes: Uint8Array): Array<ZipEntry> | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-central-directory record sits in the last 22 bytes plus up to 64 KiB of comment.
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) return undefined
  const count = view.getUint16(end + 10, true)
  const size = view.getUint32(end + 12, true)
  let at = view.getUint32(end + 16, true)
  if (at + size > end) return undefined
  const entries: Array<ZipEntry> = []
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) return undefined
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    entries.push({name: latin1(bytes.subarray(at + 46, at + 46 + nameLength)), compressedSize: view.getUint32(at + 20, true), declaredSize: view.getUint32(at + 24, true)})
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function latin1(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += String.fromCharCode(b)
  return out
}

function startsWith(bytes: Uint8Array, signature: ReadonlyArray<number>): boolean {
  return signature.every((b, i) => bytes[i] === b)
}

/**
 * Decodes text: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or — when the
 * bytes are not valid UTF-8 but hold no control characters — Windows-1252, as older Windows exports are.
 * Undefined for bytes that are not text.
 */
export function decodeText(bytes: Uint8Array): {text: string; encoding: string} | undefined {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const little = bytes[0] === 0xff
    let out = ''
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode(little ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!)
    return controlFree(out) ? {text: out, encoding: little ? 'utf-16le' : 'utf-16be'} : undefined
  }
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0
  const utf8 = decodeUtf8(bytes.subarray(start))
  if (utf8 !== undefined) return controlFree(utf8) ? {text: utf8, encoding: 'utf-8'} : undefined
  const legacy = decodeWindows1252(bytes)
  return controlFree(legacy) ? {text: legacy, encoding: 'windows-1252'} : undefined
}

/** No NUL or other C0 control characters besides tab, line feed, carriage return and form feed. */
function controlFree(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b) return false
  }
  return true
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  const parts: Array<string> = []
  let codes: Array<number> = []
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    let code: number
    let extra: number
    if (b < 0x80) [code, extra] = [b, 0]
    else if (b >= 0xc2 && b < 0xe0) [code, extra] = [b & 0x1f, 1]
    else if (b >= 0xe0 && b < 0xf0) [code, extra] = [b & 0x0f, 2]
    else if (b >= 0xf0 && b < 0xf5) [code, extra] = [b & 0x07, 3]
    else return undefined
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return undefined
      code = (code << 6) | (c & 0x3f)
    }
    if ((extra === 2 && (code < 0x800 || (code >= 0xd800 && code < 0xe000))) || (extra === 3 && (code < 0x10000 || code > 0x10ffff))) return undefined
    codes.push(code)
    if (codes.length >= 8192) {
      parts.push(String.fromCodePoint(...codes))
      codes = []
    }
    i += extra + 1
  }
  parts.push(String.fromCodePoint(...codes))
  return parts.join('')
}

const cp1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6, 0x89: 0x2030,
  0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022,
  0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178
}

function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += String.fromCharCode(cp1252[b] ?? (b >= 0x80 && b < 0xa0 ? 0 : b))
  return out
}

const htmlStart = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<(?:p|div|h[1-6]|ol|ul|table|section|article)[\s>])/i

// An XML declaration, or comments and then a DOCTYPE or an element: XML that is not an HTML page.
const xmlStart = /^\uFEFF?\s*(?:<\?xml[\s\S]*?\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!DOCTYPE\b|[A-Za-z_][\w.:-]*[\s/>])/u

/** Tells what a file is from its first bytes and, for ZIP archives, the names inside. */
export function detectFileType(bytes: Uint8Array): DetectedFile {
  if (bytes.length === 0) return {kind: 'empty', description: 'an empty file'}
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const names = zipEntryNames(bytes)
    if (!names) return {kind: 'damaged-zip', description: 'a damaged or incomplete ZIP archive'}
    if (names.includes('word/document.xml')) return {kind: 'docx', description: 'a Word document'}
    const what = names.includes('xl/workbook.xml') ? 'an Excel workbook' : names.includes('ppt/presentation.xml') ? 'a PowerPoint presentation' : names.includes('content.xml') ? 'an OpenDocument file' : 'a ZIP archive'
    return {kind: 'zip', description: what === 'a ZIP archive' ? 'a ZIP archive without word/document.xml' : `${what} (a ZIP archive without word/document.xml)`}
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return {kind: 'pdf', description: 'a PDF'}
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return {kind: 'old-word', description: 'an old Word 97–2003 (.doc) file'}
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return {kind: 'rtf', description: 'an RTF file'}
  const decoded = decodeText(bytes)
  if (!decoded) return {kind: 'binary', description: 'a binary file, not text'}
  if (decoded.text.trim() === '') return {kind: 'empty', description: 'a file with nothing but white space', ...decoded}
  if (htmlStart.test(decoded.text)) return {kind: 'html', description: 'an HTML page', text: decoded.text, encoding: decoded.encoding}
  if (xmlStart.test(decoded.text)) return {kind: 'xml', description: 'an XML document', text: decoded.text, encoding: decoded.encoding}
  return {kind: 'text', description: 'plain text', text: decoded.text, encoding: decoded.encoding}
}
