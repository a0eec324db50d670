// The comparison workspace's two costs: diffing a whole corpus against an amended copy (the redline of a large
// amendment), and rendering the largest comparison view in real Chromium (navigation to content in the DOM).
// Targets: a 10,000-article corpus diffed in under 1 s; a comparison view rendered in under 100 ms.
import {existsSync} from 'node:fs'
import {loadCorpus} from '../../src/corpus/index.ts'
import {countChanges, diffCorpus} from '../../src/compare/index.ts'
import {syntheticCorpus, type SyntheticFile} from '../synthetic.ts'
import {time} from '../timing.ts'

export const name = 'compare'

/**
 * An amended copy: in every `every`-th article a word replaced and a phrase inserted in the first item, and in
 * every fourth of those an item added; every 50th article is dropped. Ids stay as they were, as in a real
 * amendment.
 */
export function amend(files: Array<SyntheticFile>, every: number): Array<SyntheticFile> {
  let n = 0
  return files.map((file) => {
    const parts = file.text.split(/(?=^### Article )/m)
    const out = parts.map((part) => {
      if (!part.startsWith('### Article ')) return part
      n++
      if (n % 50 === 0) return ''
      if (n % every !== 0) return part
      let text = part.replace(/^1\. (\S+) (\S+)/m, '1. $1 amended $2').replace(/\binspection\b/, 'inspections')
      if (n % (every * 4) === 0) text = text.replace(/\n*$/, '\n9. Any further duty assigned by the competent authority, without prior notice;\n\n')
      return text
    })
    return {path: file.path, text: out.join('')}
  })
}

async function renderFigures(): Promise<Record<string, number | string>> {
  if (!existsSync('/usr/bin/chromium')) return {render_ms_largest_compare_view: 'skipped: /usr/bin/chromium is not installed'}
  const {startRenderer, navigateTimed} = await import('../../test/e2e/browser.ts')
  const session = await startRenderer()
  try {
    const page = await session.open('#/instruments', {width: 1920, height: 1080})
    // No helper functions inside evaluate: tsx would wrap them in a `__name` call the page does not have.
    const marks = await page.evaluate(() =>
      ['synoptic:start', 'synoptic:corpus-loaded', 'synoptic:instruments'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN)
    )
    const startup = {corpus: marks[1]! - marks[0]!, view: marks[2]!}
    // Let the background conformity check finish so it does not share the CPU with the timings.
    await page.waitForFunction(() => performance.getEntriesByName('synoptic:findings-ready').length > 0, undefined, {timeout: 60_000})
    await navigateTimed(page, '#/compare')
    const ids = await page.locator('table.table-1 tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace('#/compare/', '')))
    let worst = {id: '', ms: 0}
    for (const id of ids) {
      let best = Infinity
      for (let i = 0; i < 3; i++) {
        await navigateTimed(page, '#/instruments')
        best = Math.min(best, await navigateTimed(page, `#/compare/${id}`))
      }
      if (best > worst.ms) worst = {id, ms: best}
    }
    let overview = Infinity
    let diff = Infinity
    for (let i = 0; i < 3; i++) {
      await navigateTimed(page, '#/instruments')
      overview = Math.min(overview, await navigateTimed(page, '#/compare'))
      diff = Math.min(diff, await navigateTimed(page, '#/diff/ssl-2018/art-112/annex-1/art-112'))
    }
    await page.context().close()
    return {
      render_ms_largest_compare_view: worst.ms,
      largest_compare_view: `#/compare/${worst.id}`,
      render_ms_table_1: overview,
      render_ms_diff_view: diff,
      startup_ms_corpus_parse_in_browser: startup.corpus,
      startup_ms_to_first_view: startup.view
    }
  } finally {
    await session.close()
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const articles = 10_000
  const files = syntheticCorpus({articles})
  const base = loadCorpus(files).value
  const amended = loadCorpus(amend(files, 10)).value
  const rewritten = loadCorpus(amend(files, 1)).value
  diffCorpus(base, amended) // warm-up
  let counts = countChanges([])
  const amendedMs = await time(() => {
    counts = countChanges(diffCorpus(base, amended))
  })
  let rewrittenCounts = countChanges([])
  const rewrittenMs = await time(() => {
    rewrittenCounts = countChanges(diffCorpus(base, rewritten))
  }, 2)
  const identicalMs = await time(() => diffCorpus(base, base))
  return {
    articles,
    diff_ms_10000_articles_amended_copy: amendedMs,
    articles_changed_inserted_deleted: `${counts.changed}/${counts.insert}/${counts.delete}`,
    diff_ms_10000_articles_every_article_changed: rewrittenMs,
    articles_changed_when_all_amended: rewrittenCounts.changed,
    diff_ms_10000_articles_identical: identicalMs,
    ...(await renderFigures())
  }
}
