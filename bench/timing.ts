/** Milliseconds taken by `fn`, best of `repeat` runs (the least disturbed by the other core's work). */
export async function time(fn: () => unknown | Promise<unknown>, repeat = 3): Promise<number> {
  let best = Infinity
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now()
    await fn()
    best = Math.min(best, performance.now() - t0)
  }
  return best
}
