import type {ReactNode} from 'react'
import {useDisplay} from '../workspace.tsx'

/** A column of a comparison table that can be hidden. */
export interface ColumnChoice {
  key: string
  label: string
}

/** Buttons that hide and show the columns of a comparison (remembered across sessions). */
export function ColumnToggles({columns}: {columns: ReadonlyArray<ColumnChoice>}): ReactNode {
  const {hidden, toggleColumn} = useDisplay()
  return (
    <div className="column-toggles" role="group" aria-label="Columns shown">
      <span className="toggles-label">Show:</span>
      {columns.map((c) => (
        <button key={c.key} type="button" aria-pressed={!hidden.has(c.key)} onClick={() => toggleColumn(c.key)}>
          <span aria-hidden="true">{hidden.has(c.key) ? '\u2610' : '\u2611'}</span> {c.label}
        </button>
      ))}
    </div>
  )
}

/** Projector mode's pager: which row is on screen, and buttons to move (the arrow keys do the same). */
export function RowPager({row, count, setRow, labels}: {row: number; count: number; setRow: (row: number) => void; labels?: ReadonlyArray<string>}): ReactNode {
  const {projector} = useDisplay()
  if (!projector || count <= 1) return null
  return (
    <nav className="row-pager" aria-label="Rows">
      <button type="button" onClick={() => setRow(row - 1)} disabled={row === 0} aria-keyshortcuts="ArrowUp">↑ Previous row</button>
      <span className="row-count" aria-live="polite">Row {row + 1} of {count}{labels?.[row] ? `: ${labels[row]}` : ''}</span>
      <button type="button" onClick={() => setRow(row + 1)} disabled={row >= count - 1} aria-keyshortcuts="ArrowDown">Next row ↓</button>
    </nav>
  )
}
