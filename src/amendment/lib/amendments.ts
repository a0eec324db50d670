import {diffProvisions, type ProvisionDiff} from '../../compare/index.ts'
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import {articlesOf, type Article, type Instrument, type Provision} from '../../model/index.ts'
import {baseArticleOf, isNewArticle} from './match.ts'
import type {Amendment} from './types.ts'

/** A problem with how a draft relates to its base, at the draft article's heading. */
export function draftMessage(draft: Instrument, article: Article, severity: 'error' | 'warning', reason: string, ruleId: string, note?: string): SynopticMessage {
  return createMessage(severity, reason, {file: draft.file, place: article.position, source: 'synoptic-drafting', ruleId, note})
}

/** Checks that `base` is the instrument the draft names. */
export function checkBase(draft: Instrument, base: Instrument): Array<SynopticMessage> {
  if (draft.kind !== 'draft') {
    return [createMessage('error', `${draft.id} is not a draft (kind: ${draft.kind})`, {file: draft.file, place: draft.position, source: 'synoptic-drafting', ruleId: 'not-a-draft'})]
  }
  if (draft.base !== base.id && !base.aliases.includes(draft.base ?? '')) {
    return [createMessage('error', `The draft amends \`${draft.base ?? '(no base)'}\`, not \`${base.id}\``, {file: draft.file, place: draft.position, source: 'synoptic-drafting', ruleId: 'wrong-base'})]
  }
  return []
}

/**
 * Provision-level changes when an article keeps its structure and heading and only the wording of some
 * paragraphs or items changes; undefined when provisions were added, removed or moved (then the article is
 * replaced as a whole).
 */
function changedProvisionsOnly(diff: ProvisionDiff): Array<{base: Provision; draft: Provision}> | undefined {
  if (diff.text.some((c) => c.kind !== 'equal')) return undefined
  const out: Array<{base: Provision; draft: Provision}> = []
  const visit = (d: ProvisionDiff): boolean => {
    if (d.kind === 'insert' || d.kind === 'delete') return false
    if (d.kind === 'equal') return true
    if (d.text.some((c) => c.kind !== 'equal')) {
      // A changed provision counts once, with its sub-provisions, unless only they differ.
      if (!d.children.every((c) => c.kind !== 'insert' && c.kind !== 'delete')) return false
      out.push({base: d.a as Provision, draft: d.b as Provision})
      return true
    }
    return d.children.every(visit)
  }
  return diff.children.every(visit) ? out : undefined
}

/**
 * The amendments a draft makes to its base, in the draft's order. Articles the draft repeats unchanged give
 * none. An article number the base lacks is read as a new article (with a warning: such an article should be
 * headed "New Article"); repealing an article the base lacks is an error.
 */
export function draftFromInstrument(draft: Instrument, base: Instrument): Result<Array<Amendment>> {
  const messages = checkBase(draft, base)
  const amendments: Array<Amendment> = []
  if (messages.length > 0) return {value: amendments, messages}
  const language = draft.language || base.language
  let previous: string | undefined
  for (const article of articlesOf(draft)) {
    const note = article.note
    const target = baseArticleOf(article, base)
    if (isNewArticle(article)) {
      amendments.push({kind: 'insert-article', article, after: article.after ?? previous, note})
    } else if (!target) {
      if (article.status === 'repealed') {
        messages.push(draftMessage(draft, article, 'error', `Article ${article.number} cannot be repealed: ${base.id} has no Article ${article.number}`, 'unknown-base-article'))
      } else {
        messages.push(draftMessage(draft, article, 'warning', `${base.id} has no Article ${article.number}: it is treated as a new article`, 'unknown-base-article', 'head it "New Article" to insert an article'))
        amendments.push({kind: 'insert-article', article, after: previous, note})
      }
    } else if (article.status === 'repealed') {
      amendments.push({kind: 'repeal-article', article, base: target, note})
    } else if (target.status === 'not-available' || target.status === 'repealed') {
      amendments.push({kind: 'replace-article', article, base: target, comparable: false, note})
    } else {
      const diff = diffProvisions(target, article, {language})
      if (diff.kind !== 'equal') {
        const only = changedProvisionsOnly(diff)
        if (only && only.length > 0) {
          for (const p of only) amendments.push({kind: 'replace-provision', article, base: target, baseProvision: p.base, provision: p.draft, note})
        } else {
          amendments.push({kind: 'replace-article', article, base: target, comparable: true, note})
        }
      }
    }
    previous = isNewArticle(article) || !target ? article.id : target.id
  }
  return {value: amendments, messages}
}

