import {articlesOf, type Article, type Instrument} from '../../model/index.ts'
import {applyDraft} from './apply.ts'
import {baseArticleOf, reprefixArticle} from './match.ts'

/**
 * The consolidated articles of a draft over its base, with the draft's own ids on the draft's articles
 * (`annex-1/art-112/item-4`) and the base's on the rest, so that a finding on text the drafter wrote points
 * at the draft, and one on untouched text at the base. Repealed articles are left out (they have no text).
 */
export function consolidatedArticles(draft: Instrument, base: Instrument): Array<Article> {
  const own = new Map<string, Article>()
  for (const article of articlesOf(draft)) {
    const target = baseArticleOf(article, base)
    own.set(target ? target.id : reprefixArticle(article, draft.id, base.id).id, article)
  }
  return articlesOf(applyDraft(draft, base).value)
    .filter((a) => a.status !== 'repealed')
    .map((a) => own.get(a.id) ?? a)
}
