// The assessment view in real Chromium: linked from the instrument page, one row per article (those needing work first), the words quoted.
import {describe, expect, test} from 'vitest'
import {pageProblems, useRenderer, waitForView} from './fixture.ts'

const app = useRenderer()

describe.skipIf(app.skip)('#/assess/<id>', () => {
  test('the instrument page links to the assessment of the whole law; rows show status, provision and words', async () => {
    const page = await app.session().open('#/instrument/ll-2013')
    await page.getByRole('link', {name: /Assess the whole law/}).click()
    await waitForView(page, 'assess')
    expect(page.url()).toMatch(/#\/assess\/ll-2013$/)
    const rows = page.locator('.assess-table tbody tr')
    expect(await rows.count()).toBeGreaterThan(15)
    // The rows that need work come first, and the lead counts them as the rows are shown.
    await expect(rows.first().locator('td.status').textContent()).resolves.toMatch(/Conflict/)
    await expect(rows.last().locator('td.status').textContent()).resolves.toMatch(/Conforms/)
    await expect(page.locator('.lead').textContent()).resolves.toMatch(/: \d+ conflicts?, \d+ partial, \d+ gaps?, \d+ conforming, over \d+ articles/)
    const signature = page.locator('#row-report-signature')
    await expect(signature.locator('td.status').textContent()).resolves.toMatch(/Conflict/)
    await expect(signature.locator('mark').first().textContent()).resolves.toMatch(/signed by the employers/)
    await expect(page.locator('#row-annual-report td.status').textContent()).resolves.toMatch(/Gap/)
    if (process.env.SCREENSHOT) await page.screenshot({path: process.env.SCREENSHOT, fullPage: false})
    expect(pageProblems(page)).toEqual([])
    await page.context().close()
  })

  test('a framework by name, and an unknown id said plainly', async () => {
    const page = await app.session().open('#/assess/labour')
    await waitForView(page, 'assess')
    await expect(page.locator('.lead').textContent()).resolves.toMatch(/Labour inspection framework \(Labour Law, Ministerial Decision No\. 4277\)/)
    await page.context().close()
    const missing = await app.session().open('#/assess/nowhere')
    await waitForView(missing, 'assess')
    await expect(missing.getByRole('alert').textContent()).resolves.toMatch(/no instrument 'nowhere'/)
    await missing.context().close()
  })
})
