// Item labels at the start of a paragraph: "1.", "1.1.", "(a)", "a)", "i.", "(iv)", bullets.
// A label can be read more than one way ("(i)" is the ninth letter or the first Roman numeral);
// the structure builder picks the reading that continues an open list.

/** One way of reading a label: its style (the family of labels it belongs to) and its value in that family. */
export interface LabelReading {
  /**
   * The list family: `outline` ("1.", "1.1.", "1.1.1."), `1)`, `(1)`, `(a)`, `a)`, `a.`, `(A)`, `A)`, `A.`,
   * `(i)`, `i)`, `i.`, `(I)`, `I)`, `I.`, or `bullet:<glyph>` for an unlabelled bullet.
   */
  style: string
  /** 1 for "1.", "(a)", "i."; 0 for bullets. For outline labels, the last number ("1.2." → 2). */
  value: number
  /** Outline labels only: how many numbers the label has ("1." → 1, "1.2." → 2). */
  outline?: number | undefined
  /** Outline labels only: the label of the parent ("1.2." → "1"). */
  parent?: string | undefined
}

/** A label found at the start of a text. */
export interface LeadingLabel {
  /** As written, without the space after it: "1.", "(a)", "1.1."; "" for a bullet. */
  label: string
  readings: Array<LabelReading>
  /** How many characters of the text the label and the spaces after it take. */
  length: number
}

const bulletGlyphs = '-•●▪►◦–—*·○■□➢➤✓✔▶◆◇'

const romanPattern = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/

/** The value of a lower-case Roman numeral up to 39, or undefined. */
export function romanValue(text: string): number | undefined {
  if (text === '' || !romanPattern.test(text)) return undefined
  const digit: Record<string, number> = {i: 1, v: 5, x: 10}
  let total = 0
  for (let i = 0; i < text.length; i++) {
    const here = digit[text[i]!] ?? 0
    const next = digit[text[i + 1] ?? ''] ?? 0
    total += here < next ? -here : here
  }
  return total
}

/** The value of a letter label: a = 1 … z = 26, then aa = 27 … as Word counts. */
function letterValue(text: string): number | undefined {
  const lower = text.toLowerCase()
  if (!/^([a-z])\1?$/.test(lower)) return undefined
  return lower.charCodeAt(0) - 96 + 26 * (lower.length - 1)
}

// "(12)", "12)", "(a)", "a)", "a.", "(iv)", "IV." … followed by white space (or the end of the text).
const enclosed = /^\(([0-9]{1,3}|[a-z]{1,2}|[ivx]{1,6}|[A-Z]{1,2}|[IVX]{1,6})\)(?=\s|$)/
const closed = /^([0-9]{1,3}|[a-z]{1,2}|[ivx]{1,6}|[A-Z]{1,2}|[IVX]{1,6})([.)])(?=\s|$)/
// "1.", "1.2.", "1.2.3", "1.2" (a decimal label with at least one dot)
const outline = /^([0-9]{1,3}(?:\.[0-9]{1,3})*)(\.?)(?=\s|$)/

/**
 * Reads the item label at the start of `text` (after any leading spaces), if there is one.
 * `"1.1. The implementation"` → label `"1.1."`; `"(a) to secure"` → `"(a)"`; `"► Be warned"` → bullet.
 */
export function readLabel(text: string): LeadingLabel | undefined {
  const start = text.length - text.trimStart().length
  const rest = text.slice(start)
  const spaced = (label: string) => start + label.length + (rest.slice(label.length).length - rest.slice(label.length).trimStart().length)

  const first = rest[0]
  if (first !== undefined && bulletGlyphs.includes(first) && /^(?:\s|$)/.test(rest.slice(1))) {
    // "- text", "• text": a bullet; "--" or "*emphasis*" are not. "• 1.1. text": the bullet only draws the label.
    const after = spaced(first)
    const inner = readLabel(text.slice(after))
    if (inner && inner.label !== '') return {...inner, length: after + inner.length}
    return {label: '', readings: [{style: `bullet:${first === '*' ? '-' : first}`, value: 0}], length: after}
  }

  const outlined = outline.exec(rest)
  if (outlined && (outlined[2] === '.' || outlined[1]!.includes('.'))) {
    const label = outlined[0]
    const numbers = outlined[1]!.split('.')
    const value = Number(numbers.at(-1))
    return {
      label,
      readings: [{style: 'outline', value, outline: numbers.length, parent: numbers.slice(0, -1).join('.') || undefined}],
      length: spaced(label)
    }
  }

  const wrapped = enclosed.exec(rest)
  const ended = wrapped ? undefined : closed.exec(rest)
  const match = wrapped ?? ended
  if (!match) return undefined
  const label = match[0]
  const body = match[1]!
  const shape = wrapped ? '(x)' : `x${ended![2]}`
  const readings: Array<LabelReading> = []
  if (/^[0-9]+$/.test(body)) {
    // "1)" and "(1)"; "1." was taken as an outline label above.
    readings.push({style: shape.replace('x', '1'), value: Number(body)})
  } else {
    const lower = body === body.toLowerCase()
    const letter = letterValue(body)
    const roman = romanValue(body.toLowerCase())
    if (lower || body.length <= 2) {
      if (letter !== undefined && (lower || body === body.toUpperCase())) {
        readings.push({style: shape.replace('x', lower ? 'a' : 'A'), value: letter})
      }
    }
    if (roman !== undefined && (lower || body === body.toUpperCase())) {
      readings.push({style: shape.replace('x', lower ? 'i' : 'I'), value: roman})
    }
  }
  if (readings.length === 0) return undefined
  return {label, readings, length: spaced(label)}
}

/** True when a reading is the first of its list: "1.", "(a)", "i.", "1.1." (a first sub-item), or a bullet. */
export function startsList(reading: LabelReading): boolean {
  return reading.value <= 1
}
