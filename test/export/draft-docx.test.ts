import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {normalizeText} from '../../src/compare/index.ts'
import {applyDraft, redlineOf} from '../../src/drafting/index.ts'
import {draftToDocx, layoutConsolidated, layoutRedline, RED, VARIANT_AUTHOR} from '../../src/export/index.ts'
import {articlesOf, inlineToText, type Article, type Provision} from '../../src/model/index.ts'
import {paragraphText, paragraphWith, readDocx, resolvedParagraphs, runsOf, type DocxParagraph} from './docx-xml.ts'
import {annex1, libreOfficeToPdf, pdfText} from './fixtures.ts'

const {draft, base} = annex1()
const redline = redlineOf(draft, base)
const author = 'ILO review (2023), Annex 1'
const date = '2023-06-04T00:00:00Z'
type Read = Awaited<ReturnType<typeof readDocx>>
let track: Read
let red: Read
let clean: Read
const out = mkdtempSync(join(tmpdir(), 'synoptic-docx-'))
const files: Record<string, string> = {}

beforeAll(async () => {
  for (const [name, bytes] of [
    ['track-changes', await draftToDocx(layoutRedline(redline, 'track-changes'), {author, date})],
    ['redline', await draftToDocx(layoutRedline(redline, 'redline'), {author, date})],
    ['clean', await draftToDocx(layoutConsolidated(applyDraft(draft, base).value, draft), {author, date})]
  ] as const) {
    files[name] = join(out, `annex-1-${name}.docx`)
    writeFileSync(files[name]!, bytes)
  }
  const {readFileSync} = await import('node:fs')
  track = await readDocx(readFileSync(files['track-changes']!))
  red = await readDocx(readFileSync(files.redline!))
  clean = await readDocx(readFileSync(files.clean!))
})

const words = (p: DocxParagraph) => p.runs.filter((r) => r.text.trim() !== '')
const headingOf = (paragraphs: Array<DocxParagraph>, heading: string): number => {
  const i = paragraphs.findIndex((p) => paragraphText(p).startsWith(heading))
  if (i < 0) throw new Error(`no heading "${heading}"`)
  return i
}
/** The paragraphs of one article: its heading and what follows up to the next article heading. */
const articleParagraphs = (paragraphs: Array<DocxParagraph>, heading: string): Array<DocxParagraph> => {
  const start = headingOf(paragraphs, heading)
  const end = paragraphs.findIndex((p, i) => i > start && /^(Article \d|New Article)/u.test(paragraphText(p)))
  return paragraphs.slice(start, end < 0 ? undefined : end)
}

