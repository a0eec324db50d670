// The check's shortcuts never change what it finds: the ASCII word cutter cuts as the general one does, and the
// pre-filters (the raw-text screen, the bit sets of start words and required groups, a pattern's required words)
// never drop a pattern that matches. Each is held to a matcher without shortcuts, on every rule example, every
// development-set row, every line of the shipped corpus and generated texts.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {loadLanguage, loadRules, type Pattern, type Rule} from '../../src/conformity/index.ts'
import {anyWordsOf, matchAt, mayMatch, mayStartAt, StartIndex, wordsOf, type WordText} from '../../src/conformity/lib/pattern.ts'
import {TriggerIndex} from '../../src/conformity/lib/match.ts'
import {loadDevelopmentSet} from '../../scripts/eval/development-set.ts'

const corpusDir = join(import.meta.dirname, '../../corpus')
const sources = (readdirSync(corpusDir, {recursive: true}) as Array<string>)
  .map((p) => p.split('\\').join('/'))
  .filter((p) => /\.(md|ya?ml)$/.test(p) && !/(^|\/)README\.md$/.test(p))
  .map((p) => ({path: p, text: readFileSync(join(corpusDir, p), 'utf8')}))
const rules: ReadonlyArray<Rule> = loadRules(sources, {language: await loadLanguage()}).value

/** A seeded generator of provisions in the rules' own words, shuffled, with numbers and punctuation. */
function generated(count: number): Array<string> {
  let s = 129
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32)
  const vocabulary = [...new Set(rules.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]).join(' ').split(/\s+/))]
  const marks = [' ', ' ', ' ', ', ', '; ', '. ', '.', ': ', '\n', '\t', ' 1,500,000 ', ' 08:00 ', ' 3.5a ', ' 1,5 ', '! ', '? ', '-', "'"]
  const out: Array<string> = []
  for (let n = 0; n < count; n++) {
    let text = ''
    const length = 3 + Math.floor(next() * 30)
    for (let i = 0; i < length; i++) text += vocabulary[Math.floor(next() * vocabulary.length)]! + marks[Math.floor(next() * marks.length)]!
    out.push(next() < 0.5 ? text.toUpperCase() : text)
  }
  return out
}

const examples = rules.flatMap((r) => [...r.examples.match, ...r.examples.noMatch])
const rows = loadDevelopmentSet().rows.map((r) => r.text)
// Every tenth line of the shipped corpus: the matcher without shortcuts is slow.
const corpusLines = sources.flatMap((s) => s.text.split('\n')).filter((l, n) => l.trim().length > 0 && n % 40 === 0)
const texts = [...new Set([...examples, ...rows, ...corpusLines, ...generated(250)])]

/** Every word where a pattern matches, found without any shortcut: a match tried at every word. */
function matchStarts(unit: WordText, pattern: Pattern): Array<number> {
  const out: Array<number> = []
  for (let i = 0; i < unit.words.length; i++) if (matchAt(unit, pattern, i)) out.push(i)
  return out
}

const triggers = [...new Set(rules.flatMap((r) => r.triggers))]
const others = [...new Set(rules.flatMap((r) => [...r.neutralisers, ...r.contexts.flatMap((c) => [...c.actors, ...c.subjects, ...c.headings, ...c.outside])]))]

describe('the word cutter', () => {
  test('cuts an ASCII text into the words, clauses and sentences the general cutter gives', () => {
    // eslint-disable-next-line no-control-regex
    const ascii = texts.filter((t) => /^[\x00-\x7f]*$/.test(t))
    expect(ascii.length).toBeGreaterThan(1_000)
    for (const text of ascii) {
      const fast = wordsOf(text)
      const general = anyWordsOf(text)
      expect(fast.words, text).toEqual(general.words)
      expect(fast.distinct, text).toEqual(general.distinct)
    }
  })

  test('reads a word the same whether it stands in an ASCII text or next to a character outside ASCII', () => {
    for (const text of ['Notice NOTICE notice 1,500,000 08:00', 'the inspector; the Inspector. INSPECTOR']) {
      const ascii = wordsOf(text).words.map((w) => w.id)
      const other = wordsOf(`${text} é`).words.slice(0, -1).map((w) => w.id)
      expect(other).toEqual(ascii)
    }
  })
})

// The matcher without shortcuts takes tens of seconds over all the texts, and the texts grow with the development
// set: each chunk is a test of its own, so that no single one comes near the timeout on a loaded machine.
const chunkSize = 300
const chunks = Array.from({length: Math.ceil(texts.length / chunkSize)}, (_, n) => ({n: n + 1, texts: texts.slice(n * chunkSize, (n + 1) * chunkSize)}))
const index = new StartIndex(triggers)
const triggerNumber = new Map(triggers.map((p, n) => [p, n]))

describe('the pre-filters', () => {
  test('the texts given to the matcher without shortcuts are many, and each is in one part', () => {
    expect(texts.length).toBeGreaterThan(2_000)
    expect(chunks.reduce((n, c) => n + c.texts.length, 0)).toBe(texts.length)
  })

  test.each(chunks)('a pattern that matches somewhere passes the screen and the candidates, has its required words and may start where it matches (texts, part $n)', ({texts}) => {
    let matched = 0
    for (const text of texts) {
      const unit = wordsOf(text)
      const candidates = index.candidates(unit)
      const screened = index.mayMatchText(text)
      for (const pattern of [...triggers, ...others]) {
        const starts = matchStarts(unit, pattern)
        if (starts.length === 0) continue
        matched++
        expect(mayMatch(pattern, unit), `${pattern.source} in "${text}"`).toBe(true)
        for (const i of starts) expect(mayStartAt(pattern, unit.words[i]!), `${pattern.source} at word ${i} of "${text}"`).toBe(true)
        const n = triggerNumber.get(pattern)
        if (n === undefined) continue
        expect(screened, `the screen drops ${pattern.source} in "${text}"`).toBe(true)
        const kept = candidates.get(n) ?? []
        for (const i of starts) expect(kept, `${pattern.source} at word ${i} of "${text}"`).toContain(i)
      }
    }
    // A part whose texts few patterns match would test little: each holds on average more than one match a text.
    expect(matched).toBeGreaterThan(texts.length)
  }, 120_000)

  test("a rule's earliest match is the same from the index of all rules and from an index of that rule alone", () => {
    const all = new TriggerIndex(rules)
    const single = rules.filter((r) => r.triggers.length > 0).map((rule) => ({rule, index: new TriggerIndex(rules, (r) => r === rule)}))
    let compared = 0
    for (const text of [...examples, ...rows]) {
      const unit = wordsOf(text)
      const found = all.matches(unit)
      for (const {rule, index} of single) {
        const alone = index.matches(unit).get(rule)
        if (alone) compared++
        expect(found.get(rule), `${rule.id} in "${text}"`).toEqual(alone)
      }
    }
    expect(compared).toBeGreaterThan(500)
  }, 120_000)
})
