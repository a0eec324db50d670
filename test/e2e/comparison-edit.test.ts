// Editing a comparison of the workspace, against the browser fallback of `npm start` (the real server, as a child
// process) in Debian's Chromium: a saved comparison opens in the editor, its columns, topics, provisions, pairs and
// notes change (provisions dragged, put by keyboard, accepted from the suggestions), it is saved back and the view
// shows the change; a change made on disk meanwhile is a conflict, never overwritten; the review's Table 1 copies
// into the workspace, the shipped file untouched; a file whose ids name no provision shows file:line:column.
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {loadComparison} from '../../src/review/index.ts'
import {chromiumMissing, pageProblems, recordProblems} from './browser.ts'
import {startFallbackApp, type FallbackApp, type FallbackServer} from './fixtures/fallback-server.ts'

const missing = chromiumMissing()
const root = fileURLToPath(new URL('../../', import.meta.url))
const scratch = missing ? '' : mkdtempSync(join(tmpdir(), 'synoptic-comparison-edit-'))
const workspace = join(scratch, 'workspace')
const shots = '/tmp/synoptic-comparison-edit-shots/'
const file = join(workspace, 'comparisons', 'll-ssl.yaml')
let app: FallbackApp | undefined
let server: FallbackServer
let browser: Browser

const original = `title: Labour Law and Social Security Law
columns:
  - {key: ll, title: Labour Law, instruments: [ll-2013]}
  - {key: ssl, title: Social Security Law, instruments: [ssl-2018, md-4139]}
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
        note: sudden / emergency
    standards:
      - {instrument: C081, article: '16'}
`

beforeAll(async () => {
  if (missing) return
  mkdirSync(join(workspace, 'comparisons'), {recursive: true})
  mkdirSync(shots, {recursive: true})
  writeFileSync(file, original)
  app = await startFallbackApp(scratch, workspace)
  ;({server, browser} = app)
}, 300_000)

afterAll(async () => {
  await app?.close()
})

async function newPage(size = {width: 1400, height: 1000}, projector = false): Promise<Page> {
  const context = await browser.newContext({viewport: size})
  if (projector) await context.addInitScript(() => window.localStorage.setItem('synoptic:projector', 'on'))
  return recordProblems(await context.newPage())
}
const read = () => loadComparison({path: 'comparisons/ll-ssl.yaml', text: readFileSync(file, 'utf8')})
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '')

