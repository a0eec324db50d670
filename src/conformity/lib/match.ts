import {matchAt, mayMatch, mayStartAt, sentenceOf, startIndexOf, wordsOf, type StartIndex, type WordSpan, type WordText} from './pattern.ts'
import type {Language} from './language.ts'
import type {FindingMatch, Pattern, Rule, RuleContext} from './types.ts'

/** A text prepared once for every rule: cut into words. */
export type Unit = WordText

export function unitOf(text: string): Unit {
  return wordsOf(text)
}

function neutralised(unit: Unit, first: number, neutralisers: ReadonlyArray<Pattern>): boolean {
  if (neutralisers.length === 0) return false
  let sentence: {from: number; to: number} | undefined
  for (const n of neutralisers) {
    if (!mayMatch(n, unit)) continue
    sentence ??= sentenceOf(unit, first)
    for (let i = sentence.from; i < sentence.to; i++) {
      if (mayStartAt(n, unit.words[i]!) && matchAt(unit, n, i)) return true
    }
  }
  return false
}

/** Words that open a negation's scope ("no notice", "need not", "without notice"). */
const negations = new Set(['no', 'not', "n't", 'never', 'without', 'none', 'nor', 'neither', 'cannot', 'nothing', 'nobody'])
/** Words that end it for what follows: "no inspection shall take place unless the employer has been notified". */
const scopeEnds = new Set(['unless', 'except', 'save', 'but', 'if', 'until', 'otherwise', 'other', 'where', 'when', 'provided'])

/**
 * Whether a trigger's match is governed by a negation that comes before it in its sentence, as the language
 * library reads the sentence: "no prior notice shall be required before the visit", "the employer need not be
 * notified", "without giving notice". A match holding a negation itself ("shall not enter without consent")
 * says what its rule means, negation and all, and is never turned off; nor is one after an exception or a
 * condition ("no visit unless the employer has been notified"). "Without" governs its own phrase only: in
 * "without the employer's consent an inspector may enter", a verb ends it ("without giving notice" keeps it).
 * Only sentences where a trigger matched are read.
 */
export function negatedMatch(unit: Unit, span: WordSpan, language: Language): boolean {
  const {from, to} = sentenceOf(unit, span.first)
  const base = unit.words[from]!.start
  const reading = language.read(unit.text.slice(base, unit.words[to - 1]!.end))
  const start = unit.words[span.first]!.start - base
  const end = unit.words[span.last - 1]!.end - base
  let first = -1
  for (let k = 0; k < reading.words.length; k++) {
    const w = reading.words[k]!
    if (w.end <= start) continue
    if (w.start >= end) break
    // A match holding a negation, or the condition a negation waits for ("no proceedings ... until a second
    // visit"), means what its rule says.
    const value = unit.text.slice(base + w.start, base + w.end).toLowerCase()
    if (negations.has(value) || negations.has(w.lemma) || scopeEnds.has(value)) return false
    if (first < 0) first = k
  }
  if (first < 0 || !reading.words[first]!.negated) return false
  for (let k = first - 1; k >= 0; k--) {
    const value = unit.text.slice(base + reading.words[k]!.start, base + reading.words[k]!.end).toLowerCase()
    if (negations.has(value)) {
      // "employing not more than ten workers": a number's bound, not a negation of what follows
      if ((value === 'no' || value === 'not') && boundsNumber(unit.text, base, reading.words, k)) continue
      if (restrictsInspection(reading.words, k, first)) return false
      if (value !== 'without') return true
      // A verb between "without" and the match (other than a gerund right after it) ends its phrase.
      for (let j = k + 2; j <= first; j++) if (isVerb(reading.words[j]!)) return false
      return true
    }
    if (scopeEnds.has(value)) return false
  }
  // The library reads some verbs as negations ("fails to comply"); without one of the words above, the duty stands.
  return false
}

/** Whether the "no" or "not" at `k` opens a bound on a number ("not more than ten", "no fewer than five"). */
function boundsNumber(text: string, base: number, words: ReadonlyArray<{start: number; end: number}>, k: number): boolean {
  const at = (j: number): string => (j < words.length ? text.slice(base + words[j]!.start, base + words[j]!.end).toLowerCase() : '')
  return /^(more|fewer|less)$/u.test(at(k + 1)) && at(k + 2) === 'than'
}

/** What the inspector does: a negation of one of these restricts inspection rather than lifting a duty. */
const inspecting = /^(inspect|visit|enter|entry|control|examin|investigat|audit)/u

/**
 * Whether the negation at `k` governs the inspection itself ("no inspection shall be carried out for two years",
 * "inspectors shall not enter at night"): a restriction, which is what a conflict rule may be about, not the
 * lifting of a duty ("no notice shall be required"). Read from the first noun or verb after the negation.
 */
