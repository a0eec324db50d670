/**
 * The id segment of a number or label as written: punctuation and white space at both ends dropped, white space
 * inside removed, inner punctuation turned into `-`, lower case. `(a)` → `a`, `1.1.` → `1-1`, `2 bis` → `2bis`.
 * Never empty: a label with no letters or digits gives `nn`.
 */
export function cleanNum(label: string): string {
  const cleaned = label
    .normalize('NFKC')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/gu, '')
    .replace(/[\p{P}\p{S}]+/gu, '-')
    .toLowerCase()
  return cleaned === '' ? 'nn' : cleaned
}

/** Hands out unique id segments within one parent: the second `item-1` becomes `item-1_2`. */
export class SegmentCounter {
  private readonly seen = new Map<string, number>()

  /** The segment itself the first time, then with `_2`, `_3`, … */
  next(segment: string): string {
    const count = (this.seen.get(segment) ?? 0) + 1
    this.seen.set(segment, count)
    return count === 1 ? segment : `${segment}_${count}`
  }
}
