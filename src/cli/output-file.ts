import {randomBytes} from 'node:crypto'
import {link, rename, stat, unlink, writeFile} from 'node:fs/promises'
import {basename, dirname, extname, join, resolve} from 'node:path'
import {CommandError, UsageError, type CommandContext, type OptionSpec} from './command.ts'

/**
 * Writes a command's output file: through a temporary file beside it, then into place. An existing file is
 * replaced only with `force`; without it the final step is link(), which fails if a file appeared meanwhile,
 * so a user's file is never overwritten, not even by a race.
 */
export async function writeOutput(path: string, bytes: Uint8Array | string, force: boolean): Promise<void> {
  const exists = await stat(path).then((s) => s, () => undefined)
  if (exists?.isDirectory()) throw new CommandError(`${path} is a folder: give a file name after -o`)
  if (exists && !force) throw new CommandError(`${path} already exists: nothing was written (use --force to replace it)`)
  const dir = dirname(path)
  const folder = await stat(dir).then((s) => s, () => undefined)
  if (!folder?.isDirectory()) throw new CommandError(`cannot write ${path}: the folder ${dir} does not exist`)
  const temporary = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, bytes, {flag: 'wx'})
    if (force) await rename(temporary, path)
    else await link(temporary, path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw new CommandError(`${path} already exists: nothing was written (use --force to replace it)`)
    throw new CommandError(`cannot write ${path}: ${code ?? (error as Error).message}`)
  } finally {
    await unlink(temporary).catch(() => undefined)
  }
}

/** `-o <file>` and `--force`, as every command that writes a file declares them. */
export const outputFileOptions = {
  output: {type: 'string', short: 'o', description: 'the file to write'},
  force: {type: 'boolean', description: 'replace the output file if it exists'}
} satisfies Record<string, OptionSpec>

/** The output file of `-o`, checked before any work is done. */
export function outputOption(context: CommandContext): string {
  const o = context.options.output
  if (typeof o !== 'string' || o === '') throw new UsageError('give the output file with -o <file>')
  return resolve(context.cwd, o)
}

/**
 * `--format`, checked against `allowed`. Without it, the extension of `-o` names the format (`-o memo.pdf`); with
 * both, they must agree, so a PDF is never written under a `.docx` name. `extensions` names formats whose files end
 * otherwise (`xml` for Akoma Ntoso).
 */
export function formatOption<T extends string>(context: CommandContext, allowed: ReadonlyArray<T>, extensions: Readonly<Record<string, T>> = {}): T {
  const f = context.options.format
  const o = context.options.output
  const extension = typeof o === 'string' ? extname(o).slice(1).toLowerCase() : ''
  const named = extensions[extension] ?? ((allowed as ReadonlyArray<string>).includes(extension) ? (extension as T) : undefined)
  if (typeof f !== 'string') {
    if (named) return named
    const endings = [...allowed.filter((a) => !Object.values(extensions).includes(a)), ...Object.keys(extensions)].map((e) => `.${e}`)
    throw new UsageError(`give --format ${allowed.join('|')}, or an output file ending in ${endings.join(', ')}`)
  }
  if (!(allowed as ReadonlyArray<string>).includes(f)) throw new UsageError(`unknown format '${f}': use ${allowed.join(', ')}`)
  if (named && named !== f) throw new UsageError(`--format ${f} does not match the output file ${String(o)}: give a file ending in .${f}`)
  return f as T
}