function restrictsInspection(words: ReadonlyArray<{lemma: string; pos: string}>, k: number, first: number): boolean {
  for (let j = k + 1; j <= first; j++) {
    const w = words[j]!
    if (w.pos === 'VERB') return inspecting.test(w.lemma)
    if (w.pos === 'NOUN' || w.pos === 'PROPN') {
      // A compound is read by its last noun, its head: "no business inspection" and "no labour inspection visit"
      // restrict inspection; "no inspection notice" lifts a notice.
      let head = j
      while (head + 1 < words.length && (words[head + 1]!.pos === 'NOUN' || words[head + 1]!.pos === 'PROPN')) head++
      return inspecting.test(words[head]!.lemma)
    }
  }
  return false
}

function isVerb(w: {pos: string}): boolean {
  return w.pos === 'VERB' || w.pos === 'AUX'
}

/**
 * A trigger's match that trips its rule: no neutraliser in its sentence, and, for a conflict or partial rule
 * loaded with the language library, no negation governing it. Conforming provisions are often prohibitions
 * ("inspectors shall not reveal trade secrets"), so a negation never turns off a conforms rule.
 */
function trips(unit: Unit, span: WordSpan, neutralisers: ReadonlyArray<Pattern>, language: Language | undefined, seen: Map<number, boolean>): boolean {
  // Neutralisers are looked for in the whole sentence, so one answer serves every match in it.
  const sentence = unit.words[span.first]!.sentence
  let off = seen.get(sentence)
  if (off === undefined) seen.set(sentence, (off = neutralised(unit, span.first, neutralisers)))
  if (off) return false
  return !language || !negatedMatch(unit, span, language)
}

/** The language a rule's matches are read with for negation: conflict and partial rules only. */
function negationReader(rule: Rule): Language | undefined {
  return rule.kind === 'conflict' || rule.kind === 'partial' ? rule.language : undefined
}

/**
 * The earliest words of `unit` that trip one of `triggers` with none of `neutralisers` in the same sentence;
 * undefined when there are none.
 */
export function matchPatterns(unit: Unit, triggers: ReadonlyArray<Pattern>, neutralisers: ReadonlyArray<Pattern>, language?: Language): FindingMatch | undefined {
  let best: WordSpan | undefined
  const seen = new Map<number, boolean>()
  for (const trigger of triggers) {
    if (!mayMatch(trigger, unit)) continue
    for (let i = 0; i < unit.words.length; i++) {
      if (best && i >= best.first) break
      if (!mayStartAt(trigger, unit.words[i]!)) continue
      const found = matchAt(unit, trigger, i)
      if (found && trips(unit, found, neutralisers, language, seen)) {
        best = found
        break
      }
    }
  }
  return best && toMatch(unit, best)
}

/** What stands around a provision: the texts that introduce it (its parent items, the sentence before its list) and the headings above it. */
export interface Surroundings {
  around: ReadonlyArray<Unit>
  headings: ReadonlyArray<Unit>
  /** Read the provision as if a heading above it named every context (a rule's examples, a sentence typed alone). */
  underHeading?: boolean | undefined
}

const alone: Surroundings = {around: [], headings: []}

function anyMatch(units: ReadonlyArray<Unit>, patterns: ReadonlyArray<Pattern>): boolean {
  if (patterns.length === 0) return false
  for (const unit of units) if (matchPatterns(unit, patterns, []) !== undefined) return true
  return false
}

/** Answers per provision (its unit) and context: a provision's surroundings are fixed once its unit is made. */
const contextAnswers = new WeakMap<Unit, Map<RuleContext, boolean>>()

/**
 * Whether a provision is in a context: it names an actor of the context itself; or it names nothing outside the
 * context and what introduces it names an actor; or neither it nor what introduces it names anything outside the
 * context, and one of them names a subject of the context, or a heading above it names the context.
 */
export function inContext(own: Unit, surroundings: Surroundings, context: RuleContext): boolean {
  // Answers are kept only for the matcher's own units, whose surroundings never change.
  const keep = surroundings !== alone && !surroundings.underHeading
  let answers = keep ? contextAnswers.get(own) : undefined
  const known = answers?.get(context)
  if (known !== undefined) return known
  // a provision introduced, or headed, as another authority's inspection is not this context's whatever actor it
  // names; in its own words such an authority is often an exception ("every inspection except the tax authority's")
  const other = context.otherAuthorities.length > 0 &&
    (anyMatch(surroundings.around, context.otherAuthorities) || anyMatch(surroundings.headings, context.otherAuthorities))
  let yes = !other && anyMatch([own], context.actors)
  if (!yes && !other && !anyMatch([own], context.outside)) {
    yes = anyMatch(surroundings.around, context.actors) || (
      !anyMatch(surroundings.around, context.outside) && (
        anyMatch([own], context.subjects) || Boolean(surroundings.underHeading) ||
        anyMatch(surroundings.around, context.subjects) || anyMatch(surroundings.headings, context.headings)))
  }
  if (keep) {
    if (!answers) contextAnswers.set(own, (answers = new Map()))
    answers.set(context, yes)
  }
  return yes
}

