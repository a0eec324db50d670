import {createMessage, type Result} from '../../message/index.ts'
import type {Article, Division, Instrument} from '../../model/index.ts'
import {draftFromInstrument, draftMessage} from './amendments.ts'
import {reprefixArticle} from './match.ts'

/**
 * The base instrument with the draft applied: amended articles in the draft's wording, new articles in place
 * after the article they follow, repealed articles kept as "repealed" with no text (so the numbering reads
 * as it will). Ids stay those of the base (`ssl-2018/art-112/item-4`, `ssl-2018/art-new-1`), so findings and
 * comparisons on the consolidated text point at the provisions a reader of the base knows. Pure: the inputs
 * are not changed.
 */
export function applyDraft(draft: Instrument, base: Instrument): Result<Instrument> {
  const {value: amendments, messages} = draftFromInstrument(draft, base)
  const replaced = new Map<string, Article>()
  const inserted = new Map<string | undefined, Array<Article>>()
  const consolidatedId = (id: string): string => (id.startsWith(`${draft.id}/`) ? `${base.id}/${id.slice(draft.id.length + 1)}` : id)

  for (const amendment of amendments) {
    const own = reprefixArticle(amendment.article, draft.id, base.id)
    if (amendment.kind === 'replace-article' || amendment.kind === 'replace-provision') {
      replaced.set(amendment.base.id, {...own, id: amendment.base.id, status: 'proposed'})
    } else if (amendment.kind === 'repeal-article') {
      replaced.set(amendment.base.id, {...amendment.base, status: 'repealed', children: [], note: amendment.note})
    } else {
      const anchor = amendment.after === undefined ? undefined : consolidatedId(amendment.after)
      const list = inserted.get(anchor) ?? []
      list.push({...own, status: 'proposed', after: anchor})
      inserted.set(anchor, list)
    }
  }

  const placed = new Set<string | undefined>()
  // New articles after a new article: place them right after it, recursively.
  const withFollowers = (article: Article): Array<Article> => {
    placed.add(article.id)
    const followers = inserted.get(article.id) ?? []
    return [article, ...followers.flatMap(withFollowers)]
  }
  const rebuild = (nodes: Array<Division | Article>): Array<Division | Article> =>
    nodes.flatMap((node): Array<Division | Article> => {
      if (node.type === 'division') return [{...node, children: rebuild(node.children)}]
      return withFollowers(replaced.get(node.id) ?? node)
    })
  placed.add(undefined)
  const body: Array<Division | Article> = [...(inserted.get(undefined) ?? []).flatMap(withFollowers), ...rebuild(base.body)]
  for (const [anchor, list] of inserted) {
    if (placed.has(anchor)) continue
    for (const article of list) {
      const original = amendments.find((a) => reprefixArticle(a.article, draft.id, base.id).id === article.id)?.article
      messages.push(
        original
          ? draftMessage(draft, original, 'warning', `New article "${article.heading}" follows \`${anchor}\`, which is neither in ${base.id} nor in the draft: it is placed at the end`, 'unknown-anchor')
          : createMessage('warning', `A new article follows unknown \`${anchor}\`: placed at the end`, {file: draft.file, source: 'synoptic-drafting', ruleId: 'unknown-anchor'})
      )
      body.push(...withFollowers(article))
    }
  }

  const consolidated: Instrument = {
    ...base,
    notes: [base.notes, `Consolidated with the draft ${draft.id} ("${draft.title}")${draft.draftStatus ? `, ${draft.draftStatus}` : ''}.`].filter(Boolean).join(' '),
    body
  }
  return {value: consolidated, messages}
}
