// The drafting view in real Chromium against the real build: the redline of annex-1, editing with the redline and
// findings following, undo and redo, saving in the browser, and exports through the worker (fonts and all).
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {readDocx} from '../export/docx-xml.ts'
import {pageProblems, useRenderer, waitForView} from './fixture.ts'

const app = useRenderer()
const shots = mkdtempSync(join(tmpdir(), 'synoptic-draft-view-'))

describe.skipIf(app.skip)('drafting view', () => {
  test('shows the redline of annex-1: inclusions inserted, kept text plain, missing base texts said so', async () => {
    const page = await app.session().open('#/draft/annex-1')
    await waitForView(page, 'draft')
    await expect(page.locator('h1').textContent()).resolves.toContain('Proposed Draft for Future Law Revision')
    const art110 = page.locator('section[data-id="annex-1/art-110"]')
    await expect(art110.locator('ins', {hasText: 'Social security inspection officers.'}).count()).resolves.toBe(1)
    const item1 = art110.locator('p.block', {hasText: 'Internal inspection agency is the same'})
    await expect(item1.locator('ins, del').count()).resolves.toBe(0)
    await expect(page.locator('section[data-id="annex-1/art-113"] .not-available').textContent()).resolves.toMatch(/not available/u)
    await expect(page.locator('section.change-inserted').count()).resolves.toBe(3)
    // The mode says red inclusions: they are red on screen; translation differences are variants, not red.
    const red = await art110.locator('ins', {hasText: 'Social security inspection officers.'}).evaluate((e) => getComputedStyle(e).color)
    expect(red).toBe('rgb(192, 0, 0)')
    const variant = art110.locator('ins.variant', {hasText: 'medias'})
    await expect(variant.count()).resolves.toBe(1)
    expect(await variant.evaluate((e) => getComputedStyle(e).color)).not.toBe('rgb(192, 0, 0)')
    await art110.locator('.variants summary').click()
    await expect(art110.locator('.variants li').count()).resolves.toBe(5)
    // Article 111's items show as moved.
    await expect(page.locator('section[data-id="annex-1/art-111"] .moved-note').count()).resolves.toBe(6)
    // Scrolled down, the toolbar stays in view just under the header.
    await page.locator('section[data-id="annex-1/art-114"]').scrollIntoViewIfNeeded()
    const header = await page.locator('.app-header').boundingBox()
    const bar = await page.locator('.draft-toolbar').boundingBox()
    expect(bar!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1)
    expect(bar!.y).toBeLessThan(header!.y + header!.height + 4)
    await page.screenshot({path: join(shots, 'draft-view.png'), fullPage: false})
    expect(pageProblems(page)).toEqual([])
    await page.context().close()
  })

  test('editing updates the redline and findings; undo and redo; the edit survives a reload', async () => {
    const page = await app.session().open('#/draft/annex-1')
    await waitForView(page, 'draft')
    await page.waitForFunction(() => !document.querySelector('.findings-line')?.textContent?.includes('checking'))
    const section = page.locator('section[data-id="annex-1/art-112"]')
    await section.getByRole('button', {name: 'Edit text'}).click()
    const textarea = section.locator('textarea')
    const before = await textarea.inputValue()
    await textarea.fill(before.replace('5. {++Ad hoc inspection', '6. Joint inspection with the labour inspectorate.\n5. {++Ad hoc inspection'))
    await expect(section.locator('ins', {hasText: 'Joint inspection with the labour inspectorate.'}).count()).resolves.toBe(1)

    // The findings follow the typing through the worker, which gets only the edited article each time: a
    // conflicting provision typed into Article 112 is flagged there, and the flag goes with the words.
    const conflict = section.locator('.draft-findings li', {hasText: 'inform the employer of every inspection visit in advance'})
    await textarea.fill(before.replace('5. {++Ad hoc inspection', '6. Inspectors shall inform the employer of every inspection visit in advance.\n5. {++Ad hoc inspection'))
    await expect.poll(() => conflict.count(), {timeout: 30_000}).toBe(1)
    await expect(conflict.textContent()).resolves.toMatch(/Conflict/u)
    await textarea.fill(before.replace('5. {++Ad hoc inspection', '6. Joint inspection with the labour inspectorate.\n5. {++Ad hoc inspection'))
    await expect.poll(() => conflict.count(), {timeout: 30_000}).toBe(0)

    // A half-typed heading inside the text is refused with its line, and the article keeps its last good text.
    await textarea.fill(`${before}\n\n## Article 999`)
    await expect(section.locator('.draft-messages').textContent()).resolves.toMatch(/Line \d+/u)
    await expect(section.locator('ins', {hasText: 'Joint inspection'}).count()).resolves.toBe(1)
    await textarea.fill(before.replace('5. {++Ad hoc inspection', '6. Joint inspection with the labour inspectorate.\n5. {++Ad hoc inspection'))

    await page.locator('body').click({position: {x: 5, y: 5}})
    await page.keyboard.press('Control+z')
    await expect(section.locator('ins', {hasText: 'Joint inspection'}).count()).resolves.toBe(0)
    await page.keyboard.press('Control+Shift+z')
    await expect(section.locator('ins', {hasText: 'Joint inspection'}).count()).resolves.toBe(1)
    await expect(page.locator('.save-state').textContent()).resolves.toContain('Saved in this browser')

    await page.reload()
    await waitForView(page, 'draft')
    await expect(page.locator('section[data-id="annex-1/art-112"] ins', {hasText: 'Joint inspection'}).count()).resolves.toBe(1)
    await expect(page.locator('.save-state').textContent()).resolves.toContain('Restored')
    expect(pageProblems(page)).toEqual([])
    await page.context().close()
  })

  test('exports DOCX (tracked changes) and PDF through the export worker', async () => {
    const page = await app.session().open('#/draft/annex-1')
    await waitForView(page, 'draft')
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-draft-export-'))

    await page.getByLabel('Export mode').selectOption('track-changes')
    let download = page.waitForEvent('download')
    await page.keyboard.press('Control+e')
    const docxFile = join(dir, (await download).suggestedFilename())
    await (await download).saveAs(docxFile)
    expect(docxFile).toMatch(/annex-1-track-changes\.docx$/u)
    const docx = await readDocx(readFileSync(docxFile))
    expect(docx.revisions.length).toBeGreaterThan(20)
    // The export says where the file went.
    await expect(page.locator('.export-done').textContent()).resolves.toMatch(/Exported annex-1-track-changes\.docx/u)

    await page.getByLabel('Export mode').selectOption('redline')
    await page.locator('.export-menu summary').click()
    download = page.waitForEvent('download', {timeout: 60_000})
    await page.getByRole('menuitem', {name: /PDF/u}).click()
    const pdfFile = join(dir, (await download).suggestedFilename())
    await (await download).saveAs(pdfFile)
    expect(readFileSync(pdfFile).subarray(0, 5).toString()).toBe('%PDF-')
    const text = execFileSync('pdftotext', [pdfFile, '-']).toString().replace(/\s+/gu, ' ')
    for (const heading of ['Article 110', 'Article 112', 'Article 114', 'New Article Termination']) expect(text).toContain(heading)
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfFile, join(shots, 'draft-export')])
    expect(pageProblems(page)).toEqual([])
    await page.context().close()
  }, 120_000)

  test('the drafting page exports the comparison tables and the findings memo', async () => {
    const page = await app.session().open('#/draft')
    await waitForView(page, 'drafts')
    await expect(page.locator('a', {hasText: 'Proposed Draft for Future Law Revision'}).count()).resolves.toBe(1)
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-review-export-'))
    let download = page.waitForEvent('download', {timeout: 90_000})
    await page.getByRole('paragraph').filter({hasText: 'Comparison tables'}).getByRole('button', {name: 'PDF'}).click()
    const tables = join(dir, (await download).suggestedFilename())
    await (await download).saveAs(tables)
    const info = execFileSync('pdfinfo', [tables]).toString()
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/u.exec(info)!
    expect(Number(w)).toBeGreaterThan(Number(h))
    expect(execFileSync('pdftotext', [tables, '-']).toString()).toContain('Social security inspection')

    const memoButton = page.getByRole('paragraph').filter({hasText: 'Findings memo'}).getByRole('button', {name: 'Word'})
    await expect.poll(() => memoButton.isEnabled(), {timeout: 60_000}).toBe(true)
    download = page.waitForEvent('download', {timeout: 60_000})
    await memoButton.click()
    const memo = join(dir, (await download).suggestedFilename())
    await (await download).saveAs(memo)
    const doc = await readDocx(readFileSync(memo))
    expect(doc.paragraphs.some((p) => p.runs.map((r) => r.text).join('') === 'Recommendation')).toBe(true)
    expect(pageProblems(page)).toEqual([])
    await page.context().close()
  }, 180_000)
})
