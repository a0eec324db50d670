// Characters an XML 1.0 document cannot hold (control characters, U+FFFE, U+FFFF, lone surrogates): a .docx
// holding one is not well-formed, and Word refuses to open it.

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u

/** "U+FFFE" for the first character XML cannot hold, or undefined. */
export function xmlUnsafe(text: string): string | undefined {
  const m = UNSAFE.exec(text)
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined
}

/** The text without the characters XML cannot hold, and which were removed. */
export function xmlSafe(text: string): {text: string; removed: Array<string>} {
  const removed: Array<string> = []
  let out = text
  let bad = xmlUnsafe(out)
  while (bad) {
    removed.push(bad)
    out = out.replace(UNSAFE, '')
    bad = xmlUnsafe(out)
  }
  return {text: out, removed}
}
