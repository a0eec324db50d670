// A learnt reader, for comparison with the rules (docs/rules.md, "A learnt reader"): a logistic regression over the
// words of a provision, trained on development-set rows. It is an experiment that measures how far wording learnt from
// examples carries to unseen countries; the checker does not use it.
//
// Written here rather than taken from a package: the npm logistic regressions (ml-logistic-regression and its kin)
// fit dense matrices with no regularisation and no bias term, and a provision has a few dozen of some thousands of
// features. A sparse fit with L2 and AdaGrad is about sixty lines.
import type {Language} from '../../src/conformity/index.ts'
import type {Category, DevelopmentRow} from './development-set.ts'

/** The features of one provision: names, each present once (binary). */
export type Features = ReadonlyArray<string>

/** Splits a provision into sentences at full stops, semicolons and colons followed by a space. */
function sentencesOf(text: string): Array<string> {
  return text.normalize('NFKC').split(/(?<=[.;:])\s+/u).filter((s) => s.trim() !== '')
}

/**
 * Lemmas (negated ones marked `not_`), numbers as `#`, as unigrams and adjacent pairs; the row's chapter heading and
 * actor as words of their own kind. Punctuation is dropped.
 */
export function featuresOf(text: string, language: Language, context?: {heading?: string | undefined; actor?: string | undefined}): Features {
  const found = new Set<string>()
  for (const sentence of sentencesOf(text)) {
    const words = language.read(sentence).words.filter((w) => w.pos !== 'PUNCT' && w.pos !== 'SYM' && w.pos !== 'SPACE')
    const forms = words.map((w) => (w.pos === 'NUM' ? '#' : `${w.negated ? 'not_' : ''}${w.lemma}`))
    forms.forEach((f, i) => {
      found.add(`w:${f}`)
      if (i > 0) found.add(`p:${forms[i - 1]} ${f}`)
    })
  }
  for (const [kind, value] of [['h', context?.heading], ['a', context?.actor]] as const) {
    if (!value) continue
    for (const w of language.read(value.normalize('NFKC')).words) if (w.pos !== 'PUNCT') found.add(`${kind}:${w.lemma}`)
  }
  return [...found]
}

/** A fitted binary model: weights by feature name, and a bias. */
export interface Model {
  weights: ReadonlyMap<string, number>
  bias: number
}

export interface FitOptions {
  /** L2 penalty per example step. */
  l2: number
  epochs: number
  /** AdaGrad base rate. */
  rate: number
  seed: number
}

export const fitDefaults: FitOptions = {l2: 1e-3, epochs: 40, rate: 0.3, seed: 7}

/** A small seeded generator (mulberry32), so that a fit and a fold split are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle<T>(items: Array<T>, random: () => number): Array<T> {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[items[i], items[j]] = [items[j] as T, items[i] as T]
  }
  return items
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))))

export function probability(model: Model, features: Features): number {
  let z = model.bias
  for (const f of features) z += model.weights.get(f) ?? 0
  return sigmoid(z)
}

/**
 * Fits a logistic regression by stochastic gradient with AdaGrad steps and an L2 penalty (applied to the weights an
 * example touches, the usual lazy form for sparse data). Positive examples are weighted so both classes count alike.
 */
export function fit(examples: ReadonlyArray<{features: Features; positive: boolean}>, options: FitOptions = fitDefaults): Model {
  const weights = new Map<string, number>()
  const squares = new Map<string, number>()
  let bias = 0
  let biasSquares = 0
  const positives = examples.filter((e) => e.positive).length
  const balance = positives === 0 || positives === examples.length ? 1 : (examples.length - positives) / positives
  const random = seeded(options.seed)
  const order = examples.map((_, i) => i)
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffle(order, random)) {
      const example = examples[i]
      if (!example) continue
      const p = probability({weights, bias}, example.features)
      const g = (p - (example.positive ? 1 : 0)) * (example.positive ? balance : 1)
      for (const f of example.features) {
        const w = weights.get(f) ?? 0
        const grad = g + options.l2 * w
        const s = (squares.get(f) ?? 0) + grad * grad
        squares.set(f, s)
        weights.set(f, w - (options.rate * grad) / Math.sqrt(s + 1e-8))
      }
      biasSquares += g * g
      bias -= (options.rate * g) / Math.sqrt(biasSquares + 1e-8)
    }
  }
  return {weights, bias}
}

