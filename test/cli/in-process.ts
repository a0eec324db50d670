// The CLI run in this process, as the tests call it: its exit code and what it printed, a line per message.
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {runCli} from '../../src/cli/run.ts'

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

export interface CliRun {
  code: number
  out: string
  err: string
}

/** `synoptic <argv>` run from `cwd` (the repository), with `corpus` (the shipped one) as the default corpus. */
export async function runInProcess(argv: Array<string>, options: {cwd?: string; corpus?: string} = {}): Promise<CliRun> {
  const cwd = options.cwd ?? repoRoot
  let out = ''
  let err = ''
  const code = await runCli(argv, {cwd, defaultCorpus: options.corpus ?? join(repoRoot, 'corpus'), out: (t) => void (out += t + '\n'), err: (t) => void (err += t + '\n')})
  return {code, out, err}
}
