// The app as a user first sees it: the built renderer's sizes (the entry script, all scripts), and a cold load of
// Table 1 in Chromium, a fresh browser context each time (no cache), from navigation to Table 1's content in the
// DOM (the view's performance mark, set before the browser paints it). Medians of five loads.
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium} from 'playwright-core'
import {buildRenderer, serveRenderer} from '../../scripts/serve-renderer.ts'
import {chromiumArgs, chromiumPath, waitForView} from '../../test/e2e/browser.ts'

export const name = 'app'

const kb = (bytes: number) => Math.round(bytes / 1024)

export async function run(options: {quick?: boolean} = {}): Promise<Record<string, number | string>> {
  const outDir = mkdtempSync(join(tmpdir(), 'synoptic-bench-app-'))
  const figures: Record<string, number | string> = {}
  try {
    await buildRenderer({outDir})
    const html = readFileSync(join(outDir, 'index.html'), 'utf8')
    const entry = /<script[^>]*src="\.\/(assets\/[^"]+\.js)"/u.exec(html)?.[1]
    const scripts = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'))
    const sizes = scripts.map((f) => ({f, size: statSync(join(outDir, 'assets', f)).size})).sort((a, b) => b.size - a.size)
    if (entry) figures.entry_script_kb = kb(statSync(join(outDir, entry)).size)
    figures.all_scripts_kb = kb(sizes.reduce((n, s) => n + s.size, 0))
    figures.largest_scripts = sizes.slice(0, 4).map((s) => `${s.f} ${kb(s.size)} KB`).join(', ')
    if (!existsSync(chromiumPath)) {
      figures.cold_load_table_1_ms = `skipped: ${chromiumPath} is not installed`
      return figures
    }
    const server = await serveRenderer({dir: outDir, port: 0})
    const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs})
    try {
      const times: Array<number> = []
      const loads = options.quick ? 3 : 5
      for (let i = 0; i <= loads; i++) {
        const context = await browser.newContext({viewport: {width: 1280, height: 900}})
        const page = await context.newPage()
        await page.goto(new URL('#/compare', server.url).href)
        await waitForView(page, 'compare-overview')
        const ms = await page.evaluate(() => performance.getEntriesByName('synoptic:compare-overview')[0]?.startTime ?? NaN)
        if (i > 0) times.push(ms) // the first load warms Chromium itself up
        await context.close()
      }
      times.sort((a, b) => a - b)
      figures.cold_load_table_1_ms = `median ${Math.round(times[Math.floor(times.length / 2)]!)} ms (${Math.round(times[0]!)}–${Math.round(times.at(-1)!)}, ${times.length} loads)`
    } finally {
      await browser.close()
      await server.close()
    }
  } finally {
    rmSync(outDir, {recursive: true, force: true})
  }
  return figures
}