/** Whether a rule may look at a provision: it has no contexts, or the provision is in one of them. */
export function inRuleContext(rule: Rule, own: Unit, surroundings: Surroundings = alone): boolean {
  if (rule.contexts.length === 0) return true
  for (const context of rule.contexts) if (inContext(own, surroundings, context)) return true
  return false
}

/** Whether a rule's own triggers (and those of the rules it is satisfied by) match, unneutralised, in their contexts. */
export function matchRule(unit: Unit, rule: Rule, rulesById: ReadonlyMap<string, Rule>, surroundings: Surroundings = alone): FindingMatch | undefined {
  let best = inRuleContext(rule, unit, surroundings) ? matchPatterns(unit, rule.triggers, rule.neutralisers, negationReader(rule)) : undefined
  for (const id of rule.satisfiedBy) {
    const other = rulesById.get(id)
    if (!other || !inRuleContext(other, unit, surroundings)) continue
    const found = matchPatterns(unit, other.triggers, other.neutralisers, negationReader(other))
    if (found && (!best || found.start < best.start)) best = found
  }
  return best
}

const indexes = new WeakMap<ReadonlyArray<Rule>, TriggerIndex>()
const articleIndexes = new WeakMap<ReadonlyArray<Rule>, TriggerIndex>()

/** The trigger index of a rule list's article-level rules (`scope: article`), for the articles' headings. */
export function articleTriggerIndexOf(rules: ReadonlyArray<Rule>): TriggerIndex {
  let index = articleIndexes.get(rules)
  if (!index) articleIndexes.set(rules, (index = new TriggerIndex(rules, (r) => r.scope === 'article')))
  return index
}

/** The trigger index of a set of rules, made once per rule list (the app and the CLI keep theirs). */
export function triggerIndexOf(rules: ReadonlyArray<Rule>): TriggerIndex {
  let index = indexes.get(rules)
  if (!index) indexes.set(rules, (index = new TriggerIndex(rules)))
  return index
}

/** The triggers of a set of rules, indexed once by the words they can start with. */
export class TriggerIndex {
  private readonly index: StartIndex
  /** For each trigger (by its number in the index), the rules it belongs to. */
  private readonly rulesOf: Array<Array<Rule>> = []

  /**
   * `only`: the rules the index answers for (the article-level rules, for an article's heading). Their triggers
   * keep the order they have among all the rules' triggers, which decides between two triggers of one rule
   * matching at the same word, so a rule gets the same match from either index.
   */
  constructor(rules: ReadonlyArray<Rule>, only?: (rule: Rule) => boolean) {
    const all: Array<Pattern> = []
    const rulesOf: Array<Array<Rule>> = []
    const numberOf = new Map<Pattern, number>()
    for (const rule of rules) {
      for (const p of rule.triggers) {
        let n = numberOf.get(p)
        if (n === undefined) {
          numberOf.set(p, (n = all.length))
          all.push(p)
          rulesOf.push([])
        }
        if (!only || only(rule)) rulesOf[n]!.push(rule)
      }
    }
    const patterns: Array<Pattern> = []
    all.forEach((p, n) => {
      if (rulesOf[n]!.length === 0) return
      patterns.push(p)
      this.rulesOf.push(rulesOf[n]!)
    })
    this.index = startIndexOf(patterns)
  }

  /** False when no rule can trip in `text` (one scan of the raw text, before it is cut into words). */
  mayTrip(text: string): boolean {
    return this.index.mayMatchText(text)
  }

  /**
   * Every rule tripped in `unit`, with its earliest unneutralised match. Only the triggers that can start at one
   * of the unit's words are tried, and only there.
   */
  matches(unit: Unit): Map<Rule, FindingMatch> {
    const candidates = this.index.candidates(unit)
    if (candidates.size === 0) return none
    const best = new Map<Rule, WordSpan>()
    // Per rule, the sentences its neutralisers were looked for in, and the answer.
    const seen = new Map<Rule, Map<number, boolean>>()
    for (const [n, starts] of candidates) {
      // A candidate has every word its pattern requires: no second look at them.
      const pattern = this.index.patterns[n]!
      for (const rule of this.rulesOf[n]!) {
        const current = best.get(rule)
        for (const i of starts) {
          if (current && i >= current.first) break
          const found = matchAt(unit, pattern, i)
          if (!found) continue
          let sentences = seen.get(rule)
          if (!sentences) seen.set(rule, (sentences = new Map()))
          if (trips(unit, found, rule.neutralisers, negationReader(rule), sentences)) {
            best.set(rule, found)
            break
          }
        }
      }
    }
    const out = new Map<Rule, FindingMatch>()
    for (const [rule, span] of best) out.set(rule, toMatch(unit, span))
    return out
  }
}

const none: Map<Rule, FindingMatch> = new Map()

function toMatch(unit: Unit, span: WordSpan): FindingMatch {
  const start = unit.words[span.first]!.start
  const end = unit.words[span.last - 1]!.end
  return {text: unit.text.slice(start, end), start, end}
}
