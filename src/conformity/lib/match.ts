import {mayMatch, sentenceAround, wordsOf} from './pattern.ts'
import type {FindingMatch, Pattern, Rule} from './types.ts'

/** A text prepared once for every rule: its words, for the pre-filter. */
export interface Unit {
  text: string
  words: Set<string>
}

export function unitOf(text: string): Unit {
  return {text, words: wordsOf(text)}
}

function neutralised(text: string, words: ReadonlySet<string>, start: number, neutralisers: ReadonlyArray<Pattern>): boolean {
  if (neutralisers.length === 0) return false
  let sentence: string | undefined
  for (const n of neutralisers) {
    if (!mayMatch(n, words)) continue
    if (sentence === undefined) {
      const bounds = sentenceAround(text, start)
      sentence = text.slice(bounds.start, bounds.end)
    }
    n.regex.lastIndex = 0
    if (n.regex.test(sentence)) return true
  }
  return false
}

/**
 * The earliest words of `unit` that trip one of `triggers` with none of `neutralisers` in the same sentence;
 * undefined when there are none.
 */
export function matchPatterns(unit: Unit, triggers: ReadonlyArray<Pattern>, neutralisers: ReadonlyArray<Pattern>): FindingMatch | undefined {
  let best: FindingMatch | undefined
  for (const trigger of triggers) {
    if (!mayMatch(trigger, unit.words)) continue
    const regex = trigger.regex
    regex.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = regex.exec(unit.text)) !== null) {
      if (best && m.index >= best.start) break
      if (!neutralised(unit.text, unit.words, m.index, neutralisers)) {
        best = {text: m[0], start: m.index, end: m.index + m[0].length}
        break
      }
      // Try the next occurrence after this one's first character.
      regex.lastIndex = m.index + 1
    }
  }
  return best
}

/** Whether a rule's own triggers (and those of the rules it is satisfied by) match, unneutralised. */
export function matchRule(unit: Unit, rule: Rule, rulesById: ReadonlyMap<string, Rule>): FindingMatch | undefined {
  let best = matchPatterns(unit, rule.triggers, rule.neutralisers)
  for (const id of rule.satisfiedBy) {
    const other = rulesById.get(id)
    if (!other) continue
    const found = matchPatterns(unit, other.triggers, other.neutralisers)
    if (found && (!best || found.start < best.start)) best = found
  }
  return best
}