describe('track-changes DOCX of annex-1', () => {
  test('the inclusions of the Annex lie inside w:ins', () => {
    const inclusions = [
      'Social security inspection officers.', // article 110, item 3
      'Inspection to follow up on the results from the implementation', // article 112, item 4
      'Ad hoc inspection is an inspection that follow the orders' // article 112, item 5
    ]
    for (const text of inclusions) {
      const p = paragraphWith(track.paragraphs, text)
      expect(words(p).every((r) => r.ins && !r.del), text).toBe(true)
    }
    // Word's form: new paragraphs take the paragraph mark of the one before them; the last keeps that one's.
    const at = (text: string) => track.paragraphs.indexOf(paragraphWith(track.paragraphs, text))
    const item4 = at('Inspection to follow up on the results from the implementation')
    expect(track.paragraphs[item4 - 1]!.markIns, 'item 3, before the new items').toBe(true)
    expect(track.paragraphs[item4]!.markIns, 'item 4').toBe(true)
    expect(track.paragraphs[item4 + 1]!.markIns, 'item 5, the last new one').toBe(false)
    const fresh = ['New Article Social Security Inspection Officials', 'New Article Social security inspectors shall have the following powers', 'New Article Termination of Terms']
      .flatMap((heading) => articleParagraphs(track.paragraphs, heading))
    expect(fresh.length).toBeGreaterThan(3)
    for (const p of fresh) expect(words(p).every((r) => r.ins), paragraphText(p)).toBe(true)
    for (const p of fresh.slice(0, -1)) expect(p.markIns, paragraphText(p)).toBe(true)
    expect(fresh.at(-1)!.markIns).toBe(false)
    expect(track.paragraphs[track.paragraphs.indexOf(fresh[0]!) - 1]!.markIns, 'the paragraph before the new articles').toBe(true)
  })

  test('text the Annex kept from the base is not inside w:ins or w:del', () => {
    for (const text of ['Internal inspection agency is the same as the social security management organization', 'Regular systematic inspections, which are carried out based on the operational plan']) {
      const p = paragraphWith(track.paragraphs, text)
      expect(p.runs.some((r) => r.ins || r.del), text).toBe(false)
      expect(p.markIns || p.markDel).toBe(false)
    }
    // Changed words are revisions, the words around them are not.
    const item2 = paragraphWith(track.paragraphs, 'The external inspection agencies are the National Assembly')
    expect(runsOf(item2, 'The external inspection agencies').every((r) => !r.ins && !r.del)).toBe(true)
    expect(item2.runs.filter((r) => r.del).map((r) => r.text)).toEqual(['at', 'level', 'the ', 'media'])
    expect(item2.runs.filter((r) => r.ins).map((r) => r.text)).toEqual(['in', 'levels', 'medias'])
  })

  test('revisions have unique ids, an author and a date', () => {
    expect(track.revisions.length).toBeGreaterThan(50)
    const ids = track.revisions.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const r of track.revisions) {
      expect([author, VARIANT_AUTHOR]).toContain(r.author)
      // Neighbouring paragraphs' revisions are three minutes apart (LibreOffice would join them otherwise).
      expect(['2023-06-04T00:00:00Z', '2023-06-04T00:03:00Z']).toContain(r.date)
    }
    // The translation differences are wording variants, by their own author; the inclusions are the draft's.
    expect(track.revisions.filter((r) => r.author === VARIANT_AUTHOR).length).toBeGreaterThanOrEqual(11)
  })

  test('article 111\'s items are Word moves, under the new item 1', () => {
    const moves = track.revisions.filter((r) => r.moved)
    expect(moves.filter((r) => r.tag === 'w:del').length).toBeGreaterThanOrEqual(3)
    expect(moves.filter((r) => r.tag === 'w:ins').length).toBeGreaterThanOrEqual(3)
    expect(track.xml.match(/<w:moveFromRangeStart [^>]*w:name="move\d+"/gu)?.length).toBe(3)
    expect(track.xml.match(/<w:moveToRangeStart [^>]*w:name="move\d+"/gu)?.length).toBe(3)
  })

  test('article headings are Heading 2, the title Heading 1', () => {
    expect(track.xml).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>)[\s\S])*Article 112/u)
    expect(track.xml).toContain('<w:pStyle w:val="Heading1"/>')
  })

  test('legal numbers are literal text, not Word list numbering', () => {
    expect(track.paragraphs.some((p) => p.numbered)).toBe(false)
    expect(paragraphText(paragraphWith(track.paragraphs, 'Ad hoc inspection'))).toMatch(/^5\.\tAd hoc inspection/u)
    expect(paragraphText(paragraphWith(track.paragraphs, 'Forms of Social Security'))).toMatch(/^Article 112 /u)
  })

  // What a drafter gets with "Accept all changes": exactly the draft's wording, no empty paragraphs left over.
  const expected = (article: Article, prefix: string): Array<string> => {
    const lines: Array<string> = [[prefix, article.amended ? '(Amended)' : '', article.heading, article.note ? `(${article.note})` : ''].filter(Boolean).join(' ')]
    const visit = (list: Array<Provision>) => {
      for (const p of list) {
        if (p.type === 'paragraph') lines.push(inlineToText(p.content))
        else {
          lines.push(`${p.label}\t${inlineToText(p.content)}`)
          visit(p.children)
        }
      }
    }
    visit(article.children)
    return lines.map((l) => normalizeText(l.replace(/\t/gu, ' ')))
  }
  const accepted = () => resolvedParagraphs(track.paragraphs, 'accept').map((l) => normalizeText(l.replace(/\t/gu, ' ')))
  const rejected = () => resolvedParagraphs(track.paragraphs, 'reject').map((l) => normalizeText(l.replace(/\t/gu, ' ')))
  const slice = (lines: Array<string>, first: string, count: number) => {
    const i = lines.indexOf(first)
    expect(i, first).toBeGreaterThanOrEqual(0)
    return lines.slice(i, i + count)
  }

  test('accepting every change gives the draft text', () => {
    const lines = accepted()
    for (const article of articlesOf(draft)) {
      const prefix = article.number === 'New' ? 'New Article' : `Article ${article.number}`
      const want = expected(article, prefix)
      expect(slice(lines, want[0]!, want.length)).toEqual(want)
    }
    expect(lines.some((l) => l === '')).toBe(false)
  })

  test('rejecting every change gives the base text back, new articles gone', () => {
    const lines = rejected()
    for (const number of ['110', '112']) {
      const article = articlesOf(base).find((a) => a.number === number)!
      // The export keeps the draft's capitals on words it shows as unchanged ("this Law").
      const want = expected(article, `Article ${number}`).map((l) => l.toLowerCase())
      expect(slice(lines.map((l) => l.toLowerCase()), want[0]!, want.length)).toEqual(want)
    }
    expect(lines.some((l) => l.startsWith('New Article'))).toBe(false)
    expect(lines.some((l) => l.includes('Ad hoc inspection'))).toBe(false)
  })

  test('notes are heading text; a missing base text is a Word comment', async () => {
    const heading = paragraphWith(track.paragraphs, 'Article 113 Inspection Reports and Correction Measures')
    expect(paragraphText(heading, 'accept')).toBe('Article 113 Inspection Reports and Correction Measures (to be discussed)')
    expect(paragraphText(paragraphWith(track.paragraphs, 'Contents of Social Security Inspections'), 'accept')).toBe('Article 111 (Amended) Contents of Social Security Inspections')
    const JSZip = (await import('jszip')).default
    const {readFileSync} = await import('node:fs')
    const comments = await (await JSZip.loadAsync(readFileSync(files['track-changes']!))).file('word/comments.xml')!.async('string')
    expect(comments).toContain('The current text of Article 113 of the Law on Social Security (amended) is not available')
    // Article 113 is not shown as new: its base text is unknown, not absent (only its note is the draft's).
    for (const p of articleParagraphs(track.paragraphs, 'Article 113').slice(1)) expect(p.runs.some((r) => r.ins), paragraphText(p)).toBe(false)
  })
})

