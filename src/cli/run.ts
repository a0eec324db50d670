import {parseArgs} from 'node:util'
import {resolve} from 'node:path'
import {commands} from './commands/index.ts'
import {CommandError, UsageError, type Command, type CommandContext, type LoadedCorpus, type OptionSpec} from './command.ts'
import {readCorpus} from './corpus-files.ts'

/** Where the CLI runs and prints; tests pass their own. */
export interface CliEnvironment {
  cwd: string
  defaultCorpus: string
  out: (text: string) => void
  err: (text: string) => void
}

const common: Record<string, OptionSpec> = {
  corpus: {type: 'string', description: 'corpus folder (default: the shipped corpus/)'},
  json: {type: 'boolean', description: 'print machine-readable JSON on stdout'},
  help: {type: 'boolean', short: 'h', description: 'show help for the command'}
}

/** Runs one CLI invocation and resolves to its exit code. */
export async function runCli(argv: Array<string>, env: CliEnvironment): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    env.out(overview())
    return name === undefined ? 2 : 0
  }
  const entry = commands.find((c) => c.name === name)
  if (!entry) {
    env.err(`synoptic: unknown command '${name}'\n\n${overview()}`)
    return 2
  }
  return runCommand(await entry.load(), rest, env)
}

/** Runs one command with its arguments (the words after its name); resolves to the exit code. */
export async function runCommand(command: Command, argv: Array<string>, env: CliEnvironment): Promise<number> {
  const specs = {...common, ...command.options}
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        Object.entries(specs).map(([key, spec]) => [key, spec.short ? {type: spec.type, short: spec.short} : {type: spec.type}])
      )
    })
  } catch (error) {
    env.err(`synoptic ${command.name}: ${(error as Error).message}\n\n${usage(command)}`)
    return 2
  }
  const options = parsed.values as Record<string, string | boolean | undefined>
  if (options.help) {
    env.out(usage(command))
    return 0
  }
  const corpusDir = resolve(env.cwd, typeof options.corpus === 'string' ? options.corpus : env.defaultCorpus)
  let loaded: Promise<LoadedCorpus> | undefined
  const context: CommandContext = {
    args: parsed.positionals,
    options,
    json: options.json === true,
    corpusDir,
    cwd: env.cwd,
    out: env.out,
    err: env.err,
    loadCorpus: () => (loaded ??= readCorpus(corpusDir))
  }
  try {
    return await command.run(context)
  } catch (error) {
    if (error instanceof UsageError) {
      env.err(`synoptic ${command.name}: ${error.message}\n\n${usage(command)}`)
      return 2
    }
    if (error instanceof CommandError) {
      env.err(`synoptic ${command.name}: ${error.message}`)
      return 1
    }
    // A bug, not the user's doing: say so plainly, keep the stack for the report.
    env.err(`synoptic ${command.name}: internal error: ${(error as Error).stack ?? String(error)}`)
    return 70
  }
}

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  return [
    'Usage: npm run -s synoptic -- <command> [arguments] [--corpus <dir>] [--json]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run a command with --help for its arguments.'
  ].join('\n')
}

/** The help text of one command. */
export function usage(command: Command): string {
  const specs = {...command.options, ...common}
  const lines = Object.entries(specs).map(([key, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${key}${spec.type === 'string' ? ' <value>' : ''}`
    return `  ${flag.padEnd(26)} ${spec.description}`
  })
  return [`Usage: npm run -s synoptic -- ${command.name} ${command.usage}`, '', command.summary, '', 'Options:', ...lines].join('\n')
}
