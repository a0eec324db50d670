// `validate` reads a workspace's comparison files as the comparison view does: a provision id that is not one, or
// that names no provision of the corpus, is an error at its own file:line:column, and validate fails.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {runInProcess} from './in-process.ts'

const workspace = mkdtempSync(join(tmpdir(), 'synoptic-cli-comparison-'))
afterAll(() => rmSync(workspace, {recursive: true, force: true}))

async function cli(...argv: Array<string>) {
  return runInProcess(argv)
}

const good = `title: Labour Law and Social Security Law
columns:
  - {key: ll, title: Labour Law, instruments: [ll-2013]}
  - {key: ssl, title: Social Security Law, instruments: [ssl-2018]}
topics:
  - id: forms
    title: Forms of inspection
    ll:
      - provision: ll-2013/art-173
    ssl:
      - provision: ssl-2018/art-112
    pairs:
      - ll: ll-2013/art-173/item-3
        ssl: ssl-2018/art-112/item-3
`

describe('validate --workspace with comparison files', () => {
  test('a good comparison passes; bad and unknown ids fail at their place', async () => {
    mkdirSync(join(workspace, 'comparisons'), {recursive: true})
    writeFileSync(join(workspace, 'comparisons', 'good.yaml'), good)
    const passed = await cli('validate', '--workspace', workspace)
    expect(passed.err).not.toContain('comparisons/good.yaml')
    writeFileSync(join(workspace, 'comparisons', 'bad.yaml'), good.replace('ll-2013/art-173/item-3', 'll-2013/art-173/item 3').replace('ssl-2018/art-112\n', 'ssl-2018/art-1120\n'))
    const failed = await cli('validate', '--workspace', workspace)
    expect(failed.code).toBe(1)
    const lines = failed.err.split('\n').filter((l) => l.includes('bad.yaml'))
    expect(lines).toEqual([
      expect.stringMatching(/comparisons\/bad\.yaml:11:9: error: Topic `forms`: the provision `ssl-2018\/art-1120`: ssl-2018 has no article `art-1120`/u),
      expect.stringMatching(/comparisons\/bad\.yaml:13:13: error: `ll-2013\/art-173\/item 3` under `ll` in a pair is not a provision id/u)
    ])
  }, 120_000)

  test('one comparison file given alone is checked against the corpus it would be shown with', async () => {
    const alone = join(workspace, 'comparisons', 'alone.yaml')
    writeFileSync(alone, good.replace('ssl-2018/art-112\n', 'ssl-2018/art-1120\n'))
    const failed = await cli('validate', alone)
    expect(failed.code).toBe(1)
    expect(failed.err).toMatch(/alone\.yaml:11:9: error: Topic `forms`: the provision `ssl-2018\/art-1120`: ssl-2018 has no article `art-1120`/u)
    // The ids that are there are found: no error about ll-2013 or its items.
    expect(failed.err).not.toMatch(/ll-2013/u)
    writeFileSync(alone, good)
    const passed = await cli('validate', alone)
    expect(passed.err).toBe('')
    expect(passed.code).toBe(0)
  }, 120_000)
})
