// The import view in real Chromium against the real build: a file chosen, the structure beside the source, warnings
// marked, the id and title fixed, the corpus file downloaded (browser) or saved into the workspace (desktop bridge).
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {parseInstrument} from '../../src/corpus/index.ts'
import {articlesOf} from '../../src/model/index.ts'
import {chromiumMissing, pageProblems, startRenderer, type RendererSession} from '../e2e/browser.ts'
import {pdfLikeText, typedNumbersDocx} from './fixtures.ts'

const missing = chromiumMissing()
let session: RendererSession | undefined
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'synoptic-import-view-'))
  writeFileSync(join(dir, 'typed.docx'), await typedNumbersDocx())
  writeFileSync(join(dir, 'law.txt'), pdfLikeText().text)
  writeFileSync(join(dir, 'broken.docx'), (await typedNumbersDocx()).slice(0, 2000))
  if (!missing) session = await startRenderer()
})
afterAll(async () => {
  await session?.close()
  rmSync(dir, {recursive: true, force: true})
})

describe.skipIf(missing)('the import view', () => {
  test('shows the structure of a Word file beside its source, warnings marked, and downloads a valid corpus file', async () => {
    const page = await session!.open('#/import')
    await page.locator('input[type=file]').setInputFiles(join(dir, 'typed.docx'))
    await expect.poll(() => page.locator('.import-summary').textContent()).toBe('typed.docx: 3 divisions, 7 articles, 12 items, 1 warning')
    // The warning is marked on its source paragraph and listed with its place.
    await expect.poll(() => page.locator('.import-source li.has-warning .import-line').allTextContents()).toEqual(['1'])
    expect(await page.locator('.import-messages li').first().textContent()).toMatch(/^paragraph 1 a paragraph before the first article/)
    // The structure: chapters, articles with their badges, nested items.
    expect(await page.locator('.import-node.article > .link-button').allTextContents()).toEqual(
      ['Article 1', 'Article 2', 'Article 3', 'Article 4', 'Article 5', 'Article 6', 'Article 7']
    )
    expect(await page.locator('.import-node.article').nth(1).locator('.import-badge').textContent()).toBe('amended')
    expect(await page.locator('.import-node.article').nth(1).locator('.import-provisions .import-provisions .import-label').allTextContents()).toEqual(['(a)', '(b)'])
    // Choosing an article shows where it came from.
    await page.locator('.import-node.article > .link-button', {hasText: 'Article 3'}).click()
    expect(await page.locator('.import-source li.selected').textContent()).toMatch(/^\d+Article 3\. Forms of inspection/)

    // An id the corpus would refuse cannot be saved; a good one can, with the title as fixed.
    await page.getByLabel('Id', {exact: true}).fill('Typed Law')
    expect(await page.getByRole('button', {name: /^Download/}).isDisabled()).toBe(true)
    await page.getByLabel('Id', {exact: true}).fill('typed-law')
    await page.getByLabel('Title', {exact: true}).fill('Law on Labour Inspection')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Download typed-law.md'}).click()])
    expect(download.suggestedFilename()).toBe('typed-law.md')
    const text = readFileSync((await download.path())!, 'utf8')
    const parsed = parseInstrument(text, 'typed-law.md')
    expect(parsed.messages.filter((m) => m.severity === 'error')).toEqual([])
    expect(parsed.value).toMatchObject({id: 'typed-law', title: 'Law on Labour Inspection'})
    expect(articlesOf(parsed.value!)).toHaveLength(7)
    expect(pageProblems(page)).toEqual([])
    await page.screenshot({path: join(tmpdir(), 'synoptic-import-view.png')})
    await page.context().close()
  })

  test('reads PDF text and lists what it left out as notes', async () => {
    const page = await session!.open('#/import')
    await page.locator('input[type=file]').setInputFiles(join(dir, 'law.txt'))
    await expect.poll(() => page.locator('.import-summary').textContent()).toBe('law.txt: 3 articles, 8 items, 0 warnings')
    expect(await page.locator('.import-messages summary').textContent()).toMatch(/0 warnings, 4 notes/)
    expect(await page.locator('.import-source').textContent()).not.toMatch(/Page \d of/)
    expect(pageProblems(page)).toEqual([])
    await page.context().close()
  })

  test('refuses a damaged Word file with a clear message and shows nothing to save', async () => {
    const page = await session!.open('#/import')
    await page.locator('input[type=file]').setInputFiles(join(dir, 'broken.docx'))
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^broken\.docx is damaged: .* Nothing was imported\.$/)
    expect(await page.locator('.import-actions').count()).toBe(0)
    await page.context().close()
  })

  test('on the desktop, saves into the workspace and never replaces a document without being asked', async () => {
    // Electron cannot run here: the page gets a stand-in for the preload's bridge that keeps documents in memory and
    // answers as the main process does (a conflict when the file exists and `overwrite` is false).
    const context = await session!.browser.newContext()
    await context.addInitScript(() => {
      const files = new Map<string, string>([['instruments/typed-law.md', 'my own work\n']])
      const version = {mtimeMs: 1, size: 1, sha256: '0'.repeat(64)}
      const saves: Array<unknown> = []
      ;(window as unknown as {saves: Array<unknown>}).saves = saves
      ;(window as unknown as {synoptic: unknown}).synoptic = {
        saveDocument: async (request: {ref: {kind: string; file: string}; text: string; overwrite: boolean}) => {
          saves.push(request)
          const key = `${request.ref.kind}s/${request.ref.file}`
          const disk = files.get(key)
          if (disk !== undefined && !request.overwrite) return {ok: true, value: {status: 'conflict', disk: {text: disk, version}}}
          files.set(key, request.text)
          return {ok: true, value: {status: 'saved', version}}
        },
        openWorkspace: async () => ({ok: true, value: {status: 'cancelled'}}),
        onMenuCommand: () => () => {},
        onWorkspaceChange: () => () => {}
      }
    })
    const page = await context.newPage()
    await page.goto(new URL('#/import', session!.url).href)
    await page.locator('input[type=file]').setInputFiles(join(dir, 'typed.docx'))
    await page.getByLabel('Id', {exact: true}).fill('typed-law')
    await page.getByRole('button', {name: 'Save into the workspace'}).click()
    await expect.poll(() => page.getByRole('status').last().textContent()).toBe('The workspace already has instruments/typed-law.md: nothing was written. Change the id, or replace it.')
    await page.getByRole('button', {name: 'Replace the existing instruments/typed-law.md'}).click()
    await expect.poll(() => page.getByRole('status').last().textContent()).toBe('Saved as instruments/typed-law.md in the workspace: it is now in Instruments, search and findings. Open it')
    const saves = (await page.evaluate(() => (window as unknown as {saves: Array<{overwrite: boolean; text: string; ref: unknown}>}).saves))
    // Save (refused: it exists); Replace asks again for the version on disk, then overwrites exactly that version.
    expect(saves.map((s) => [s.ref, s.overwrite])).toEqual([
      [{kind: 'instrument', file: 'typed-law.md'}, false],
      [{kind: 'instrument', file: 'typed-law.md'}, false],
      [{kind: 'instrument', file: 'typed-law.md'}, true]
    ])
    expect(parseInstrument(saves[2]!.text, 'typed-law.md').value?.id).toBe('typed-law')
    await context.close()
  })
})
