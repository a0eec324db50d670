// A synthetic corpus far larger than the real one, in the corpus format, for `npm run bench`.
// Deterministic (seeded), so figures from two runs compare the same text.

const words = (
  'inspection inspector labour unit employer worker social security contribution notice visit report ' +
  'measure fine warning decision article law regulation authority organization enterprise scheme member ' +
  'benefit payment register record document evidence compliance violation obligation power duty'
).split(' ')

function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function sentence(next: () => number, length: number): string {
  const out: Array<string> = []
  for (let i = 0; i < length; i++) {
    let w = words[Math.floor(next() * words.length)] ?? 'law'
    if (i === 0) w = w[0]!.toUpperCase() + w.slice(1)
    if (next() < 0.05) w = `**${w}**`
    out.push(w)
  }
  return out.join(' ') + ';'
}

/** Options of the synthetic corpus. */
export interface SyntheticOptions {
  /** Total articles, spread over instruments of `perInstrument` articles. */
  articles: number
  perInstrument?: number | undefined
  seed?: number | undefined
}

/** One synthetic instrument file. */
export interface SyntheticFile {
  path: string
  text: string
}

/** Instruments with nested items (1. → 1.1. → (a)) and bold words, like the Lao laws but much longer. */
export function syntheticCorpus(options: SyntheticOptions): Array<SyntheticFile> {
  const per = options.perInstrument ?? 500
  const next = random(options.seed ?? 81)
  const files: Array<SyntheticFile> = []
  for (let start = 1, n = 1; start <= options.articles; start += per, n++) {
    const lines = [
      '---',
      `id: syn-${n}`,
      `title: Synthetic Law No. ${n}`,
      'kind: law',
      'jurisdiction: LA',
      'language: en',
      'translation: unofficial',
      'source: synthetic benchmark text',
      '---',
      ''
    ]
    const end = Math.min(options.articles, start + per - 1)
    for (let a = start; a <= end; a++) {
      if ((a - start) % 50 === 0) lines.push(`## Chapter ${Math.floor((a - start) / 50) + 1} Provisions ${a}`, '')
      lines.push(`### Article ${a} ${sentence(next, 4).slice(0, -1)}`, '', sentence(next, 12), '')
      const items = 2 + Math.floor(next() * 4)
      for (let i = 1; i <= items; i++) {
        lines.push(`${i}. ${sentence(next, 8 + Math.floor(next() * 10))}`)
        if (next() < 0.3) {
          lines.push(`   - ${i}.1. ${sentence(next, 8)}`)
          if (next() < 0.5) lines.push(`     - (a) ${sentence(next, 6)}`)
        }
      }
      lines.push('')
    }
    files.push({path: `syn-${n}.md`, text: lines.join('\n')})
  }
  return files
}
