// Reads the ILO review (the seed) and pulls out every article it quotes, independently of the corpus files, so that
// the corpus can be checked against the review word for word.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {join, resolve} from 'node:path'

/** The repository root, and the `shared/` folder CI places beside it. */
export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)))
export const sharedDir = resolve(repoRoot, '../shared')

/** The text of the review, or a clear error when the shared folder is not beside the repository. */
export function readSeed(): string {
  const dir = join(sharedDir, 'seed')
  if (!existsSync(dir)) {
    throw new Error(`The ILO review is missing: expected ${dir} (the shared/ folder beside the repository, with seed/*.txt)`)
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'))
  if (files.length !== 1) throw new Error(`Expected exactly one .txt file in ${dir}, found ${files.length}: ${files.join(', ')}`)
  return readFileSync(join(dir, files[0]!), 'utf8')
}

/** A shared source file under shared/sources/, with the same clear error when absent. */
export function readSharedSource(relative: string): string {
  const path = join(sharedDir, 'sources', relative)
  if (!existsSync(path)) throw new Error(`The shared source ${path} is missing (the shared/ folder beside the repository)`)
  return readFileSync(path, 'utf8')
}

/** One block of quoted text: a paragraph or a list item with its label, and the words the review prints bold. */
export interface QuotedBlock {
  text: string
  bold: Array<string>
}

/** An article as the review quotes it. */
export interface Quote {
  /** Instrument as the review names it, turned into a corpus id: `ll-2013`, `md-4227`, `annex-1`. */
  instrument: string
  /** `171`, or `New` for the Annex's new articles. */
  number: string
  /** The heading after the number, as printed (may be empty). */
  heading: string
  blocks: Array<QuotedBlock>
  /** Where in the review: `Table 2`, `Annex 1`. */
  where: string
}

const instrumentNames: Array<[RegExp, string]> = [
  [/^Labour Law$/u, 'll-2013'],
  [/^Social Security Law$/u, 'ssl-2018'],
  [/^Ministerial Decision No\. (\d{4})$/u, 'md-$1']
]

function instrumentId(name: string): string {
  for (const [pattern, id] of instrumentNames) {
    if (pattern.test(name)) return name.replace(pattern, id)
  }
  throw new Error(`Unknown instrument name in the review: "${name}"`)
}

/** `Labour Law, article 171.`, `Ministerial Decision No. 4139, article 24`, `Article 117.` (same instrument as before). */
const headingPattern = /^(?:(Labour Law|Social Security Law|Ministerial Decision No\. \d{4}),\s+)?[Aa]rticle (\d+)\.?\s*(.*)$/u

/** White space collapsed, the review's decorative marks (► and •) dropped. */
export function normalize(text: string): string {
  return text.replace(/[►•]/gu, ' ').replace(/\s+/gu, ' ').trim()
}

/** Splits the review into its tables: the text from each "► **Table N." title to the next. */
function tableRegions(seed: string): Map<string, string> {
  const regions = new Map<string, string>()
  const titles = [...seed.matchAll(/^► \*\*Table (\d+)\./gmu)]
  titles.forEach((m, i) => {
    const end = titles[i + 1]?.index ?? seed.indexOf('# Annex 1.')
    regions.set(`Table ${m[1]}`, seed.slice(m.index, end))
  })
  return regions
}

/** Blocks of one HTML table cell: `<p>` and `<li>` each give a block; `<b>` marks bold words. */
function htmlBlocks(cell: string): Array<QuotedBlock & {startsBold: boolean}> {
  const blocks: Array<QuotedBlock & {startsBold: boolean}> = []
  let text = ''
  let bold: Array<string> = []
  let boldText: string | undefined
  let startsBold = false
  const flush = () => {
    if (normalize(text) !== '') blocks.push({text: normalize(text), bold: bold.map(normalize).filter(Boolean), startsBold})
    text = ''
    bold = []
    startsBold = false
  }
  for (const token of cell.split(/(<[^>]+>)/u)) {
    if (token === '<b>') {
      if (normalize(text) === '') startsBold = true
      boldText = ''
    } else if (token === '</b>') {
      bold.push(boldText ?? '')
      boldText = undefined
    } else if (/^<\/?(p|li|ol|ul)\b[^>]*>$/u.test(token)) {
      flush()
    } else if (/^<[^>]+>$/u.test(token)) {
      throw new Error(`Unexpected tag in a table cell of the review: ${token}`)
    } else {
      text += token
      if (boldText !== undefined) boldText += token
    }
  }
  flush()
  return blocks
}

/** Blocks of Markdown-ish text (Tables 8, 10, 11 and Annex 1): one per line; `**bold**` and list bullets read. */
function lineBlocks(text: string): Array<QuotedBlock> {
  const blocks: Array<QuotedBlock> = []
  for (const raw of text.split('\n')) {
    let line = raw.replace(/<\/?b>/gu, '**').replace(/\t/gu, ' ')
    line = line.replace(/^\s*-\s+/u, '')
    const bold = [...line.matchAll(/\*\*(.+?)\*\*/gu)].map((m) => normalize(m[1]!))
    const plain = normalize(line.replace(/\*\*/gu, ''))
    if (plain !== '') blocks.push({text: plain, bold})
  }
  return blocks
}

/** Groups blocks into articles at each heading block. `current` carries the instrument across "Article 117." headings. */
function articlesFrom(blocks: Array<QuotedBlock & {startsBold?: boolean}>, where: string, quotes: Array<Quote>, current: {instrument?: string}): Array<Quote> {
  const found: Array<Quote> = []
  for (const block of blocks) {
    const lead = block.bold[0] ?? ''
    const heading = (block.startsBold ?? true) && lead !== '' && block.text.startsWith(lead) ? headingPattern.exec(lead) : null
    if (heading) {
      if (heading[1]) current.instrument = instrumentId(heading[1])
      if (!current.instrument) throw new Error(`An article heading in ${where} names no instrument: "${lead}"`)
      const rest = normalize(`${heading[3] ?? ''} ${block.text.slice(lead.length)}`)
      const quote: Quote = {instrument: current.instrument, number: heading[2]!, heading: rest, blocks: [], where}
      found.push(quote)
      quotes.push(quote)
    } else {
      const last = found.at(-1)
      if (!last) continue // the table's own title row
      last.blocks.push({text: block.text, bold: block.bold})
    }
  }
  return found
}

/**
 * Every article the review quotes: Tables 2 to 11 (HTML cells, the Markdown tables 8, 10 and 11, the rows that
 * continue Tables 4 and 5 after a page break) and Annex 1.
 */
export function quotedArticles(seed: string): Array<Quote> {
  const quotes: Array<Quote> = []
  for (const [where, region] of tableRegions(seed)) {
    if (region.includes('<p>')) {
      // HTML rows: each tab-separated cell is a column; the article a column quotes last may continue on a later row.
      let lastRow: Array<Quote | undefined> = []
      for (const line of region.split('\n')) {
        if (line.includes('<p>')) {
          lastRow = line.split('\t').map((cell) => {
            const current: {instrument?: string} = {}
            return articlesFrom(htmlBlocks(cell), where, quotes, current).at(-1)
          })
        } else if (/^\d+\.\s[^\t]*\t/u.test(line) && lastRow.length > 0) {
          // Table 5: the row "8. Any further duties …<tab>" continues the first column's article. (Rows are
          // tab-separated; the review's own numbered lines between tables have no tab.)
          line.split('\t').forEach((cell, column) => {
            if (normalize(cell) !== '') lastRow[column]?.blocks.push({text: normalize(cell), bold: []})
          })
        }
      }
      // Table 4: after the page break the table repeats its header ("### Powers and duties") and goes on in Markdown.
      const rest = /^#{2,} Powers and duties\n([\s\S]*)$/mu.exec(region)
      if (rest) lastRow[0]?.blocks.push(...lineBlocks(rest[1]!))
    } else {
      // Markdown tables (8, 10, 11): the article starts at its bold heading.
      const start = region.search(/^(\*\*|<b>)Ministerial Decision No\. \d{4}, article \d+/mu)
      if (start < 0) continue
      let body = region.slice(start)
      // Table 11 is followed by the review's own text, which begins "Comparing the processes…".
      const after = body.indexOf('\nComparing the processes')
      if (after >= 0) body = body.slice(0, after)
      articlesFrom(lineBlocks(body), where, quotes, {})
    }
  }

  const annexStart = seed.indexOf('### Article 110')
  const annexEnd = seed.indexOf('► **Overview of the current functioning', annexStart)
  if (annexStart < 0 || annexEnd < 0) throw new Error('Annex 1 of the review was not found (expected "### Article 110" … "► **Overview of the current functioning")')
  let annexQuote: Quote | undefined
  for (const line of seed.slice(annexStart, annexEnd).split('\n')) {
    const heading = /^#+\s+(?:\*\*)?(New Article|Article (\d+))\s*(.*?)(?:\*\*)?\s*$/u.exec(line)
    if (heading) {
      annexQuote = {instrument: 'annex-1', number: heading[2] ?? 'New', heading: normalize(heading[3]!), blocks: [], where: 'Annex 1'}
      quotes.push(annexQuote)
    } else if (annexQuote) {
      annexQuote.blocks.push(...lineBlocks(line))
    }
  }
  return quotes
}
