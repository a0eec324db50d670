import type {Article, Corpus, Division, Inline, Instrument, Provision} from './types.ts'

/** The articles of an instrument in reading order, whatever Parts or Chapters hold them. */
export function articlesOf(instrument: Instrument): Array<Article> {
  const out: Array<Article> = []
  const visit = (nodes: Array<Division | Article>): void => {
    for (const node of nodes) {
      if (node.type === 'article') out.push(node)
      else visit(node.children)
    }
  }
  visit(instrument.body)
  return out
}

/** The instrument with this id or alias (case-insensitive), if the corpus has it. */
export function findInstrument(corpus: Corpus, idOrAlias: string): Instrument | undefined {
  const key = idOrAlias.toLowerCase()
  return (
    corpus.instruments.find((i) => i.id.toLowerCase() === key) ??
    corpus.instruments.find((i) => i.aliases.some((a) => a.toLowerCase() === key))
  )
}

/**
 * The form of a provision id (docs/corpus-format.md): `<instrument>/art-<n>`, then `item-<label>` or `para-<n>`
 * segments, e.g. `md-4139/art-18/item-2`. Whether it names a provision is `findProvision`'s answer.
 */
export const provisionIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*\/art-[a-z0-9-]+(?:\/(?:item|para)-[a-z0-9_-]+)*$/u

/** True when `id` has the form of a provision id (it may still name no provision of the corpus). */
export function isProvisionId(id: string): boolean {
  return provisionIdPattern.test(id)
}

/** What a provision id points at. `provision` is absent when the id names a whole article. */
export interface Found {
  instrument: Instrument
  article: Article
  provision?: Provision | undefined
}

/**
 * Resolves `md-4139/art-18/item-2` (or `md-4227/art-18`, through the alias) to its article and provision.
 * Returns undefined when any part of the id is unknown.
 */
export function findProvision(corpus: Corpus, id: string): Found | undefined {
  const [instrumentId, articleSegment, ...rest] = id.split('/')
  if (!instrumentId || !articleSegment) return undefined
  const instrument = findInstrument(corpus, instrumentId)
  if (!instrument) return undefined
  const article = articlesOf(instrument).find((a) => a.id.split('/')[1] === articleSegment)
  if (!article) return undefined
  if (rest.length === 0) return {instrument, article}
  let children: Array<Provision> = article.children
  let provision: Provision | undefined
  for (const segment of rest) {
    provision = children.find((c) => c.id.split('/').at(-1) === segment)
    if (!provision) return undefined
    children = provision.type === 'item' ? provision.children : []
  }
  return {instrument, article, provision}
}

/** How the article is cited: "Article 112", "Paragraph 3" (a Recommendation), "New Article". */
export function articleLabel(article: Article): string {
  if (article.number.toLowerCase() === 'new') return 'New Article'
  return `${article.designation ?? 'Article'} ${article.number}`
}

/** Inline content as plain text, markup removed. */
export function inlineToText(nodes: ReadonlyArray<Inline>): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : inlineToText(n.children))).join('')
}

/** Plain text of a provision with its label and all nested provisions, one line per block. */
export function provisionText(provision: Provision): string {
  if (provision.type === 'paragraph') return inlineToText(provision.content)
  const own = [provision.label, inlineToText(provision.content)].filter(Boolean).join(' ')
  return [own, ...provision.children.map(provisionText)].join('\n')
}

/** Plain text of a whole article body (without its heading), one line per block. */
export function articleText(article: Article): string {
  return article.children.map(provisionText).join('\n')
}

/** Calls `visit` on every provision of an article, depth first, in reading order. */
export function walkProvisions(children: ReadonlyArray<Provision>, visit: (p: Provision, depth: number) => void, depth = 0): void {
  for (const child of children) {
    visit(child, depth)
    if (child.type === 'item') walkProvisions(child.children, visit, depth + 1)
  }
}

/** The divisions of an instrument in reading order, at any depth (a Part, then its Chapters, …, then a Schedule). */
export function divisionsOf(instrument: Instrument): Array<Division> {
  const out: Array<Division> = []
  const visit = (nodes: ReadonlyArray<Division | Article>): void => {
    for (const node of nodes) {
      if (node.type !== 'division') continue
      out.push(node)
      visit(node.children)
    }
  }
  visit(instrument.body)
  return out
}

/**
 * How a division is named as written: "Part III General provisions", "Schedule Form of certificate (Section 3)"
 * (a Schedule may have no number).
 */
export function divisionTitle(division: Division): string {
  return [division.kind[0]!.toUpperCase() + division.kind.slice(1), division.number, division.heading].filter(Boolean).join(' ')
}

/** Plain text of a division's own content (a Schedule's forms and lists), one line per block; '' for other divisions. */
export function divisionText(division: Division): string {
  return (division.content ?? []).map(provisionText).join('\n')
}

/**
 * Calls `visit` on every provision of an instrument in reading order: each article's, and a Schedule's own
 * paragraphs and items where the Schedule stands, with the article or division that holds them. `enter`, if
 * given, is called on each article and division before its provisions (also when it has none).
 */
export function walkInstrument(
  instrument: Instrument,
  visit: (p: Provision, holder: Article | Division, depth: number) => void,
  enter?: (holder: Article | Division) => void
): void {
  const visitNodes = (nodes: ReadonlyArray<Division | Article>): void => {
    for (const node of nodes) {
      enter?.(node)
      if (node.type === 'article') walkProvisions(node.children, (p, depth) => visit(p, node, depth))
      else {
        walkProvisions(node.content ?? [], (p, depth) => visit(p, node, depth))
        visitNodes(node.children)
      }
    }
  }
  visitNodes(instrument.body)
}
