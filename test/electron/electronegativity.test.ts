// Electronegativity (Doyensec's scanner for Electron misconfigurations) over electron/ and renderer/ together, as
// one app, so its global checks (navigation limits, permission handler, CSP) see the main process and the page.
// Any high or medium finding fails. Lines reviewed by hand carry an `eng-disable` comment saying why.
import {cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

interface Issue {
  id: string
  file: string
  location: {line: number; column: number}
  severity: {name: string}
  confidence: {name: string}
  description: string
  manualReview: boolean
}
interface ScanResult {
  issues: Array<Issue>
  errors: Array<{file: string; message: string; tolerable: boolean}>
  globalChecks: number
  atomicChecks: number
}
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<ScanResult>

const require = createRequire(import.meta.url)
const runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js')

// Kept offline: the scanner's start-up fetches translations from the web. Its translation module is replaced by one
// that sets up the English texts it ships, exactly as the original does when the fetch fails.
const scannerRequire = createRequire(runnerPath)
const translations = scannerRequire.resolve('./locales/i18n.js')
const i18n = scannerRequire('i18n') as {configure: (o: Record<string, unknown>) => void; setLocale: (l: string) => void}
const offlineTranslations = async (): Promise<void> => {
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: join(translations, '..'),
    updateFiles: false,
    objectNotation: true,
    retryInDefaultLocale: true,
    register: globalThis
  })
  i18n.setLocale('en-US')
}
require.cache[translations] = {id: translations, filename: translations, loaded: true, exports: offlineTranslations} as unknown as NodeJS.Module
const run = require(runnerPath) as Runner
const projectDir = resolve(import.meta.dirname, '..', '..')
const scratch = mkdtempSync(join(tmpdir(), 'synoptic-eng-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

async function scan(input: string): Promise<ScanResult> {
  return run(
    {
      input,
      customScan: [],
      // The one check that needs the web (it downloads Electron's release list to compare versions).
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: '45.5.0',
      parserPlugins: []
    },
    false
  )
}

const blocking = (issue: Issue) => issue.severity.name === 'HIGH' || issue.severity.name === 'MEDIUM'
const describeIssue = (i: Issue) => `${i.severity.name}/${i.confidence.name} ${i.id} ${i.file}:${i.location.line}:${i.location.column} ${i.description}`

describe('electronegativity', () => {
  it('finds no high or medium issue in electron/ and renderer/', async () => {
    const app = join(scratch, 'app')
    cpSync(join(projectDir, 'electron'), join(app, 'electron'), {recursive: true})
    cpSync(join(projectDir, 'renderer'), join(app, 'renderer'), {recursive: true})
    const result = await scan(app)
    console.log(
      `electronegativity: ${result.globalChecks + result.atomicChecks} checks, ${result.issues.length} findings\n` +
        result.issues.map((i) => `  ${describeIssue(i)}`).join('\n')
    )
    // A file it cannot parse is a file it did not check.
    expect(result.errors.filter((e) => !e.tolerable)).toEqual([])
    expect(result.issues.filter(blocking).map(describeIssue)).toEqual([])
  }, 120_000)

  it('does fail an insecure window, so the scan above is worth something', async () => {
    const bad = join(scratch, 'insecure')
    mkdirSync(bad, {recursive: true})
    writeFileSync(
      join(bad, 'main.js'),
      `const {app, BrowserWindow} = require('electron')
app.whenReady().then(() => {
  const w = new BrowserWindow({webPreferences: {nodeIntegration: true, contextIsolation: false, sandbox: false}})
  w.loadURL('https://example.org/')
})
`
    )
    const result = await scan(bad)
    const ids = result.issues.filter(blocking).map((i) => i.id)
    expect(ids).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']))
  }, 120_000)
})
