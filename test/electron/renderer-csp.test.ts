// The built renderer, served exactly as the desktop app serves it (electron/app-protocol.ts, with the CSP header),
// in real Chromium: the app starts without a single CSP violation, and the policy does block what it should.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import type {Server} from 'node:http'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {serveThroughAppProtocol} from './fixtures/protocol-server.ts'
import {contentSecurityPolicy, metaContentSecurityPolicy} from '../../electron/csp.ts'
import {builtRenderer} from '../renderer-build.ts'
import {chromiumArgs, chromiumMissing, chromiumPath} from '../e2e/browser.ts'

const missing = chromiumMissing()
let outDir = ''
let server: Server | undefined
let browser: Browser | undefined
let base = ''

beforeAll(async () => {
  if (missing) return
  outDir = mkdtempSync(join(tmpdir(), 'synoptic-csp-'))
  await builtRenderer(outDir)
  // http://127.0.0.1:<port>/x is answered by the protocol handler as synoptic://app/x would be.
  const served = await serveThroughAppProtocol(outDir)
  server = served.server
  base = served.base
  browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs})
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((done) => (server ? server.close(done) : done(undefined)))
  if (outDir) rmSync(outDir, {recursive: true, force: true})
})

describe.skipIf(missing !== undefined)('the renderer under the desktop CSP', () => {
  it('carries the same policy in its meta tag as the header the app sends', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/u.exec(html)?.[1]
    expect(meta).toBe(metaContentSecurityPolicy)
  })

  it('starts and shows the app with no CSP violation, and blocks an injected inline script', async () => {
    if (!browser) throw new Error('no browser')
    const page = await browser.newPage()
    await page.addInitScript(() => {
      const seen: Array<string> = []
      ;(window as unknown as {cspViolations: Array<string>}).cspViolations = seen
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
    })
    const failed: Array<string> = []
    page.on('pageerror', (error) => failed.push(error.message))
    const response = await page.goto(base + 'index.html')
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy)
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, undefined, {timeout: 30_000})
    await page.waitForTimeout(500)
    expect(await page.evaluate(() => (window as unknown as {cspViolations: Array<string>}).cspViolations)).toEqual([])
    expect(failed).toEqual([])

    // Every view the start page links to, under the same policy.
    const routes = await page.evaluate(() => [...new Set([...document.querySelectorAll('a[href^="#/"]')].map((a) => a.getAttribute('href') ?? ''))])
    for (const route of routes.slice(0, 25)) {
      await page.evaluate((hash) => (window.location.hash = hash), route)
      await page.waitForTimeout(150)
    }
    console.log(`visited ${Math.min(routes.length, 25)} views under the desktop CSP`)
    expect(await page.evaluate(() => (window as unknown as {cspViolations: Array<string>}).cspViolations)).toEqual([])
    expect(failed).toEqual([])

    const injected = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.injected = true'
      document.body.append(script)
      await new Promise((done) => setTimeout(done, 100))
      return {
        ran: (window as unknown as {injected?: boolean}).injected === true,
        violations: (window as unknown as {cspViolations: Array<string>}).cspViolations
      }
    })
    expect(injected.ran).toBe(false)
    expect(injected.violations.some((v) => v.startsWith('script-src'))).toBe(true)
    await page.close()
  }, 60_000)
})
