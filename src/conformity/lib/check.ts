import {
  articlesOf, findInstrument, findProvision, inlineToText, walkProvisions,
  type Article, type Corpus, type Division, type Instrument, type InstrumentKind, type Provision
} from '../../model/index.ts'
import {consolidateDraft, frameworks as defaultFrameworks} from './frameworks.ts'
import {articleTriggerIndexOf, inRuleContext, triggerIndexOf, unitOf, type Surroundings, type TriggerIndex, type Unit} from './match.ts'
import {distinctFindings} from './distinct.ts'
import type {CheckOptions, Finding, FindingMatch, Framework, Rule, Standard} from './types.ts'

/** A rule tripped in one provision (or, for article-level rules, one article) of an article. */
interface Hit {
  rule: Rule
  /** Provision id, or the article id for article-level rules. */
  id: string
  match: FindingMatch
}

/** The text of a provision that is its own, without its sub-items: label and first block (a prefix of `provisionText`). */
function ownText(provision: Provision): string {
  const content = plainText(provision.content)
  if (provision.type === 'paragraph' || !provision.label) return content
  return content ? `${provision.label} ${content}` : provision.label
}

/** `inlineToText`, without an array per node: a provision's text is most often one text node. */
function plainText(nodes: Provision['content']): string {
  if (nodes.length === 1 && nodes[0]!.type === 'text') return nodes[0]!.value
  let text = ''
  for (const node of nodes) text += node.type === 'text' ? node.value : inlineToText(node.children)
  return text
}

function hasText(article: Article): boolean {
  return article.status !== 'not-available' && article.status !== 'repealed'
}

/** The headings above an article: its enclosing divisions' headings and its instrument's title, outermost first. */
export type HeadingsOf = (article: Article) => ReadonlyArray<string>

/** The division headings and the instrument title above each article of an instrument. */
export function headingsByArticle(instrument: Instrument, into = new Map<Article, Array<string>>()): Map<Article, Array<string>> {
  const visit = (nodes: ReadonlyArray<Division | Article>, above: Array<string>): void => {
    for (const node of nodes) {
      if (node.type === 'article') into.set(node, above)
      else visit(node.children, node.heading ? [...above, node.heading] : above)
    }
  }
  visit(instrument.body, [instrument.title])
  return into
}

/** A text the matcher may need, cut into words only when it does. */
class LazyUnit {
  private cut: Unit | undefined
  constructor(readonly text: string) {}
  get unit(): Unit {
    return (this.cut ??= unitOf(this.text))
  }
}

/** One provision of an article as the matcher reads it: its own text, cut once when needed, and what introduces it. */
interface Part {
  id: string
  own: LazyUnit
  /** The texts that introduce it: the sentence before its list, its parent items. */
  around: Array<LazyUnit>
  offset: number
}

/**
 * Hits per rule list, kept across checks: by article object, and for a draft's articles (status `proposed`) also
 * by what the article is (its headings, ids and words), since the drafting view checks the draft again after
 * every edit and the amendment model makes new article objects each time, though only the edited one changed.
 */
const hitCache = new WeakMap<ReadonlyArray<Rule>, Map<string, Array<Hit>>>()
const objectCache = new WeakMap<ReadonlyArray<Rule>, WeakMap<Article, {headings: string; hits: Array<Hit>}>>()
/** Draft articles remembered per rule list before the cache starts afresh. */
const HIT_CACHE_SIZE = 5_000

/** What an article is, for the cache: the headings above it, its id, heading, status and every provision's id and words. */
function articleKey(article: Article, headings: ReadonlyArray<string>): string {
  const parts = [headings.join('\u0003'), article.id, article.heading, article.status]
  walkProvisions(article.children, (p) => parts.push(p.id, ownText(p)))
  return parts.join('\u0001')
}

/** Runs every rule that has triggers on every provision of an article; cached per article object. */
class Matcher {
  private readonly cache: Map<string, Array<Hit>>
  /** The hits of each article object seen, with the headings they were matched under. */
  private readonly seen: WeakMap<Article, {headings: string; hits: Array<Hit>}>
  private readonly articleRules: Array<Rule>
  private readonly index: TriggerIndex
  private readonly articleIndex: TriggerIndex
  private readonly order: Map<Rule, number>

