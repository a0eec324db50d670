/**
 * The shared end-to-end fixture: the real renderer build, served by `serveRenderer` on an ephemeral port of
 * 127.0.0.1, in Debian's real Chromium (no mocked browser). Use it from any `test/e2e/*.test.ts`:
 *
 *   import {describe, expect, test} from 'vitest'
 *   import {useRenderer, pageProblems} from './fixture.ts'
 *
 *   const app = useRenderer()                  // builds once for the file, serves, launches Chromium
 *   describe.skipIf(app.skip)('my view', () => {
 *     test('shows the draft', async () => {
 *       const page = await app.session().open('#/draft/annex-1')   // waits for the view to be in the DOM
 *       await expect(page.locator('h1').textContent()).resolves.toContain('Annex 1')
 *       expect(pageProblems(page)).toEqual([])  // no console errors, no uncaught exceptions
 *       await page.context().close()
 *     })
 *   })
 *
 * `open(route, {width, height, projector})` sets the viewport (projector checks use 1920x1080) and can start in
 * projector mode. A view counts as rendered when it calls `useViewReady(name, key)` (renderer/perf.ts); new
 * views must call it, or `open` waits in vain. `navigateTimed(page, route)` changes the route in an open page
 * and returns the milliseconds until the new view is in the DOM. When /usr/bin/chromium is absent the tests are
 * skipped and the reason printed once.
 */
import {afterAll, beforeAll} from 'vitest'
import {chromiumMissing, startRenderer, type RendererSession} from './browser.ts'

export {chromiumArgs, chromiumMissing, chromiumPath, navigateTimed, pageProblems, startRenderer, waitForView} from './browser.ts'
export type {OpenOptions, RendererSession} from './browser.ts'

/** What `useRenderer` gives a test file. */
export interface RendererFixture {
  /** True when the tests must be skipped (no Chromium); the reason is printed. */
  skip: boolean
  /** The running session (only inside tests of a file that is not skipped). */
  session: () => RendererSession
}

/** Starts the renderer and browser before the file's tests and stops both after them. */
export function useRenderer(): RendererFixture {
  const missing = chromiumMissing()
  if (missing) process.stdout.write(`skipping browser tests: ${missing}\n`)
  let session: RendererSession | undefined
  beforeAll(async () => {
    if (!missing) session = await startRenderer()
  })
  afterAll(async () => {
    await session?.close()
  })
  return {
    skip: missing !== undefined,
    session: () => {
      if (!session) throw new Error('the renderer session is not running (is the test inside a skipped describe?)')
      return session
    }
  }
}
