// A comparison made through the app, against the browser fallback of `npm start` (the real server, as a child
// process) in Debian's Chromium: with the Eritrean Labour Proclamation imported into the workspace, "Eritrea and
// C81" is made with three topics and paired items, saved as comparisons/eritrea-and-c81.yaml, read back after a
// reload, and exported as DOCX, which LibreOffice renders (PDF, then PNG). The CLI exports the same file.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {loadComparison} from '../../src/review/index.ts'
import {chromiumMissing, pageProblems, recordProblems} from './browser.ts'
import {startFallbackApp, type FallbackApp, type FallbackServer} from './fixtures/fallback-server.ts'

const missing = chromiumMissing() ?? (spawnSync('soffice', ['--version']).status === 0 ? undefined : 'LibreOffice (soffice) is not installed')
const root = fileURLToPath(new URL('../../', import.meta.url))
const docx = join(root, '../shared/realworld/eritrea-labour-118-2001/er-labour-118-2001-fromhtml.docx')
const scratch = missing ? '' : mkdtempSync(join(tmpdir(), 'synoptic-comparison-'))
const workspace = join(scratch, 'workspace')
const out = join(scratch, 'out')
const shots = '/tmp/synoptic-comparison-shots/'
let app: FallbackApp | undefined
let server: FallbackServer
let browser: Browser

const cli = (...args: Array<string>) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {cwd: root, encoding: 'utf8'})

beforeAll(async () => {
  if (missing) return
  mkdirSync(join(workspace, 'instruments'), {recursive: true})
  mkdirSync(out, {recursive: true})
  mkdirSync(shots, {recursive: true})
  // The importer puts the Proclamation into the workspace, as the import view does.
  const imported = cli('import', docx, '--id', 'er-labour', '--kind', 'law', '-o', join(workspace, 'instruments', 'er-labour.md'))
  expect(imported.status, imported.stderr).toBe(0)
  app = await startFallbackApp(scratch, workspace)
  ;({server, browser} = app)
}, 300_000)

afterAll(async () => {
  await app?.close()
})

async function newPage(): Promise<Page> {
  const context = await browser.newContext({viewport: {width: 1400, height: 1000}, acceptDownloads: true})
  return recordProblems(await context.newPage())
}

const topics = [
  {title: 'Functions of the inspection system', er: 'er-labour/art-143', c81: 'c081/art-3', pair: ['er-labour/art-143/item-1', 'c081/art-3/item-1/item-a']},
  {title: 'Powers of inspectors', er: 'er-labour/art-144', c81: 'c081/art-12', pair: ['er-labour/art-144/item-2', 'c081/art-12/item-1']},
  {title: 'Obstruction of inspectors', er: 'er-labour/art-146', c81: 'c081/art-18', pair: ['er-labour/art-146', 'c081/art-18']}
]

