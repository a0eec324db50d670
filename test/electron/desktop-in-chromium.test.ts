// The desktop flow of the issue — open annex-1, edit an article, autosave into the workspace, export a DOCX —
// run here, where Electron's program cannot be installed: the built renderer in Chromium, served as the app serves
// it (synoptic://app handler, CSP), with `window.synoptic` built from the contract as the preload builds it, and
// every call answered by the real gateway, desktop operations and workspace store of the main process. Only the
// transport differs (Playwright's binding instead of Electron's IPC), and the save dialog answers a fixed path.
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import type {Server} from 'node:http'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import JSZip from 'jszip'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {serveThroughAppProtocol} from './fixtures/protocol-server.ts'
import {answerRequest} from '../../electron/ipc.ts'
import {createDesktopOperations} from '../../electron/operations.ts'
import {operations, type OperationName} from '../../src/ipc/index.ts'
import {builtRenderer} from '../renderer-build.ts'
import {chromiumArgs, chromiumMissing, chromiumPath} from '../e2e/browser.ts'

const missing = chromiumMissing()
const scratch = missing ? '' : mkdtempSync(join(tmpdir(), 'synoptic-desktop-'))
const userData = join(scratch, 'user-data')
const exportedPath = join(scratch, 'exports', 'annex-1 for the ministry.docx')
const edit = 'Amended in the desktop flow test'
const eritreaDocx = join(import.meta.dirname, '../../../shared/realworld/eritrea-labour-118-2001/er-labour-118-2001-fromhtml.docx')
let server: Server | undefined
let browser: Browser | undefined
let page: Page | undefined
const revealed: Array<string> = []
/** What the folder dialog answers. */
let chosenFolder: string | undefined
/** When the page last asked the main-process modules for something (the test waits for the page to settle). */
let lastRequest = 0

beforeAll(async () => {
  if (missing) return
  const outDir = join(scratch, 'renderer')
  await builtRenderer(outDir)
  const served = await serveThroughAppProtocol(outDir)
  server = served.server
  const base = served.base

  const desktop = createDesktopOperations({
    chooseFolder: async () => chosenFolder,
    chooseSavePath: async () => {
      const {mkdirSync} = await import('node:fs')
      mkdirSync(join(scratch, 'exports'), {recursive: true})
      return exportedPath
    },
    showItemInFolder: (path) => void revealed.push(path),
    // As main.ts sends them to the window. A change that arrives while the page reloads is dropped, as
    // webContents.send drops it; the page reads the workspace afresh when it loads.
    workspaceChanged: (documents) => void page?.evaluate((change) => (window as unknown as {sendWorkspaceChange: (c: unknown) => void}).sendWorkspaceChange(change), {documents}).catch(() => undefined),
    openInBrowser: async () => undefined,
    settingsFile: join(userData, 'settings.json'),
    defaultWorkspace: join(userData, 'Workspace')
  })
  // As main.ts does when the window shows: open the workspace and settle interrupted saves.
  await desktop.start()
  const trusted = {isAppWindow: () => true}
  browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs})
  page = await browser.newPage()
  await page.exposeBinding('synopticInvoke', async (_source, name: OperationName, request: unknown) => {
    lastRequest = Date.now()
    // Bytes travel as plain arrays over this binding; the preload's IPC carries them as they are.
    const revived = name === 'exportFile' ? {...(request as object), bytes: new Uint8Array((request as {bytes: Array<number>}).bytes)} : request
    const senderFrame = {url: 'synoptic://app/index.html', parent: null}
    return answerRequest(name, desktop, trusted, {sender: 'page', senderFrame}, [revived])
  })
  // What electron/preload.ts exposes, built from the contract the same way.
  await page.addInitScript((names: Array<string>) => {
    const invoke = (window as unknown as {synopticInvoke: (name: string, request: unknown) => Promise<unknown>}).synopticInvoke
    const listeners = new Set<(command: string) => void>()
    const changeListeners = new Set<(change: unknown) => void>()
    const bridge: Record<string, unknown> = {
      onMenuCommand: (listener: (command: string) => void) => {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      onWorkspaceChange: (listener: (change: unknown) => void) => {
        changeListeners.add(listener)
        return () => changeListeners.delete(listener)
      }
    }
    for (const name of names) {
      bridge[name] = (request: {bytes?: Uint8Array}) =>
        invoke(name, request.bytes instanceof Uint8Array ? {...request, bytes: Array.from(request.bytes)} : request)
    }
    ;(window as unknown as {synoptic: unknown}).synoptic = Object.freeze(bridge)
    ;(window as unknown as {sendMenuCommand: (c: string) => void}).sendMenuCommand = (command) => listeners.forEach((l) => l(command))
    ;(window as unknown as {sendWorkspaceChange: (c: unknown) => void}).sendWorkspaceChange = (change) => changeListeners.forEach((l) => l(change))
  }, Object.keys(operations))
  await page.goto(base + 'index.html#/draft/annex-1')
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((done) => (server ? server.close(done) : done(undefined)))
  if (scratch) rmSync(scratch, {recursive: true, force: true})
})

