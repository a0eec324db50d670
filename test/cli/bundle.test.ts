// The CLI runs from an esbuild bundle with plain node; each command's module is a chunk loaded when it runs.
import {execFile} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, test} from 'vitest'
import {commands} from '../../src/cli/commands/index.ts'
// @ts-expect-error: plain JavaScript, run before anything can compile TypeScript
import {buildCli, sourceFingerprint} from '../../scripts/cli-bundle.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const run = promisify(execFile)

/** The chunks a bundle file imports statically, and theirs: what loads before any command runs. */
function staticClosure(entry: string): Map<string, string> {
  const seen = new Map<string, string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    const text = readFileSync(file, 'utf8')
    seen.set(file, text)
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?["'](\.\/chunk-[A-Z0-9]+\.js)["']/gmu)) visit(join(dirname(file), m[1]!))
  }
  visit(entry)
  return seen
}

describe('the command table', () => {
  test('each line names and summarises its command as the command itself does', async () => {
    for (const entry of commands) {
      const command = await entry.load()
      expect([command.name, command.summary]).toEqual([entry.name, entry.summary])
    }
  })
})

describe('the CLI bundle', () => {
  test('loads no command, nor pdfmake, mammoth or docx, before the command line is read', async () => {
    const entry = (await buildCli({quiet: true})) as string
    const loaded = [...staticClosure(entry).values()].join('\n')
    expect(loaded).toContain('List the instruments of the corpus')
    for (const marker of ['from "pdfmake"', 'mammoth', 'new Document(', 'function readDocx']) expect(loaded).not.toContain(marker)
  }, 120_000)

  test('list loads neither the Markdown and YAML parsers nor zod: on a warm cache it needs none of them', async () => {
    const entry = (await buildCli({quiet: true})) as string
    const main = readFileSync(entry, 'utf8')
    const chunk = /\(await import\("\.\/(chunk-[A-Z0-9]+\.js)"\)\)\.list\b/u.exec(main)?.[1]
    expect(chunk).toMatch(/^chunk-/u)
    const loaded = [...staticClosure(entry).values(), ...staticClosure(join(dirname(entry), chunk!)).values()].join('\n')
    expect(loaded).toContain('src/cli/commands/list.ts')
    expect(loaded).toContain('src/corpus/lib/corpus-checks.ts')
    for (const marker of ['node_modules/micromark', 'node_modules/mdast-util-from-markdown', 'node_modules/yaml/', 'node_modules/zod/', 'src/corpus/lib/parse-instrument.ts', 'src/ipc/lib/contract.ts']) {
      expect(loaded).not.toContain(marker)
    }
  }, 120_000)

  test('an edit of a file deep under src/ changes the fingerprint, though its folder keeps its time', () => {
    const scratch = mkdtempSync(join(root, 'src', '.fingerprint-'))
    try {
      const file = join(scratch, 'deep', 'probe.ts')
      mkdirSync(dirname(file))
      writeFileSync(file, 'export const a = 1\n')
      const when = new Date('2020-01-01T00:00:00Z')
      utimesSync(file, when, when)
      utimesSync(dirname(file), when, when)
      const before = sourceFingerprint() as string
      writeFileSync(file, 'export const a = 2\n') // the same size: only the file's time tells
      utimesSync(dirname(file), when, when)
      expect(sourceFingerprint()).not.toBe(before)
    } finally {
      rmSync(scratch, {recursive: true, force: true})
    }
  })

  test('npm run -s synoptic runs the same commands from the bundle as from the sources', async () => {
    const bundled = await run('npm', ['run', '-s', 'synoptic', '--', 'show', 'md-4139/art-18/item-2', '--json'], {cwd: root})
    const source = await run('npm', ['run', '-s', 'synoptic', '--', 'show', 'md-4139/art-18/item-2', '--json'], {cwd: root, env: {...process.env, SYNOPTIC_FROM_SOURCE: '1'}})
    expect(JSON.parse(bundled.stdout)).toMatchObject({id: 'md-4139/art-18/item-2', heading: 'Duties'})
    expect(bundled.stdout).toBe(source.stdout)
    const usage = await run('npm', ['run', '-s', 'synoptic', '--', 'nonsense'], {cwd: root}).catch((error: {code: number; stderr: string}) => error)
    expect(usage).toMatchObject({code: 2})
    expect((usage as {stderr: string}).stderr).toContain("unknown command 'nonsense'")
  }, 120_000)

  test("the package's bin is the synoptic command: run as a program from another folder, it lists the shipped corpus", async () => {
    const bin = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {bin?: Record<string, string>}).bin?.synoptic
    expect(bin).toBe('scripts/synoptic.mjs')
    const elsewhere = mkdtempSync(join(tmpdir(), 'synoptic-bin-'))
    try {
      // Run as `npm link` or a global install runs it: the file itself, through its #! line, not `node file`.
      const listed = await run(join(root, bin!), ['list', '--json'], {cwd: elsewhere})
      const ids = (JSON.parse(listed.stdout) as Array<{id: string}>).map((i) => i.id)
      expect(ids).toEqual(expect.arrayContaining(['c081', 'c129', 'll-2013', 'annex-1']))
    } finally {
      rmSync(elsewhere, {recursive: true, force: true})
    }
  }, 120_000)
})
