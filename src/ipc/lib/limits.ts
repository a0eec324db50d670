// The size limits of documents and exports, apart from the contract's zod schemas, so that code which only
// needs a limit (the CLI reading a corpus folder) does not build the schemas: see src/ipc/limits.ts.

/** Exports are capped so a runaway renderer cannot fill the disk through the bridge. */
export const maxExportBytes = 64 * 1024 * 1024
/**
 * The one size limit of a document, in bytes of UTF-8, for saving and for reading (the desktop store, the browser
 * fallback and `validate` all use it). Legal texts are a few hundred kilobytes; 8 MB leaves room and refuses
 * nonsense. In bytes, so a text that saves always reopens: 3 million Lao characters are 9 MB.
 */
export const maxDocumentBytes = 8 * 1024 * 1024

/** Bytes of `text` in UTF-8, counted without TextEncoder (the core has none): what the size limit measures. */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4
      i++
    } else bytes += 3 // a lone surrogate is written as U+FFFD, three bytes
  }
  return bytes
}
