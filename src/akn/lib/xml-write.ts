// Writing XML text: escaping, and the characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE,
// U+FFFF, unpaired surrogates). Those are refused rather than dropped, so no word is lost in silence.

/** The first character XML 1.0 cannot carry, with its offset; undefined when there is none. */
export function invalidXmlCharacter(value: string): {offset: number; code: number} | undefined {
  // Tab, line feed and carriage return are the only controls allowed; surrogates must pair.
  // eslint-disable-next-line no-control-regex -- the control characters are exactly what is looked for
  const match = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u.exec(value)
  return match ? {offset: match.index, code: value.charCodeAt(match.index)} : undefined
}

/** Text content: `&`, `<` and `>` escaped. */
export function escapeText(value: string): string {
  return value.replace(/[&<>]/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
}

/** An attribute value in double quotes: also `"`, and white space a parser would otherwise normalise. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\t\n\r]/gu, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;'})[c]!)
}

/** A start tag with attributes; undefined values are left out. */
export function startTag(name: string, attributes: Record<string, string | undefined> = {}, empty = false): string {
  let out = `<${name}`
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) out += ` ${key}="${escapeAttribute(value)}"`
  return out + (empty ? '/>' : '>')
}

/** An element holding only text. */
export function textElement(name: string, text: string, attributes: Record<string, string | undefined> = {}): string {
  return `${startTag(name, attributes)}${escapeText(text)}</${name}>`
}
