import {articleLabel, articlesOf, inlineToText, walkProvisions} from '../../model/index.ts'
import type {Article, Corpus, Instrument, Provision} from '../../model/index.ts'
import {normalizeText} from './normalize.ts'

/** A stretch of matched text, as offsets into the hit's `text`. */
export interface TextRange {
  start: number
  end: number
}

/** One place in the corpus where every word of the query occurs. */
export interface SearchHit {
  /** The article id, or the paragraph or item id when the words are in a provision's own text. */
  id: string
  instrument: Instrument
  article: Article
  /** The paragraph or item; absent when the match is in the article's heading or subject. */
  provision?: Provision | undefined
  /** What was searched: the normalised heading, subject or provision text (with an item's label). */
  text: string
  /** Where the query's words occur in `text`, in order, not overlapping. */
  matches: Array<TextRange>
}

/** Options of `searchCorpus`. */
export interface SearchOptions {
  /** At most this many hits (default 200). */
  limit?: number | undefined
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Finds the article headings, subjects and provisions that contain every word of `query`, ignoring case and the
 * variants `normalizeText` folds (curly quotes, dashes, spacing). Words match as written, also inside longer
 * words ("inspect" finds "inspection"), which also works for Lao, written without spaces.
 */
export function searchCorpus(corpus: Corpus, query: string, options: SearchOptions = {}): Array<SearchHit> {
  const terms = normalizeText(query).split(' ').filter(Boolean)
  if (terms.length === 0) return []
  const limit = options.limit ?? 200
  const finders = terms.map((t) => new RegExp(escape(t), 'giu'))
  const all = new RegExp(terms.map(escape).sort((a, b) => b.length - a.length).join('|'), 'giu')
  const hits: Array<SearchHit> = []
  const consider = (text: string, hit: Omit<SearchHit, 'text' | 'matches'>): boolean => {
    const normal = normalizeText(text)
    if (!finders.every((f) => ((f.lastIndex = 0), f.test(normal)))) return false
    const matches: Array<TextRange> = []
    for (const m of normal.matchAll(all)) matches.push({start: m.index, end: m.index + m[0].length})
    hits.push({...hit, text: normal, matches})
    return hits.length >= limit
  }
  for (const instrument of corpus.instruments) {
    for (const article of articlesOf(instrument)) {
      const head = [articleLabel(article), article.heading, article.subject].filter(Boolean).join(' \u2014 ')
      if (consider(head, {id: article.id, instrument, article})) return hits
      let full = false
      walkProvisions(article.children, (provision) => {
        if (full) return
        const own = provision.type === 'item' ? [provision.label, inlineToText(provision.content)].filter(Boolean).join(' ') : inlineToText(provision.content)
        full = consider(own, {id: provision.id, instrument, article, provision})
      })
      if (full) return hits
    }
  }
  return hits
}
