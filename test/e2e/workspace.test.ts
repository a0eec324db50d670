// The comparison workspace in real Chromium against the real build: every route, keyboard use, projector mode
// and print. Expected values come from the core run on the same corpus, not from copies of it.
import {mkdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test, beforeAll} from 'vitest'
import type {Page} from 'playwright-core'
import {readSourceFiles} from '../../src/cli/corpus-files.ts'
import {loadCorpus} from '../../src/corpus/index.ts'
import {loadReviewData, type Aspect, type ReviewData} from '../../src/review/index.ts'
import {aspectsCiting, compareAspect, diffProvisions, type ProvisionDiff} from '../../src/compare/index.ts'
import {articlesOf, findInstrument, findProvision, type Corpus} from '../../src/model/index.ts'
import {navigateTimed, pageProblems, useRenderer, waitForView} from './fixture.ts'

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url))
const shots = fileURLToPath(new URL('../.output/e2e/', import.meta.url))
const app = useRenderer()

let corpus: Corpus
let aspects: Array<Aspect>
let review: ReviewData
beforeAll(async () => {
  const sources = await readSourceFiles(corpusDir)
  corpus = loadCorpus(sources.filter((s) => s.path.endsWith('.md'))).value
  review = loadReviewData(sources).value
  aspects = review.aspects
  mkdirSync(shots, {recursive: true})
})

const aspect = (id: string): Aspect => aspects.find((a) => a.id === id)!

/** Closes the page's context after checking that nothing went wrong in it. */
async function done(page: Page): Promise<void> {
  expect(pageProblems(page).join('\n')).toBe('')
  await page.context().close()
}

const texts = (page: Page, selector: string): Promise<Array<string>> => page.locator(selector).allTextContents()

