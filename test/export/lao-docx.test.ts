import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {execFile} from 'node:child_process'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import JSZip from 'jszip'
import {describe, expect, test} from 'vitest'
import {laoFontBytes} from '../../src/cli/export-files.ts'
import {planDraftExport} from '../../src/drafting/index.ts'
import {draftToDocx} from '../../src/export/index.ts'
import {instrumentFrom, libreOfficeToPdf, pdfText} from './fixtures.ts'

const run = promisify(execFile)
const out = mkdtempSync(join(tmpdir(), 'synoptic-lao-docx-'))
const front = (id: string, kind: string) => `---\nid: ${id}\ntitle: ກົດໝາຍ ${id}\nkind: ${kind}\n${kind === 'draft' ? 'base: lao-law\n' : ''}jurisdiction: LA\nlanguage: lo\nsource: test sample\n---\n\n`
const base = instrumentFrom(`${front('lao-law', 'law')}## Article 5 ນ້ຳປະປາ\n\nການສະໜອງນ້ຳປະປາ ແລະ ການກວດກາ.\n`, 'lao-law.md')
const draft = instrumentFrom(`${front('lao-draft', 'draft')}## Article 5 ນ້ຳປະປາ\n\nການສະໜອງນ້ຳປະປາ ແລະ ການກວດກາຕິດຕາມ.\n\n1. ການຄ້ຳປະກັນນ້ຳ.\n`, 'lao-draft.md')

describe('a Lao draft as a Word document', () => {
  test('says it is Lao, names Noto Sans Lao with Phetsarath OT as its alternative, embeds Noto Sans Lao, writes its own words in Lao', async () => {
    const plan = planDraftExport({draft, base, mode: 'redline', format: 'docx', today: '2024-01-01'}).value!
    const bytes = await draftToDocx(plan.layout, {...plan.docx, laoFonts: await laoFontBytes()})
    const zip = await JSZip.loadAsync(bytes)
    const styles = await zip.file('word/styles.xml')!.async('string')
    expect(styles).toMatch(/<w:lang [^>]*w:val="lo-LA"[^>]*w:bidi="lo-LA"|<w:lang [^>]*w:bidi="lo-LA"[^>]*w:val="lo-LA"/u)
    expect(styles).toMatch(/w:cs="Noto Sans Lao"/u)
    const fonts = await zip.file('word/fontTable.xml')!.async('string')
    expect(fonts).toMatch(/<w:font w:name="Noto Sans Lao"><w:altName w:val="Phetsarath OT"\/>[\s\S]*?<w:embedRegular/u)
    expect(fonts).toContain('<w:font w:name="Phetsarath OT">')
    expect(await zip.file('word/settings.xml')!.async('string')).toContain('<w:embedTrueTypeFonts/>')
    const document = await zip.file('word/document.xml')!.async('string')
    expect(document).toContain('ມາດຕາ 5')
    const file = join(out, 'lao.docx')
    writeFileSync(file, bytes)
    // LibreOffice, on a machine without Phetsarath OT, draws the Lao text in a Lao font and keeps ນ້ຳ whole.
    const {stdout} = await run('fc-list', [':family=Phetsarath OT'])
    expect(stdout.trim(), 'this test needs a machine without Phetsarath OT').toBe('')
    const pdf = await libreOfficeToPdf(file, out)
    const {stdout: used} = await run('pdffonts', [pdf])
    expect(used).toMatch(/NotoSansLao/u)
    const text = await pdfText(pdf)
    expect(text).toContain('ການສະໜອງນ')
    expect(text).toMatch(/ນ[\u0EC9][\u0EB3]|ນ[\u0ECD][\u0EC9][\u0EB2]|ນໍ້າ|ນ້ຳ/u)
    writeFileSync(join(out, 'where.txt'), pdf)
    void readFileSync
  }, 240_000)
})
