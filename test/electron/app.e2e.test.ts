// The desktop app end to end, with Playwright driving the real Electron program: it opens, the page is locked
// down, annex-1 opens in the drafting view, an article is edited and autosaved to the workspace, and File › Export
// as Word writes a DOCX holding the edit. Where Electron's program is not installed (it cannot be downloaded on a
// machine without network), the test is skipped and says why.
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import JSZip from 'jszip'
import {_electron, type ElectronApplication, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildElectron} from '../../scripts/build-electron.ts'
import {findElectronBinary} from '../../scripts/electron-binary.ts'
import {builtRenderer} from '../renderer-build.ts'
import {operations} from '../../src/ipc/index.ts'

const projectDir = resolve(import.meta.dirname, '..', '..')
const electron = findElectronBinary(projectDir)
if (!electron.found) console.log(`skipped the Electron end-to-end test: ${electron.reason}`)

// Made only where the test runs (hooks of a skipped file do not run, so nothing would remove it).
const scratch = electron.found ? mkdtempSync(join(tmpdir(), 'synoptic-e2e-')) : ''
const userData = join(scratch, 'user-data')
const exported = join(scratch, 'annex-1-e2e.docx')
const edit = 'Amended in the end-to-end test'
let app: ElectronApplication | undefined
let page: Page | undefined

beforeAll(async () => {
  if (!electron.found) return
  // The app as npm start lays it out, in a folder of its own so other tests' builds cannot interfere.
  const appDir = join(scratch, 'app')
  mkdirSync(appDir, {recursive: true})
  copyFileSync(join(projectDir, 'package.json'), join(appDir, 'package.json'))
  await builtRenderer(join(appDir, 'dist', 'renderer'))
  await buildElectron({outDir: join(appDir, 'dist-electron')})
  app = await _electron.launch({
    executablePath: electron.path,
    // Chromium refuses to run as root without this; the page itself stays sandboxed by webPreferences.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), appDir],
    env: {...process.env, SYNOPTIC_USER_DATA: userData}
  })
  page = await app.firstWindow()
  await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, undefined, {timeout: 30_000})
}, 240_000)

afterAll(async () => {
  await app?.close()
  if (scratch) rmSync(scratch, {recursive: true, force: true})
})

describe.skipIf(!electron.found)('the desktop app', () => {
  it('loads from its own origin, with no Node in the page and only the contract on window.synoptic', async () => {
    if (!page) throw new Error('no window')
    expect(page.url()).toMatch(/^synoptic:\/\/app\/index\.html/u)
    const surface = await page.evaluate(() => ({
      require: typeof (window as unknown as {require?: unknown}).require,
      process: typeof (window as unknown as {process?: unknown}).process,
      bridge: Object.keys((window as unknown as {synoptic: object}).synoptic).sort()
    }))
    expect(surface).toEqual({require: 'undefined', process: 'undefined', bridge: [...Object.keys(operations), 'onMenuCommand', 'onWorkspaceChange'].sort()})
  })

  it('refuses to navigate away or open windows', async () => {
    if (!page || !app) throw new Error('no window')
    await page.evaluate(() => {
      window.open('https://example.org/')
      window.location.href = 'https://example.org/'
    })
    await page.waitForTimeout(500)
    expect(page.url()).toMatch(/^synoptic:\/\/app\//u)
    expect(app.windows()).toHaveLength(1)
  })

  it('opens annex-1, saves an edited article to the workspace, and exports it as DOCX', async () => {
    if (!page || !app) throw new Error('no window')
    await page.evaluate(() => (window.location.hash = '#/draft/annex-1'))
    await page.getByRole('button', {name: 'Edit text'}).first().click()
    const editor = page.locator('.article-editor textarea').first()
    await editor.waitFor({timeout: 20_000})
    await editor.click()
    await editor.press('Control+End')
    await page.keyboard.type(` ${edit}.`)

    // Autosave: shortly after the edit the draft is in the workspace, as corpus-format Markdown.
    const drafts = join(userData, 'Workspace', 'drafts')
    await expect
      .poll(() => (existsSync(drafts) ? readdirSync(drafts).filter((f) => f.endsWith('.md')).some((f) => readFileSync(join(drafts, f), 'utf8').includes(edit)) : false), {timeout: 15_000})
      .toBe(true)

    // The native save dialog cannot be driven; the main process is told what the drafter would have chosen.
    await app.evaluate(({dialog}, path) => {
      dialog.showSaveDialog = (async () => ({canceled: false, filePath: path})) as typeof dialog.showSaveDialog
    }, exported)
    await app.evaluate(({Menu}) => Menu.getApplicationMenu()?.getMenuItemById('export-docx')?.click())
    await expect.poll(() => existsSync(exported), {timeout: 30_000}).toBe(true)
    const zip = await JSZip.loadAsync(readFileSync(exported))
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    // The word-level redline splits sentences into runs: join the runs' text.
    expect([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('')).toContain(edit)
  }, 120_000)
})
