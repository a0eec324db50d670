import type {ReactNode} from 'react'
import type {WordChange} from '../../src/compare/index.ts'

/**
 * A word diff as text with `<ins>` and `<del>` (underlined and struck through, not only coloured, so the marks
 * survive black-and-white print and colour-blind readers).
 */
export function Changes({changes}: {changes: ReadonlyArray<WordChange>}): ReactNode {
  return changes.map((c, i) =>
    c.kind === 'equal' ? <span key={i}>{c.text}</span>
      : c.kind === 'insert' ? <ins key={i}>{c.text}</ins>
        : <del key={i}>{c.text}</del>
  )
}

/**
 * One side of a side-by-side comparison: the words only this side has are marked, the shared ones are plain.
 * `side` a shows equal + deleted runs, b equal + inserted runs.
 */
export function OneSide({changes, side}: {changes: ReadonlyArray<WordChange>; side: 'a' | 'b'}): ReactNode {
  const own = side === 'a' ? 'delete' : 'insert'
  return changes.map((c, i) =>
    c.kind === 'equal' ? <span key={i}>{c.text}</span>
      : c.kind === own ? <mark key={i} className="differs" title="only in this column">{c.text}</mark>
        : null
  )
}
