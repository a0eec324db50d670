import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {runInProcess} from './in-process.ts'

const dir = mkdtempSync(join(tmpdir(), 'synoptic-diff-'))
const law = (id: string, body: string) =>
  `---\nid: ${id}\ntitle: Law ${id}\nkind: law\njurisdiction: LA\nlanguage: en\nsource: test\n---\n\n${body}`

const old = law('x', '## Article 1 Scope\n\nThis law applies to every employer.\n\n## Article 2 Visits\n\n1. Inspectors may enter any workplace;\n2. Inspectors may question staff.\n\n## Article 3 Fines\n\nFines are set by decree.\n')
const amended = law('x', '## Article 1 Scope\n\nThis law applies to every employer.\n\n## Article 2 Visits\n\n1. Inspectors may enter any workplace at any hour;\n2. Inspectors may question staff.\n\n## Article 4 Reports\n\nInspectors report every year.\n')
for (const [folder, text] of [['old', old], ['new', amended]] as const) {
  mkdirSync(join(dir, folder))
  writeFileSync(join(dir, folder, 'x.md'), text)
  writeFileSync(join(dir, folder, 'same.md'), law('same', '## Article 1 Only\n\nUnchanged text.\n'))
}

async function cli(...argv: Array<string>) {
  return runInProcess(argv, {cwd: dir, corpus: join(dir, 'old')})
}

describe('synoptic diff', () => {
  test('two files: each article that differs, words marked as git --word-diff marks them', async () => {
    const {code, out} = await cli('diff', 'old/x.md', 'new/x.md')
    expect(code).toBe(0)
    expect(out.split('\n')).toEqual([
      'diff x (old/x.md) x (new/x.md)',
      '~ x/art-2  Visits',
      '  ~ item-1: 1. Inspectors may enter any workplace{+ at any hour+};',
      '- x/art-3  [-Fines-]',
      '  - para-1: [-Fines are set by decree.-]',
      '+ x/art-4  {+Reports+}',
      '  + para-1: {+Inspectors report every year.+}',
      'articles: 1 changed, 1 only in b, 1 only in a, 1 equal',
      ''
    ])
  })

  test('two folders, as JSON: instruments paired by id, unchanged ones left out', async () => {
    const {code, out} = await cli('diff', 'old', 'new', '--json')
    expect(code).toBe(0)
    const result = JSON.parse(out)
    expect(result.differ).toBe(true)
    expect(result.articles).toEqual({equal: 2, changed: 1, insert: 1, delete: 1})
    expect(result.instruments.map((i: {id: string}) => i.id)).toEqual(['x'])
    expect(result.instruments[0].articles[0]).toMatchObject({kind: 'changed', a: 'x/art-2', b: 'x/art-2', children: [{kind: 'changed', a: 'x/art-2/item-1'}]})
  })

  test('two folders through a warm cache: the same output as parsing them (articles of the same digest counted equal unread)', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'synoptic-diff-cache-'))
    const saved = {dir: process.env.SYNOPTIC_CACHE_DIR, off: process.env.SYNOPTIC_CACHE}
    try {
      process.env.SYNOPTIC_CACHE = 'off'
      const parsed = await cli('diff', 'old', 'new', '--json')
      delete process.env.SYNOPTIC_CACHE
      process.env.SYNOPTIC_CACHE_DIR = cache
      const filling = await cli('diff', 'old', 'new', '--json')
      const warm = await cli('diff', 'old', 'new', '--json')
      expect(JSON.parse(warm.out).articles).toEqual({equal: 2, changed: 1, insert: 1, delete: 1})
      expect(warm.out).toBe(parsed.out)
      expect(filling.out).toBe(parsed.out)
      expect((await cli('diff', 'old', 'new')).out).toBe((await cli('diff', 'old', 'new')).out)
    } finally {
      for (const [name, value] of [['SYNOPTIC_CACHE_DIR', saved.dir], ['SYNOPTIC_CACHE', saved.off]] as const) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    }
  })

  test('exit status: 0 by default, 1 with --exit-code when they differ, 2 for wrong usage', async () => {
    expect((await cli('diff', 'old', 'new', '--exit-code')).code).toBe(1)
    expect((await cli('diff', 'old/same.md', 'new/same.md', '--exit-code')).code).toBe(0)
    expect((await cli('diff', 'old/same.md', 'new/same.md')).out).toBe('articles: 0 changed, 0 only in b, 0 only in a, 1 equal\n')
    const mixed = await cli('diff', 'old', 'new/x.md')
    expect(mixed.code).toBe(2)
    expect(mixed.err).toContain('not a folder with an instrument')
    expect((await cli('diff', 'old')).code).toBe(2)
    const missing = await cli('diff', 'x', 'nowhere')
    expect(missing.code).toBe(1)
    expect(missing.err).toContain("'nowhere' is neither a file, a folder nor an instrument")
  })
})
