import {parseArgs} from 'node:util'
import {resolve} from 'node:path'
import {commands} from './commands/index.ts'
import {CommandError, UsageError, type Command, type CommandContext, type LoadedCorpus, type OptionSpec} from './command.ts'
import {readCorpus} from './corpus-files.ts'
import {formatMessage} from '../message/index.ts'

/** Where the CLI runs and prints; tests pass their own. */
export interface CliEnvironment {
  cwd: string
  defaultCorpus: string
  out: (text: string) => void
  err: (text: string) => void
}

const common: Record<string, OptionSpec> = {
  corpus: {type: 'string', description: 'corpus folder (default: the shipped corpus/)'},
  workspace: {type: 'string', description: 'workspace folder whose instruments/, drafts/ and comparisons/ join the corpus, as in the app'},
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
  const workspaceDir = typeof options.workspace === 'string' ? resolve(env.cwd, options.workspace) : undefined
  let loaded: Promise<LoadedCorpus> | undefined
  // A workspace document the app leaves out (it does not parse, or its id is taken) is said once, as the app shows it.
  const load = async (): Promise<LoadedCorpus> => {
    const result = await readCorpus(corpusDir, workspaceDir)
    for (const document of result.workspace?.documents ?? []) {
      if (document.state !== 'refused') continue
      for (const m of document.messages.filter((m) => m.severity === 'error')) env.err(formatMessage(m))
      env.err(`synoptic: ${document.file} is left out of the corpus until it is corrected`)
    }
    return result
  }
  const context: CommandContext = {
    args: parsed.positionals,
    options,
    json: options.json === true,
    corpusDir,
    workspaceDir,
    cwd: env.cwd,
    out: env.out,
    err: env.err,
    loadCorpus: () => (loaded ??= load())
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
    'Usage: npm run -s synoptic -- <command> [arguments] [--corpus <dir>] [--workspace <dir>] [--json]',
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