  constructor(rules: ReadonlyArray<Rule>, private readonly headingsOf: HeadingsOf = () => []) {
    let cache = hitCache.get(rules)
    if (!cache) hitCache.set(rules, (cache = new Map()))
    this.cache = cache
    let seen = objectCache.get(rules)
    if (!seen) objectCache.set(rules, (seen = new WeakMap()))
    this.seen = seen
    this.index = triggerIndexOf(rules)
    this.articleIndex = articleTriggerIndexOf(rules)
    this.order = new Map(rules.map((r, n) => [r, n]))
    const withTriggers = rules.filter((r) => r.triggers.length > 0)
    this.articleRules = withTriggers.filter((r) => r.scope === 'article')
  }

  hits(article: Article): Array<Hit> {
    const above = this.headingsOf(article)
    const headingKey = above.join('\u0003')
    const mine = this.seen.get(article)
    if (mine && mine.headings === headingKey) return mine.hits
    const key = article.status === 'proposed' ? articleKey(article, above) : undefined
    const cached = key === undefined ? undefined : this.cache.get(key)
    if (cached) {
      this.seen.set(article, {headings: headingKey, hits: cached})
      return cached
    }
    const hits: Array<Hit> = []
    // Each provision's own text, cut into words once, and only when some trigger may trip in it (one scan of
    // the text for all rules' trigger words). `articleText` is these texts joined by line breaks, and no match or
    // neutraliser crosses a line break, so article-level rules are matched on them too.
    const parts: Array<Part> = []
    if (hasText(article)) {
      let offset = 0
      const walk = (list: ReadonlyArray<Provision>, above: Array<LazyUnit>): void => {
        let lead: LazyUnit | undefined
        for (const provision of list) {
          const text = ownText(provision)
          const own = new LazyUnit(text)
          const around = provision.type === 'item' && lead ? [...above, lead] : above
          parts.push({id: provision.id, own, around, offset})
          offset += text.length + 1
          if (provision.type === 'paragraph') lead = own
          else if (provision.children.length > 0) walk(provision.children, [...around, own])
        }
      }
      walk(article.children, [])
    }
    let headings: Array<Unit> | undefined
    const surroundings = (part: Part): Surroundings => {
      headings ??= [...above, article.heading].filter(Boolean).map(unitOf)
      return {around: part.around.map((u) => u.unit), headings}
    }
    const matches: Array<ReadonlyMap<Rule, FindingMatch>> = []
    for (const part of parts) {
      if (!this.index.mayTrip(part.own.text)) {
        matches.push(none)
        continue
      }
      const unit = part.own.unit
      const found = this.index.matches(unit)
      if (found.size === 0) {
        matches.push(found)
        continue
      }
      const kept = new Map<Rule, FindingMatch>()
      const around = surroundings(part)
      for (const [rule, match] of found) if (inRuleContext(rule, unit, around)) kept.set(rule, match)
      matches.push(kept)
    }
    parts.forEach((part, n) => {
      const before = hits.length
      for (const [rule, match] of matches[n]!) if (rule.scope === 'provision') hits.push({rule, id: part.id, match})
      // Findings of one provision in the order of the rules, whatever order the index found them in.
      if (hits.length - before > 1) {
        const own = hits.splice(before).sort((a, b) => this.order.get(a.rule)! - this.order.get(b.rule)!)
        hits.push(...own)
      }
    })
    if (this.articleRules.length > 0) {
      // Only the article-level rules are asked of the heading: an index of their triggers alone.
      const heading = article.heading ? this.articleIndex.matches(unitOf(article.heading)) : undefined
      for (const rule of this.articleRules) {
        let hit: Hit | undefined
        for (let n = 0; n < parts.length; n++) {
          const match = matches[n]!.get(rule)
          if (match) {
            const offset = parts[n]!.offset
            hit = {rule, id: article.id, match: {text: match.text, start: match.start + offset, end: match.end + offset}}
            break
          }
        }
        const inHeading = heading?.get(rule)
        if (!hit && inHeading && inRuleContext(rule, unitOf(article.heading), {around: [], headings: above.map(unitOf)})) {
          hit = {rule, id: article.id, match: {...inHeading, inHeading: true}}
        }
        if (hit) hits.push(hit)
      }
    }
    if (key !== undefined) {
      if (this.cache.size >= HIT_CACHE_SIZE) this.cache.clear()
      this.cache.set(key, hits)
    }
    this.seen.set(article, {headings: headingKey, hits})
    return hits
  }
}

