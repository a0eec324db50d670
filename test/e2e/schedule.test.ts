// A Commonwealth-style Act in the workspace, in real Chromium against the browser fallback of `npm start`: its
// instrument page shows the Schedule's heading and own text after the last section, numbered as written, with
// the ids as anchors, and search finds a word only the Schedule has and opens it there. Expected text comes from
// the core run on the same file.
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {parseInstrument} from '../../src/corpus/index.ts'
import {importSource} from '../../src/import/index.ts'
import {articlesOf, divisionsOf, divisionTitle, inlineToText, type Instrument} from '../../src/model/index.ts'
import {commonwealthAct} from '../import/commonwealth.ts'
import {chromiumMissing, pageProblems, recordProblems, waitForView} from './browser.ts'
import {startFallbackApp, type FallbackApp, type FallbackServer} from './fixtures/fallback-server.ts'

const missing = chromiumMissing()
const scratch = missing ? '' : mkdtempSync(join(tmpdir(), 'synoptic-schedule-'))
const workspace = join(scratch, 'workspace')
const shots = '/tmp/synoptic-schedule-shots/'
const markdown = importSource({format: 'text', text: commonwealthAct().text}, {id: 'wsh-2010', file: 'act.txt'}).value.markdown
const act: Instrument = parseInstrument(markdown, 'instruments/wsh-2010.md').value!
let app: FallbackApp | undefined
let server: FallbackServer
let browser: Browser

beforeAll(async () => {
  if (missing) return
  mkdirSync(join(workspace, 'instruments'), {recursive: true})
  mkdirSync(shots, {recursive: true})
  writeFileSync(join(workspace, 'instruments', 'wsh-2010.md'), markdown)
  app = await startFallbackApp(scratch, workspace)
  ;({server, browser} = app)
}, 300_000)

afterAll(async () => {
  await app?.close()
})

async function open(route: string, view: string): Promise<Page> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}})
  const page = recordProblems(await context.newPage())
  await page.goto(server.url + route)
  await waitForView(page, view)
  return page
}

describe.skipIf(missing !== undefined)("a Schedule's own text in the views", () => {
  const schedule = divisionsOf(act).find((d) => d.kind === 'schedule')!
  const paragraphs = (schedule.content ?? []).map((p) => inlineToText(p.content))

  test("the instrument page shows the Schedule's heading and paragraphs after the last section", async () => {
    expect(paragraphs).toEqual(['1. Name of the inspector.', '2. Date of the appointment.'])
    const page = await open('#/instrument/wsh-2010', 'instrument')
    await page.locator('.outline-article').first().waitFor()
    // Everything the outline says, in reading order: division headings, section links, the Schedule's text.
    const reading = await page.locator('.outline .division-title, .outline .outline-article > a, .outline .division-content [data-id]').evaluateAll((nodes) =>
      nodes.map((n) => `${n.getAttribute('data-id') ?? ''}|${(n.textContent ?? '').replace(/\s+/gu, ' ').trim()}`)
    )
    const last = articlesOf(act).at(-1)!
    const lastAt = reading.findIndex((r) => r.includes(`Section ${last.number}`))
    expect(lastAt).toBeGreaterThan(0)
    expect(reading.slice(lastAt + 1)).toEqual([
      `|${divisionTitle(schedule)}`,
      ...schedule.content!.map((p, i) => `${p.id}|${paragraphs[i]}`)
    ])
    // The Schedule is an anchor of its own, from its id.
    expect(await page.locator(`[id="${schedule.id}"] > .division-title`).innerText()).toBe('Schedule FORM OF CERTIFICATE OF APPOINTMENT (Section 3)')
    // Its paragraphs are the article page's provision blocks (same markup, same styles), not outline links.
    expect(await page.locator(`.article-body p.provision[data-id="${schedule.content![0]!.id}"]`).count()).toBe(1)
    expect(await page.locator('.division-content a').count()).toBe(0)
    await page.locator(`[id="${schedule.id}"]`).scrollIntoViewIfNeeded()
    await page.screenshot({path: join(shots, 'instrument-schedule.png'), fullPage: true})
    expect(pageProblems(page).join('\n')).toBe('')
    await page.context().close()
  })

  test('search finds a word only the Schedule has, cites the Schedule, and opens it on the instrument page', async () => {
    expect(articlesOf(act).some((a) => /\bname\b/iu.test(JSON.stringify(a.children)))).toBe(false)
    const page = await open('#/instrument/wsh-2010', 'instrument')
    // The workspace's documents arrive after the first render.
    await page.locator('.outline-article').first().waitFor()
    await page.keyboard.press('/')
    await page.getByLabel('Words to find').fill('Name of the inspector')
    const hit = page.locator('.search-dialog li', {hasText: 'Name of the inspector'})
    await hit.first().waitFor({timeout: 10_000})
    expect(await hit.count()).toBe(1)
    expect(await hit.locator('.hit-cite').innerText()).toMatch(/, Schedule, first paragraph$/u)
    await page.screenshot({path: join(shots, 'search-schedule.png')})
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => window.location.hash.includes('focus='))
    const focused = page.locator('.provision.focus')
    expect(await focused.getAttribute('data-id')).toBe(schedule.content![0]!.id)
    expect(await focused.innerText()).toContain('Name of the inspector.')
    expect(pageProblems(page).join('\n')).toBe('')
    await page.context().close()
  })
})
