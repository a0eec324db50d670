// `npx tsx scripts/eval-nlp.ts`: wink-nlp (with wink-eng-lite-web-model) and compromise on the development set
// (test/conformity/realworld/), for what the conformity rules need from a language library: sentences, negation,
// numbers written as words, passive voice, lemmas; and their speed. Each row's `features` (negation, passive,
// number-words) are the labels; a library "finds" a feature when it reports it anywhere in the row's text.
// The figures and the choice are written in docs/rules.md ("Language library").
import nlp from 'compromise'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import {loadDevelopmentSet} from './eval/development-set.ts'

const rows = loadDevelopmentSet().rows
const wink = winkNLP(model)
const its = wink.its
// its.lemma is typed for the model's add-ons, which the lite web model provides at run time.
const lemmaOf = its.lemma as unknown as typeof its.pos

type Detect = (text: string) => boolean
interface Tool {
  name: string
  negation: Detect
  passive: Detect
  numberWords: Detect
  sentences: (text: string) => number
  lemma: (word: string) => string
}

const numberWordRe = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|thousand)\b/iu

const tools: Array<Tool> = [
  {
    name: 'wink-nlp',
    negation: (t) => wink.readDoc(t).tokens().out(its.negationFlag).some(Boolean),
    // wink tags parts of speech (UD): an auxiliary "be" followed by a past participle is read as passive.
    passive: (t) => {
      const doc = wink.readDoc(t)
      const pos = doc.tokens().out(its.pos)
      const lemmas = doc.tokens().out(lemmaOf)
      const tokens = doc.tokens().out()
      for (let i = 0; i + 1 < pos.length; i++) {
        if (lemmas[i] === 'be' && (pos[i] === 'AUX' || pos[i] === 'VERB')) {
          for (let j = i + 1; j < Math.min(i + 3, pos.length); j++) if (pos[j] === 'VERB' && /(ed|en|wn|ne|id|un|t)$/u.test(tokens[j]!)) return true
        }
      }
      return false
    },
    numberWords: (t) => {
      const doc = wink.readDoc(t)
      const types = doc.tokens().out(its.type)
      const pos = doc.tokens().out(its.pos)
      return doc.tokens().out().some((w, i) => (pos[i] === 'NUM' || types[i] === 'number') && !/\d/u.test(w))
    },
    sentences: (t) => wink.readDoc(t).sentences().length(),
    lemma: (w) => wink.readDoc(w).tokens().out(lemmaOf)[0] ?? w
  },
  {
    name: 'compromise',
    negation: (t) => nlp(t).has('#Negative'),
    // compromise parses each verb phrase: an auxiliary ending in "be"/"been"/"is"/"are" before a past-tense root is passive.
    passive: (t) => (nlp(t).verbs().json() as Array<{verb: {auxiliary: string; grammar: {tense: string}}}>).some((v) => /\b(be|been|is|are|was|were|being)$/u.test(v.verb.auxiliary) && v.verb.grammar.tense === 'PastTense'),
    numberWords: (t) => nlp(t).numbers().out('array').some((n: string) => numberWordRe.test(n)),
    sentences: (t) => nlp(t).sentences().length,
    lemma: (w) => {
      const doc = nlp(w)
      const verb = doc.verbs().toInfinitive().text()
      return (verb || doc.nouns().toSingular().text() || w).toLowerCase()
    }
  }
]

interface Counts {
  tp: number
  fp: number
  fn: number
}
const pr = (c: Counts) => ({precision: c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp), recall: c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn)})
const fmt = (x: number | null) => (x === null ? '  –  ' : x.toFixed(2))

const lemmaCases: Array<[string, string]> = [
  ['notified', 'notify'], ['notifies', 'notify'], ['notifying', 'notify'], ['informed', 'inform'], ['inspected', 'inspect'],
  ['inspections', 'inspection'], ['announced', 'announce'], ['visits', 'visit'], ['penalties', 'penalty'], ['samples', 'sample']
]

const out = (s: string) => process.stdout.write(`${s}\n`)
out(`Development set: ${rows.length} rows; features labelled: negation ${rows.filter((r) => r.features?.includes('negation')).length}, passive ${rows.filter((r) => r.features?.includes('passive')).length}, number-words ${rows.filter((r) => r.features?.includes('number-words')).length}`)
for (const tool of tools) {
  const counts: Record<'negation' | 'passive' | 'numberWords', Counts> = {negation: {tp: 0, fp: 0, fn: 0}, passive: {tp: 0, fp: 0, fn: 0}, numberWords: {tp: 0, fp: 0, fn: 0}}
  for (const row of rows) {
    for (const [key, feature] of [['negation', 'negation'], ['passive', 'passive'], ['numberWords', 'number-words']] as const) {
      const labelled = row.features?.includes(feature) ?? false
      const found = tool[key](row.text)
      if (found && labelled) counts[key].tp++
      else if (found) counts[key].fp++
      else if (labelled) counts[key].fn++
    }
  }
  const lemmas = lemmaCases.filter(([w, l]) => tool.lemma(w) === l).length
  // Speed: every row's text read once, three times over, on a warm library.
  const text = rows.map((r) => r.text)
  for (const t of text) tool.sentences(t)
  const words = text.reduce((n, t) => n + t.split(/\s+/u).length, 0)
  const t0 = performance.now()
  for (let k = 0; k < 3; k++) for (const t of text) tool.sentences(t)
  const ms = (performance.now() - t0) / 3
  out(`\n${tool.name}`)
  for (const key of ['negation', 'passive', 'numberWords'] as const) {
    const s = pr(counts[key])
    out(`  ${key.padEnd(12)} precision ${fmt(s.precision)} recall ${fmt(s.recall)}  (tp ${counts[key].tp}, fp ${counts[key].fp}, fn ${counts[key].fn})`)
  }
  out(`  lemmas       ${lemmas}/${lemmaCases.length} of ${lemmaCases.map(([w]) => w).join(', ')}`)
  out(`  speed        ${ms.toFixed(1)} ms for ${rows.length} rows (${words} words): ${Math.round(words / (ms / 1000))} words/s`)
}
