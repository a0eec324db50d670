// Once per test run: a folder the browser tests share, where the renderer is built the first time a test asks
// for it (test/renderer-build.ts), and removed when the run ends.
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {TestProject} from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    testRunDir: string
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'synoptic-test-run-'))
  project.provide('testRunDir', dir)
  return () => rmSync(dir, {recursive: true, force: true})
}
