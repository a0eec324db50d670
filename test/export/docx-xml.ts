// Reads the body of a .docx the way the tests need it: paragraphs of runs, each run knowing whether it sits
// inside <w:ins> or <w:del> and how it is coloured, underlined or struck. A small tag walker, independent of
// the code that wrote the file.
import JSZip from 'jszip'

export interface DocxRun {
  text: string
  ins: boolean
  del: boolean
  color?: string | undefined
  underline: boolean
  strike: boolean
  bold: boolean
}

export interface DocxParagraph {
  runs: Array<DocxRun>
  /** The paragraph mark itself is a revision (`w:pPr/w:rPr/w:ins` or `w:del`). */
  markIns: boolean
  markDel: boolean
  /** `w:numPr`: automatic list numbering. */
  numbered: boolean
}

export interface Revision {
  tag: 'w:ins' | 'w:del'
  /** A move revision (w:moveFrom, w:moveTo). */
  moved?: boolean | undefined
  id: string
  author?: string | undefined
  date?: string | undefined
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`${name}="([^"]*)"`, 'u').exec(attrs)
  return m ? m[1] : undefined
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&')
}

/** The paragraphs of word/document.xml and every revision element with its attributes. */
export function readDocumentXml(xml: string): {paragraphs: Array<DocxParagraph>; revisions: Array<Revision>} {
  const paragraphs: Array<DocxParagraph> = []
  const revisions: Array<Revision> = []
  const stack: Array<string> = []
  let paragraph: DocxParagraph | undefined
  let run: DocxRun | undefined
  let inText = false
  const tags = /<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/gu
  for (const m of xml.matchAll(tags)) {
    const [, closing, name, attrs = '', selfClosing, text] = m
    if (text !== undefined) {
      if (inText && run) run.text += unescapeXml(text)
      continue
    }
    if (closing) {
      const top = stack.pop()
      if (top !== name) throw new Error(`unbalanced XML: </${name}> closes <${top}>`)
      if (name === 'w:t' || name === 'w:delText') inText = false
      if (name === 'w:r' && run && paragraph) {
        paragraph.runs.push(run)
        run = undefined
      }
      if (name === 'w:p' && paragraph) {
        paragraphs.push(paragraph)
        paragraph = undefined
      }
      continue
    }
    const inside = (tag: string) => stack.includes(tag)
    if (name === 'w:ins' || name === 'w:del') revisions.push({tag: name, id: attr(attrs, 'w:id') ?? '', author: attr(attrs, 'w:author'), date: attr(attrs, 'w:date')})
    // Word's moves: the text moved from reads as deleted, the text moved to as inserted.
    if (name === 'w:moveFrom' || name === 'w:moveTo') revisions.push({tag: name === 'w:moveFrom' ? 'w:del' : 'w:ins', id: attr(attrs, 'w:id') ?? '', author: attr(attrs, 'w:author'), date: attr(attrs, 'w:date'), moved: true})
    if (name === 'w:p') paragraph = {runs: [], markIns: false, markDel: false, numbered: false}
    if (paragraph && inside('w:pPr') && inside('w:rPr') && name === 'w:ins') paragraph.markIns = true
    if (paragraph && inside('w:pPr') && inside('w:rPr') && name === 'w:del') paragraph.markDel = true
    if (paragraph && name === 'w:numPr') paragraph.numbered = true
    if (name === 'w:r') run = {text: '', ins: inside('w:ins') || inside('w:moveTo'), del: inside('w:del') || inside('w:moveFrom'), underline: false, strike: false, bold: false}
    if (run && inside('w:rPr') && !inside('w:pPr')) {
      if (name === 'w:color') run.color = attr(attrs, 'w:val')
      if (name === 'w:u') run.underline = attr(attrs, 'w:val') !== 'none'
      if (name === 'w:strike') run.strike = attr(attrs, 'w:val') !== 'false'
      if (name === 'w:b') run.bold = attr(attrs, 'w:val') !== 'false'
    }
    if (run && name === 'w:tab' && inside('w:r')) run.text += '\t'
    if (selfClosing) continue
    stack.push(name!)
    if (name === 'w:t' || name === 'w:delText') inText = true
  }
  return {paragraphs, revisions}
}

/** Unzips a .docx and reads its body. */
export async function readDocx(bytes: Uint8Array): Promise<{xml: string; paragraphs: Array<DocxParagraph>; revisions: Array<Revision>; files: Array<string>}> {
  const zip = await JSZip.loadAsync(bytes)
  const file = zip.file('word/document.xml')
  if (!file) throw new Error('no word/document.xml in the .docx')
  const xml = await file.async('string')
  return {xml, ...readDocumentXml(xml), files: Object.keys(zip.files)}
}

/** The text of a paragraph after "accept all changes" (deletions gone) or "reject all" (insertions gone). */
export function paragraphText(p: DocxParagraph, view: 'accept' | 'reject' | 'all' = 'all'): string {
  return p.runs.filter((r) => (view === 'accept' ? !r.del : view === 'reject' ? !r.ins : true)).map((r) => r.text).join('')
}

/**
 * The document's paragraphs as Word shows them after accepting (or rejecting) every change: a paragraph whose
 * mark is deleted (accept) or inserted (reject) merges into the next one, as Word does.
 */
export function resolvedParagraphs(paragraphs: ReadonlyArray<DocxParagraph>, view: 'accept' | 'reject'): Array<string> {
  const out: Array<string> = []
  let carry = ''
  for (const p of paragraphs) {
    const text = carry + paragraphText(p, view)
    const markGoes = view === 'accept' ? p.markDel : p.markIns
    if (markGoes) {
      carry = text
      continue
    }
    carry = ''
    out.push(text)
  }
  if (carry) out.push(carry)
  return out
}

/** The paragraph whose text (all runs) contains `needle`; throws when there is none, so a test fails clearly. */
export function paragraphWith(paragraphs: ReadonlyArray<DocxParagraph>, needle: string): DocxParagraph {
  const found = paragraphs.find((p) => paragraphText(p).includes(needle))
  if (!found) throw new Error(`no paragraph contains "${needle}"`)
  return found
}

/** The runs that carry the words of `needle` in a paragraph (every run overlapping it). */
export function runsOf(p: DocxParagraph, needle: string): Array<DocxRun> {
  const full = paragraphText(p)
  const start = full.indexOf(needle)
  if (start < 0) throw new Error(`"${needle}" is not in the paragraph "${full}"`)
  const end = start + needle.length
  const out: Array<DocxRun> = []
  let at = 0
  for (const r of p.runs) {
    const from = at
    at += r.text.length
    if (r.text.length > 0 && from < end && at > start) out.push(r)
  }
  return out
}
