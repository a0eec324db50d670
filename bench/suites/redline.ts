// The redline of one long rewritten article: 10,000 words in 100 paragraphs, every word of the draft's wording
// different in one paragraph of two and one word in five changed in the others, and once as one paragraph of
// 10,000 words rewritten throughout. Target: under 1 s each (the word diff has a bound on its work).
import {parseInstrument} from '../../src/corpus/index.ts'
import {redlineOf} from '../../src/drafting/index.ts'
import type {Instrument} from '../../src/model/index.ts'
import {time} from '../timing.ts'

export const name = 'redline'

const front = (id: string, kind: string) => `---\nid: ${id}\ntitle: ${id}\nkind: ${kind}\n${kind === 'draft' ? 'base: base\n' : ''}jurisdiction: LA\nlanguage: en\nsource: bench\n---\n\n`

/** A deterministic word list: the same seed gives the same words. */
function words(seed: number, n: number): Array<string> {
  let x = seed
  return Array.from({length: n}, () => {
    x = (x * 1103515245 + 12345) % 2147483648
    return `w${x % 5000}`
  })
}

function instrument(text: string): Instrument {
  return parseInstrument(text, 'bench.md').value!
}

function article(paragraphs: Array<string>): string {
  return `## Article 1 Long article\n\n${paragraphs.join('\n\n')}\n`
}

export async function run(): Promise<Record<string, number | string>> {
  const baseParas = Array.from({length: 100}, (_, i) => words(i + 1, 100).join(' ') + '.')
  const draftParas = baseParas.map((p, i) => (i % 2 === 0 ? words(i + 1000, 100).join(' ') + '.' : p.split(' ').map((w, k) => (k % 5 === 0 ? `${w}x` : w)).join(' ')))
  const base = instrument(front('base', 'law') + article(baseParas))
  const draft = instrument(front('d', 'draft') + article(draftParas))
  const oneBase = instrument(front('base', 'law') + article([words(7, 10_000).join(' ') + '.']))
  const oneDraft = instrument(front('d', 'draft') + article([words(13, 10_000).join(' ') + '.']))
  const paragraphs = await time(() => redlineOf(draft, base), 3)
  const single = await time(() => redlineOf(oneDraft, oneBase), 3)
  return {
    words: 10_000,
    rewritten_100_paragraphs_ms: Math.round(paragraphs),
    rewritten_one_paragraph_ms: Math.round(single),
    target_ms: 1000,
    within_target: paragraphs < 1000 && single < 1000 ? 'yes' : 'no'
  }
}
