// Whole-process timing, as a user runs the commands: each side started as its own process on the same input,
// the sides interleaved (ours, peer, ours, peer, …) so that a busy machine slows both alike, after one warm-up
// run of each that is not counted. Wall time is taken around the process; peak memory is the child's maximum
// resident set, as GNU time reports it.
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'

/** One program to time. */
export interface Side {
  label: string
  command: string
  args: Array<string>
  env?: Record<string, string> | undefined
  cwd?: string | undefined
  /** Exit codes that mean it worked (git diff exits 1 when files differ). Default [0]. */
  ok?: Array<number> | undefined
  /** Run before each timed run, untimed (e.g. remove the output file). */
  before?: (() => void) | undefined
}

/** What one side took, over the timed runs. */
export interface Timing {
  median_ms: number
  min_ms: number
  max_ms: number
  peak_mb: number
  /** Median CPU time (user + system) of the process: less swayed than wall time by others' work on the machine. */
  cpu_ms: number
  runs: number
}

const gnuTime = '/usr/bin/time'

/** Runs `side` once; resolves to its wall time and peak memory, rejects when it fails. */
export function runOnce(side: Side): Promise<{ms: number; peakMb: number; cpuMs: number}> {
  side.before?.()
  const withTime = existsSync(gnuTime)
  const [command, args] = withTime ? [gnuTime, ['-f', 'synoptic-bench-peak-kb %M cpu-s %U %S', side.command, ...side.args]] : [side.command, side.args]
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(command, args, {cwd: side.cwd, env: {...process.env, ...side.env}, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-20_000)
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = performance.now() - start
      if (!(side.ok ?? [0]).includes(code ?? -1)) {
        reject(new Error(`${side.label} exited ${code}: ${stderr.slice(-2000)}`))
        return
      }
      const m = /synoptic-bench-peak-kb (\d+) cpu-s ([\d.]+) ([\d.]+)/u.exec(stderr)
      resolve({ms, peakMb: Number(m?.[1] ?? NaN) / 1024, cpuMs: (Number(m?.[2] ?? NaN) + Number(m?.[3] ?? NaN)) * 1000})
    })
  })
}

export function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Times the sides interleaved, `runs` times each after one warm-up run each. */
export async function interleaved(sides: Array<Side>, runs: number): Promise<Array<Timing>> {
  for (const side of sides) await runOnce(side)
  const times = sides.map(() => [] as Array<number>)
  const cpu = sides.map(() => [] as Array<number>)
  const peaks = sides.map(() => 0)
  for (let r = 0; r < runs; r++) {
    for (const [i, side] of sides.entries()) {
      const {ms, peakMb, cpuMs} = await runOnce(side)
      times[i]!.push(ms)
      cpu[i]!.push(cpuMs)
      peaks[i] = Math.max(peaks[i]!, peakMb)
    }
  }
  return times.map((t, i) => ({median_ms: Math.round(median(t)), min_ms: Math.round(Math.min(...t)), max_ms: Math.round(Math.max(...t)), peak_mb: Math.round(peaks[i]!), cpu_ms: Math.round(median(cpu[i]!)), runs}))
}

/** The figures of a comparison: each side's median, spread and peak, and the ratio of each to the last side (the peer). */
export function figures(name: string, sides: Array<Side>, timings: Array<Timing>): Record<string, number | string> {
  const out: Record<string, number | string> = {}
  const peer = timings.at(-1)!
  for (const [i, side] of sides.entries()) {
    const t = timings[i]!
    out[`${name}.${side.label}`] = `median ${t.median_ms} ms (${t.min_ms}–${t.max_ms}, ${t.runs} runs), cpu ${t.cpu_ms} ms, peak ${t.peak_mb} MB`
    if (i < sides.length - 1) {
      out[`${name}.${side.label}_over_${sides.at(-1)!.label}`] = Number((t.median_ms / peer.median_ms).toFixed(2))
      out[`${name}.${side.label}_over_${sides.at(-1)!.label}_cpu`] = Number((t.cpu_ms / peer.cpu_ms).toFixed(2))
    }
  }
  return out
}
