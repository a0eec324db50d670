// Parse + validate of the synthetic corpus against bare remark-parse on the same text: the model's overhead.
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {loadCorpus} from '../../src/corpus/index.ts'
import {syntheticCorpus} from '../synthetic.ts'
import {time} from '../timing.ts'

export const name = 'parse'

export async function run(): Promise<Record<string, number | string>> {
  const articles = 10_000
  const files = syntheticCorpus({articles})
  const bytes = files.reduce((n, f) => n + f.text.length, 0)
  const bare = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
  let errors = 0
  let items = 0
  // Warm up the JIT on both paths so neither pays the other's start-up.
  loadCorpus(files.slice(0, 2))
  for (const f of files.slice(0, 2)) bare.parse(f.text)
  const remarkMs = await time(() => {
    for (const f of files) bare.parse(f.text)
  })
  const modelMs = await time(() => {
    const {value, messages} = loadCorpus(files)
    errors = messages.filter((m) => m.severity === 'error').length
    items = value.instruments.length
  })
  return {
    articles,
    instruments: items,
    megabytes: bytes / 1e6,
    errors,
    remark_parse_ms_per_1000_articles: (remarkMs / articles) * 1000,
    parse_validate_ms_per_1000_articles: (modelMs / articles) * 1000,
    model_over_remark_ratio: modelMs / remarkMs,
    model_overhead_percent: ((modelMs - remarkMs) / remarkMs) * 100,
    target: 'model overhead <= 50% over bare remark-parse'
  }
}
