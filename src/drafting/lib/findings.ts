import {checkCorpus, type Finding, type Rule} from '../../conformity/index.ts'
import {findInstrument, articlesOf, type Article, type Corpus, type Instrument} from '../../model/index.ts'
import {baseArticleOf, consolidatedArticles, isNewArticle} from '../../amendment/index.ts'

/**
 * The conformity findings of a draft: the checker run on the base with the draft applied, the draft taking the
 * place of any saved version of it in the corpus. What the drafting view shows as one types.
 *
 * `checker` (from `draftChecker()`) keeps what one version's check found for the next: pass the same one for
 * every version of a draft, and only the articles that changed are consolidated and matched again.
 */
export function draftFindings(draft: Instrument, corpus: Corpus, rules: ReadonlyArray<Rule>, checker?: DraftChecker): Array<Finding> {
  const base = draft.base ? findInstrument(corpus, draft.base) : undefined
  if (!base) return []
  const instruments = [...corpus.instruments.filter((i) => i.id !== draft.id), draft]
  return checkCorpus({...corpus, instruments}, rules, {instruments: [draft.id], ...(checker ? {consolidate: checker.consolidate} : {})})
}

/** What a check of one version of a draft keeps for the next: see `draftChecker`. */
export interface DraftChecker {
  consolidate: (draft: Instrument, base: Instrument) => Array<Article>
}

/**
 * Where each article of a draft goes in its consolidated text, and whether it is there at all: its id, the base
 * article it replaces, whether it is new, its status and what it follows. Two versions of a draft with the same
 * outline differ only in the words of their articles.
 */
function outlineOf(draft: Instrument, base: Instrument): string {
  return articlesOf(draft).map((a) => [a.id, a.number, baseArticleOf(a, base)?.id ?? '', isNewArticle(a), a.status, a.after ?? ''].join('\u0001')).join('\u0002')
}

/**
 * A checker for successive versions of one draft (the drafting view's, after each pause in typing). The
 * consolidated text puts each draft article in its base article's place (or after the one it follows), whatever
 * its words: so while a version keeps the outline of the one before (the same articles, new, repealed and
 * placed as before), its consolidated text is the previous one with the draft's articles swapped in. Only an
 * edit to the outline consolidates the whole draft again. The conformity matcher keeps its matches per article
 * object, so the unchanged articles (the same objects, as the editor keeps them) are not matched again either;
 * what spans articles (gaps, conflicts another provision clears) is recomputed from those matches.
 */
export function draftChecker(): DraftChecker {
  // One memory per draft: the checker consolidates every draft of the corpus, not only the one being typed.
  const memory = new Map<string, {base: Instrument; outline: string; articles: Array<Article>; slots: Map<string, number>}>()
  return {
    consolidate(draft, base) {
      const outline = outlineOf(draft, base)
      const last = memory.get(draft.id)
      if (last && last.base === base && last.outline === outline) {
        const articles = last.articles.slice()
        for (const a of articlesOf(draft)) {
          const slot = last.slots.get(a.id)
          if (slot !== undefined) articles[slot] = a
        }
        memory.set(draft.id, {...last, articles})
        return articles
      }
      const articles = consolidatedArticles(draft, base)
      const own = new Set(articlesOf(draft))
      const slots = new Map<string, number>()
      articles.forEach((a, i) => own.has(a) && slots.set(a.id, i))
      memory.set(draft.id, {base, outline, articles, slots})
      return articles
    }
  }
}

/**
 * A new version of a draft as sent to a checker that has the previous one (the drafting view's worker): the
 * articles that are the very objects of the previous version (the editor replaces only the article it edits)
 * go without their provisions, and `kept` names them, so the message carries one article's text rather than
 * the whole draft's, and the receiver keeps its own objects (and the matches it holds for them).
 */
export interface DraftUpdate {
  draft: Instrument
  kept: Array<string>
}

type BodyNode = Instrument['body'][number]

/** The update that turns `previous` (the version the receiver has, if any) into `next`. */
export function draftUpdate(previous: Instrument | undefined, next: Instrument): DraftUpdate {
  const before = new Map(previous && previous.id === next.id ? articlesOf(previous).map((a) => [a.id, a]) : [])
  const kept: Array<string> = []
  const strip = (node: BodyNode): BodyNode => {
    if (node.type === 'article') {
      if (before.get(node.id) !== node) return node
      kept.push(node.id)
      return {...node, children: []}
    }
    return node.type === 'division' ? {...node, children: node.children.map((c) => strip(c) as typeof c)} : node
  }
  return {draft: {...next, body: next.body.map(strip)}, kept}
}

/**
 * The version an update describes, on the receiver's side: its kept articles are the receiver's objects of
 * `previous`. Throws when it names an article `previous` lacks (the two sides disagree: send the whole draft).
 */
export function applyDraftUpdate(previous: Instrument | undefined, update: DraftUpdate): Instrument {
  if (update.kept.length === 0) return update.draft
  const before = new Map(previous ? articlesOf(previous).map((a) => [a.id, a]) : [])
  const kept = new Set(update.kept)
  const restore = (node: BodyNode): BodyNode => {
    if (node.type === 'article') {
      if (!kept.has(node.id)) return node
      const own = before.get(node.id)
      if (!own) throw new Error(`the draft update keeps ${node.id}, which the previous version does not have`)
      return own
    }
    return node.type === 'division' ? {...node, children: node.children.map((c) => restore(c) as typeof c)} : node
  }
  return {...update.draft, body: update.draft.body.map(restore)}
}
