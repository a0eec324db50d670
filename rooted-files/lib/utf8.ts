// One rule for text that is not UTF-8, in the CLI and the store: it is refused, and the message names the line and
// column of the first byte that is not UTF-8 (the column counts the characters before it on its line).
import {isUtf8} from 'node:buffer'
import {FileRefusal} from './refusal.ts'

export interface InvalidUtf8 {
  line: number
  column: number
  /** The first byte that cannot start or continue a character there. */
  byte: number
  offset: number
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number
  if (b0 < 0x80) return 1
  const cont = (k: number) => {
    const b = bytes[i + k]
    return b !== undefined && (b & 0xc0) === 0x80
  }
  const b1 = bytes[i + 1] ?? 0
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // No overlong forms (E0 needs A0..BF) and no surrogates (ED needs 80..9F).
    if ((b0 === 0xe0 && b1 < 0xa0) || (b0 === 0xed && b1 > 0x9f)) return 0
    return cont(1) && cont(2) ? 3 : 0
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    if ((b0 === 0xf0 && b1 < 0x90) || (b0 === 0xf4 && b1 > 0x8f)) return 0
    return cont(1) && cont(2) && cont(3) ? 4 : 0
  }
  return 0
}

/** Where the first byte that is not UTF-8 is, or undefined when all of it is UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | undefined {
  if (isUtf8(bytes)) return undefined
  let line = 1
  let column = 1
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceAt(bytes, i)
    if (length === 0) {
      // The byte that breaks the sequence: a lone lead byte is the culprit unless its continuation is missing.
      return {line, column, byte: bytes[i] as number, offset: i}
    }
    if (bytes[i] === 0x0a) {
      line++
      column = 1
    } else column++
    i += length
  }
  return undefined
}

/** The reason shown for it: the same words in `validate` and in the app. */
export function describeInvalidUtf8(found: InvalidUtf8): string {
  return `this file is not UTF-8 text (byte 0x${found.byte.toString(16).toUpperCase().padStart(2, '0')} cannot be read as UTF-8 here); save it as UTF-8`
}

/** Decodes UTF-8 or refuses, naming `shown:line:column`. A byte-order mark is kept as the text's first character. */
export function decodeUtf8(bytes: Uint8Array, shown: string): string {
  const found = firstInvalidUtf8(bytes)
  if (found) {
    const {line, column} = found
    throw new FileRefusal('not-utf8', shown, `${shown}:${line}:${column}: error: ${describeInvalidUtf8(found)}.`, {line, column})
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
}
