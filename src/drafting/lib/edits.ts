// Edits of a draft as pure functions: each takes a draft and returns a new one, sharing what did not change,
// so the drafting view keeps every version for undo and redo and saves after each edit.
import {parseInstrument, serializeInstrument} from '../../corpus/index.ts'
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import {articlesOf, inlineToText, type Article, type DeclaredChange, type Division, type Inline, type Instrument, type Provision} from '../../model/index.ts'
import {declarationOf} from './redline.ts'
import type {WordingVariant} from './types.ts'
import {baseArticleOf, isNewArticle, reprefixArticle} from '../../amendment/index.ts'

/** What a new draft starts from. */
export interface NewDraft {
  id: string
  title: string
  author?: string | undefined
  /** YYYY-MM-DD. */
  date?: string | undefined
  status?: string | undefined
  file?: string | undefined
}

const nowhere = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}

/** An empty draft amending `base`. */
export function createDraft(base: Instrument, options: NewDraft): Instrument {
  return {
    type: 'instrument',
    id: options.id,
    title: options.title,
    date: options.date,
    kind: 'draft',
    jurisdiction: base.jurisdiction,
    language: base.language,
    provenance: {source: `Draft amending ${base.title}`, translation: base.provenance.translation},
    aliases: [],
    base: base.id,
    author: options.author,
    draftStatus: options.status ?? 'draft',
    extra: {},
    body: [],
    file: options.file ?? `drafts/${options.id}.md`,
    position: nowhere
  }
}

/** Replaces the articles of an instrument through `fn`, keeping divisions. */
function mapArticles(draft: Instrument, fn: (a: Article) => Array<Article>): Instrument {
  const walk = (nodes: Array<Division | Article>): Array<Division | Article> =>
    nodes.flatMap((n): Array<Division | Article> => (n.type === 'division' ? [{...n, children: walk(n.children)}] : fn(n)))
  return renumberNewArticles({...draft, body: walk(draft.body)})
}

/**
 * Gives the new articles of a draft the ids the parser would (`art-new-1`, `art-new-2`, … in order), updating
 * the `after` of articles that follow them, so that a saved and reloaded draft has the same ids.
 */
export function renumberNewArticles(draft: Instrument): Instrument {
  const renamed = new Map<string, string>()
  let n = 0
  for (const a of articlesOf(draft)) if (isNewArticle(a)) renamed.set(a.id, `${draft.id}/art-new-${++n}`)
  if ([...renamed].every(([from, to]) => from === to)) return draft
  const walk = (nodes: Array<Division | Article>): Array<Division | Article> =>
    nodes.map((node): Division | Article => {
      if (node.type === 'division') return {...node, children: walk(node.children)}
      const to = renamed.get(node.id)
      const after = node.after !== undefined ? (renamed.get(node.after) ?? node.after) : undefined
      const moved = to && to !== node.id ? reprefixArticle(node, node.id, to) : node
      return after === node.after ? moved : {...moved, after}
    })
  return {...draft, body: walk(draft.body)}
}

function findArticle(draft: Instrument, articleId: string): Article | undefined {
  return articlesOf(draft).find((a) => a.id === articleId)
}

function missing(draft: Instrument, articleId: string): SynopticMessage {
  return createMessage('error', `The draft has no article \`${articleId}\``, {file: draft.file, source: 'synoptic-drafting', ruleId: 'unknown-article'})
}

/**
 * The text of an article as the drafting view edits it: its paragraphs and lists in corpus-format Markdown,
 * without heading or metadata.
 */
