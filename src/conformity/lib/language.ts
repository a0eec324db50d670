// What the checker asks of a language library, and its answers from wink-nlp (with wink-eng-lite-web-model):
// the base forms of a word ("notified" is notify), and, for one sentence, which words a negation governs
// ("no prior notice shall be required", "need not be notified", "without giving notice"). Chosen in
// docs/rules.md ("Language library"). The model is large (about 1 MB gzipped), so it is loaded with a dynamic
// import, once, by `loadLanguage`: a bundler puts it in a chunk of its own, fetched only when a check runs.
// Sentences are read only after a rule's trigger words have matched in them, and each sentence is read once.

/** One word of a sentence as the library reads it. Offsets are into the sentence given to `read`. */
export interface ReadWord {
  start: number
  end: number
  /** Lower case base form: "notify" for "notified". */
  lemma: string
  /** The word is in the scope of a negation that comes before it ("not", "no", "without", "never"). */
  negated: boolean
  /** Universal part of speech: VERB, AUX, NOUN, ADP, … */
  pos: string
}

/** A sentence as the library reads it. */
export interface Reading {
  words: ReadonlyArray<ReadWord>
}

/** A language library, loaded. */
export interface Language {
  /** Library and model, with versions: "wink-nlp 2.4.0, wink-eng-lite-web-model 1.8.1". */
  name: string
  /** The base forms a word may have, lower case: the word read as a noun or verb, and the verb a noun is made from. */
  lemmas(word: string): ReadonlyArray<string>
  /** Reads one sentence. */
  read(sentence: string): Reading
}

interface WinkToken {
  out(what?: unknown): string
}
interface WinkDoc {
  tokens(): {out(what?: unknown): Array<unknown>; each(f: (t: WinkToken) => void): void}
}
interface Wink {
  readDoc(text: string): WinkDoc
  its: Record<string, unknown>
}

/** Nouns made from verbs: the endings taken off, and what stands in their place (notification: notify). */
const nounEndings: ReadonlyArray<[RegExp, ReadonlyArray<string>]> = [
  [/ication$/u, ['y']],
  [/isation$|ization$/u, ['ise', 'ize']],
  [/ation$/u, ['', 'e']],
  [/ment$/u, ['']],
  [/al$/u, ['e', '']],
  [/ion$/u, ['', 'e']]
]

/** British and American spellings are one lemma: authorise, authorize. */
function sameSpelling(lemma: string): string {
  return lemma.replace(/is(e|ation)$/u, 'iz$1')
}

const MEMO = 4_000

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MEMO) memo.clear()
  memo.set(key, value)
  return value
}

function winkLanguage(nlp: Wink, name: string): Language {
  const its = nlp.its
  const lemmaMemo = new Map<string, ReadonlyArray<string>>()
  const readMemo = new Map<string, Reading>()
  const lemmaOf = (text: string, at: number): string => String(nlp.readDoc(text).tokens().out(its.lemma)[at] ?? '')
  return {
    name,
    lemmas(word) {
      const w = word.toLowerCase()
      const known = lemmaMemo.get(w)
      if (known) return known
      // Alone a past participle may read as an adjective ("informed"); after a subject it reads as the verb.
      const found = new Set([w, lemmaOf(w, 0), lemmaOf(`they ${w}`, 1)])
      // The verb a noun is made from, for the plural too: "inspections" reads as inspection, then inspect.
      for (const form of [...found]) {
        for (const [ending, replacements] of nounEndings) {
          if (!ending.test(form) || form.length < 7) continue
          for (const r of replacements) found.add(form.replace(ending, r))
        }
      }
      return remember(lemmaMemo, w, [...new Set([...found].filter(Boolean).map(sameSpelling))])
    },
    read(sentence) {
      const known = readMemo.get(sentence)
      if (known) return known
      const words: Array<ReadWord> = []
      let at = 0
      nlp.readDoc(sentence).tokens().each((t) => {
        const value = t.out(its.value)
        const start = sentence.indexOf(value, at)
        if (start < 0) return
        at = start + value.length
        words.push({start, end: at, lemma: sameSpelling(t.out(its.lemma).toLowerCase()), negated: Boolean(t.out(its.negationFlag)), pos: t.out(its.pos)})
      })
      return remember(readMemo, sentence, {words})
    }
  }
}

let loading: Promise<Language> | undefined

/** wink-nlp with its English model, loaded once (a dynamic import: its own chunk in a browser bundle). */
export function loadLanguage(): Promise<Language> {
  loading ??= (async () => {
    const [wink, model] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')])
    const winkNLP = (wink.default ?? wink) as unknown as (model: unknown) => Wink
    return winkLanguage(winkNLP(model.default ?? model), 'wink-nlp 2.4.0, wink-eng-lite-web-model 1.8.1')
  })()
  return loading
}