/** One model per category: "this provision is about this family's idea", whatever its label. */
export interface Reader {
  models: ReadonlyMap<Category, Model>
  /** Category-blind: "this provision conflicts", whatever the idea. */
  blind: Model
}

export interface LearntRow {
  row: DevelopmentRow
  features: Features
}

export function train(rows: ReadonlyArray<LearntRow>, options: FitOptions = fitDefaults): Reader {
  const models = new Map<Category, Model>()
  // The idea is learnt from every row about it (conflicts, conforming rows and traps alike), and whether the
  // provision conflicts from all rows together: each model has many more examples than "conflict on this idea" would.
  for (const category of [...new Set(rows.map((r) => r.row.category))].sort()) {
    models.set(category, fit(rows.map((r) => ({features: r.features, positive: r.row.category === category})), options))
  }
  return {models, blind: fit(rows.map((r) => ({features: r.features, positive: r.row.label === 'conflict'})), options)}
}

export interface Reading {
  /** The most likely idea, and its probability. */
  category: Category | undefined
  score: number
  /** The category-blind probability of a conflict. */
  blindScore: number
  /** The features that pushed the chosen category's score up most: what a finding would show. */
  because: ReadonlyArray<string>
}

export function readRow(reader: Reader, features: Features): Reading {
  let category: Category | undefined
  let score = 0
  for (const [c, model] of reader.models) {
    const p = probability(model, features)
    if (p > score) {
      score = p
      category = c
    }
  }
  const chosen = category ? reader.models.get(category) : undefined
  const because = chosen
    ? features.map((f) => [f, chosen.weights.get(f) ?? 0] as const).filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([f]) => f)
    : []
  return {category, score, blindScore: probability(reader.blind, features), because}
}

/** Folds by country: every row of a country is in one fold, so a fold's rows come from countries the fit never saw. */
export function countryFolds(rows: ReadonlyArray<LearntRow>, folds: number, seed: number): Array<Array<LearntRow>> {
  const countries = shuffle([...new Set(rows.map((r) => r.row.country))].sort(), seeded(seed))
  const foldOf = new Map(countries.map((c, i) => [c, i % folds]))
  const result: Array<Array<LearntRow>> = Array.from({length: folds}, () => [])
  for (const r of rows) result[foldOf.get(r.row.country) ?? 0]?.push(r)
  return result
}

export interface LearntScore {
  conflicts: number
  tp: number
  fp: number
  nonConflicts: number
  falseAlarms: number
}

/**
 * Scored as the checker is (scripts/eval/score.ts), with the category standing for the cited articles: a conflict row
 * is found when the reader says conflict in the row's own category; a conflict in another category is a wrong reason
 * (a false positive and a miss); on a non-conflict row any conflict is a false alarm. `blind` asks only "conflict or not".
 */
export function scoreReadings(items: ReadonlyArray<{row: DevelopmentRow; flagged: boolean; category: Category | undefined}>, blind: boolean): LearntScore {
  const s: LearntScore = {conflicts: 0, tp: 0, fp: 0, nonConflicts: 0, falseAlarms: 0}
  for (const {row, flagged, category} of items) {
    if (row.label === 'conflict') {
      s.conflicts++
      if (flagged && (blind || category === row.category)) s.tp++
      else if (flagged) s.fp++
    } else {
      s.nonConflicts++
      if (flagged) {
        s.falseAlarms++
        s.fp++
      }
    }
  }
  return s
}
