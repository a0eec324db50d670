// The Eritrean Labour Proclamation No. 118/2001 from every format it is kept in (../shared/realworld/), held
// to a ground truth made without any importer: articles, the division tree, item trees, and no word lost.
import {describe, expect, test} from 'vitest'
import {eritreaAvailable, eritreaFiles, measureEritrea} from './realworld.ts'

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
