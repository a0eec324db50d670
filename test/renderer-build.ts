// The renderer is built once per test run, not once per browser test file: the first file to ask builds it into
// the run's folder (test/global-setup.ts) while holding a lock file, the others wait for it, and each gets its
// own copy where it wants it, so what one file serves or changes never reaches another.
import {closeSync, cpSync, existsSync, openSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {inject} from 'vitest'
import {buildRenderer} from '../scripts/serve-renderer.ts'

const waitMs = 300_000

/** Puts a build of the renderer (index.html and its assets) in `outDir`, building it if this run has none yet. */
export async function builtRenderer(outDir: string): Promise<void> {
  const run = inject('testRunDir')
  const build = join(run, 'renderer')
  const done = join(run, 'renderer.done')
  const failed = join(run, 'renderer.failed')
  let lock: number | undefined
  try {
    lock = openSync(join(run, 'renderer.lock'), 'wx')
  } catch {
    lock = undefined
  }
  if (lock !== undefined) {
    closeSync(lock)
    try {
      await buildRenderer({outDir: build})
      writeFileSync(done, '')
    } catch (error) {
      writeFileSync(failed, (error as Error).message)
      throw error
    }
  } else {
    const until = Date.now() + waitMs
    while (!existsSync(done)) {
      if (existsSync(failed)) throw new Error(`the renderer's build failed: ${readFileSync(failed, 'utf8')}`)
      if (Date.now() > until) throw new Error(`the renderer's build did not end within ${waitMs / 1000} s`)
      await sleep(200)
    }
  }
  cpSync(build, outDir, {recursive: true})
}