describe.skipIf(app.skip)('comparison workspace in Chromium', () => {
  test('#/compare reproduces Table 1: one row per aspect, every citation a link to its article', async () => {
    const page = await app.session().open('#/compare')
    expect(await texts(page, 'table.table-1 tbody th')).toEqual(aspects.map((a) => a.title))
    for (const aspect of aspects) {
      const row = page.locator('table.table-1 tbody tr', {has: page.locator(`a[href="#/compare/${aspect.id}"]`)})
      const cited = (await row.locator('a.cite').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).sort()
      const expected = [...aspect.labour, ...aspect.socialSecurity]
        .filter((c) => findProvision(corpus, c.provision))
        .map((c) => `#/article/${c.provision}`)
        .sort()
      expect(cited).toEqual(expected)
    }
    // A citation leads to the article page.
    await page.locator('table.table-1 a.cite').first().click()
    await page.waitForFunction(() => document.documentElement.dataset.view === 'article')
    expect(await page.locator('h1').textContent()).toMatch(/^Article \d+/)
    await done(page)
  })

  test('#/compare/forms puts Sudden inspection and Emergency inspections on one row, their differences marked', async () => {
    const page = await app.session().open('#/compare/forms')
    const aspect = aspects.find((a) => a.id === 'forms')!
    const comparison = compareAspect(corpus, aspect)
    expect(await page.locator('table.comparison tbody tr').count()).toBe(comparison.rows.length)
    const row = page.locator('tr.row-pair', {hasText: 'Sudden inspection'})
    await expect(row.count()).resolves.toBe(1)
    const labour = row.locator('td.col-labour')
    const social = row.locator('td.col-socialSecurity')
    expect(await labour.locator('a.cite').getAttribute('href')).toBe('#/article/ll-2013/art-173/item-3')
    expect(await social.locator('a.cite').getAttribute('href')).toBe('#/article/ssl-2018/art-112/item-3')
    // The marked words are exactly the core's word difference: deletions on the labour side, insertions on the other.
    const pair = comparison.rows.find((r) => r.labour[0]?.id === 'll-2013/art-173/item-3')!
    expect(await labour.locator('mark.differs').allTextContents()).toEqual(pair.changes!.filter((c) => c.kind === 'delete').map((c) => c.text))
    expect(await social.locator('mark.differs').allTextContents()).toEqual(pair.changes!.filter((c) => c.kind === 'insert').map((c) => c.text))
    expect((await labour.locator('mark.differs').allTextContents()).join(' ')).toContain('Sudden')
    expect((await social.locator('mark.differs').allTextContents()).join(' ')).toContain('Emergency')
    // Every cell of every row carries a citation.
    const cells = await page.locator('table.comparison tbody td').evaluateAll((tds) =>
      tds.map((td) => td.querySelector('a.cite') !== null || td.querySelector('.none') !== null)
    )
    expect(cells.every(Boolean)).toBe(true)
    await done(page)
  })

  test('every aspect has a view with the full text of each provision it cites', async () => {
    const page = await app.session().open('#/compare')
    for (const aspect of aspects) {
      await navigateTimed(page, `#/compare/${aspect.id}`)
      expect(await page.locator('h1').textContent()).toBe(aspect.title)
      const hrefs = await page.locator('tr.row-text a.cite').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
      for (const c of [...aspect.labour, ...aspect.socialSecurity]) {
        if (findProvision(corpus, c.provision)) expect(hrefs).toContain(`#/article/${c.provision}`)
      }
    }
    await done(page)
  })

  test('the fines and enforcement steps of the review data (Tables 8 to 11) appear with the aspects citing them', async () => {
    const page = await app.session().open('#/compare/fines')
    const fines = aspect('fines')
    const expected = review.fines.filter((f) => aspectsCiting([fines], f.provision).length > 0)
    expect(expected.length).toBeGreaterThan(0)
    expect(await page.locator('section.extra table.data-table tbody tr').count()).toBe(expected.length)
    await navigateTimed(page, '#/compare/measures')
    const steps = review.procedures.filter((p) => aspectsCiting([aspect('measures')], p.provision).length > 0).flatMap((p) => p.steps)
    expect(await page.locator('section.extra ol.steps > li').count()).toBe(steps.length)
    await done(page)
  })

  test('#/diff shows the core word diff with <ins> underlined and <del> struck through', async () => {
    const page = await app.session().open('#/diff/ssl-2018/art-112/annex-1/art-112')
    const a = findProvision(corpus, 'ssl-2018/art-112')!
    const b = findProvision(corpus, 'annex-1/art-112')!
    const diff = diffProvisions(a.article, b.article)
    const collect = (d: ProvisionDiff, kind: 'insert' | 'delete', out: Array<string> = []): Array<string> => {
      for (const c of d.text) if (c.kind === kind) out.push(c.text)
      for (const child of d.children) collect(child, kind, out)
      return out
    }
    expect(collect(diff, 'insert').length).toBeGreaterThan(0)
    expect(await page.locator('.diff-body ins').allTextContents()).toEqual(collect(diff, 'insert'))
    expect(await page.locator('.diff-body del').allTextContents()).toEqual(collect(diff, 'delete'))
    const style = await page.evaluate(() => ({
      ins: getComputedStyle(document.querySelector('.diff-body ins')!).textDecorationLine,
      del: getComputedStyle(document.querySelector('.diff-body del')!).textDecorationLine
    }))
    expect(style.ins).toContain('underline')
    expect(style.del).toContain('line-through')
    await page.screenshot({path: `${shots}diff.png`, fullPage: true})
    // Unknown ids fall back to the picker with a message naming them.
    await navigateTimed(page, '#/diff/ssl-2018/art-999/annex-1/art-112')
    expect(await page.locator('[role=alert]').textContent()).toContain('ssl-2018/art-999/annex-1/art-112')
    await done(page)
  })

  test('#/instrument outlines every article; #/article shows text, provenance, aspects and comparable provisions', async () => {
    const page = await app.session().open('#/instrument/ssl-2018')
    const instrument = findInstrument(corpus, 'ssl-2018')!
    const links = await page.locator('.outline-article > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(links).toEqual(articlesOf(instrument).map((a) => `#/article/${a.id}`))
    await navigateTimed(page, '#/article/ll-2013/art-173/item-3')
    expect(await page.locator('[data-id="ll-2013/art-173/item-3"]').getAttribute('class')).toContain('focus')
    expect(await page.locator('.provenance').textContent()).toContain(findProvision(corpus, 'll-2013/art-173')!.article.provenance.source)
    expect(await page.locator('section[aria-labelledby=aspects-title] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain('#/compare/forms')
    const comparable = await page.locator('.comparable a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(comparable).toContain('#/article/ssl-2018/art-112/item-3')
    // An article a draft amends links to the word difference.
    await navigateTimed(page, '#/article/ssl-2018/art-112')
    expect(await page.locator('.comparable a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain('#/diff/ssl-2018/art-112/annex-1/art-112')
    await done(page)
  })

  test('search opens with / and Ctrl+K, highlights matches, opens a result with Enter, closes with Escape', async () => {
    const page = await app.session().open('#/compare')
    await page.keyboard.press('/')
    const input = page.getByRole('combobox', {name: 'Words to find'})
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    await input.fill('advance notice')
    await page.locator('.search-results li').first().waitFor()
    const marks = await page.locator('.search-results mark').allTextContents()
    expect(marks.length).toBeGreaterThan(0)
    expect(marks.every((m) => /^(advance|notice)$/i.test(m))).toBe(true)
    await page.keyboard.press('ArrowDown')
    const second = await page.locator('.search-results li[aria-selected=true] .hit-cite').textContent()
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.documentElement.dataset.view === 'article')
    expect(second).toBeTruthy()
    expect(await page.locator('.search-dialog').count()).toBe(0)
    await page.keyboard.press('Control+k')
    await expect(page.locator('.search-dialog').count()).resolves.toBe(1)
    await page.keyboard.press('Escape')
    await expect(page.locator('.search-dialog').count()).resolves.toBe(0)
    await done(page)
  })

  test('keyboard: Tab reaches the navigation and the view, with a visible focus ring', async () => {
    const page = await app.session().open('#/compare')
    const seen: Array<{text: string; outline: string}> = []
    // Tab until the first aspect of Table 1 has focus (other views add links to the navigation bar).
    for (let i = 0; i < 40 && seen.at(-1)?.text !== aspects[0]!.title; i++) {
      await page.keyboard.press('Tab')
      seen.push(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement
        const s = getComputedStyle(el)
        return {text: (el.textContent ?? '').trim(), outline: `${s.outlineStyle} ${s.outlineWidth}`}
      }))
    }
    expect(seen[0]!.text).toBe('Skip to content')
    expect(seen.map((s) => s.text)).toEqual(expect.arrayContaining(['Table 1', 'Instruments', 'Findings']))
    expect(seen.map((s) => s.text)).toEqual(expect.arrayContaining([aspects[0]!.title]))
    for (const s of seen) expect(s.outline).toMatch(/^solid [3-9]px$/)
    // Enter on a focused aspect link opens it.
    await page.locator(`a[href="#/compare/${aspects[0]!.id}"]`).focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.documentElement.dataset.view === 'compare-aspect')
    await done(page)
  })

  test('projector mode at 1920x1080: p toggles it, text is at least 28 px, one row at a time, arrows move', async () => {
    const page = await app.session().open('#/compare/forms', {width: 1920, height: 1080})
    await page.keyboard.press('p')
    await expect(page.evaluate(() => document.documentElement.classList.contains('projector'))).resolves.toBe(true)
    const sizes = await page.locator('main td p, main td li, main th').evaluateAll((els) =>
      els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => parseFloat(getComputedStyle(el).fontSize))
    )
    expect(sizes.length).toBeGreaterThan(0)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28)
    const visibleRows = (): Promise<Array<string | null>> =>
      page.locator('table.comparison tbody tr').evaluateAll((rows) => rows.filter((r) => getComputedStyle(r).display !== 'none').map((r) => r.getAttribute('data-row')))
    expect(await visibleRows()).toEqual(['0'])
    await page.screenshot({path: `${shots}projector-forms-row1.png`})
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect(await visibleRows()).toEqual(['2'])
    expect(await page.evaluate(() => window.location.hash)).toBe('#/compare/forms?row=2')
    await page.screenshot({path: `${shots}projector-forms-row3.png`})
    await page.keyboard.press('ArrowUp')
    expect(await visibleRows()).toEqual(['1'])
    // Columns can be hidden and shown.
    await page.getByRole('button', {name: /Labour inspection/}).click()
    expect(await page.locator('table.comparison tbody tr[data-row="1"] td.col-labour').evaluate((td) => getComputedStyle(td).display)).toBe('none')
    await page.getByRole('button', {name: /Labour inspection/}).click()
    expect(await page.locator('table.comparison tbody tr[data-row="1"] td.col-labour').evaluate((td) => getComputedStyle(td).display)).not.toBe('none')
    // → goes to the next aspect, starting at its first row.
    const next = aspects[aspects.findIndex((a) => a.id === 'forms') + 1]!
    await page.locator('main').focus()
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction((id) => window.location.hash === `#/compare/${id}`, next.id)
    // The hash changes before React draws the next aspect, so its first row is awaited, not read at once.
    await expect.poll(visibleRows, {timeout: 10_000}).toEqual(['0'])
    // The button shows the state and turns the mode off again; it is remembered across reloads.
    expect(await page.getByRole('button', {name: /Projector/}).getAttribute('aria-pressed')).toBe('true')
    await page.reload()
    await page.waitForFunction(() => document.documentElement.dataset.view === 'compare-aspect')
    await expect(page.evaluate(() => document.documentElement.classList.contains('projector'))).resolves.toBe(true)
    await page.getByRole('button', {name: /Projector/}).click()
    await expect(page.evaluate(() => document.documentElement.classList.contains('projector'))).resolves.toBe(false)
    await done(page)
  })

  test('projector mode on Table 1 shows one aspect row at a time', async () => {
    const page = await app.session().open('#/compare', {width: 1920, height: 1080, projector: true})
    const visible = (): Promise<Array<string>> =>
      page.locator('table.table-1 tbody tr').evaluateAll((rows) => rows.filter((r) => getComputedStyle(r).display !== 'none').map((r) => r.querySelector('th')!.textContent!))
    expect(await visible()).toEqual([aspects[0]!.title])
    await page.keyboard.press('ArrowDown')
    expect(await visible()).toEqual([aspects[1]!.title])
    await page.screenshot({path: `${shots}projector-table-1.png`})
    await done(page)
  })

  test('print: no controls, every row of a comparison, marks still visible', async () => {
    const page = await app.session().open('#/compare/forms', {projector: true})
    await page.emulateMedia({media: 'print'})
    expect(await page.locator('.app-header').evaluate((el) => getComputedStyle(el).display)).toBe('none')
    const shown = await page.locator('table.comparison tbody tr').evaluateAll((rows) => rows.filter((r) => getComputedStyle(r).display !== 'none').length)
    expect(shown).toBe(await page.locator('table.comparison tbody tr').count())
    expect(await page.locator('mark.differs').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline')
    await done(page)
  })

  test('#/findings filters by status and opens a finding beside its convention article', async () => {
    const page = await app.session().open('#/findings')
    await waitForView(page, 'findings') // the check runs in a worker after start-up
    const all = await page.locator('.findings-table tbody tr').count()
    const conflicts = await page.locator('.findings-table tbody td.badge-conflict').count()
    await page.getByRole('checkbox', {name: /Conflict/}).check()
    await page.waitForFunction((n) => document.querySelectorAll('.findings-table tbody tr').length === n, conflicts)
    if (conflicts > 0) {
      await page.locator('.findings-table tbody a').first().click()
      await page.locator('.finding-detail').waitFor()
      expect(await page.locator('.finding-detail .side-by-side > div').count()).toBe(2)
      expect(await page.locator('.finding-detail mark.trigger').count()).toBeGreaterThan(0)
    }
    expect(all).toBeGreaterThanOrEqual(conflicts)
    await done(page)
  })

  test('unknown routes and ids say what is missing', async () => {
    const page = await app.session().open('#/article/ll-2013/art-9999')
    expect(await page.locator('[role=alert]').textContent()).toContain('ll-2013/art-9999')
    await navigateTimed(page, '#/nowhere')
    expect(await page.locator('h1').textContent()).toBe('Not found')
    await done(page)
  })
})
