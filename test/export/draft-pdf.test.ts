import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {existsSync} from 'node:fs'
import {chromiumPath, chromiumPdfBytes, fontFileUrls, pdfBytes} from '../../src/cli/export-files.ts'
import {applyDraft, redlineOf} from '../../src/drafting/index.ts'
import {draftPdfDefinition, draftToHtml, laoForPdf, layoutConsolidated, layoutRedline, scriptPieces} from '../../src/export/index.ts'
import {annex1, instrumentFrom, pdfPages, pdfText} from './fixtures.ts'

const out = mkdtempSync(join(tmpdir(), 'synoptic-pdf-'))

async function writePdf(name: string, definition: Parameters<typeof pdfBytes>[0]): Promise<string> {
  const file = join(out, name)
  writeFileSync(file, await pdfBytes(definition))
  return file
}

describe('PDF export of annex-1', () => {
  const {draft, base} = annex1()

  test('pdftotext finds every article of the redline, with the running header and page numbers', async () => {
    const file = await writePdf('annex-1-redline.pdf', draftPdfDefinition(layoutRedline(redlineOf(draft, base), 'redline')))
    const text = (await pdfText(file)).replace(/\s+/gu, ' ')
    for (const heading of ['Article 110 Social Security Inspection Agencies', 'Article 111 (Amended) Contents', 'Article 112 Forms of Social Security', 'Article 113 Inspection Reports and Correction Measures (to be discussed)', 'New Article Social Security Inspection Officials', 'New Article Social security inspectors shall have the following powers', 'New Article Termination of Terms', 'Article 114 Powers and Obligations']) {
      expect(text, heading).toContain(heading)
    }
    expect(text).toContain('shown in red')
    const pages = await pdfPages(file)
    expect(pages).toBeGreaterThan(1)
    expect(text).toContain(`Page ${pages} of ${pages}`)
    expect(text.split('Proposed Draft for Future Law Revision').length - 1).toBeGreaterThanOrEqual(pages) // header on every page
  })

  test('the clean PDF is the consolidated law, base articles included', async () => {
    const file = await writePdf('annex-1-clean.pdf', draftPdfDefinition(layoutConsolidated(applyDraft(draft, base).value, draft)))
    const text = (await pdfText(file)).replace(/\s+/gu, ' ')
    for (const n of ['105', '110', '111', '112', '113', '114', '116', '117', '118', '119']) expect(text).toContain(`Article ${n}`)
    expect(text).toContain('Ad hoc inspection is an inspection')
    expect(text).not.toContain('shown in red')
    expect(text).toContain('(to be discussed)') // the draft's note is heading text in every mode
  })
})

// A sample in Lao, written for this test (not legal text): Lao runs have no spaces between words.
const laoBase = `---
id: lao-law
title: ກົດໝາຍວ່າດ້ວຍການປະກັນສັງຄົມ (ຕົວຢ່າງ)
kind: law
jurisdiction: LA
language: lo
source: test sample
---

## Article 112 ຮູບແບບການກວດກາການປະກັນສັງຄົມ

ການກວດກາການປະກັນສັງຄົມມີຮູບແບບດັ່ງນີ້:

1. ການກວດກາຕາມລະບົບປົກກະຕິ;
2. ການກວດກາແບບແຈ້ງລ່ວງໜ້າ;
3. ການກວດກາແບບກະທັນຫັນ.
`
const longLao = 'ການກວດກາການປະກັນສັງຄົມຕ້ອງປະຕິບັດຢ່າງເຂັ້ມງວດຕາມກົດໝາຍແລະລະບຽບການທີ່ກ່ຽວຂ້ອງ'.repeat(4)
const laoDraft = `---
id: lao-draft
title: ຮ່າງກົດໝາຍ (ຕົວຢ່າງ)
kind: draft
base: lao-law
jurisdiction: LA
language: lo
source: test sample
---

## Article 112 ຮູບແບບການກວດກາການປະກັນສັງຄົມ

ການກວດກາການປະກັນສັງຄົມມີຮູບແບບດັ່ງນີ້:

1. ການກວດກາຕາມລະບົບປົກກະຕິ;
2. ການກວດກາແບບແຈ້ງລ່ວງໜ້າ;
3. ການກວດກາແບບກະທັນຫັນ;
4. ການກວດກາຕິດຕາມ ແລະ ການຄ້ຳປະກັນ.

${longLao}
`

