// What a new user tripped on in the views, each checked in real Chromium against the real build. Expected values
// come from the core run on the shipped corpus (the conformity check, the review data), not from the views.
import {mkdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, test} from 'vitest'
import type {Page} from 'playwright-core'
import {readSourceFiles} from '../../src/cli/corpus-files.ts'
import {loadCorpus} from '../../src/corpus/index.ts'
import {checkCorpus, loadRules, type Finding} from '../../src/conformity/index.ts'
import {findProvision, type Corpus} from '../../src/model/index.ts'
import {pageProblems, useRenderer, waitForView} from './fixture.ts'

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url))
const shots = '/tmp/synoptic-view-fixes/'
const app = useRenderer()

let corpus: Corpus
let findings: Array<Finding>
beforeAll(async () => {
  const sources = await readSourceFiles(corpusDir)
  corpus = loadCorpus(sources.filter((s) => s.path.endsWith('.md'))).value
  const rules = loadRules(sources.filter((s) => s.path.startsWith('rules/'))).value
  findings = checkCorpus(corpus, rules)
  mkdirSync(shots, {recursive: true})
})

async function done(page: Page): Promise<void> {
  expect(pageProblems(page).join('\n')).toBe('')
  await page.context().close()
}

describe.skipIf(app.skip)('fixes to the views', () => {
  test('projector mode shows the numbered paragraphs of C81 article 12, not only its title', async () => {
    let page = await app.session().open('#/compare/forms', {width: 1920, height: 1080, projector: true})
    const row = await page.locator('.standard-list > li', {has: page.locator('a[href="#/article/c081/art-12"]')}).getAttribute('data-row')
    expect(row).not.toBeNull()
    await page.context().close()
    page = await app.session().open(`#/compare/forms?row=${row}`, {width: 1920, height: 1080, projector: true})
    const current = page.locator('.standard-list > li.current')
    await expect(current.locator('a.cite').getAttribute('href')).resolves.toBe('#/article/c081/art-12')
    const items = current.locator('li.item')
    expect(await items.count()).toBeGreaterThan(0)
    const shown = await items.evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetHeight > 0).length)
    expect(shown).toBe(await items.count())
    const words = (findProvision(corpus, 'c081/art-12/item-1')!.provision!.content.find((n) => n.type === 'text') as {value: string} | undefined)?.value ?? ''
    expect(await current.innerText()).toContain(words.trim().split(/\s+/).slice(0, 4).join(' '))
    await page.screenshot({path: `${shots}projector-c081-art-12.png`})
    await done(page)
  }, 240_000)

  test('a diff between two items counts the words that differ', async () => {
    const page = await app.session().open('#/diff/ll-2013/art-173/item-3/ssl-2018/art-112/item-3')
    const legend = await page.locator('.diff-page .legend').innerText()
    expect(legend).not.toContain('0 changed, 0 inserted, 0 deleted')
    const wordsIn = (selector: string) =>
      page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent ?? '').join(' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length)
    const inserted = await wordsIn('.diff-body ins')
    const deleted = await wordsIn('.diff-body del')
    expect(inserted + deleted).toBeGreaterThan(0)
    expect(legend).toContain(`${inserted} word${inserted === 1 ? '' : 's'} inserted, ${deleted} deleted`)
    await done(page)
  }, 240_000)

  test('the findings page lists each finding once (Decision 4277, article 10, items 1 and 2)', async () => {
    const page = await app.session().open('#/findings?status=harmonization')
    await waitForView(page, 'findings')
    const rows = await page.locator('.findings-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(1, 3).map((td) => td.textContent).join(' | ')))
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.filter((r) => /Article 10\b/i.test(r)).length).toBeGreaterThan(0)
    expect(new Set(rows).size).toBe(rows.length)
    await done(page)
  }, 240_000)

  test('instrument outlines show the findings of items: every conflict appears in its outline', async () => {
    const conflicts = findings.filter((f) => f.status === 'conflict' && f.provision && !findProvision(corpus, f.provision)!.instrument.base)
    expect(conflicts.length).toBeGreaterThanOrEqual(4)
    for (const f of conflicts) {
      const found = findProvision(corpus, f.provision!)!
      const page = await app.session().open(`#/instrument/${found.instrument.id}`)
      const entry = page.locator('li.outline-article', {has: page.locator(`a[href="#/article/${found.article.id}"]`)})
      // The findings come from the page's worker, which loads and checks the rules first: on a loaded machine
      // running the whole suite that takes more than 15 s.
      await entry.locator('.badge-conflict').waitFor({timeout: 30_000})
      if (f === conflicts[0]) await page.screenshot({path: `${shots}outline-${found.instrument.id}.png`, fullPage: true})
      await done(page)
    }
  }, 240_000)

  test('the Mandate comparison quotes Decision 4277 article 2, as Table 2 does', async () => {
    const page = await app.session().open('#/compare/mandate')
    expect(await page.locator('table.comparison a.cite[href="#/article/md-4277/art-2"]').count()).toBe(1)
    expect(await page.locator('table.comparison').innerText()).toContain('Labour inspection refers to the work of labour inspectors')
    await done(page)
  }, 240_000)

  test('findings page: conventions only in the filter, standards linked to their articles, a badge opens its finding', async () => {
    let page = await app.session().open('#/findings')
    await waitForView(page, 'findings')
    const options = await page.getByLabel('Convention').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean))
    expect(options.length).toBeGreaterThan(0)
    for (const o of options) expect(o).toMatch(/^([CPR]\d+|ILO-[A-Z0-9-]+)$/)
    expect(options).not.toContain('md-4277')
    const standardLinks = await page.locator('.findings-table td.standards-cell a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    const cited = new Set(findings.flatMap((f) => f.standards.map((s) => s.provision).filter((p): p is string => !!p)))
    expect(standardLinks.length).toBeGreaterThan(0)
    for (const link of standardLinks) expect(cited.has(link!.replace('#/article/', ''))).toBe(true)
    await page.screenshot({path: `${shots}findings.png`})
    await page.context().close()
    // A provision with one conflict: its badge opens that finding.
    const one = findings.find((f) => f.status === 'conflict' && f.provision && findings.filter((g) => g.provision === f.provision && g.status === 'conflict').length === 1)!
    page = await app.session().open(`#/article/${one.provision}`)
    const badge = page.locator(`[data-id="${one.provision}"] a.badge-conflict`).first()
    await badge.waitFor({timeout: 15_000})
    await badge.click()
    await page.locator('.finding-detail').waitFor()
    expect(await page.locator('#finding-title').innerText()).toContain(one.title)
    await done(page)
  }, 240_000)

  test('instrument pages: outline first, notes folded after it; plural and delay wording; long words wrap; text direction isolated', async () => {
    let page = await app.session().open('#/instrument/c081')
    const order = await page.evaluate(() => {
      const outline = document.querySelector('ul.outline')
      const notes = document.querySelector('details.editing-notes')
      return {notesInFacts: !!document.querySelector('.facts')?.textContent?.includes('commit'), notesAfter: !!outline && !!notes && !!(outline.compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING), open: (notes as HTMLDetailsElement | null)?.open}
    })
    expect(order).toEqual({notesInFacts: false, notesAfter: true, open: false})
    await page.screenshot({path: `${shots}instrument-c081.png`})
    await page.context().close()

    page = await app.session().open('#/instruments')
    expect(await page.locator('main').innerText()).not.toMatch(/\b1 articles\b/)
    await page.context().close()

    for (const aspect of ['measures', 'fines']) {
      page = await app.session().open(`#/compare/${aspect}`)
      const delays = await page.locator('p.delay').allInnerTexts()
      for (const d of delays) expect(d).not.toMatch(/\b0 days\b/)
      await page.context().close()
    }

    page = await app.session().open('#/article/ll-2013/art-173')
    const isolated = await page.locator('li.item .item-text').first().evaluate((el) => ({dir: el.getAttribute('dir'), bidi: getComputedStyle(el).unicodeBidi}))
    expect(isolated).toEqual({dir: 'auto', bidi: 'isolate'})
    const overflow = await page.evaluate(() => {
      const text = document.querySelector('li.item .item-text')!
      text.append(` ${'Sozialversicherungsbeitragsbemessungsgrundlage'.repeat(6)}`)
      const page = document.querySelector('.page') as HTMLElement
      return page.scrollWidth - page.clientWidth
    })
    expect(overflow).toBeLessThanOrEqual(0)
    await done(page)
  }, 240_000)
})
