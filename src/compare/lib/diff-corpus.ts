import {diffArrays} from 'diff'
import {articlesOf} from '../../model/index.ts'
import type {Article, Corpus, Instrument} from '../../model/index.ts'
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

const articleName = (article: Article): string => article.id.slice(article.id.indexOf('/') + 1)

/**
 * Article-by-article difference between two versions of an instrument. Articles are paired by their id within
 * the instrument (`art-112`): an amended law keeps its numbering, and a renumbering is a change the drafter
 * should see. Unchanged articles cost a text comparison only.
 */
export function diffInstruments(a: Instrument, b: Instrument): InstrumentDiff {
  const x = articlesOf(a)
  const y = articlesOf(b)
  const before = new Map(x.map((article) => [articleName(article), article]))
  const after = new Map(y.map((article) => [articleName(article), article]))
  const language = b.language || a.language
  const articles: Array<ProvisionDiff> = []
  // diffArrays keeps reading order when articles were inserted or dropped between the versions.
  for (const run of diffArrays(x.map(articleName), y.map(articleName))) {
    for (const name of run.value) {
      if (run.removed) articles.push(oneSidedTree(before.get(name)!, 'delete'))
      else if (run.added) articles.push(oneSidedTree(after.get(name)!, 'insert'))
      else articles.push(diffProvisions(before.get(name)!, after.get(name)!, {language}))
    }
  }
  return {id: b.id, a, b, articles}
}

/** Every instrument of two corpora compared, paired by id; instruments only one corpus has are wholly inserted or deleted. */
export function diffCorpus(a: Corpus, b: Corpus): Array<InstrumentDiff> {
  const old = new Map(a.instruments.map((i) => [i.id, i]))
  const out: Array<InstrumentDiff> = []
  for (const instrument of b.instruments) {
    const before = old.get(instrument.id)
    old.delete(instrument.id)
    if (before) out.push(diffInstruments(before, instrument))
    else out.push({id: instrument.id, b: instrument, articles: articlesOf(instrument).map((x) => oneSidedTree(x, 'insert'))})
  }
  for (const [id, instrument] of old) {
    out.push({id, a: instrument, articles: articlesOf(instrument).map((x) => oneSidedTree(x, 'delete'))})
  }
  return out
}

/** How many articles were equal, changed, inserted and deleted across instrument diffs. */
export function countChanges(diffs: ReadonlyArray<InstrumentDiff>): DiffCounts {
  const counts: DiffCounts = {equal: 0, changed: 0, insert: 0, delete: 0}
  for (const d of diffs) for (const article of d.articles) counts[article.kind]++
  return counts
}
