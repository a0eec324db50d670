import {stemmer} from 'stemmer'
import {articlesOf, findInstrument, provisionText, articleText, walkProvisions, type Corpus} from '../../model/index.ts'

// Provisions to suggest for a topic of a comparison, best first. Two kinds of evidence:
// - the conformity rules' topics: a rule whose title shares the topic's words (or the rule the topic was made
//   from) points at provisions, those its findings are on and the convention articles it rests on;
// - the topic's own words (title and notes) found in a provision's heading and text, compared by their stems
//   (Porter's stemmer, the `stemmer` package: "inspectors" and "inspection" both give "inspect").

/** What a conformity rule says about a topic: its title, and the provisions its findings and standards point at. */
export interface RuleEvidence {
  rule: string
  title: string
  provisions: ReadonlyArray<string>
}

export interface SuggestOptions {
  /** The instruments of the column: only their provisions are suggested. */
  instruments: ReadonlyArray<string>
  title: string
  note?: string | undefined
  /** Provisions already under the topic (they and their items are not suggested again). */
  cited?: ReadonlyArray<string> | undefined
  rules?: ReadonlyArray<RuleEvidence> | undefined
  /** The rule the topic was made from, if any: its provisions count fully. */
  rule?: string | undefined
  limit?: number | undefined
}

export interface Suggestion {
  id: string
  score: number
  /** The rules that point at it, by title. */
  rules: Array<string>
  /** The topic's words found in it, as written in the topic. */
  words: Array<string>
}

// Words that say nothing about a topic's subject.
const stopWords = new Set(
  ('a an and are as at be by for from has have in into is it its of on or other shall such that the their them this to ' +
    'under was were which who will with without any all each may not no nor than then there these those within between').split(' ')
)

/** A text's content words, each by its stem, with the first spelling met. */
function stems(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const word of text.toLowerCase().match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []) {
    const plain = word.replace(/['’]s?$/u, '')
    if (plain.length < 3 || stopWords.has(plain)) continue
    const stem = stemmer(plain)
    if (!out.has(stem)) out.set(stem, plain)
  }
  return out
}

/** Suggested provisions of the column's instruments for a topic, best first; none without evidence. */
export function suggestProvisions(corpus: Corpus, options: SuggestOptions): Array<Suggestion> {
  const topic = stems(`${options.title} ${options.note ?? ''}`)
  const cited = options.cited ?? []
  const isCited = (id: string): boolean => cited.some((c) => id === c || id.startsWith(`${c}/`))
  const instruments = options.instruments.map((i) => findInstrument(corpus, i)).filter((i) => i !== undefined)
  const inColumn = (id: string): boolean => instruments.some((i) => id.startsWith(`${i.id}/`) || i.aliases.some((a) => id.startsWith(`${a}/`)))
  const found = new Map<string, Suggestion>()
  const entry = (id: string): Suggestion => {
    let s = found.get(id)
    if (!s) found.set(id, (s = {id, score: 0, rules: [], words: []}))
    return s
  }

  // A rule counts by the share of its title's words the topic has (fully when the topic was made from it).
  for (const rule of options.rules ?? []) {
    const own = stems(rule.title)
    const shared = [...own.keys()].filter((k) => topic.has(k)).length
    const weight = rule.rule === options.rule ? 1 : own.size > 0 ? shared / own.size : 0
    if (weight === 0) continue
    for (const id of new Set(rule.provisions)) {
      if (!inColumn(id) || isCited(id)) continue
      const s = entry(id)
      s.score += 3 * weight
      if (!s.rules.includes(rule.title)) s.rules.push(rule.title)
    }
  }

  // Words: the share of the topic's words in the text, those in a heading counting double.
  if (topic.size > 0) {
    const score = (id: string, heading: string, text: string): void => {
      if (isCited(id)) return
      const inHeading = stems(heading)
      const inText = stems(text)
      const words: Array<string> = []
      let points = 0
      for (const [stem, spelled] of topic) {
        if (inHeading.has(stem)) points += 2
        else if (inText.has(stem)) points += 1
        else continue
        words.push(spelled)
      }
      if (points === 0) return
      const s = entry(id)
      s.score += (2 * points) / (2 * topic.size)
      s.words = words
    }
    for (const instrument of instruments) {
      for (const article of articlesOf(instrument)) {
        score(article.id, article.heading, articleText(article))
        walkProvisions(article.children, (p) => {
          if (p.type === 'item') score(p.id, '', provisionText(p))
        })
      }
    }
  }
  const order = (s: Suggestion): number => s.id.split('/').length
  // An item says no more than its article when the article is suggested as strongly: the article is enough.
  const articleOf = (id: string): string => id.split('/').slice(0, 2).join('/')
  return [...found.values()]
    .filter((s) => s.score > 0 && !(s.id !== articleOf(s.id) && (found.get(articleOf(s.id))?.score ?? 0) >= s.score))
    // Best first; at equal scores the article before its items (fewer segments), then in corpus order of ids.
    .sort((a, b) => b.score - a.score || order(a) - order(b) || a.id.localeCompare(b.id, 'en', {numeric: true}))
    .slice(0, options.limit ?? 8)
}
