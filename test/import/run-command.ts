// Runs one CLI command in-process through the CLI's own runner and collects what it prints. Going through the
// command object (not the whole command table) keeps these tests independent of the other commands.
import {runCommand as runWith} from '../../src/cli/run.ts'
import type {Command} from '../../src/cli/command.ts'

export interface CommandRun {
  code: number
  out: string
  err: string
}

export async function runCommand(command: Command, argv: Array<string>, cwd: string): Promise<CommandRun> {
  let out = ''
  let err = ''
  const code = await runWith(command, argv, {
    cwd,
    defaultCorpus: cwd,
    out: (t) => void (out += t + '\n'),
    err: (t) => void (err += t + '\n')
  })
  return {code, out, err}
}
