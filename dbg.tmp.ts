import {chromium} from 'playwright-core'
import {startFallbackServer} from './test/e2e/fixtures/fallback-server.ts'
import {chromiumArgs} from './test/e2e/browser.ts'
const server = await startFallbackServer('/tmp/cmp-renderer', '/tmp/cmpws')
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: chromiumArgs})
const page = await browser.newPage()
page.on('console', (m) => console.log('console', m.type(), m.text()))
page.on('pageerror', (e) => console.log('pageerror', e.message))
await page.goto(`${server.url}#/compare/new`)
await page.locator('h1', {hasText: 'New comparison'}).waitFor()
await page.getByLabel('Title').fill('Eritrea and C81')
for (const id of ['er-labour', 'c081']) {
  await page.getByLabel('Instrument for a new column').selectOption(id)
  await page.getByRole('button', {name: 'Add column'}).click()
}
const t = {title: 'Powers of inspectors', er: 'er-labour/art-144', c81: 'c081/art-12', pair: ['er-labour/art-144/item-2', 'c081/art-12/item-1']}
await page.getByLabel('New topic').fill(t.title)
await page.getByRole('button', {name: 'Add topic'}).click()
const box = page.locator('fieldset.topic-editor', {hasText: t.title})
for (const [key, id] of [['erlabour', t.er], ['c081', t.c81]] as const) {
  const input = box.locator(`[data-column="${key}"] input[name=provision]`)
  await input.fill(id)
  await input.press('Enter')
  await box.locator(`[data-column="${key}"] li code`, {hasText: id}).waitFor()
}
const selects = box.locator('.pair-picker select')
await selects.nth(0).selectOption(t.pair[0]!)
await selects.nth(1).selectOption(t.pair[1]!)
await box.getByRole('button', {name: 'Pair'}).click()
await page.getByLabel('Notes on Powers of inspectors').fill('Article 144(2) lists the powers that C81 Article 12(1) requires.')
const btn = page.getByRole('button', {name: 'Save comparison'})
console.log('disabled', await btn.isDisabled())
await btn.click()
await page.waitForTimeout(3000)
console.log(page.url(), await page.locator('main').innerText().then((t) => t.slice(-300)))
await browser.close()
await server.stop()
