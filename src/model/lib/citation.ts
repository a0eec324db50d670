// Citations as drafters write them: "C81, Article 12(1)(a)", "Decision No. 4139, Article 18(2)",
// "Labour Law, Article 25, second bullet". One formatter for the views, the documents and the CLI, so no
// internal id (`ssl-2018`, `item-nn-2`, `art-113`) ever reaches a reader.
import {articleLabel, articlesOf, findInstrument, type Found} from './query.ts'
import type {Article, Corpus, Division, Instrument, Provision} from './types.ts'

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']

/** "second", "eleventh", "14th". */
export function ordinal(n: number): string {
  if (n >= 1 && n <= ORDINALS.length) return ORDINALS[n - 1]!
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/**
 * How the review names an instrument in running text and headings: "Convention No. 81", "Ministerial Decision
 * No. 4139", "Labour Law", "Proposed Draft for Future Law Revision".
 */
export function instrumentName(instrument: Instrument): string {
  const ilo = /^([CRP])0*(\d+)$/iu.exec(instrument.number ?? '')
  if (ilo?.[1]!.toUpperCase() === 'C') return `Convention No. ${ilo[2]}`
  if (ilo?.[1]!.toUpperCase() === 'R') return `Recommendation No. ${ilo[2]}`
  // A protocol's title is short and says what it amends ("Protocol of 1995 to the Labour Inspection Convention, 1947").
  if (instrument.kind !== 'draft' && instrument.jurisdiction === 'ILO') return instrument.title.split(' \u2014 ')[0]!
  if (instrument.kind === 'decision' && instrument.number) return `Ministerial Decision ${decisionNumber(instrument.number)}`
  // Drafts have long descriptive titles: the part before a colon names them ("Proposed Draft for Future Law Revision").
  if (instrument.kind === 'draft') {
    const head = instrument.title.split(':')[0]!.trim()
    return head.length <= 60 ? head : 'The draft'
  }
  return instrument.title.replace(/\s*\([^)]*\)\s*$/u, '')
}

function decisionNumber(number: string): string {
  return /^no\.?\s/iu.test(number) ? number.replace(/^no\.?\s*/iu, 'No. ') : `No. ${number}`
}

/** The instrument as a citation starts: "C81", "R81", "P81", "Decision No. 4139", "Labour Law". */
export function citedInstrument(instrument: Instrument): string {
  const ilo = /^([CRP])0*(\d+)$/iu.exec(instrument.number ?? '')
  if (ilo) return `${ilo[1]!.toUpperCase()}${ilo[2]}`
  if (instrument.kind === 'decision' && instrument.number) return `Decision ${decisionNumber(instrument.number).replace(/\/.*$/u, '')}`
  return instrumentName(instrument)
}

/** "Article 12", "Paragraph 4", `New Article "Social Security Inspection Officials"`. */
export function citedArticle(article: Article): string {
  if (article.number.toLowerCase() === 'new') return article.heading ? `New Article "${article.heading}"` : 'New Article'
  return articleLabel(article)
}

/** An item label as it reads in parentheses: "1." → "1", "(a)" → "a", "1.1." → "1.1". */
function bareLabel(label: string): string {
  return label.trim().replace(/^\(+/u, '').replace(/[.)]+$/u, '').trim()
}

/**
 * The path from an article to one of its provisions as a drafter writes it: labelled items in parentheses
 * after the article ("Article 12(1)(a)"), unlabelled bullets and paragraphs in words ("Article 25, second
 * bullet", "Article 117, second paragraph"). Without a provision: the article alone.
 */
export function citeInArticle(article: Article, provision?: Provision | string | undefined): string {
  return citeWithin(citedArticle(article), article.id, article.children, provision)
}

/**
 * A Schedule's paragraph or item as a drafter writes it: "Schedule, second paragraph", "First Schedule(1)";
 * without a provision, the Schedule alone ("Second Schedule", "Schedule").
 */
export function citeInDivision(division: Division, provision?: Provision | string | undefined): string {
  const kind = division.kind[0]!.toUpperCase() + division.kind.slice(1)
  const named = division.kind === 'schedule' && /^[a-z]+$/iu.test(division.number) && !/^[ivxlc]+$/iu.test(division.number)
  const label = named ? `${division.number[0]!.toUpperCase()}${division.number.slice(1).toLowerCase()} ${kind}` : [kind, division.number].filter(Boolean).join(' ')
  return citeWithin(label, division.id, division.content ?? [], provision)
}

function citeWithin(head: string, holderId: string, children: ReadonlyArray<Provision>, provision?: Provision | string | undefined): string {
  let out = head
  const target = typeof provision === 'string' ? provision : provision?.id
  if (!target || target === holderId) return out
  const path = pathTo(children, target)
  if (!path) return out
  let words = false
  let parent = ''
  for (const {node, siblings} of path) {
    if (node.type === 'item' && node.label && !words) {
      const label = bareLabel(node.label)
      // "1.1." under "1." already names its parent: Article 111(1.1), not 111(1)(1.1).
      if (parent && label.startsWith(`${parent}.`)) out = out.slice(0, out.length - parent.length - 2)
      out += `(${label})`
      parent = label
      continue
    }
    words = true
    if (node.type === 'item' && node.label) out += `, item ${node.label.trim().replace(/[.]$/u, '')}`
    else if (node.type === 'item') out += `, ${ordinal(siblings.filter((s) => s.type === 'item' && !s.label).indexOf(node) + 1)} bullet`
    else out += `, ${ordinal(siblings.filter((s) => s.type === 'paragraph').indexOf(node) + 1)} paragraph`
  }
  return out
}

function pathTo(list: ReadonlyArray<Provision>, id: string): Array<{node: Provision; siblings: ReadonlyArray<Provision>}> | undefined {
  for (const node of list) {
    if (node.id === id) return [{node, siblings: list}]
    if (node.type === 'item' && id.startsWith(`${node.id}/`)) {
      const rest = pathTo(node.children, id)
      if (rest) return [{node, siblings: list}, ...rest]
    }
  }
  return undefined
}

/** "C81, Article 12(1)(a)", "Decision No. 4139, Article 18(2)", "Labour Law, Article 25, second bullet". */
export function citationOf(found: Found): string {
  return `${citedInstrument(found.instrument)}, ${citeInArticle(found.article, found.provision)}`
}

/**
 * A citation for an id that may not resolve: the best a reader can be told without printing the id
 * ("Law on Social Security, Article 113" when the article is missing, "a provision not in the corpus").
 */
export function citeId(corpus: Corpus, id: string): string {
  const [instrumentId, articleSegment] = id.split('/')
  const instrument = instrumentId ? findInstrument(corpus, instrumentId) : undefined
  if (!instrument) return 'a provision that is not in the corpus'
  const number = /^art-(.+)$/u.exec(articleSegment ?? '')?.[1]
  const article = number ? articlesOf(instrument).find((a) => a.id.split('/')[1] === articleSegment) : undefined
  if (article) return `${citedInstrument(instrument)}, ${citedArticle(article)}`
  return number ? `${citedInstrument(instrument)}, Article ${number}` : citedInstrument(instrument)
}