export function articleBodyText(article: Article, draft: Instrument): string {
  const only: Instrument = {...draft, body: [{...article, status: 'proposed', after: undefined, subject: undefined, amendment: undefined, emphasis: undefined, provenance: draft.provenance}]}
  const text = serializeInstrument(only)
  const lines = text.split('\n')
  const heading = lines.findIndex((l) => /^#{1,6} /u.test(l))
  return lines.slice(heading + 1).join('\n').trim()
}

/**
 * Parses the body of an article as typed in the editor (paragraphs and lists). Messages give lines and columns
 * within `text`, and name the article as their file.
 */
function parseBody(draft: Instrument, article: Article, text: string): Result<Article | undefined> {
  const front = ['---', `id: ${draft.id}`, 'title: edit', 'kind: draft', `base: ${draft.base ?? 'base'}`, `jurisdiction: ${draft.jurisdiction || 'LA'}`, `language: ${draft.language || 'en'}`, 'source: edit', '---', '']
  const heading = isNewArticle(article) ? '## New Article' : `## Article ${article.number}`
  const head = [...front, heading, '']
  const offset = head.length
  const parsed = parseInstrument([...head, text].join('\n'), article.id)
  const messages: Array<SynopticMessage> = parsed.messages.map((m) => ({...m, line: Math.max(1, m.line - offset), place: undefined}))
  const read = parsed.value ? articlesOf(parsed.value) : []
  if (read.length !== 1) {
    const extra = read[1]
    if (extra) {
      messages.push(createMessage('error', 'An article\'s text cannot contain another article heading', {file: article.id, place: {line: Math.max(1, extra.position.start.line - offset), column: 1, offset: 0}, source: 'synoptic-drafting', ruleId: 'heading-in-text'}))
    }
    return {value: undefined, messages}
  }
  const fresh = read[0]!
  return {value: reprefixArticle(fresh, fresh.id, article.id), messages}
}

/**
 * Replaces the text of one article of the draft by `text` (paragraphs and lists in corpus-format Markdown).
 * When the text cannot be read (an error message), the draft is returned unchanged with the messages, so a
 * half-typed list never loses the article.
 */
export function replaceArticleText(draft: Instrument, articleId: string, text: string): Result<Instrument> {
  const article = findArticle(draft, articleId)
  if (!article) return {value: draft, messages: [missing(draft, articleId)]}
  const parsed = parseBody(draft, article, text)
  const errors = parsed.messages.filter((m) => m.severity === 'error' && m.ruleId !== 'empty-article')
  if (!parsed.value || errors.length > 0) return {value: draft, messages: parsed.messages}
  // What the drafter types into an article that declares its changes is declared: typing is proposing.
  const children = declarationOf(article) === 'declared' ? declareTyped(article.children, parsed.value.children) : parsed.value.children
  // Typing text into a repealed article revives it as a proposed one.
  const status = article.status === 'repealed' && children.length > 0 ? 'proposed' : article.status
  const next = mapArticles(draft, (a) => (a.id === articleId ? [{...a, children, status}] : [a]))
  return {value: next, messages: parsed.messages.filter((m) => m.ruleId !== 'empty-article')}
}

/** Changes an article's heading and note ("to be discussed"); `undefined` leaves a field as it is. */
export function setArticleHeading(draft: Instrument, articleId: string, heading: string | undefined, note?: string | null): Instrument {
  return mapArticles(draft, (a) => {
    if (a.id !== articleId) return [a]
    return [{...a, heading: heading ?? a.heading, note: note === null ? undefined : (note ?? a.note)}]
  })
}

/** Marks an article "(Amended)" or not, as Annex 1 does in its headings. */
export function setAmendedMark(draft: Instrument, articleId: string, amended: boolean): Instrument {
  return mapArticles(draft, (a) => (a.id === articleId ? [{...a, amended}] : [a]))
}

/** Where a base article goes among the draft's articles: after the last draft article it follows in the base. */
function insertInBaseOrder(draft: Instrument, base: Instrument, article: Article, baseArticle: Article): Instrument {
  const order = new Map(articlesOf(base).map((a, i) => [a.id, i]))
  const rank = order.get(baseArticle.id) ?? Infinity
  const list = articlesOf(draft)
  let index = 0
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!
    const target = baseArticleOf(a, base)
    if (target && (order.get(target.id) ?? Infinity) < rank) index = i + 1
    else if (!target && index === i) index = i + 1 // new articles after an earlier one stay with it
  }
  const anchor = list[index - 1]
  if (!anchor) return renumberNewArticles({...draft, body: [article, ...draft.body]})
  return mapArticles(draft, (a) => (a.id === anchor.id ? [a, article] : [a]))
}

