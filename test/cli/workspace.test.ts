// `--workspace <dir>` joins a workspace folder to the corpus for every command, as the app does: the Eritrean
// Proclamation imported into instruments/ is listed, shown and checked; a copy reusing a built-in id is left out
// with its file:line:column, and validate fails on it.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {runInProcess} from './in-process.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const docx = join(root, '../shared/realworld/eritrea-labour-118-2001/er-labour-118-2001-fromhtml.docx')
const workspace = mkdtempSync(join(tmpdir(), 'synoptic-cli-workspace-'))
afterAll(() => rmSync(workspace, {recursive: true, force: true}))

async function cli(...argv: Array<string>) {
  return runInProcess(argv)
}

beforeAll(async () => {
  mkdirSync(join(workspace, 'instruments'), {recursive: true})
  const imported = await cli('import', docx, '--id', 'er-labour-2001', '-o', join(workspace, 'instruments', 'er-labour-2001.md'))
  expect(imported.code, imported.err).toBe(0)
}, 60_000)

describe('--workspace', () => {
  test('list and show include the imported instrument; without --workspace it is not there', async () => {
    const listed = await cli('list', '--json', '--workspace', workspace)
    expect(listed.code, listed.err).toBe(0)
    const rows = JSON.parse(listed.out) as Array<{id: string; articles: number}>
    expect(rows.find((r) => r.id === 'er-labour-2001')?.articles).toBe(161)
    const plain = JSON.parse((await cli('list', '--json')).out) as Array<{id: string}>
    expect(plain.map((r) => r.id)).not.toContain('er-labour-2001')
    expect(rows).toHaveLength(plain.length + 1)

    const shown = await cli('show', 'er-labour-2001/art-1', '--workspace', workspace)
    expect(shown.code, shown.err).toBe(0)
    expect(shown.out).toContain('Labour Proclamation of Eritrea No.118/2001')
  })

  test('check finds on the workspace instrument what the rules say about it', async () => {
    const checked = await cli('check', 'er-labour-2001', '--json', '--workspace', workspace)
    expect(checked.code, checked.err).toBe(0)
    const findings = JSON.parse(checked.out) as {findings: Array<{provision: string | null}>} | Array<{provision: string | null}>
    const list = Array.isArray(findings) ? findings : findings.findings
    expect(list.length).toBeGreaterThan(0)
    expect(list.every((f) => f.provision === null || f.provision.startsWith('er-labour-2001/'))).toBe(true)
  })

  test('a document that reuses a built-in id is left out, said on stderr with its place, and fails validate', async () => {
    const copy = readFileSync(join(root, 'corpus', 'md-4139.md'), 'utf8')
    writeFileSync(join(workspace, 'instruments', 'my-4139.md'), copy)
    try {
      const listed = await cli('list', '--json', '--workspace', workspace)
      expect(listed.code).toBe(0)
      expect(listed.err).toContain(':2:1: error: The id `md-4139` is already used by the built-in decision md-4139')
      expect(listed.err).toContain('my-4139.md is left out of the corpus until it is corrected')
      const rows = JSON.parse(listed.out) as Array<{id: string}>
      expect(rows.filter((r) => r.id === 'md-4139')).toHaveLength(1)

      const validated = await cli('validate', '--workspace', workspace)
      expect(validated.code).toBe(1)
      expect(validated.err).toMatch(/instruments\/my-4139\.md:2:1: error: The id `md-4139` is already used/u)
    } finally {
      rmSync(join(workspace, 'instruments', 'my-4139.md'))
    }
  })

  test('a workspace folder that does not exist is an error, not an empty workspace', async () => {
    const result = await cli('list', '--workspace', join(workspace, 'nowhere'))
    expect(result.code).toBe(1)
    expect(result.err).toContain('the workspace folder')
  })
})
