import {articlesOf, type Article, type Instrument} from '../../model/index.ts'

/** The last segment of an id: `art-112` of `annex-1/art-112`. */
export function localId(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1)
}

/** True for a draft's "New Article" (number `New`, id `…/art-new-<n>`). */
export function isNewArticle(article: Article): boolean {
  return article.number.toLowerCase() === 'new'
}

/** The base article a draft article amends: the one with the same number (`annex-1/art-112` → `ssl-2018/art-112`). */
export function baseArticleOf(article: Article, base: Instrument): Article | undefined {
  if (isNewArticle(article)) return undefined
  return articleIndex(base).get(localId(article.id))
}

// Instruments are never changed in place (edits make new ones), so an index per instrument object stays valid.
const indexes = new WeakMap<Instrument, Map<string, Article>>()

/** The articles of an instrument by their last id segment (`art-112`). */
function articleIndex(instrument: Instrument): Map<string, Article> {
  let index = indexes.get(instrument)
  if (!index) {
    index = new Map()
    for (const a of articlesOf(instrument)) if (!index.has(localId(a.id))) index.set(localId(a.id), a)
    indexes.set(instrument, index)
  }
  return index
}

/**
 * Rewrites the ids of an article and its provisions from one prefix (or the article's own id) to another:
 * `annex-1` → `ssl-2018`, or `annex-1/art-new-2` → `annex-1/art-new-3`.
 */
export function reprefixArticle(article: Article, from: string, to: string): Article {
  const swap = (id: string): string => (id === from ? to : id.startsWith(`${from}/`) ? `${to}/${id.slice(from.length + 1)}` : id)
  const provisions = (list: Article['children']): Article['children'] =>
    list.map((p) => (p.type === 'item' ? {...p, id: swap(p.id), children: provisions(p.children)} : {...p, id: swap(p.id)}))
  return {...article, id: swap(article.id), children: provisions(article.children)}
}