describe.skipIf(missing !== undefined)('a comparison made in the app, saved in the workspace, exported as DOCX', () => {
  test('"Eritrea and C81": three topics, paired items, saved, there after a reload, exported and rendered by LibreOffice', async () => {
    const page = await newPage()
    await page.goto(`${server.url}#/compare/new`)
    await page.locator('h1', {hasText: 'New comparison'}).waitFor()
    await page.getByLabel('Title').fill('Eritrea and C81')
    for (const id of ['er-labour', 'c081']) {
      await page.getByLabel('Instrument for a new column').selectOption(id)
      await page.getByRole('button', {name: 'Add column'}).click()
    }
    for (const t of topics) {
      await page.getByLabel('New topic').fill(t.title)
      await page.getByRole('button', {name: 'Add topic'}).click()
      const box = page.locator('fieldset.topic-editor', {hasText: t.title})
      for (const [key, id] of [['erlabour', t.er], ['c081', t.c81]] as const) {
        const input = box.locator(`[data-column="${key}"] input[name=provision]`)
        await input.fill(id)
        await input.press('Enter')
        await box.locator(`[data-column="${key}"] li code`, {hasText: id}).waitFor()
      }
      const selects = box.locator('.pair-picker select')
      await selects.nth(0).selectOption(t.pair[0]!)
      await selects.nth(1).selectOption(t.pair[1]!)
      await box.getByRole('button', {name: 'Pair'}).click()
      await box.locator('ul.pairs li', {hasText: t.pair[0]!}).waitFor()
    }
    await page.getByLabel('Notes on Powers of inspectors').fill('Article 144(2) lists the powers that C81 Article 12(1) requires.')
    await page.screenshot({path: `${shots}new-comparison.png`, fullPage: true})
    // (A full-page screenshot resizes the page for a moment: the button is pressed from the keyboard after it.)
    await page.getByRole('button', {name: 'Save comparison'}).focus()
    await page.keyboard.press('Enter')
    const saying = page.locator('.new-comparison [role=status]', {hasText: 'Saved as comparisons/eritrea-and-c81.yaml'})
    await saying.waitFor({timeout: 60_000}).catch(async (error: unknown) => {
      await page.screenshot({path: `${shots}new-comparison-after-save.png`, fullPage: true})
      throw new Error(`${(error as Error).message}\n${(await page.locator('main').innerText()).slice(-400)}\n${pageProblems(page).join('\n')}`)
    })
    // It opens once the workspace has read it back.
    await page.waitForFunction(() => window.location.hash === '#/compare/eritrea-and-c81', undefined, {timeout: 90_000})
    await page.locator('h1', {hasText: 'Eritrea and C81'}).waitFor({timeout: 15_000})

    // On disk, in the documented schema.
    const file = join(workspace, 'comparisons', 'eritrea-and-c81.yaml')
    const read = loadComparison({path: file, text: readFileSync(file, 'utf8')})
    expect(read.messages).toEqual([])
    expect(read.value!.columns.map((c) => c.instruments)).toEqual([['er-labour'], ['c081']])
    expect(read.value!.topics.map((t) => t.title)).toEqual(topics.map((t) => t.title))
    expect(read.value!.topics.map((t) => Object.values(t.pairs[0]!.provisions))).toEqual(topics.map((t) => t.pair))
    expect(read.value!.topics[1]!.note).toContain('Article 144(2)')

    // After a reload it is still there, with the word differences of its pairs marked.
    await page.reload()
    await page.locator('h1', {hasText: 'Eritrea and C81'}).waitFor({timeout: 15_000})
    expect(await page.locator('section.topic h2').allInnerTexts()).toEqual(topics.map((t) => t.title))
    expect(await page.locator('tr.row-pair').count()).toBe(3)
    expect(await page.locator('tr.row-pair mark.differs').count()).toBeGreaterThan(0)
    expect(await page.locator('.topic-note').innerText()).toContain('Article 144(2)')
    await page.screenshot({path: `${shots}comparison.png`, fullPage: true})

    // Projector mode: one row at a time.
    await page.keyboard.press('p')
    const visible = () => page.locator('table.comparison tbody tr').evaluateAll((rows) => rows.filter((r) => getComputedStyle(r).display !== 'none').length)
    expect(await visible()).toBe(1)
    await page.screenshot({path: `${shots}comparison-projector.png`})
    await page.keyboard.press('p')

    // The Overview lists it.
    await page.evaluate(() => (window.location.hash = '#/compare'))
    await page.getByRole('link', {name: 'Eritrea and C81'}).waitFor()

    // Export from the app, then LibreOffice renders it.
    await page.evaluate(() => (window.location.hash = '#/compare/eritrea-and-c81'))
    await page.locator('h1', {hasText: 'Eritrea and C81'}).waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Export as DOCX'}).click()])
    const saved = join(out, 'eritrea-and-c81.docx')
    await download.saveAs(saved)
    const pdf = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, saved], {encoding: 'utf8', timeout: 120_000})
    expect(pdf.status, pdf.stderr).toBe(0)
    const pdfFile = join(out, 'eritrea-and-c81.pdf')
    expect(existsSync(pdfFile)).toBe(true)
    const text = spawnSync('pdftotext', ['-layout', pdfFile, '-'], {encoding: 'utf8'}).stdout.replace(/\s+/g, ' ')
    expect(text).toContain('Eritrea and C81')
    for (const t of topics) expect(text).toContain(t.title)
    expect(text).toContain('Labour Inspection Service')
    expect(spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdfFile, `${shots}comparison-docx`]).status).toBe(0)
    expect(pageProblems(page)).toEqual([])
    await page.context().close()

    // The CLI exports the same comparison from the same workspace.
    const exported = cli('export-table', 'eritrea-and-c81', '--workspace', workspace, '--format', 'docx', '-o', join(out, 'cli.docx'), '--json')
    expect(exported.status, exported.stderr).toBe(0)
    expect(JSON.parse(exported.stdout)).toMatchObject({comparison: 'eritrea-and-c81', format: 'docx'})
  }, 480_000)
})
