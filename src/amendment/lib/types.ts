import type {Article, Provision} from '../../model/index.ts'

/**
 * One change a draft makes to its base instrument. A draft file gives each amended article in full; the
 * amendment says what that amounts to:
 * - `replace-article`: the article as the draft words it replaces the base article (an item added, the
 *   structure changed, or the base text is not available to compare with);
 * - `replace-provision`: only the wording of one paragraph or item changed (one amendment per changed provision);
 * - `insert-article`: a "New Article", placed after a base article (or after an earlier new one);
 * - `repeal-article`: the base article is repealed.
 */
export type Amendment = ReplaceArticle | ReplaceProvision | InsertArticle | RepealArticle

interface AmendmentBase {
  /** The draft's article this amendment comes from. */
  article: Article
  /** The draft's note on the article, e.g. "to be discussed". */
  note?: string | undefined
}

export interface ReplaceArticle extends AmendmentBase {
  kind: 'replace-article'
  /** The base article replaced. */
  base: Article
  /** False when the base article's text is not available: there is nothing to compare the new text with. */
  comparable: boolean
}

export interface ReplaceProvision extends AmendmentBase {
  kind: 'replace-provision'
  base: Article
  /** The paragraph or item in the base article. */
  baseProvision: Provision
  /** Its new wording in the draft. */
  provision: Provision
}

export interface InsertArticle extends AmendmentBase {
  kind: 'insert-article'
  /** Id of the article it follows: a base article (`ssl-2018/art-113`) or an earlier new one (`annex-1/art-new-1`); absent: at the start. */
  after?: string | undefined
}

export interface RepealArticle extends AmendmentBase {
  kind: 'repeal-article'
  base: Article
}

