import {articlesOf, type Article, type Instrument} from '../../model/index.ts'
import type {Framework} from './types.ts'

/** The two national frameworks the ILO review compares, lead law first. */
export const frameworks: ReadonlyArray<Framework> = [
  {id: 'labour', name: 'labour inspection', instruments: ['ll-2013', 'md-4277']},
  {id: 'social-security', name: 'social security inspection', instruments: ['ssl-2018', 'md-4139', 'md-0897']}
]

/** `art-112` from `ssl-2018/art-112` or `art-112`. */
function articleSegment(id: string): string {
  return id.split('/')[1] ?? id
}

function isNewArticle(article: Article): boolean {
  return /^new$/i.test(article.number) || /\/art-new-\d+$/.test(article.id)
}

/**
 * The articles of `base` as `draft` would leave them: a draft article with a base number replaces the base
 * article (`repealed` removes it), a new article goes after the base article named by `after`, or else after the
 * draft article before it. Unchanged base articles keep their objects (and ids).
 */
export function consolidateDraft(draft: Instrument, base: Instrument): Array<Article> {
  const result = articlesOf(base).slice()
  let last = -1
  for (const article of articlesOf(draft)) {
    if (isNewArticle(article)) {
      let at = last
      if (article.after) {
        const j = result.findIndex((a) => articleSegment(a.id) === articleSegment(article.after!))
        if (j >= 0) at = j
      }
      result.splice(at + 1, 0, article)
      last = at + 1
      continue
    }
    const segment = articleSegment(article.id)
    const index = result.findIndex((a) => !isNewArticle(a) && articleSegment(a.id) === segment)
    if (index < 0) {
      result.splice(last + 1, 0, article)
      last++
    } else if (article.status === 'repealed') {
      result.splice(index, 1)
      last = index - 1
    } else {
      result[index] = article
      last = index
    }
  }
  return result
}
