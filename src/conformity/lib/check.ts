import {
  articlesOf, findInstrument, findProvision, inlineToText, walkProvisions,
  type Article, type Corpus, type Instrument, type InstrumentKind, type Provision
} from '../../model/index.ts'
import {consolidateDraft, frameworks as defaultFrameworks} from './frameworks.ts'
import {unitOf, TriggerIndex} from './match.ts'
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
  const content = inlineToText(provision.content)
  return provision.type === 'paragraph' ? content : [provision.label, content].filter(Boolean).join(' ')
}

function hasText(article: Article): boolean {
  return article.status !== 'not-available' && article.status !== 'repealed'
}

/** Runs every rule that has triggers on every provision of an article; cached per article object for one check. */
class Matcher {
  private readonly cache = new WeakMap<Article, Array<Hit>>()
  private readonly provisionRules: Array<Rule>
  private readonly articleRules: Array<Rule>
  private readonly index: TriggerIndex
  private readonly order: Map<Rule, number>

  constructor(rules: ReadonlyArray<Rule>) {
    this.index = new TriggerIndex(rules)
    this.order = new Map(rules.map((r, n) => [r, n]))
    const withTriggers = rules.filter((r) => r.triggers.length > 0)
    this.provisionRules = withTriggers.filter((r) => r.scope === 'provision')
    this.articleRules = withTriggers.filter((r) => r.scope === 'article')
  }

  hits(article: Article): Array<Hit> {
    const cached = this.cache.get(article)
    if (cached) return cached
    const hits: Array<Hit> = []
    // Each provision's own text, cut into words once. `articleText` is these texts joined by line breaks, and
    // no match or neutraliser crosses a line break, so article-level rules are matched on them too.
    const parts: Array<{id: string; matches: Map<Rule, FindingMatch>; offset: number}> = []
    if (hasText(article)) {
      let offset = 0
      walkProvisions(article.children, (provision) => {
        const text = ownText(provision)
        parts.push({id: provision.id, matches: this.index.matches(unitOf(text)), offset})
        offset += text.length + 1
      })
    }
    for (const part of parts) {
      const before = hits.length
      for (const [rule, match] of part.matches) if (rule.scope === 'provision') hits.push({rule, id: part.id, match})
      // Findings of one provision in the order of the rules, whatever order the index found them in.
      if (hits.length - before > 1) {
        const own = hits.splice(before).sort((a, b) => this.order.get(a.rule)! - this.order.get(b.rule)!)
        hits.push(...own)
      }
    }
    if (this.articleRules.length > 0) {
      const heading = article.heading ? this.index.matches(unitOf(article.heading)) : undefined
      for (const rule of this.articleRules) {
        let hit: Hit | undefined
        for (const part of parts) {
          const match = part.matches.get(rule)
          if (match) {
            hit = {rule, id: article.id, match: {text: match.text, start: match.start + part.offset, end: match.end + part.offset}}
            break
          }
        }
        const inHeading = heading?.get(rule)
        if (!hit && inHeading) hit = {rule, id: article.id, match: {...inHeading, inHeading: true}}
        if (hit) hits.push(hit)
      }
    }
    this.cache.set(article, hits)
    return hits
  }
}

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
  const matcher = new Matcher(rules)
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
        if (rule.kind !== 'conflict' && rule.kind !== 'conforms') continue
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
  return findings
}

/** Checks one provision's text, as a drafter types it: the conflicts and conforming words in it. */
export function checkText(text: string, rules: ReadonlyArray<Rule>): Array<Finding> {
  const matches = new TriggerIndex(rules).matches(unitOf(text))
  const findings: Array<Finding> = []
  for (const rule of rules) {
    if (rule.kind !== 'conflict' && rule.kind !== 'conforms') continue
    const match = matches.get(rule)
    if (!match) continue
    findings.push({
      rule: rule.id, title: rule.title, status: rule.kind, provision: null, instrument: '',
      standards: withProvisions(rule.standards, derivedProvision), reason: rule.reason,
      recommendation: rule.recommendation, match
    })
  }
  return findings.sort((a, b) => (a.match?.start ?? 0) - (b.match?.start ?? 0))
}