const none: ReadonlyMap<Rule, FindingMatch> = new Map()

/** `c081/art-12/item-1/item-a` from `C081` and `12(1)(a)`. */
function derivedProvision(standard: Standard): string | undefined {
  if (standard.provision) return standard.provision
  const m = /^\s*(\d+[a-z]*)\s*((?:\(\s*[\p{L}\p{N}]+\s*\))*)\s*$/iu.exec(standard.article)
  if (!m) return undefined
  const items = [...m[2]!.matchAll(/\(\s*([\p{L}\p{N}]+)\s*\)/gu)].map((x) => `item-${x[1]!.toLowerCase()}`)
  return [standard.instrument.toLowerCase(), `art-${m[1]!.toLowerCase()}`, ...items].join('/')
}

/** The deepest existing provision id on the way to the standard's article; undefined when even the article is missing. */
function resolvedProvision(corpus: Corpus, standard: Standard): string | undefined {
  const id = derivedProvision(standard)
  if (!id) return undefined
  const parts = id.split('/')
  for (let n = parts.length; n >= 2; n--) {
    const candidate = parts.slice(0, n).join('/')
    const found = findProvision(corpus, candidate)
    if (found) return found.provision?.id ?? found.article.id
  }
  return undefined
}

function withProvisions(standards: ReadonlyArray<Standard>, resolve: (s: Standard) => string | undefined): Array<Standard> {
  return standards.map((s) => {
    const provision = resolve(s)
    return {instrument: s.instrument, article: s.article, ...(provision ? {provision} : {}), ...(s.note ? {note: s.note} : {})}
  })
}

/** One framework as checked: its instruments (a draft standing in for its base) and their articles. */
interface FrameworkView {
  framework: Framework
  /** The instrument findings of the framework belong to: its lead, or the draft checked with it. */
  lead: string
  parts: Array<{instrument: Instrument; kind: InstrumentKind; articles: Array<Article>}>
  /** Framework instruments the corpus lacks. */
  missing: Array<string>
}

function kindOf(instrument: Instrument, corpus: Corpus): InstrumentKind {
  if (instrument.kind !== 'draft' || !instrument.base) return instrument.kind
  return findInstrument(corpus, instrument.base)?.kind ?? instrument.kind
}

