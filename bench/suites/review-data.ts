// The shipped corpus and its review data: how long the app waits to have them parsed, typed and cross-checked.
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {join} from 'node:path'
import {loadCorpus} from '../../src/corpus/index.ts'
import {checkReviewData, loadReviewData, sanctionDelays} from '../../src/review/index.ts'
import {time} from '../timing.ts'

export const name = 'review-data'

export async function run(): Promise<Record<string, number | string>> {
  const dir = fileURLToPath(new URL('../../corpus', import.meta.url))
  const files = (readdirSync(dir, {recursive: true}) as Array<string>)
    .filter((p) => /\.(md|ya?ml)$/u.test(p) && !p.endsWith('README.md'))
    .map((p) => ({path: p.split('\\').join('/'), text: readFileSync(join(dir, p), 'utf8')}))
  const corpus = loadCorpus(files).value
  const data = loadReviewData(files).value
  const corpusMs = await time(() => loadCorpus(files), 5)
  const loadMs = await time(() => loadReviewData(files), 5)
  const checkMs = await time(() => checkReviewData(data, corpus), 5)
  const social = sanctionDelays(data).find((d) => d.framework === 'social-security')
  return {
    instruments: corpus.instruments.length,
    aspects: data.aspects.length,
    fines: data.fines.length,
    procedures: data.procedures.length,
    parse_corpus_ms: corpusMs,
    load_review_data_ms: loadMs,
    check_review_data_ms: checkMs,
    social_security_days_before_fine_max: social?.slowest?.days ?? -1
  }
}