describe.skipIf(missing !== undefined)('editing a comparison of the workspace', () => {
  test('opened from its view, changed by drag, keyboard and suggestions, saved back, and shown changed', async () => {
    const page = await newPage()
    await page.goto(`${server.url}#/compare/ll-ssl`)
    await page.locator('h1', {hasText: 'Labour Law and Social Security Law'}).waitFor({timeout: 60_000})
    await page.getByRole('link', {name: 'Edit this comparison'}).click()
    await page.locator('h1', {hasText: 'Edit “Labour Law and Social Security Law”'}).waitFor({timeout: 30_000})

    // Columns: a heading changed.
    await page.getByLabel('Heading of column 1').fill('Labour Law No. 43')
    // Topics: one renamed, one added.
    await page.getByLabel('Name of topic 1').fill('Forms of inspection and reports')
    await page.getByLabel('New topic').fill('Prior notice of inspection visits')
    await page.getByRole('button', {name: 'Add topic'}).click()
    const added = page.locator('fieldset.topic-editor[data-topic="prior-notice-of-inspection-visits"]')
    await added.waitFor()

    // Suggestions from the words of the topic (stems): Decision 4139 article 18 among them; accepted in one action,
    // focus kept on the suggestions.
    const ssl = added.locator('[data-column="ssl"]')
    const suggestion = ssl.locator('.suggestions li').first()
    await suggestion.waitFor()
    const suggested = await ssl.locator('.suggestions li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-suggestion')))
    expect(suggested).toContain('md-4139/art-18')
    await page.screenshot({path: `${shots}editor-suggestions.png`, fullPage: true})
    await ssl.getByRole('button', {name: /^Accept .*Article 18 for Prior notice/u}).click()
    await ssl.locator('.cited-list code', {hasText: 'md-4139/art-18'}).waitFor()
    expect(await focusedName(page)).toMatch(/^(Accept|Provision of)/u)
    // Dismissed: gone from the suggestions, not cited.
    const first = await ssl.locator('.suggestions li').first().getAttribute('data-suggestion')
    await ssl.locator('.suggestions li').first().getByRole('button', {name: /^Dismiss/u}).click()
    await expect.poll(() => ssl.locator('.suggestions li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-suggestion')))).not.toContain(first)
    expect(await ssl.locator('.cited-list code').allInnerTexts()).toEqual(['md-4139/art-18'])

    // Drag and drop: a Labour Law article from the provisions list onto the new topic's Labour Law column.
    await page.getByLabel('Column to list provisions of').selectOption('ll')
    await page.getByLabel('Find provisions by heading or number').fill('inspection')
    const source = page.locator('.provision-source .draggable').first()
    const dragged = (await source.getAttribute('aria-label'))!
    const ll = added.locator('[data-column="ll"]')
    await source.dragTo(ll)
    await expect.poll(() => ll.locator('.cited-list code').count()).toBe(1)
    const draggedId = await ll.locator('.cited-list code').innerText()
    expect(dragged).toMatch(/^Labour Law.*pick up to put under a topic$/u)

    // The keyboard: Enter picks a provision up (pressed, said in the live region), Enter on "Put … here" puts it down.
    await page.getByLabel('Column to list provisions of').selectOption('ssl')
    await page.getByLabel('Find provisions by heading or number').fill('')
    const sslSource = page.locator('.provision-source .draggable', {hasText: 'Article 112'}).first()
    await sslSource.focus()
    await page.keyboard.press('Enter')
    expect(await sslSource.getAttribute('aria-pressed')).toBe('true')
    expect(await page.locator('.comparison-editor [aria-live=polite]').innerText()).toMatch(/picked up/u)
    const putHere = ssl.getByRole('button', {name: /^Put .*Article 112 here$/u})
    await putHere.focus()
    await page.keyboard.press('Enter')
    await ssl.locator('.cited-list code', {hasText: 'ssl-2018/art-112'}).waitFor()
    expect(await page.locator('.comparison-editor [aria-live=polite]').innerText()).toMatch(/put under Prior notice/u)
    // Focus went with it to its new place.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-provision'))).toBe('ssl-2018/art-112')
    // Escape drops what is carried without moving it.
    await sslSource.focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    expect(await sslSource.getAttribute('aria-pressed')).toBe('false')

    // A provision removed from the first topic; the new one paired across columns; notes written.
    const forms = page.locator('fieldset.topic-editor[data-topic="forms"]')
    await forms.getByRole('button', {name: 'Remove ssl-2018/art-112 from Forms of inspection and reports'}).click()
    const selects = added.locator('.pair-picker select')
    await selects.nth(0).selectOption(draggedId)
    await selects.nth(1).selectOption('md-4139/art-18/item-2')
    await added.getByRole('button', {name: 'Pair'}).click()
    await added.getByLabel('Notes on Prior notice of inspection visits').fill('Decision 4139 has visits announced; C81 12(1)(a) has them unannounced.')
    await page.screenshot({path: `${shots}editor.png`, fullPage: true})

    await page.getByRole('button', {name: 'Save comparison'}).focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => window.location.hash === '#/compare/ll-ssl', undefined, {timeout: 60_000})
    await page.locator('section.topic h2', {hasText: 'Prior notice of inspection visits'}).waitFor({timeout: 30_000})
    expect(await page.locator('section.topic h2').allInnerTexts()).toEqual(['Forms of inspection and reports', 'Prior notice of inspection visits'])
    expect(await page.locator('table.comparison thead th').allInnerTexts()).toContain('Labour Law No. 43')
    expect(await page.locator('tr.row-pair').count()).toBe(2)
    await page.screenshot({path: `${shots}comparison-after-edit.png`, fullPage: true})

    // On disk: what was changed, and what the editor does not show (the standard, the pair's note) kept.
    const saved = read()
    expect(saved.messages).toEqual([])
    const [one, two] = saved.value!.topics
    expect(saved.value!.columns[0]!.title).toBe('Labour Law No. 43')
    expect(one!.title).toBe('Forms of inspection and reports')
    expect(one!.cited.ssl).toEqual([])
    expect(one!.standards.map((s) => `${s.instrument} ${s.article}`)).toEqual(['C081 16'])
    expect(one!.pairs[0]!.note).toBe('sudden / emergency')
    expect(two!.cited.ssl!.map((c) => c.provision)).toEqual(['md-4139/art-18', 'ssl-2018/art-112'])
    expect(two!.cited.ll!.map((c) => c.provision)).toEqual([draggedId])
    expect(two!.pairs.map((p) => p.provisions)).toEqual([{ll: draggedId, ssl: 'md-4139/art-18/item-2'}])
    expect(two!.note).toContain('unannounced')
    // The dismissed suggestion is saved with its topic, and stays out of the suggestions when the editor reopens.
    expect(two!.dismissed.map((d) => d.provision)).toEqual([first])
    await page.goto(`${server.url}#/compare/ll-ssl/edit`)
    const again = page.locator('fieldset.topic-editor[data-topic="prior-notice-of-inspection-visits"] [data-column="ssl"]')
    await again.locator('.suggestions li').first().waitFor({timeout: 30_000})
    expect(await again.locator('.suggestions li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-suggestion')))).not.toContain(first)
    expect(pageProblems(page)).toEqual([])
    await page.context().close()
  }, 300_000)

  test('a change made on disk while editing is a conflict: nothing written until "Keep mine" or "Take theirs"', async () => {
    const page = await newPage()
    await page.goto(`${server.url}#/compare/ll-ssl/edit`)
    await page.getByLabel('Heading of column 2').waitFor({timeout: 60_000})
    await page.getByLabel('Heading of column 2').fill('Social Security Law No. 54')
    // Another program changes the file.
    const theirs = readFileSync(file, 'utf8').replace('title: Labour Law and Social Security Law', 'title: Changed in a text editor')
    writeFileSync(file, theirs)
    await page.locator('[role=alert]', {hasText: 'was changed on disk by another program'}).waitFor({timeout: 30_000})
    await page.getByRole('button', {name: 'Save comparison'}).click()
    const dialog = page.getByRole('alertdialog')
    await dialog.waitFor()
    expect(readFileSync(file, 'utf8')).toBe(theirs)
    // The keyboard is on the question, which is in view.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep mine')
    await page.screenshot({path: `${shots}editor-conflict.png`})
    // Take theirs: their title in the editor, my heading gone; then Keep mine on a second change.
    await dialog.getByRole('button', {name: 'Take theirs'}).click()
    expect(await page.getByLabel('Title', {exact: true}).inputValue()).toBe('Changed in a text editor')
    expect(await page.getByLabel('Heading of column 2').inputValue()).toBe('Social Security Law')
    await page.getByLabel('Heading of column 2').fill('Social Security Law No. 54')
    writeFileSync(file, theirs.replace('Changed in a text editor', 'Changed again'))
    await page.getByRole('button', {name: 'Save comparison'}).click()
    await dialog.waitFor()
    await dialog.getByRole('button', {name: 'Keep mine'}).click()
    await page.waitForFunction(() => window.location.hash === '#/compare/ll-ssl', undefined, {timeout: 60_000})
    expect(read().value!.columns[1]!.title).toBe('Social Security Law No. 54')
    expect(read().value!.title).toBe('Changed in a text editor')
    // Theirs is kept as a backup.
    const backups = join(workspace, '.synoptic', 'backups', 'comparisons', 'll-ssl.yaml')
    expect(existsSync(backups) && readdirSync(backups).some((f) => readFileSync(join(backups, f), 'utf8').includes('Changed again'))).toBe(true)
    expect(pageProblems(page)).toEqual([])
    await page.context().close()
  }, 180_000)

  test("the review's Table 1 copies into the workspace as a comparison to edit; the shipped file is untouched", async () => {
    const shipped = readFileSync(join(root, 'corpus/data/aspects.yaml'), 'utf8')
    const page = await newPage()
    await page.goto(`${server.url}#/compare`)
    await page.getByRole('link', {name: 'Copy Table 1 into your workspace'}).click()
    await page.locator('h1', {hasText: 'New comparison'}).waitFor({timeout: 30_000})
    expect(await page.getByLabel('Title', {exact: true}).inputValue()).toBe('Table 1 of the review (copy)')
    expect(await page.locator('fieldset.topic-editor').count()).toBe(8)
    // A field scrolled just under the sticky header and provisions palette, then given focus, is brought out from
    // under them: the browser scrolls only what is outside its viewing region, and the palette is inside it.
    await page.evaluate(() => {
      const field = document.querySelector('[aria-label="Name of topic 2"]')!
      const palette = document.querySelector('.comparison-editor .provision-source')!
      for (let i = 0; i < 3; i++) window.scrollBy(0, field.getBoundingClientRect().top - (palette.getBoundingClientRect().bottom - 12))
    })
    await page.getByLabel('Name of topic 2').focus()
    const covered = await page.evaluate(() => {
      const field = document.activeElement!.getBoundingClientRect()
      const palette = document.querySelector('.comparison-editor .provision-source')!.getBoundingClientRect()
      return {fieldTop: field.top, paletteBottom: palette.bottom, scrolled: window.scrollY}
    })
    expect(covered.scrolled).toBeGreaterThan(0)
    expect(covered.fieldTop).toBeGreaterThanOrEqual(covered.paletteBottom)
    await page.screenshot({path: `${shots}editor-focus-below-palette.png`})
    await page.getByRole('button', {name: 'Save comparison'}).click()
    await page.waitForFunction(() => window.location.hash === '#/compare/table-1-of-the-review-copy', undefined, {timeout: 60_000})
    await page.locator('section.topic h2').first().waitFor({timeout: 30_000})
    expect(await page.locator('section.topic').count()).toBe(8)
    const copy = loadComparison({path: 'c.yaml', text: readFileSync(join(workspace, 'comparisons', 'table-1-of-the-review-copy.yaml'), 'utf8')})
    expect(copy.messages).toEqual([])
    expect(copy.value!.columns.map((c) => c.key)).toEqual(['labour', 'socialSecurity'])
    expect(readFileSync(join(root, 'corpus/data/aspects.yaml'), 'utf8')).toBe(shipped)
    expect(pageProblems(page)).toEqual([])
    await page.context().close()
  }, 180_000)

  test('a comparison whose ids are malformed or name no provision shows each at file:line:column; projector mode reads it', async () => {
    writeFileSync(join(workspace, 'comparisons', 'bad.yaml'), original.replace('ssl-2018/art-112\n', 'ssl-2018/art-1120\n').replace('ll-2013/art-173/item-3', 'll-2013/art-173/item 3'))
    const page = await newPage({width: 1920, height: 1080}, true)
    await page.goto(`${server.url}#/compare/bad`)
    const alert = page.locator('[role=alert]', {hasText: 'This comparison file has errors'})
    await alert.waitFor({timeout: 60_000})
    expect(await alert.locator('li').allInnerTexts()).toEqual([
      expect.stringMatching(/^comparisons\/bad\.yaml:13:13: error: `ll-2013\/art-173\/item 3` under `ll` in a pair is not a provision id/u),
      expect.stringMatching(/^comparisons\/bad\.yaml:11:9: error: Topic `forms`: the provision `ssl-2018\/art-1120`: ssl-2018 has no article `art-1120`/u)
    ])
    await page.screenshot({path: `${shots}bad-ids-projector.png`})
    // The edited comparison in projector mode: one row at a time.
    await page.goto(`${server.url}#/compare/ll-ssl`)
    await page.locator('section.topic h2').first().waitFor({timeout: 30_000})
    const visible = () => page.locator('table.comparison tbody tr').evaluateAll((rows) => rows.filter((r) => getComputedStyle(r).display !== 'none').length)
    expect(await visible()).toBe(1)
    await page.screenshot({path: `${shots}comparison-projector.png`})
    expect(pageProblems(page)).toEqual([])
    await page.context().close()
  }, 180_000)
})
