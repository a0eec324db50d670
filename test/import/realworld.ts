// Measures an import of a real law against ground truth established without any importer: the Eritrean
// Labour Proclamation No. 118/2001 in ../shared/realworld/ (never copied into this repository).
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import JSZip from 'jszip'
import {readDocx} from '../../src/cli/commands/import.ts'
import {checkImportFile, importSource, type ImportedDocument} from '../../src/import/index.ts'
import {cleanNum} from '../../src/corpus/index.ts'
import type {SynopticMessage} from '../../src/message/index.ts'
import {articlesOf, inlineToText, type Article, type Division, type Instrument, type Provision} from '../../src/model/index.ts'

export const eritreaDir = join(import.meta.dirname, '../../../shared/realworld/eritrea-labour-118-2001')
export const eritreaAvailable = existsSync(join(eritreaDir, 'er-labour-118-2001.truth.json'))

/** The ground truth file's shape. */
interface Truth {
  articles: number
  numbers: Array<number>
  division_list: Array<string>
  items: Record<string, Array<[string, Array<string>]>>
}

/** A tree of labels: an item's cleaned label and its sub-items. */
export interface LabelTree {
  label: string
  children: Array<LabelTree>
}

/** A division as compared: "title i: preliminary" with what it holds. */
export interface DivisionTree {
  name: string
  children: Array<DivisionTree>
}

export function readTruth(): Truth {
  return JSON.parse(readFileSync(join(eritreaDir, 'er-labour-118-2001.truth.json'), 'utf8')) as Truth
}

const normalName = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase()

/**
 * The division tree the truth file's flat list describes: Chapters in Titles, Sections (1, 2) in Chapters,
 * and the Sections numbered I, II inside the Section above them, as its README says.
 */
export function truthDivisions(truth: Truth): Array<DivisionTree> {
  const depth = (entry: string) => {
    const [kind, number] = entry.split(/[\s:]+/)
    if (kind === 'title') return 0
    if (kind === 'chapter') return 1
    return /^[0-9]/.test(number!) ? 2 : 3
  }
  const root: Array<DivisionTree> = []
  const open: Array<{depth: number; node: DivisionTree}> = []
  for (const entry of truth.division_list) {
    const d = depth(entry)
    while (open.length > 0 && open.at(-1)!.depth >= d) open.pop()
    const node = {name: normalName(entry), children: []}
    ;(open.at(-1)?.node.children ?? root).push(node)
    open.push({depth: d, node})
  }
  return root
}

export function importedDivisions(nodes: Array<Division | Article>): Array<DivisionTree> {
  return nodes.flatMap((n) => (n.type === 'division' ? [{name: normalName(`${n.kind} ${n.number}: ${n.heading}`), children: importedDivisions(n.children)}] : []))
}

export function truthItems(truth: Truth, number: number): Array<LabelTree> {
  return (truth.items[String(number)] ?? []).map(([label, children]) => ({label, children: children.map((c) => ({label: c, children: []}))}))
}

export function importedItems(children: Array<Provision>): Array<LabelTree> {
  return children.flatMap((c) => (c.type === 'item' ? [{label: cleanNum(c.label), children: importedItems(c.children)}] : []))
}

/** Words as a multiset: letters and digits, lower case; punctuation and hyphens split words. */
export function words(text: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const word of text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word) out.set(word, (out.get(word) ?? 0) + 1)
  return out
}

/** Words of `a` missing from `b`, counted. */
export function missing(a: Map<string, number>, b: Map<string, number>): Array<[string, number]> {
  const out: Array<[string, number]> = []
  for (const [word, count] of a) {
    const left = count - (b.get(word) ?? 0)
    if (left > 0) out.push([word, left])
  }
  return out
}

/** Every word the imported instrument holds, as a reader of its file sees them. */
export function instrumentText(instrument: Instrument): string {
  const parts: Array<string> = [instrument.title, instrument.number ?? '']
  for (const p of instrument.preamble?.children ?? []) parts.push(inlineToText(p.content))
  const provisions = (children: Array<Provision>) => {
    for (const c of children) {
      if (c.type === 'paragraph') parts.push(inlineToText(c.content))
      else {
        parts.push(c.label, inlineToText(c.content))
        provisions(c.children)
      }
    }
  }
  const visit = (nodes: Array<Division | Article>) => {
    for (const n of nodes) {
      if (n.type === 'division') {
        parts.push(n.kind, n.number, n.heading)
        provisions(n.content ?? [])
        visit(n.children)
      } else {
        parts.push('article', n.number, n.heading, n.note ?? '')
        provisions(n.children)
      }
    }
  }
  visit(instrument.body)
  return parts.join('\n')
}