/** The text of a DOCX body, runs joined (word-level redline splits sentences into runs). */
async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('')
}

describe.skipIf(missing !== undefined)('the desktop flow, in Chromium against the real main-process modules', () => {
  it('opens annex-1, autosaves an edited article into the workspace, and exports it as DOCX through the dialog', async () => {
    if (!page) throw new Error('no page')
    await page.getByRole('button', {name: 'Edit text'}).first().click()
    const editor = page.locator('.article-editor textarea').first()
    await editor.waitFor({timeout: 20_000})
    await editor.click()
    await editor.press('Control+End')
    await page.keyboard.type(` ${edit}.`)

    const draftFile = join(userData, 'Workspace', 'drafts', 'annex-1.md')
    await expect.poll(() => (existsSync(draftFile) ? readFileSync(draftFile, 'utf8').includes(edit) : false), {timeout: 15_000}).toBe(true)
    // What was saved is a corpus file that still parses as the draft.
    const {parseInstrument} = await import('../../src/corpus/index.ts')
    const saved = parseInstrument(readFileSync(draftFile, 'utf8'), 'drafts/annex-1.md')
    expect(saved.value?.id).toBe('annex-1')
    expect(saved.messages.filter((m) => m.severity === 'error')).toEqual([])
    expect(readdirSync(join(userData, 'Workspace', 'drafts'))).toEqual(['annex-1.md'])

    // File › Export as Word, as the menu sends it.
    await page.evaluate(() => (window as unknown as {sendMenuCommand: (c: string) => void}).sendMenuCommand('export-docx'))
    await expect.poll(() => existsSync(exportedPath), {timeout: 60_000}).toBe(true)
    expect(await docxText(exportedPath)).toContain(edit)
  }, 120_000)

  it('says at once when someone else changes the draft on disk, and writes nothing over it', async () => {
    if (!page) throw new Error('no page')
    const draftFile = join(userData, 'Workspace', 'drafts', 'annex-1.md')
    // After the export the page reads the workspace again; a change landing during that reading is taken in as
    // the page's own text (there is nothing unsaved to keep), so the other editor writes once the page is idle.
    await expect.poll(() => Date.now() - lastRequest, {timeout: 20_000}).toBeGreaterThan(1000)
    const theirs = readFileSync(draftFile, 'utf8').replace(edit, 'Changed in another editor')
    writeFileSync(draftFile, theirs)
    // Within a second on a quiet machine; the bound is loose for a full parallel test run on two cores.
    await page.getByText('The file changed on disk', {exact: false}).waitFor({timeout: 30_000})
    await page.locator('.article-editor textarea').first().press('End')
    await page.keyboard.type(' More of mine.')
    await page.waitForTimeout(2000)
    expect(readFileSync(draftFile, 'utf8')).toBe(theirs)
    // Put the draft back as the first test left it, for the reload below.
    writeFileSync(draftFile, theirs.replace('Changed in another editor', edit))
  }, 60_000)

  it('reopens the edited draft from the workspace after a reload', async () => {
    if (!page) throw new Error('no page')
    await page.reload()
    await page.getByText('Editing drafts/annex-1.md of the workspace.').waitFor({timeout: 20_000})
    await page.getByRole('button', {name: 'Edit text'}).first().click()
    await expect.poll(() => page?.locator('.article-editor textarea').first().inputValue(), {timeout: 20_000}).toContain(edit)
  }, 60_000)

  it('opens a workspace draft that does not parse as its errors with file, line and column, and its text untouched', async () => {
    if (!page) throw new Error('no page')
    const draftFile = join(userData, 'Workspace', 'drafts', 'annex-1.md')
    const good = readFileSync(draftFile, 'utf8')
    const broken = good.replace(/^kind: draft$/mu, 'kind: drat')
    const line = broken.split('\n').findIndex((l) => l === 'kind: drat') + 1
    writeFileSync(draftFile, broken)
    try {
      await page.reload()
      await page.getByText('drafts/annex-1.md does not open as a draft').waitFor({timeout: 20_000})
      const messages = await page.getByRole('list', {name: 'Messages'}).innerText()
      expect(messages).toContain(`drafts/annex-1.md:${line}:7: error: Unknown kind \`drat\``)
      expect(await page.getByLabel('The text of drafts/annex-1.md').textContent()).toBe(broken)
      await page.waitForTimeout(1500)
      expect(readFileSync(draftFile, 'utf8')).toBe(broken)
    } finally {
      writeFileSync(draftFile, good)
    }
  }, 60_000)

  it('switches workspace from File › Open Workspace, saving what was typed into the old one first', async () => {
    if (!page) throw new Error('no page')
    const oldFile = join(userData, 'Workspace', 'drafts', 'annex-1.md')
    await page.reload()
    await page.getByText('Editing drafts/annex-1.md of the workspace.').waitFor({timeout: 20_000})
    await page.getByRole('button', {name: 'Edit text'}).first().click()
    const editor = page.locator('.article-editor textarea').first()
    await editor.press('Control+End')
    await page.keyboard.type(' Typed just before switching.')
    chosenFolder = join(scratch, 'another workspace')
    const {mkdirSync} = await import('node:fs')
    mkdirSync(chosenFolder, {recursive: true})
    await page.evaluate(() => (window as unknown as {sendMenuCommand: (c: string) => void}).sendMenuCommand('open-workspace'))
    await page.getByText('Your edits are saved to drafts/annex-1.md of the workspace.').waitFor({timeout: 20_000})
    expect(readFileSync(oldFile, 'utf8')).toContain('Typed just before switching.')
    expect(existsSync(join(chosenFolder, 'drafts', 'annex-1.md'))).toBe(false)
    expect(JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'))).toEqual({workspace: chosenFolder})
  }, 60_000)

  it('imports the Eritrean Proclamation into the workspace; after a reload it is in Instruments, search and findings', async () => {
    if (!page || !chosenFolder) throw new Error('no page')
    await page.evaluate(() => (window.location.hash = '#/import'))
    await page.waitForFunction(() => document.documentElement.dataset.view === 'import')
    await page.locator('input[type=file]').setInputFiles(eritreaDocx)
    await page.getByRole('button', {name: 'Save into the workspace'}).click()
    await page.getByRole('status').filter({hasText: 'Saved as instruments/er-labour-118-2001-fromhtml.md in the workspace'}).waitFor({timeout: 30_000})
    const file = join(chosenFolder, 'instruments', 'er-labour-118-2001-fromhtml.md')
    const {parseInstrument} = await import('../../src/corpus/index.ts')
    const {articlesOf} = await import('../../src/model/index.ts')
    const saved = parseInstrument(readFileSync(file, 'utf8'), 'instruments/er-labour-118-2001-fromhtml.md').value
    expect(saved && articlesOf(saved)).toHaveLength(161)

    await page.reload()
    await page.evaluate(() => (window.location.hash = '#/instruments'))
    await page.waitForFunction(() => document.documentElement.dataset.view === 'instruments')
    const item = page.locator('.instrument-list li', {hasText: 'The Labour Proclamation of Eritrea'})
    expect(await item.innerText()).toContain('161 articles')
    await page.keyboard.press('/')
    await page.getByLabel('Words to find').fill('Labour Proclamation of Eritrea No.118/2001')
    await page.locator('.search-dialog a[href^="#/article/er-labour-118-2001-fromhtml/art-1"]').first().waitFor({timeout: 10_000})
    await page.keyboard.press('Escape')
    await page.evaluate(() => (window.location.hash = '#/findings?instrument=er-labour-118-2001-fromhtml'))
    await page.waitForFunction(() => document.documentElement.dataset.view === 'findings' && !document.querySelector('.findings-page .pending'), undefined, {timeout: 60_000})
    await expect.poll(() => page?.locator('table.findings-table tbody tr').count(), {timeout: 10_000}).toBeGreaterThan(0)
    const rows = await page.locator('table.findings-table tbody tr').allInnerTexts()
    expect(rows.every((r) => r.includes('The Labour Proclamation of Eritrea'))).toBe(true)
  }, 120_000)
})
