// The Eritrean Labour Proclamation No. 118/2001 from every format it is kept in (../shared/realworld/), held
// to a ground truth made without any importer: articles, the division tree, item trees, and no word lost.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {runCli} from '../../src/cli/run.ts'
import {eritreaAvailable, eritreaFiles, importEritrea, measureEritrea, readTruth, truthDivisions, type DivisionTree} from './realworld.ts'

describe.skipIf(!eritreaAvailable)('the Eritrean Labour Proclamation, imported from each of its formats', () => {
  test.each(eritreaFiles)('%s', async (file) => {
    const figures = await measureEritrea(file)
    expect(figures.errors).toEqual([])
    expect(figures.articles).toBe(161)
    expect(figures.numbersMatch).toBe(true)
    // 13 Titles, 27 Chapters and 10 Sections, nested as the truth's list says (ids under their parents).
    expect(figures.divisions).toBe(50)
    expect(figures.divisionsMatch).toBe(true)
    expect(figures.exactItemTrees).toBeGreaterThanOrEqual(159)
    // Every article whose items differ from the truth carries a warning in its own lines.
    expect(figures.inexact.filter((a) => !a.warned)).toEqual([])
    expect(figures.wordsLost).toEqual([])
    const instrument = figures.document.instrument
    expect(instrument.title).toMatch(/^the labour proclamation of eritrea$/i)
    expect(instrument.number).toBe('Proclamation No. 118/2001')
    const titleVI = instrument.body.find((d) => d.id === 'er-118/title-vi')
    expect(titleVI?.type).toBe('division')
    const ids: Array<string> = []
    const walk = (nodes: typeof instrument.body) => nodes.forEach((n) => n.type === 'division' && (ids.push(n.id), walk(n.children)))
    walk(instrument.body)
    expect(ids).toContain('er-118/title-vi/chapter-5/section-2/section-i')
    expect(ids.filter((id) => /_\d+$/.test(id))).toEqual([])
  }, 120_000)
})

describe.skipIf(!eritreaAvailable)('show --json gives the division tree', () => {
  test('kind, number, heading, children and the articles directly inside, as the truth nests them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-show-'))
    try {
      const {document} = await importEritrea('er-labour-118-2001-pdf.txt')
      writeFileSync(join(dir, 'er-118.md'), document.markdown)
      let out = ''
      const code = await runCli(['show', 'er-118', '--json'], {cwd: dir, defaultCorpus: dir, out: (t) => void (out += t), err: () => undefined})
      expect(code).toBe(0)
      interface Shown {kind: string; number: string; heading: string; articles: Array<string>; children: Array<Shown>}
      const divisions = (JSON.parse(out) as {divisions: Array<Shown>}).divisions
      const names = (nodes: Array<Shown>): Array<DivisionTree> => nodes.map((d) => ({name: `${d.kind} ${d.number}: ${d.heading}`.toLowerCase(), children: names(d.children)}))
      expect(names(divisions)).toEqual(truthDivisions(readTruth()))
      expect(divisions[0]).toMatchObject({kind: 'title', number: 'I', heading: 'Preliminary', articles: ['er-118/art-1', 'er-118/art-2', 'er-118/art-3', 'er-118/art-4'], children: []})
      const titleVII = divisions.find((d) => d.number === 'VII')!
      // Article 86 stands under the heading of Title VIII in every format, though the README counts it in Title VII.
      expect(titleVII.articles).toEqual(['er-118/art-84', 'er-118/art-85'])
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  }, 120_000)
})
