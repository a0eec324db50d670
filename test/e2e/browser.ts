// Real Chromium against the real build, with no test runner attached: used by the e2e fixture and by the bench.
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium, type Browser, type Page} from 'playwright-core'
import {serveRenderer, type RunningServer} from '../../scripts/serve-renderer.ts'
import {builtRenderer} from '../renderer-build.ts'

/** Debian's Chromium, installed by .ci/run. */
export const chromiumPath = '/usr/bin/chromium'

/** Flags for a headless Chromium that touches nothing outside this machine. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** Why the browser tests cannot run here, or undefined when they can. */
export function chromiumMissing(): string | undefined {
  return existsSync(chromiumPath) ? undefined : `${chromiumPath} is not installed (apt-get install chromium)`
}

/** Keeps the page's uncaught errors and console errors, for `pageProblems`. */
export function recordProblems(page: Page): Page {
  const problems: Array<string> = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  ;(page as Page & {problems?: Array<string>}).problems = problems
  return page
}

/** A built renderer served on an ephemeral port, and a browser to look at it. */
export interface RendererSession {
  /** `http://127.0.0.1:<port>/` */
  url: string
  browser: Browser
  server: RunningServer
  /** Opens a page at a hash route (`#/compare/forms`) and waits until its view is in the DOM. */
  open: (route: string, options?: OpenOptions) => Promise<Page>
  /** Stops the browser and the server and removes the build. */
  close: () => Promise<void>
}

/** Options of `RendererSession.open`. */
export interface OpenOptions {
  /** Viewport; default 1280x900. Projector checks use 1920x1080. */
  width?: number | undefined
  height?: number | undefined
  /** Start in projector mode (as if the user had pressed `p` in an earlier session). */
  projector?: boolean | undefined
}

/** Builds the renderer into a temporary folder, serves it on 127.0.0.1 and launches Chromium. */
export async function startRenderer(): Promise<RendererSession> {
  const outDir = mkdtempSync(join(tmpdir(), 'synoptic-renderer-'))
  await builtRenderer(outDir)
  const server = await serveRenderer({dir: outDir, port: 0})
  let browser: Browser
  try {
    browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs})
  } catch (error) {
    await server.close()
    rmSync(outDir, {recursive: true, force: true})
    throw error
  }
  const open = async (route: string, options: OpenOptions = {}): Promise<Page> => {
    const context = await browser.newContext({viewport: {width: options.width ?? 1280, height: options.height ?? 900}})
    if (options.projector) {
      await context.addInitScript(() => window.localStorage.setItem('synoptic:projector', 'on'))
    }
    const page = recordProblems(await context.newPage())
    await page.goto(new URL(route.startsWith('#') ? route : `#${route}`, server.url).href)
    await waitForView(page)
    return page
  }
  const close = async (): Promise<void> => {
    await browser.close()
    await server.close()
    rmSync(outDir, {recursive: true, force: true})
  }
  return {url: server.url, browser, server, open, close}
}

/** Errors the page logged or threw since it was opened (a test asserts there are none). */
export function pageProblems(page: Page): Array<string> {
  return (page as Page & {problems?: Array<string>}).problems ?? []
}

/** Waits until a view has marked itself rendered (`data-view` on <html>, set by renderer/perf.ts). */
export async function waitForView(page: Page, name?: string): Promise<void> {
  await page.waitForFunction((expected) => {
    const view = document.documentElement.dataset.view
    return expected ? view === expected : view !== undefined
  }, name)
}

/**
 * Changes the hash route inside an open page and resolves with the milliseconds from the change to the new
 * view's content being in the DOM (the view's `synoptic:view-ready` event).
 */
export async function navigateTimed(page: Page, route: string): Promise<number> {
  return page.evaluate(
    (hash) =>
      new Promise<number>((resolve, reject) => {
        if (window.location.hash === hash) {
          reject(new Error(`already at ${hash}: a route change to the same address renders nothing`))
          return
        }
        const t0 = performance.now()
        const timer = setTimeout(() => reject(new Error(`no view became ready for ${hash}`)), 10_000)
        window.addEventListener(
          'synoptic:view-ready',
          () => {
            clearTimeout(timer)
            resolve(performance.now() - t0)
          },
          {once: true}
        )
        window.location.hash = hash
      }),
    route.startsWith('#') ? route : `#${route}`
  )
}
