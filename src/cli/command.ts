import type {Corpus} from '../model/index.ts'
import type {WorkspaceDocument} from '../corpus/index.ts'
import type {SynopticMessage} from '../message/index.ts'

/** An option a command accepts besides the common ones (`--corpus`, `--json`, `--help`). */
export interface OptionSpec {
  type: 'boolean' | 'string'
  short?: string | undefined
  description: string
}

/** The corpus as read from disk: the parsed instruments, the raw data files and what went wrong. */
export interface LoadedCorpus {
  corpus: Corpus
  messages: Array<SynopticMessage>
  /** Absolute path of the corpus folder. */
  dir: string
  /** Every file read, paths relative to the corpus folder: commands that need YAML data or rules take them from here. */
  sources: Array<{path: string; text: string}>
  /** With `--workspace`: its folder and each of its documents as the join saw it (refused ones are not in `corpus`). */
  workspace?: {dir: string; documents: Array<WorkspaceDocument>; comparisons: Array<{path: string; text: string}>} | undefined
}

/** What a command gets to work with. Commands print through `out`/`err`, never console, so tests can capture them. */
export interface CommandContext {
  /** Positional arguments after the command name. */
  args: Array<string>
  /** Parsed options, common ones included. */
  options: Record<string, string | boolean | undefined>
  json: boolean
  /** Absolute path of the corpus folder (`--corpus`, default: the shipped `corpus/`). */
  corpusDir: string
  /** Absolute path of the workspace folder (`--workspace`), whose documents join the corpus; none by default. */
  workspaceDir?: string | undefined
  /** Current working directory, for resolving file arguments. */
  cwd: string
  out: (text: string) => void
  err: (text: string) => void
  /** Reads and parses the corpus folder (cached for the run). */
  loadCorpus: () => Promise<LoadedCorpus>
}

/** One CLI command. `run` resolves to the exit code: 0 done, 1 failed (e.g. invalid corpus), 2 bad usage. */
export interface Command {
  name: string
  /** One line for the command list. */
  summary: string
  /** Argument synopsis after the command name, e.g. `<instrument-id | provision-id> [--json]`. */
  usage: string
  options: Record<string, OptionSpec>
  run: (context: CommandContext) => Promise<number>
}

/** Thrown by a command for wrong arguments: printed with the usage, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Thrown for a failure the user can act on (a missing file, an output that exists): printed as is, exit 1. */
export class CommandError extends Error {
  override name = 'CommandError'
}

/**
 * A line of the command table: what `--help` lists, and how to load the command. The command's module, and
 * with it everything it imports (pdfmake, mammoth, …), is loaded only when the command runs.
 */
export interface CommandEntry {
  name: string
  /** The same line as the command's own `summary` (a test holds them equal). */
  summary: string
  load: () => Promise<Command>
}
