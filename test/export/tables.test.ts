import {readdirSync, readFileSync, writeFileSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {citationOf, findProvision} from '../../src/model/index.ts'
import {describe, expect, test} from 'vitest'
import {pdfBytes} from '../../src/cli/export-files.ts'
import {compareAspect} from '../../src/compare/index.ts'
import {checkCorpus, loadRules} from '../../src/conformity/index.ts'
import {loadCorpus} from '../../src/corpus/index.ts'
import {comparisonTables, findingsMemo, tablesPdfDefinition, tablesToDocx} from '../../src/export/index.ts'
import {loadReviewData} from '../../src/review/index.ts'
import {paragraphText, readDocx} from './docx-xml.ts'
import {libreOfficeToPdf, pdfPages, pdfText, root} from './fixtures.ts'

const corpusDir = join(root, 'corpus')
const sources = (readdirSync(corpusDir, {recursive: true}) as Array<string>)
  .map((p) => p.split('\\').join('/'))
  .filter((p) => /\.(md|ya?ml)$/u.test(p) && !/(^|\/)README\.md$/u.test(p))
  .sort()
  .map((p) => ({path: p, text: readFileSync(join(corpusDir, p), 'utf8')}))
const corpus = loadCorpus(sources).value
const aspects = loadReviewData(sources).value.aspects
const out = mkdtempSync(join(tmpdir(), 'synoptic-tables-'))

describe('comparison tables', () => {
  const forms = aspects.find((a) => a.id === 'forms')!
  const doc = comparisonTables([compareAspect(corpus, forms)], 'Forms of inspection')

  test('DOCX: landscape, header row repeated, rows free to break, both frameworks cited side by side', async () => {
    const file = join(out, 'forms.docx')
    writeFileSync(file, await tablesToDocx(doc))
    const {xml, paragraphs} = await readDocx(readFileSync(file))
    const size = /<w:pgSz [^>]*>/u.exec(xml)![0]
    expect(size).toContain('w:orient="landscape"')
    const width = Number(/w:w="(\d+)"/u.exec(size)![1])
    const height = Number(/w:h="(\d+)"/u.exec(size)![1])
    expect(width).toBeGreaterThan(height)
    expect((xml.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/gu) ?? []).length).toBe(1)
    // Only the header row refuses to split; the other rows may break across pages.
    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/gu) ?? []
    expect(rows.length).toBe(doc.sections[0]!.rows.length + 1)
    expect(rows.filter((r) => /<w:cantSplit\/>|<w:cantSplit w:val="(true|1|on)"\/>/u.test(r)).length).toBe(1)
    expect(rows[0]).toContain('<w:tblHeader/>')
    const text = paragraphs.map((p) => paragraphText(p)).join('\n')
    expect(text).toContain('Labour inspection')
    expect(text).toContain('Social security inspection')
    expect(text).toContain('Labour Law, Article 173')
    expect(text).toContain('Law on Social Security, Article 112')
    expect(text).toMatch(/ILO standards: .*C081, Article 12/u)
    // LibreOffice opens it.
    const pdf = await libreOfficeToPdf(file, out)
    expect(await pdfText(pdf)).toContain('Emergency inspections')
  }, 240_000)

  test('PDF of every aspect: landscape pages, the header row on every page a table runs over', async () => {
    const all = comparisonTables(aspects.map((a) => compareAspect(corpus, a)))
    const file = join(out, 'all.pdf')
    writeFileSync(file, await pdfBytes(tablesPdfDefinition(all)))
    const pages = await pdfPages(file)
    expect(pages).toBeGreaterThan(3)
    const {execFileSync} = await import('node:child_process')
    const info = execFileSync('pdfinfo', [file]).toString()
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/u.exec(info)!
    expect(Number(w)).toBeGreaterThan(Number(h))
    for (let page = 2; page <= pages; page++) {
      const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-']).toString()
      expect(text, `page ${page}`).toContain('Social security inspection')
    }
    const text = await pdfText(file)
    for (const a of aspects) expect(text.replace(/\s+/gu, ' ')).toContain(a.title)
  })
})

describe('findings memo', () => {
  const rules = loadRules(sources).value
  const findings = checkCorpus(corpus, rules)
  const conflict = findings.find((f) => f.status === 'conflict' && f.match)

  test('each finding shows provision, current text with the words that tripped the rule, standard, assessment and recommendation', async () => {
    expect(conflict).toBeDefined()
    const doc = findingsMemo(corpus, [conflict!])
    const file = join(out, 'memo.docx')
    writeFileSync(file, await tablesToDocx(doc))
    const {paragraphs} = await readDocx(readFileSync(file))
    const texts = paragraphs.map((p) => paragraphText(p))
    for (const label of ['Provision', 'Current text', 'Standard', 'Assessment', 'Recommendation']) expect(texts).toContain(label)
    // The provision as a drafter cites it, never its id.
    expect(texts).toContain(citationOf(findProvision(corpus, conflict!.provision!)!))
    expect(texts).not.toContain(conflict!.provision)
    expect(texts).toContain(conflict!.recommendation)
    expect(texts).toContain(conflict!.reason)
    const bold = paragraphs.flatMap((p) => p.runs.filter((r) => r.bold).map((r) => r.text))
    expect(bold).toContain(conflict!.match!.text)
    const standard = conflict!.standards[0]!
    const cited = standard.provision ? findProvision(corpus, standard.provision) : undefined
    expect(texts).toContain(cited ? citationOf(cited) : standard.article ? `${standard.instrument}, Article ${standard.article}` : standard.instrument)
    const pdf = await libreOfficeToPdf(file, out)
    expect((await pdfText(pdf)).replace(/\s+/gu, ' ')).toContain('Recommendation')
  }, 240_000)

  test('gaps have no provision and say so; the PDF lists conflicts first', async () => {
    const gap = findings.find((f) => f.status === 'gap')!
    const doc = findingsMemo(corpus, [gap, conflict!])
    expect(doc.sections.map((s) => s.heading)).toEqual([`1. ${conflict!.title}`, `2. ${gap.title}`])
    const file = join(out, 'memo.pdf')
    writeFileSync(file, await pdfBytes(tablesPdfDefinition(doc)))
    const text = (await pdfText(file)).replace(/\s+/gu, ' ')
    expect(text).toContain('No provision: the framework has none on this point')
    expect(text.indexOf(conflict!.title)).toBeLessThan(text.indexOf(gap.title))
  })
})
