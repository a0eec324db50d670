// Projector mode's row stepping: one row of a table at a time, ↓/↑ (or Page Down/Up, Space) to move between rows
// and ←/→ between aspects. The row is kept in the URL (`?row=3`) so a workshop can jump straight to it.
import {useCallback, useEffect, useState} from 'react'
import {currentQuery} from './router.ts'
import {useDisplay} from './workspace.tsx'

/** Writes `row` into the hash's query without adding a history entry or re-routing. */
function rememberRow(row: number): void {
  const hash = window.location.hash
  const [path] = hash.split('?')
  const query = currentQuery(hash)
  if (row > 0) query.set('row', String(row))
  else query.delete('row')
  const text = query.toString()
  history.replaceState(history.state, '', `${path}${text ? `?${text}` : ''}`)
}

export interface RowStepper {
  row: number
  setRow: (row: number) => void
}

/**
 * The current row of a view with `count` rows. In projector mode ↓/↑ move through the rows and ←/→ call
 * `onPrevious`/`onNext` (the neighbouring aspects); outside projector mode the keys scroll as usual.
 */
export function useRowStepper(count: number, key: string, onPrevious?: () => void, onNext?: () => void): RowStepper {
  const {projector} = useDisplay()
  const [state, setState] = useState(() => ({key, row: Number(currentQuery().get('row') ?? 0) || 0}))
  // A new aspect starts at the row its URL names (0 when none).
  const row = state.key === key ? Math.min(Math.max(0, state.row), Math.max(0, count - 1)) : Number(currentQuery().get('row') ?? 0) || 0
  const setRow = useCallback(
    (next: number) => {
      const clamped = Math.min(Math.max(0, next), Math.max(0, count - 1))
      setState({key, row: clamped})
      rememberRow(clamped)
    },
    [count, key]
  )
  useEffect(() => {
    if (!projector) return
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      const el = event.target as HTMLElement | null
      if (el && /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) return
      // A row taller than the screen (a long list of fines) is read to its end before the next row comes.
      const page = document.scrollingElement ?? document.documentElement
      const below = page.scrollHeight - (page.scrollTop + window.innerHeight)
      if (event.key === 'ArrowDown' || event.key === 'PageDown' || (event.key === ' ' && !event.shiftKey)) {
        event.preventDefault()
        if (below > 2) window.scrollBy({top: window.innerHeight * 0.8})
        else if (row < count - 1) {
          setRow(row + 1)
          window.scrollTo({top: 0})
        }
      } else if (event.key === 'ArrowUp' || event.key === 'PageUp' || (event.key === ' ' && event.shiftKey)) {
        event.preventDefault()
        if (page.scrollTop > 2) window.scrollBy({top: -window.innerHeight * 0.8})
        else if (row > 0) setRow(row - 1)
      } else if (event.key === 'ArrowRight' && onNext) {
        event.preventDefault()
        onNext()
      } else if (event.key === 'ArrowLeft' && onPrevious) {
        event.preventDefault()
        onPrevious()
      } else if (event.key === 'Home') {
        event.preventDefault()
        setRow(0)
      } else if (event.key === 'End') {
        event.preventDefault()
        setRow(count - 1)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [projector, row, count, setRow, onNext, onPrevious])
  return {row, setRow}
}