/** Starts amending a base article: the draft gets a copy of it (in base order), ready to edit. */
export function amendArticle(draft: Instrument, base: Instrument, baseArticleId: string): Result<Instrument> {
  const target = articlesOf(base).find((a) => a.id === baseArticleId)
  if (!target) return {value: draft, messages: [createMessage('error', `${base.id} has no article \`${baseArticleId}\``, {file: draft.file, source: 'synoptic-drafting', ruleId: 'unknown-base-article'})]}
  const existing = articlesOf(draft).find((a) => baseArticleOf(a, base)?.id === baseArticleId)
  if (existing) return {value: draft, messages: []}
  const copy = reprefixArticle(target, base.id, draft.id)
  const article: Article = {...copy, status: 'proposed', provenance: draft.provenance, subject: undefined, after: undefined}
  return {value: insertInBaseOrder(draft, base, article, target), messages: []}
}

/**
 * Inserts a "New Article" after `afterArticleId` (a draft article; absent: at the start of the draft). It
 * follows that article's base article, or that new article.
 */
export function insertArticle(draft: Instrument, base: Instrument, afterArticleId: string | undefined, heading: string, text = ''): Result<Instrument> {
  const anchor = afterArticleId === undefined ? undefined : findArticle(draft, afterArticleId)
  if (afterArticleId !== undefined && !anchor) return {value: draft, messages: [missing(draft, afterArticleId)]}
  const after = anchor ? (isNewArticle(anchor) ? anchor.id : (baseArticleOf(anchor, base)?.id ?? anchor.id)) : undefined
  const placeholder: Article = {
    type: 'article',
    id: `${draft.id}/art-new-0`,
    number: 'New',
    heading,
    amended: false,
    status: 'proposed',
    provenance: draft.provenance,
    after,
    children: [],
    position: nowhere
  }
  let parsedChildren: Article['children'] = []
  const messages: Array<SynopticMessage> = []
  if (text.trim() !== '') {
    const parsed = parseBody(draft, placeholder, text)
    messages.push(...parsed.messages)
    if (!parsed.value) return {value: draft, messages}
    parsedChildren = parsed.value.children
  }
  const article = {...placeholder, children: parsedChildren}
  // A new article that followed the same place now follows the inserted one, as the draft's order says.
  const list = articlesOf(draft)
  const follower = list[anchor ? list.indexOf(anchor) + 1 : 0]
  const relink = (a: Article): Article => (a === follower && isNewArticle(a) && a.after === after ? {...a, after: article.id} : a)
  const next = anchor
    ? mapArticles(draft, (a) => (a.id === anchor.id ? [a, article] : [relink(a)]))
    : renumberNewArticles({...draft, body: [article, ...draft.body.map((n) => (n.type === 'article' ? relink(n) : n))]})
  return {value: next, messages}
}

/** Repeals a base article: the draft's article for it (added if need be) becomes "repealed" with no text. */
export function repealArticle(draft: Instrument, base: Instrument, baseArticleId: string): Result<Instrument> {
  const amended = amendArticle(draft, base, baseArticleId)
  if (amended.messages.length > 0) return amended
  const target = articlesOf(base).find((a) => a.id === baseArticleId)!
  const next = mapArticles(amended.value, (a) => (baseArticleOf(a, base)?.id === target.id ? [{...a, status: 'repealed', children: []}] : [a]))
  return {value: next, messages: []}
}

