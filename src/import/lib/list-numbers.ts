// Numbers of list items written the way a drafter types them: 3 → "3.", "(c)", "iii."

/** Lower-case Roman numeral of 1…3999. */
export function toRoman(value: number): string {
  const table: Array<[number, string]> = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']
  ]
  let left = value
  let out = ''
  for (const [n, s] of table) {
    while (left >= n) {
      out += s
      left -= n
    }
  }
  return out
}

/** Letters as Word counts them: 1 → a, 26 → z, 27 → aa, 28 → bb. */
export function toLetters(value: number): string {
  const letter = String.fromCharCode(97 + ((value - 1) % 26))
  return letter.repeat(Math.floor((value - 1) / 26) + 1)
}

/**
 * The label of the `value`-th item of a list of HTML type `1`, `a`, `A`, `i` or `I`. Numbers end with
 * a dot ("3."); letters and Roman numerals take `shape`, `(x)` or `x)`.
 */
export function formatListNumber(value: number, type: string, shape: '(x)' | 'x)'): string {
  switch (type) {
    case 'a':
      return shape.replace('x', toLetters(value))
    case 'A':
      return shape.replace('x', toLetters(value).toUpperCase())
    case 'i':
      return shape.replace('x', toRoman(value))
    case 'I':
      return shape.replace('x', toRoman(value).toUpperCase())
    default:
      return `${value}.`
  }
}
