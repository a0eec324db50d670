import {diffArrays} from 'diff'
import {articlesOf} from '../../model/index.ts'
import type {Corpus, Instrument} from '../../model/index.ts'
import {diffProvisions, oneSidedTree, type ProvisionDiff} from './diff-provisions.ts'

/** How every article of an instrument changed between two versions of it. */
export interface InstrumentDiff {
  /** The instrument id both versions share. */
  id: string
  /** The old version; absent when only the new corpus has the instrument. */
  a?: Instrument | undefined
  /** The new version; absent when only the old corpus has it. */
  b?: Instrument | undefined
  /** One entry per article, paired by article id (`art-112` with `art-112`), in reading order. */
  articles: Array<ProvisionDiff>
}

/** Articles counted by what happened to them. */
export interface DiffCounts {
  equal: number
  changed: number
  insert: number
  delete: number
}

/** What an article is called within its instrument (`art-112` of `ssl-2018/art-112`): how versions are paired. */
export function articleName(article: {id: string}): string {
  return article.id.slice(article.id.indexOf('/') + 1)
}

/**
 * Pairs the articles of two versions by name (`art-112` with `art-112`), in reading order: each entry holds the
 * index of the article in `a`, in `b`, or in both. An amended law keeps its numbering, and a renumbering is a
 * change the drafter should see. diffArrays keeps reading order when articles were inserted or dropped.
 */
export function pairArticles(a: ReadonlyArray<string>, b: ReadonlyArray<string>): Array<{a?: number; b?: number}> {
  const pairs: Array<{a?: number; b?: number}> = []
  let i = 0
  let j = 0
  for (const run of diffArrays(a as Array<string>, b as Array<string>)) {
    for (let n = 0; n < run.count; n++) {
      if (run.removed) pairs.push({a: i++})
      else if (run.added) pairs.push({b: j++})
      else pairs.push({a: i++, b: j++})
    }
  }
  return pairs
}

/** Instruments of two corpora paired by id: those of `b` in order, then those only `a` has. */
export function pairInstruments<T extends {id: string}>(a: ReadonlyArray<T>, b: ReadonlyArray<T>): Array<{id: string; a?: T | undefined; b?: T | undefined}> {
  const old = new Map(a.map((i) => [i.id, i]))
  const pairs: Array<{id: string; a?: T | undefined; b?: T | undefined}> = []
  for (const instrument of b) {
    pairs.push({id: instrument.id, a: old.get(instrument.id), b: instrument})
    old.delete(instrument.id)
  }
  for (const [id, instrument] of old) pairs.push({id, a: instrument})
  return pairs
}

/**
 * Article-by-article difference between two versions of an instrument, articles paired by `pairArticles`.
 * Unchanged articles cost a text comparison only.
 */
export function diffInstruments(a: Instrument, b: Instrument): InstrumentDiff {
  const x = articlesOf(a)
  const y = articlesOf(b)
  const language = b.language || a.language
  const articles = pairArticles(x.map(articleName), y.map(articleName)).map((pair) =>
    pair.b === undefined ? oneSidedTree(x[pair.a!]!, 'delete')
      : pair.a === undefined ? oneSidedTree(y[pair.b]!, 'insert')
        : diffProvisions(x[pair.a]!, y[pair.b]!, {language})
  )
  return {id: b.id, a, b, articles}
}

/** Every instrument of two corpora compared, paired by id; instruments only one corpus has are wholly inserted or deleted. */
export function diffCorpus(a: Corpus, b: Corpus): Array<InstrumentDiff> {
  return pairInstruments(a.instruments, b.instruments).map(({id, a: before, b: after}) =>
    before && after ? diffInstruments(before, after)
      : after ? {id, b: after, articles: articlesOf(after).map((x) => oneSidedTree(x, 'insert'))}
        : {id, a: before, articles: articlesOf(before!).map((x) => oneSidedTree(x, 'delete'))}
  )
}

/** How many articles were equal, changed, inserted and deleted across instrument diffs. */
export function countChanges(diffs: ReadonlyArray<InstrumentDiff>): DiffCounts {
  const counts: DiffCounts = {equal: 0, changed: 0, insert: 0, delete: 0}
  for (const d of diffs) for (const article of d.articles) counts[article.kind]++
  return counts
}
