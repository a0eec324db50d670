import {articleLabel, divisionTitle, inlineToText, walkInstrument} from '../../model/index.ts'
import type {Article, Corpus, Division, Instrument, Provision} from '../../model/index.ts'
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
  /** The article that holds the match; absent when it is in a Schedule's own text (then `division` is set). */
  article?: Article | undefined
  /** The Schedule (or other division) whose own text or heading holds the match. */
  division?: Division | undefined
  /** The paragraph or item; absent when the match is in a heading or an article's subject. */
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
 * Finds the article headings, subjects and provisions, and the headings and own text of Schedules, that contain every word of `query`, ignoring case and the
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
    // One walk in reading order: an article's heading before its provisions, a Schedule's heading before its text.
    let full = false
    const head = (node: Article | Division): void => {
      if (full) return
      const hit = node.type === 'article' ? {id: node.id, instrument, article: node} : {id: node.id, instrument, division: node}
      const text = node.type === 'article' ? [articleLabel(node), node.heading, node.subject].filter(Boolean).join(' \u2014 ') : node.content ? divisionTitle(node) : ''
      if (text) full = consider(text, hit)
    }
    walkInstrument(instrument, (provision, node) => {
      if (full) return
      const own = provision.type === 'item' ? [provision.label, inlineToText(provision.content)].filter(Boolean).join(' ') : inlineToText(provision.content)
      full = consider(own, node.type === 'article' ? {id: provision.id, instrument, article: node, provision} : {id: provision.id, instrument, division: node, provision})
    }, head)
    if (full) return hits
  }
  return hits
}