/**
 * The words of the source document, as a reader sees them, without page furniture: for PDF text the running
 * header at the top of each page and the "Page N" lines; for HTML the text of the body; for Word the text
 * of the document's paragraphs.
 */
export async function sourceText(file: string): Promise<string> {
  const path = join(eritreaDir, file)
  if (file.endsWith('.docx')) {
    const zip = await JSZip.loadAsync(readFileSync(path))
    const xml = (await zip.file('word/document.xml')!.async('string'))
    return xml.replace(/<\/w:p>/g, '\n').replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  }
  const text = readFileSync(path, 'utf8')
  if (file.endsWith('.html')) {
    return text.replace(/<head[\s\S]*?<\/head>/i, '').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
  }
  const pages = text.split('\f')
  return pages
    .map((page) => {
      const lines = page.split('\n')
      const first = lines.findIndex((l) => l.trim() !== '')
      if (first >= 0 && /^\s*Labour Proclamation of Eritrea No\. 118\/2001\s*$/.test(lines[first]!) && text.includes('\f')) lines.splice(first, 1)
      return lines.filter((l) => !/^\s*Page \d+\s*$/.test(l)).join('\n')
    })
    .join('\n')
}

/** What one import of one file gave, against the truth. */
export interface EritreaFigures {
  file: string
  articles: number
  numbersMatch: boolean
  divisions: number
  divisionsMatch: boolean
  exactItemTrees: number
  /** Articles whose item tree differs from the truth. */
  inexact: Array<{number: string; line: number; warned: boolean}>
  wordsLost: Array<[string, number]>
  warnings: number
  errors: Array<SynopticMessage>
  milliseconds: number
  document: ImportedDocument
}

export async function importEritrea(file: string): Promise<{document: ImportedDocument; messages: Array<SynopticMessage>; milliseconds: number}> {
  const bytes = new Uint8Array(readFileSync(join(eritreaDir, file)))
  const started = performance.now()
  const checked = checkImportFile(file, bytes)
  if (checked.status === 'refused') throw new Error(checked.reason)
  const read = checked.status === 'word' ? await readDocx(bytes, file) : {value: checked.source, messages: []}
  const result = importSource(read.value, {id: 'er-118', file})
  const milliseconds = performance.now() - started
  return {document: result.value, messages: [...read.messages, ...result.messages], milliseconds}
}

export async function measureEritrea(file: string): Promise<EritreaFigures> {
  const truth = readTruth()
  const {document, messages, milliseconds} = await importEritrea(file)
  const instrument = document.instrument
  const articles = articlesOf(instrument)
  const warnings = messages.filter((m) => m.severity === 'warning')
  const inexact: EritreaFigures['inexact'] = []
  let exact = 0
  articles.forEach((article, index) => {
    const expected = truthItems(truth, Number(article.number))
    if (JSON.stringify(importedItems(article.children)) === JSON.stringify(expected)) {
      exact++
      return
    }
    // A warning anywhere in the article's source lines (its heading up to the next article's) covers it.
    const from = article.position.start.line
    const to = (articles[index + 1]?.position.start.line ?? Number.MAX_SAFE_INTEGER) - 1
    const warned = warnings.some((m) => m.line !== undefined && m.line >= from && m.line <= to)
    inexact.push({number: article.number, line: from, warned})
  })
  const countDivisions = (nodes: Array<DivisionTree>): number => nodes.reduce((n, d) => n + 1 + countDivisions(d.children), 0)
  const divisions = importedDivisions(instrument.body)
  return {
    file,
    articles: articles.length,
    numbersMatch: JSON.stringify(articles.map((a) => Number(a.number))) === JSON.stringify(truth.numbers),
    divisions: countDivisions(divisions),
    divisionsMatch: JSON.stringify(divisions) === JSON.stringify(truthDivisions(truth)),
    exactItemTrees: exact,
    inexact,
    wordsLost: missing(words(await sourceText(file)), words(instrumentText(instrument))),
    warnings: warnings.length,
    errors: messages.filter((m) => m.severity === 'error'),
    milliseconds,
    document
  }
}

export const eritreaFiles = [
  'er-labour-118-2001.txt',
  'er-labour-118-2001.html',
  'er-labour-118-2001-fromhtml.docx',
  'er-labour-118-2001-fromtxt.docx',
  'er-labour-118-2001-pdf.txt',
  'er-labour-118-2001-pdf-layout.txt'
]
