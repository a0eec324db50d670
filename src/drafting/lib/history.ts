/** Every version of a value, for undo and redo: the drafting view keeps one of these per open draft. */
export interface History<T> {
  past: Array<T>
  present: T
  future: Array<T>
  /** The group of the last recorded edit: keystrokes in one article make one step. */
  group?: string | undefined
}

/** A history with `present` as its only version. */
export function startHistory<T>(present: T): History<T> {
  return {past: [], present, future: []}
}

/**
 * Records a new version. When `group` is given and equals the last edit's group (typing in the same article),
 * the new version replaces the present instead of adding a step. Older steps beyond `limit` are dropped.
 */
export function record<T>(history: History<T>, next: T, group?: string, limit = 500): History<T> {
  if (next === history.present) return history
  if (group !== undefined && group === history.group) return {...history, present: next, future: []}
  const past = [...history.past, history.present]
  return {past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [], group}
}

/** Ends the current group, so the next keystroke starts a new step (after a pause, or on leaving the editor). */
export function closeGroup<T>(history: History<T>): History<T> {
  return history.group === undefined ? history : {...history, group: undefined}
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0
}

/** One step back; the same history when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1)
  if (previous === undefined) return history
  return {past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future]}
}

/** One step forward again; the same history when there is nothing to redo. */
export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future
  if (next === undefined) return history
  return {past: [...history.past, history.present], present: next, future: rest}
}