describe('Lao in the PDF export', () => {
  test('Lao runs take the Lao font and break between words', () => {
    const pieces = scriptPieces('Article 112 ການກວດກາ 4.', {bold: true})
    expect(pieces.map((p) => ('font' in p ? p.font : 'default'))).toEqual(['default', 'NotoSansLao', 'default'])
    expect(pieces.every((p) => 'bold' in p && p.bold)).toBe(true)
    const words = [...new Intl.Segmenter('lo', {granularity: 'word'}).segment('ການກວດກາການປະກັນສັງຄົມ')].map((s) => s.segment)
    expect(words.length).toBeGreaterThan(1)
    expect(laoForPdf('ການກວດກາການປະກັນສັງຄົມ')).toBe(words.join('\u200B'))
  })

  test('a tone mark before SARA AM is spelled out the way HarfBuzz draws it', () => {
    expect(laoForPdf('ນ້ຳ')).toBe('ນໍ້າ')
    expect(laoForPdf('ຄຳ')).toBe('ຄຳ') // no tone mark: nothing to fix
  })

  test('a Lao redline renders: words found by pdftotext, inserted item present, long paragraph wrapped at word boundaries', async () => {
    const base = instrumentFrom(laoBase, 'lao-law.md')
    const draft = instrumentFrom(laoDraft, 'lao-draft.md')
    const redline = redlineOf(draft, base)
    const article = redline.articles[0]!
    expect(article.blocks.find((b) => b.change === 'insert' && b.type === 'item')?.text.map((r) => r.text).join('')).toBe('ການກວດກາຕິດຕາມ ແລະ ການຄ້ຳປະກັນ.')
    const file = await writePdf('lao-redline.pdf', draftPdfDefinition(layoutRedline(redline, 'redline')))
    const text = await pdfText(file)
    expect(text).toContain('ມາດຕາ 112')
    expect(text).toContain('ການກວດກາແບບກະທັນຫັນ')
    expect(text).toContain('ການກວດກາຕິດຕາມ')
    expect(text).toContain('ການຄໍ້າປະກັນ') // SARA AM after a tone mark comes out spelled out
    // The long paragraph has no spaces: it must still wrap, and only where a word ends.
    const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && longLao.includes(l))
    expect(lines.length).toBeGreaterThanOrEqual(3)
    expect(lines.join('')).toBe(longLao)
    const boundaries = new Set<number>()
    for (const s of new Intl.Segmenter('lo', {granularity: 'word'}).segment(longLao)) boundaries.add(s.index)
    let at = 0
    for (const line of lines.slice(0, -1)) {
      at += line.length
      expect(boundaries.has(at), `line break at ${at} is inside a word`).toBe(true)
    }
  })

  test.skipIf(!existsSync(chromiumPath))('printing through Chromium keeps the Lao text as typed', async () => {
    const redline = redlineOf(instrumentFrom(laoDraft, 'lao-draft.md'), instrumentFrom(laoBase, 'lao-law.md'))
    const layout = layoutRedline(redline, 'redline')
    const file = join(out, 'lao-chromium.pdf')
    writeFileSync(file, await chromiumPdfBytes(draftToHtml(layout, fontFileUrls()), layout.title))
    const text = await pdfText(file)
    expect(text).toContain('ມາດຕາ 112')
    expect(text).toContain('ການຄ້ຳປະກັນ') // HarfBuzz draws SARA AM itself: no respelling needed
    // pdftotext reads small gaps in Chromium's glyph runs as spaces; the paragraph itself has none.
    const lines = text.split('\n').map((l) => l.replace(/\s+/gu, '')).filter((l) => l !== '' && longLao.includes(l))
    expect(lines.length).toBeGreaterThanOrEqual(3)
    expect(lines.join('')).toBe(longLao)
    const boundaries = new Set([...new Intl.Segmenter('lo', {granularity: 'word'}).segment(longLao)].map((s) => s.index))
    let at = 0
    for (const line of lines.slice(0, -1)) expect(boundaries.has((at += line.length)), `line break at ${at}`).toBe(true)
  }, 60_000)
})