/** Checks a corpus: conflicts and conforming provisions per provision, gaps and harmonization per framework. */
export function checkCorpus(corpus: Corpus, rules: ReadonlyArray<Rule>, options: CheckOptions = {}): Array<Finding> {
  const frameworks = options.frameworks ?? defaultFrameworks
  const consolidate = options.consolidate ?? consolidateDraft
  // Headings above each article, for the rules' contexts: a draft's own articles read under its base's.
  const headings = new Map<Article, Array<string>>()
  for (const instrument of corpus.instruments) headingsByArticle(instrument, headings)
  // Looked for once: the headings of each article ask whether a draft holds it.
  const draftsWithBase = corpus.instruments.filter((i) => i.kind === 'draft' && i.base)
  // The headings of the articles a draft's articles may stand for, by instrument and number: only with drafts.
  const byNumber = new Map<string, Array<string>>()
  if (draftsWithBase.length > 0) {
    for (const instrument of corpus.instruments) {
      if (instrument.kind === 'draft' || instrument.jurisdiction === 'ILO') continue
      for (const article of articlesOf(instrument)) byNumber.set(`${instrument.id}#${article.number}`, headings.get(article) ?? [])
    }
  }
  const matcher = new Matcher(rules, (article) => {
    const own = headings.get(article)
    if (!own) return []
    if (draftsWithBase.length === 0) return own
    const draft = draftsWithBase.find((i) => article.id.startsWith(`${i.id}/`))
    const base = draft?.base ? findInstrument(corpus, draft.base) : undefined
    return base ? [...(byNumber.get(`${base.id}#${article.number}`) ?? [base.title]), ...own] : own
  })
  const standardsCache = new Map<Rule, Array<Standard>>()
  const standardsOf = (rule: Rule): Array<Standard> => {
    let s = standardsCache.get(rule)
    if (!s) standardsCache.set(rule, (s = withProvisions(rule.standards, (x) => resolvedProvision(corpus, x))))
    return s
  }
  const national = corpus.instruments.filter((i) => i.jurisdiction !== 'ILO')
  const drafts = national.filter((i) => i.kind === 'draft' && i.base && findInstrument(corpus, i.base))
  const baseOf = (draft: Instrument): Instrument => findInstrument(corpus, draft.base!)!
  const consolidated = new Map<Instrument, Array<Article>>(drafts.map((d) => [d, consolidate(d, baseOf(d))]))

  const selected = options.instruments?.map((id) => findInstrument(corpus, id)).filter((i): i is Instrument => i !== undefined)
  const frameworkOf = (instrument: Instrument): Framework | undefined => {
    const id = instrument.kind === 'draft' && instrument.base ? baseOf(instrument).id : instrument.id
    return frameworks.find((f) => f.instruments.some((x) => findInstrument(corpus, x)?.id === id))
  }

  // Frameworks: each as it stands, and with each draft of one of its instruments applied.
  const baseView = (framework: Framework): FrameworkView => {
    const found = framework.instruments.map((id) => ({id, instrument: findInstrument(corpus, id)}))
    const parts = found.filter((f) => f.instrument).map((f) => ({instrument: f.instrument!, kind: f.instrument!.kind, articles: articlesOf(f.instrument!)}))
    return {framework, lead: parts[0]?.instrument.id ?? framework.instruments[0] ?? framework.id, parts, missing: found.filter((f) => !f.instrument).map((f) => f.id)}
  }
  const draftView = (framework: Framework, draft: Instrument): FrameworkView => {
    const view = baseView(framework)
    const base = baseOf(draft)
    return {
      ...view,
      lead: draft.id,
      parts: view.parts.map((p) => (p.instrument === base ? {instrument: draft, kind: p.kind, articles: consolidated.get(draft)!} : p))
    }
  }
  const hitsOf = (view: FrameworkView, ids: ReadonlySet<string>, kinds: ReadonlyArray<InstrumentKind>): Array<Hit> => {
    const out: Array<Hit> = []
    for (const part of view.parts) {
      if (kinds.length > 0 && !kinds.includes(part.kind)) continue
      for (const article of part.articles) for (const hit of matcher.hits(article)) if (ids.has(hit.rule.id)) out.push(hit)
    }
    return out
  }
  const hitsIn = (view: FrameworkView, rule: Rule): Array<Hit> => hitsOf(view, new Set([rule.id, ...rule.satisfiedBy]), rule.instrumentKinds)

  const findings: Array<Finding> = []

  // Conflicts and conforming provisions, provision by provision.
  const checked = selected ?? national
  for (const instrument of checked) {
    const isDraft = consolidated.has(instrument)
    // In a whole-corpus check a draft contributes only its own articles: its base is checked on its own.
    const articles = isDraft && selected ? consolidated.get(instrument)! : articlesOf(instrument)
    const kind = kindOf(instrument, corpus)
    const framework = frameworkOf(instrument)
    // The framework the instrument is read in, for conflicts another provision clears.
    const context: FrameworkView = framework
      ? (isDraft ? draftView(framework, instrument) : baseView(framework))
      : {framework: {id: 'labour', name: '', instruments: []}, lead: instrument.id, parts: [{instrument, kind, articles: isDraft ? consolidated.get(instrument)! : articles}], missing: []}
    const cleared = new Map<Rule, boolean>()
    const isCleared = (rule: Rule): boolean => {
      if (rule.clearedBy.length === 0) return false
      let value = cleared.get(rule)
      if (value === undefined) cleared.set(rule, (value = hitsOf(context, new Set(rule.clearedBy), []).length > 0))
      return value
    }
    for (const article of articles) {
      for (const hit of matcher.hits(article)) {
        const rule = hit.rule
        if (rule.kind !== 'conflict' && rule.kind !== 'conforms' && rule.kind !== 'partial') continue
        if (rule.instrumentKinds.length > 0 && !rule.instrumentKinds.includes(kind)) continue
        if (isCleared(rule)) continue
        findings.push({
          rule: rule.id, title: rule.title, status: rule.kind, provision: hit.id,
          ...(framework ? {framework: framework.id} : {}),
          instrument: instrument.id, standards: standardsOf(rule), reason: rule.reason,
          recommendation: rule.recommendation, match: hit.match
        })
      }
    }
  }

  const views: Array<FrameworkView> = []
  for (const framework of frameworks) {
    const inFramework = (i: Instrument) => frameworkOf(i) === framework
    const frameworkDrafts = drafts.filter(inFramework)
    if (!selected || selected.some((i) => inFramework(i) && !consolidated.has(i))) views.push(baseView(framework))
    for (const draft of frameworkDrafts) {
      if (!selected || selected.includes(draft)) views.push(draftView(framework, draft))
    }
  }
  const unchecked = (view: FrameworkView): string => {
    const without = view.parts.reduce((n, p) => n + p.articles.filter((a) => !hasText(a)).length, 0)
    const notes: Array<string> = []
    if (without > 0) notes.push(`${without} article${without === 1 ? '' : 's'} of the ${view.framework.name} framework ${without === 1 ? 'is' : 'are'} cited without text and could not be checked`)
    if (view.missing.length > 0) notes.push(`${view.missing.join(', ')} ${view.missing.length === 1 ? 'is' : 'are'} not in the corpus`)
    return notes.length > 0 ? ` (Checked against the text the corpus holds of ${view.parts.map((p) => p.instrument.id).join(', ')}; ${notes.join('; ')}.)` : ''
  }
  const baseViews = new Map(frameworks.map((f) => [f.id, baseView(f)]))
  for (const view of views) {
    for (const rule of rules) {
      if (!rule.frameworks.includes(view.framework.id)) continue
      if (rule.kind === 'gap') {
        if (hitsIn(view, rule).length > 0) continue
        findings.push({
          rule: rule.id, title: rule.title, status: 'gap', provision: null, framework: view.framework.id,
          instrument: view.lead, standards: standardsOf(rule), reason: rule.reason + unchecked(view),
          recommendation: rule.recommendation
        })
      } else if (rule.kind === 'harmonization') {
        if (hitsIn(view, rule).length > 0) continue
        for (const other of baseViews.values()) {
          if (other.framework.id === view.framework.id || !rule.frameworks.includes(other.framework.id)) continue
          const reason = rule.reason.replaceAll('{has}', other.framework.name).replaceAll('{lacks}', view.framework.name)
          for (const hit of hitsIn(other, rule)) {
            findings.push({
              rule: rule.id, title: rule.title, status: 'harmonization', provision: hit.id, framework: view.framework.id,
              instrument: view.lead, standards: standardsOf(rule), reason, recommendation: rule.recommendation, match: hit.match
            })
          }
        }
      }
    }
  }
  return distinctFindings(findings)
}

