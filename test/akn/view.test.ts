// Export › Akoma Ntoso in the instrument and draft views, and .xml through the import view: real Chromium
// against the real build, through the same core functions the CLI uses.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {fromAkomaNtoso} from '../../src/akn/index.ts'
import {findInstrument} from '../../src/model/index.ts'
import {shippedCorpus} from '../corpus/shipped-corpus.ts'
import {content} from './eritrea.ts'
import {chromiumMissing, pageProblems, startRenderer, type RendererSession} from '../e2e/browser.ts'
import {repoRoot} from '../corpus/seed-quotes.ts'

const missing = chromiumMissing()
let session: RendererSession | undefined

beforeAll(async () => {
  if (!missing) session = await startRenderer()
}, 180_000)
afterAll(async () => {
  await session?.close()
})

describe.skipIf(missing)('Akoma Ntoso in the app', () => {
  test('the instrument view exports the act as XML that reads back', async () => {
    const page = await session!.open('#/instrument/ssl-2018')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Export › Akoma Ntoso (XML)'}).click()])
    expect(download.suggestedFilename()).toBe('ssl-2018.xml')
    const back = fromAkomaNtoso(readFileSync((await download.path())!, 'utf8'), {file: 'ssl-2018.xml'})
    expect(back.messages).toEqual([])
    const shipped = findInstrument(shippedCorpus().corpus, 'ssl-2018')!
    expect(content(back.value!.instrument)).toEqual(content(shipped))
    expect(pageProblems(page)).toEqual([])
    await page.context().close()
  })

  test('the draft view\'s Export menu offers Akoma Ntoso: a bill on its base', async () => {
    const page = await session!.open('#/draft/annex-1')
    await page.locator('.export-menu summary').click()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', {name: 'Akoma Ntoso (XML)'}).click()])
    expect(download.suggestedFilename()).toBe('annex-1.xml')
    const xml = readFileSync((await download.path())!, 'utf8')
    expect(xml).toMatch(/<bill name="draft"/u)
    expect(fromAkomaNtoso(xml, {file: 'annex-1.xml'}).value!.instrument).toMatchObject({kind: 'draft', base: 'ssl-2018'})
    expect(pageProblems(page)).toEqual([])
    await page.context().close()
  })

  test('the import view reads an Indigo-style act from .xml, with the document\'s own id', async () => {
    const page = await session!.open('#/import')
    await page.locator('input[type=file]').setInputFiles(join(repoRoot, 'test/fixtures/akn/indigo-act.xml'))
    await expect.poll(() => page.locator('.import-summary').textContent()).toBe('indigo-act.xml: 4 divisions, 5 articles, 10 items, 0 warnings')
    expect(await page.getByLabel('Id', {exact: true}).inputValue()).toBe('zz-act-2021-7')
    expect(await page.locator('.import-node.article > .link-button').allTextContents()).toEqual(['Article 1', 'Article 2', 'Article 3', 'Article 4', 'Article 5'])
    expect(pageProblems(page)).toEqual([])
    await page.screenshot({path: join(tmpdir(), 'synoptic-akn-import-view.png')})
    await page.context().close()
  })

  test('the import view refuses XML that declares entities, with the place, and imports nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-akn-view-'))
    writeFileSync(join(dir, 'entities.xml'), '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x "y">]>\n<akomaNtoso>&x;</akomaNtoso>')
    const page = await session!.open('#/import')
    await page.locator('input[type=file]').setInputFiles(join(dir, 'entities.xml'))
    await expect.poll(() => page.locator('.import-refused').textContent()).toMatch(/^entities\.xml:2:1: error: the file declares a DOCTYPE or entities/u)
    expect(await page.locator('.import-summary').count()).toBe(0)
    await page.context().close()
    rmSync(dir, {recursive: true, force: true})
  })
})
