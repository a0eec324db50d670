// Runs one CLI command in-process, the way src/cli/run.ts does, and collects what it prints. Going through the
// command object (not the whole command table) keeps these tests independent of the other commands.
import {parseArgs} from 'node:util'
import {CommandError, UsageError, type Command} from '../../src/cli/command.ts'
import {readCorpus} from '../../src/cli/corpus-files.ts'

export interface CommandRun {
  code: number
  out: string
  err: string
}

export async function runCommand(command: Command, argv: Array<string>, cwd: string): Promise<CommandRun> {
  let out = ''
  let err = ''
  const specs: Command['options'] = {corpus: {type: 'string', description: ''}, json: {type: 'boolean', description: ''}, ...command.options}
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, spec.short ? {type: spec.type, short: spec.short} : {type: spec.type}]))
    })
  } catch (error) {
    return {code: 2, out, err: (error as Error).message}
  }
  const options = parsed.values as Record<string, string | boolean | undefined>
  try {
    const code = await command.run({
      args: parsed.positionals,
      options,
      json: options.json === true,
      corpusDir: cwd,
      cwd,
      out: (t) => void (out += t + '\n'),
      err: (t) => void (err += t + '\n'),
      loadCorpus: () => readCorpus(cwd)
    })
    return {code, out, err}
  } catch (error) {
    if (error instanceof UsageError) return {code: 2, out, err: err + error.message}
    if (error instanceof CommandError) return {code: 1, out, err: err + error.message}
    throw error
  }
}