/** Options of `checkText`. */
export interface CheckTextOptions {
  /** The headings above the provision (article heading, chapter, the instrument's title), for the rules' contexts. */
  headings?: ReadonlyArray<string> | undefined
  /** The text that introduces the provision (the sentence before its list), for the rules' contexts. */
  around?: ReadonlyArray<string> | undefined
  /** The heading of the chapter or article the provision sits in (one of `headings`). */
  heading?: string | undefined
  /** Who the provision is about ("labour inspector", "Labour Relations Board"), read as what introduces it. */
  actor?: string | undefined
  /**
   * Read the text as a provision of an inspection law: as if a heading above it named every rule context (words
   * outside a context, a court's hearing, still take it out). Default: true when no heading is given (a
   * provision typed alone), false otherwise (the headings decide).
   */
  underHeading?: boolean | undefined
}

/** Checks one provision's text, as a drafter types it: the conflicts and conforming words in it. */
export function checkText(text: string, rules: ReadonlyArray<Rule>, options: CheckTextOptions | undefined = {}): Array<Finding> {
  const unit = unitOf(text)
  const matches = triggerIndexOf(rules).matches(unit)
  const headings = [...(options.headings ?? []), ...(options.heading ? [options.heading] : [])]
  const around = [...(options.around ?? []), ...(options.actor ? [options.actor] : [])]
  const surroundings: Surroundings = {around: around.map(unitOf), headings: headings.map(unitOf), underHeading: options.underHeading ?? headings.length === 0}
  const findings: Array<Finding> = []
  for (const rule of rules) {
    if (rule.kind !== 'conflict' && rule.kind !== 'conforms' && rule.kind !== 'partial') continue
    const match = matches.get(rule)
    if (!match || !inRuleContext(rule, unit, surroundings)) continue
    findings.push({
      rule: rule.id, title: rule.title, status: rule.kind, provision: null, instrument: '',
      standards: withProvisions(rule.standards, derivedProvision), reason: rule.reason,
      recommendation: rule.recommendation, match
    })
  }
  return findings.sort((a, b) => (a.match?.start ?? 0) - (b.match?.start ?? 0))
}