/**
 * Withdraws an article from the draft: an amended article goes back to the base text, a new article is
 * dropped (articles that followed it now follow what it followed).
 */
export function removeArticle(draft: Instrument, articleId: string): Instrument {
  const article = findArticle(draft, articleId)
  if (!article) return draft
  return mapArticles(draft, (a) => {
    if (a.id === articleId) return []
    return a.after === articleId ? [{...a, after: article.after}] : [a]
  })
}

/** The draft as a corpus file, for saving and for "export the draft file". */
export function draftFileText(draft: Instrument): string {
  return serializeInstrument(draft)
}


/** Merges overlapping or touching inclusions, and keeps the list in order. */
function tidyDeclared(list: ReadonlyArray<DeclaredChange>): Array<DeclaredChange> | undefined {
  const inserts = list.filter((d): d is Extract<DeclaredChange, {kind: 'insert'}> => d.kind === 'insert' && d.end > d.start).sort((a, b) => a.start - b.start)
  const merged: Array<Extract<DeclaredChange, {kind: 'insert'}>> = []
  for (const d of inserts) {
    const last = merged.at(-1)
    if (last && d.start <= last.end) last.end = Math.max(last.end, d.end)
    else merged.push({...d})
  }
  const seen = new Set<string>()
  const deletes = list.filter((d) => d.kind === 'delete' && !seen.has(`${d.at}:${d.text}`) && seen.add(`${d.at}:${d.text}`) !== undefined)
  const out: Array<DeclaredChange> = [...deletes, ...merged].sort((a, b) => (a.kind === 'insert' ? a.start : a.at) - (b.kind === 'insert' ? b.start : b.at))
  return out.length > 0 ? out : undefined
}

/** The stretch two versions of a text differ in: one typing event changes one place. */
function typedStretch(before: string, after: string): {start: number; removed: string; inserted: number} {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let end = 0
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  return {start, removed: before.slice(start, before.length - end), inserted: after.length - end - start}
}

/** Declares what was typed: new provisions wholly, changed words of existing ones where they changed. */
function declareTyped(before: ReadonlyArray<Provision>, after: Array<Provision>): Array<Provision> {
  const old = new Map<string, Provision>()
  const walk = (list: ReadonlyArray<Provision>): void => {
    for (const p of list) {
      old.set(p.id, p)
      if (p.type === 'item') walk(p.children)
    }
  }
  walk(before)
  const visit = (list: Array<Provision>): Array<Provision> =>
    list.map((p): Provision => {
      const children = p.type === 'item' ? visit(p.children) : undefined
      const was = old.get(p.id)
      const text = inlineToText(p.content)
      let declared: Array<DeclaredChange> = [...(p.declared ?? [])]
      if (!was) {
        if (declared.length === 0 && text !== '') declared = [{kind: 'insert', start: 0, end: text.length}]
      } else {
        const previous = inlineToText(was.content)
        // The editor's text shows only the markers it was opened with: what was declared since is kept.
        if (previous === text) declared.push(...(was.declared ?? []))
        else {
          const stretch = typedStretch(previous, text)
          const removedEnd = stretch.start + stretch.removed.length
          const delta = stretch.inserted - stretch.removed.length
          // What was declared before this keystroke stays declared, moved with the text after the change.
          for (const d of was.declared ?? []) {
            if (d.kind === 'insert') {
              const start = d.start >= removedEnd ? d.start + delta : Math.min(d.start, stretch.start)
              const end = d.end >= removedEnd ? d.end + delta : Math.min(d.end, stretch.start)
              if (end > start) declared.push({kind: 'insert', start, end})
            } else if (d.at <= stretch.start || d.at >= removedEnd) {
              declared.push({...d, at: d.at >= removedEnd ? d.at + delta : d.at})
            }
          }
          if (stretch.inserted > 0) declared.push({kind: 'insert', start: stretch.start, end: stretch.start + stretch.inserted})
          // Words removed from the base's wording are struck; words the drafter had typed themselves just go.
          const ownBefore = (was.declared ?? []).some((d) => d.kind === 'insert' && d.start <= stretch.start && removedEnd <= d.end)
          if (stretch.removed.trim() !== '' && !ownBefore) declared.push({kind: 'delete', at: stretch.start, text: stretch.removed})
        }
      }
      const next = {...p, declared: tidyDeclared(declared)}
      return children ? ({...next, children} as Provision) : next
    })
  return visit(after)
}