describe('redline DOCX of annex-1', () => {
  test('inclusions are red and underlined, deletions red and struck, kept text plain', () => {
    for (const text of ['Social security inspection officers.', 'Inspection to follow up on the results', 'Ad hoc inspection is an inspection', 'Social Security Inspection Officials', 'Termination of Terms of being Social Security Inspectors']) {
      const p = paragraphWith(red.paragraphs, text)
      for (const r of runsOf(p, text)) {
        expect(r.color, text).toBe(RED)
        expect(r.underline, text).toBe(true)
        expect(r.ins || r.del).toBe(false)
      }
    }
    for (const text of ['Internal inspection agency is the same as the social security management organization', 'Regular systematic inspections, which are carried out']) {
      const p = paragraphWith(red.paragraphs, text)
      for (const r of p.runs) {
        expect(r.color, text).toBeUndefined()
        expect(r.underline || r.strike).toBe(false)
      }
    }
    // Article 110 item 2 differs from the base only by translation: wording variants, never red or struck.
    const item2 = paragraphWith(red.paragraphs, 'The external inspection agencies')
    expect(item2.runs.some((r) => r.strike || r.color === RED)).toBe(false)
    expect(paragraphText(item2)).toContain('people and mass medias.')
    // The variants are listed after the text.
    const list = red.paragraphs.map((p) => paragraphText(p))
    const heading = list.indexOf('Wording variants (not amendments)')
    expect(heading).toBeGreaterThan(list.findIndex((t) => t.startsWith('Article 114')))
    expect(list.slice(heading).some((t) => t.includes('Article 110(2)') && t.includes('“media”') && t.includes('“medias”'))).toBe(true)
  })

  test('opens with the note that inclusions and amendments are shown in red', () => {
    const note = red.paragraphs.findIndex((p) => /shown in red/u.test(paragraphText(p)))
    const first = red.paragraphs.findIndex((p) => paragraphText(p).startsWith('Article 110'))
    expect(note).toBeGreaterThanOrEqual(0)
    expect(note).toBeLessThan(first)
    expect(red.revisions).toEqual([])
  })
})

describe('clean DOCX of annex-1', () => {
  test('is the consolidated text: no marks, new articles in place, untouched base articles kept', () => {
    expect(clean.revisions).toEqual([])
    expect(clean.paragraphs.every((p) => p.runs.every((r) => r.color !== RED && !r.strike))).toBe(true)
    const headings = clean.paragraphs.map((p) => paragraphText(p)).filter((t) => /^(Article \d|New Article)/u.test(t))
    expect(headings.map((h) => h.split(' ').slice(0, 2).join(' '))).toEqual([
      'Article 105', 'Article 110', 'Article 111', 'Article 112', 'Article 113', 'New Article', 'New Article', 'New Article',
      'Article 114', 'Article 116', 'Article 117', 'Article 118', 'Article 119'
    ])
    expect(clean.paragraphs.map((p) => paragraphText(p))).toContain('Article 113 Inspection Reports and Correction Measures (to be discussed)')
  })
})

describe('LibreOffice opens the DOCX exports', () => {
  test.each(['track-changes', 'redline'])('%s converts to PDF with every article in it', async (name) => {
    const pdf = await libreOfficeToPdf(files[name]!, out)
    const text = (await pdfText(pdf)).replace(/\s+/gu, ' ')
    for (const heading of ['Article 110', 'Article 111', 'Article 112', 'Article 113', 'Article 114', 'New Article Social Security Inspection Officials', 'New Article Termination']) {
      expect(text, heading).toContain(heading)
    }
    expect(text).toContain('Social security inspection officers')
  }, 240_000)
})