/** Replaces the characters `start` to `end` of inline content by `text` (plain), keeping the formatting around. */
function replaceRange(content: ReadonlyArray<Inline>, start: number, end: number, text: string): Array<Inline> {
  let pos = 0
  let placed = false
  const walk = (nodes: ReadonlyArray<Inline>): Array<Inline> => {
    const out: Array<Inline> = []
    for (const node of nodes) {
      if (node.type !== 'text') {
        const children = walk(node.children)
        if (children.length > 0) out.push({...node, children})
        continue
      }
      const from = pos
      pos += node.value.length
      if (pos < start || from > end) {
        out.push(node)
        continue
      }
      const a = Math.max(0, start - from)
      const b = Math.min(node.value.length, end - from)
      const value = node.value.slice(0, a) + (placed ? '' : text) + node.value.slice(b)
      placed = true
      if (value !== '') out.push({type: 'text', value})
    }
    return out
  }
  const out = walk(content)
  if (!placed) out.push({type: 'text', value: text})
  return out
}

function mapProvision(draft: Instrument, articleId: string, provisionId: string, fn: (p: Provision) => Provision): Instrument {
  const walk = (list: Array<Provision>): Array<Provision> =>
    list.map((p) => (p.id === provisionId ? fn(p) : p.type === 'item' ? {...p, children: walk(p.children)} : p))
  return mapArticles(draft, (a) => (a.id === articleId ? [{...a, children: walk(a.children)}] : [a]))
}

/**
 * Takes the base's wording for a wording variant: the draft's words in its place are replaced by the base's
 * (a heading variant takes the base heading). The draft then no longer differs there.
 */
export function acceptBaseWording(draft: Instrument, base: Instrument, articleId: string, variant: WordingVariant): Instrument {
  const article = findArticle(draft, articleId)
  if (!article) return draft
  if (variant.id === articleId) {
    const target = baseArticleOf(article, base)
    return target ? setArticleHeading(draft, articleId, target.heading) : draft
  }
  if (!variant.id || variant.start === undefined || variant.end === undefined) return draft
  const {start, end} = variant
  const text = variant.base ? variant.base + (variant.draft === '' ? ' ' : '') : ''
  const delta = text.length - (end - start)
  return mapProvision(draft, articleId, variant.id, (p) => {
    const declared = (p.declared ?? []).map((d): DeclaredChange =>
      d.kind === 'insert' ? {...d, start: d.start >= end ? d.start + delta : d.start, end: d.end >= end ? d.end + delta : d.end} : {...d, at: d.at >= end ? d.at + delta : d.at})
    return {...p, content: replaceRange(p.content, start, end, text), declared: tidyDeclared(declared)}
  })
}

/** Declares a wording variant an amendment: the draft's words become an inclusion, the base's a deletion. */
export function declareAmendment(draft: Instrument, articleId: string, variant: WordingVariant): Instrument {
  if (!variant.id || variant.id === articleId || variant.start === undefined || variant.end === undefined) return draft
  const {start, end} = variant
  return mapProvision(draft, articleId, variant.id, (p) => {
    const declared: Array<DeclaredChange> = [...(p.declared ?? [])]
    if (variant.base) declared.push({kind: 'delete', at: start, text: variant.base})
    if (end > start) declared.push({kind: 'insert', start, end})
    return {...p, declared: tidyDeclared(declared)}
  })
}
