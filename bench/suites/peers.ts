// Synoptic beside its peers as a user runs them: whole processes (start-up, reading, parsing and writing
// included) on the same input doing the same work, interleaved, medians of five runs after a warm-up (three with
// --quick), with the spread and the ratio ours / peer. "warm" is a second run on an unchanged corpus (the cache of
// parsed instruments filled by the warm-up); "cold" runs with the cache off (SYNOPTIC_CACHE=off), so it parses.
//
// - export DOCX (track changes) of a 1,000-article draft with 100 amended articles, against pandoc converting
//   the same Markdown to DOCX;
// - export PDF of it (redline, pdfmake), warm and cold, against LibreOffice converting our redline DOCX of it to
//   PDF (its own profile, warmed up);
// - import of a 200-article Word file, against mammoth alone converting it to HTML;
// - diff of two 10,000-article folders, against git diff --no-index --word-diff;
// - validate of 10,000 articles in 500-article files, against bare remark-parse over the same files;
// - list (the shipped corpus), as the `synoptic` command (the package's bin) and through `npm run -s synoptic --`,
//   beside bare node and npm's own floor (`npm run -s` of a script that only starts node);
// - the scaling curve: validate of 1,000, 10,000 and 100,000 articles (500 per file) with peak memory, and
//   100,000 "text not available" articles in one file (one run each at 100,000).
//
// `npm run bench -- --only peers --filter diff` runs the comparisons whose name contains "diff".
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {longLawDocx} from '../../test/import/fixtures.ts'
import {figures, interleaved, runOnce, type Side} from '../processes.ts'
import {syntheticCorpus, type SyntheticFile} from '../synthetic.ts'
import {amend} from './compare.ts'
import {largeDraftTexts} from './export.ts'

export const name = 'peers'

const root = fileURLToPath(new URL('../../', import.meta.url))
const cli = join(root, 'scripts', 'synoptic.mjs')

function writeFolder(dir: string, files: Array<SyntheticFile>): string {
  mkdirSync(dir, {recursive: true})
  for (const f of files) writeFileSync(join(dir, f.path), f.text)
  return dir
}

/** 100,000 articles the sources only cite: the hostile shape of one long file of block quotes. */
function unquoted(articles: number): string {
  const lines = ['---', 'id: unquoted', 'title: Unquoted', 'kind: law', 'jurisdiction: LA', 'language: en', 'source: synthetic', '---', '']
  for (let a = 1; a <= articles; a++) lines.push(`## Article ${a}`, '', '> status: text not available', '')
  return lines.join('\n')
}

export async function run(options: {quick?: boolean; filter?: string | undefined} = {}): Promise<Record<string, number | string>> {
  const runs = options.quick ? 3 : 5
  const wanted = (comparison: string) => !options.filter || comparison.includes(options.filter)
  const dir = mkdtempSync(join(tmpdir(), 'synoptic-bench-peers-'))
  const cache = join(dir, 'cache')
  const ours = (label: string, args: Array<string>, cold = false, extra: Partial<Side> = {}): Side => ({
    label, command: process.execPath, args: [cli, ...args], cwd: dir, env: cold ? {SYNOPTIC_CACHE: 'off'} : {SYNOPTIC_CACHE_DIR: cache}, ...extra
  })
  const out: Record<string, number | string> = {runs, machine_load_at_start: Number((await import('node:os')).loadavg()[0]!.toFixed(1))}
  const compare = async (comparison: string, sides: Array<Side>) => {
    if (!wanted(comparison)) return
    try {
      Object.assign(out, figures(comparison, sides, await interleaved(sides, runs)))
    } catch (error) {
      out[comparison] = `failed: ${(error as Error).message.split('\n')[0]}`
    }
  }
  try {
    // The draft and its base, as a corpus folder and as a Markdown file for pandoc.
    const {baseText, draftText} = largeDraftTexts()
    const corpus = join(dir, 'corpus')
    writeFolder(corpus, [{path: 'syn-1.md', text: baseText}, {path: 'syn-draft.md', text: draftText}])
    const removing = (file: string) => () => rmSync(file, {force: true})
    const docxOut = join(dir, 'ours.docx')
    if (existsSync('/usr/bin/pandoc')) {
      await compare('export_docx_1000_articles', [
        ours('synoptic_warm', ['export', 'syn-draft', '--corpus', corpus, '--format', 'docx', '--mode', 'track-changes', '-o', docxOut, '--force']),
        ours('synoptic_cold', ['export', 'syn-draft', '--corpus', corpus, '--format', 'docx', '--mode', 'track-changes', '-o', docxOut, '--force'], true),
        {label: 'pandoc', command: 'pandoc', args: ['-f', 'markdown', '-t', 'docx', '-o', join(dir, 'pandoc.docx'), join(corpus, 'syn-draft.md')], cwd: dir}
      ])
    } else out.export_docx_1000_articles = 'skipped: pandoc is not installed'

    if (existsSync('/usr/bin/soffice') && wanted('export_pdf')) {
      await runOnce(ours('docx', ['export', 'syn-draft', '--corpus', corpus, '--format', 'docx', '--mode', 'redline', '-o', docxOut, '--force']))
      const profile = join(dir, 'lo-profile')
      await compare('export_pdf_1000_articles', [
        ours('synoptic_warm', ['export', 'syn-draft', '--corpus', corpus, '--format', 'pdf', '-o', join(dir, 'ours.pdf'), '--force']),
        ours('synoptic_cold', ['export', 'syn-draft', '--corpus', corpus, '--format', 'pdf', '-o', join(dir, 'ours.pdf'), '--force'], true),
        {label: 'libreoffice', command: 'soffice', args: [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), docxOut], cwd: dir, before: removing(join(dir, 'lo', 'ours.pdf'))}
      ])
    }

    if (wanted('import')) {
      const law = await longLawDocx(200)
      const word = join(dir, 'law.docx')
      writeFileSync(word, law.bytes)
      const imported = join(dir, 'imported.md')
      await compare('import_200_article_docx', [
        ours('synoptic', ['import', word, '--id', 'bench-law', '-o', imported], false, {before: removing(imported)}),
        {label: 'mammoth', command: process.execPath, args: [join(root, 'bench', 'peers', 'mammoth.mjs'), word], cwd: root}
      ])
    }

    const tenThousand = syntheticCorpus({articles: 10_000, perInstrument: 500})
    if (wanted('diff')) {
      const a = writeFolder(join(dir, 'diff-a'), tenThousand)
      const b = writeFolder(join(dir, 'diff-b'), amend(tenThousand, 10))
      await compare('diff_10000_articles', [
        ours('synoptic_warm', ['diff', a, b]),
        ours('synoptic_cold', ['diff', a, b], true),
        {label: 'git_word_diff', command: 'git', args: ['diff', '--no-index', '--word-diff', a, b], cwd: dir, ok: [0, 1]}
      ])
    }

    if (wanted('validate')) {
      const folder = writeFolder(join(dir, 'validate-10000'), tenThousand)
      await compare('validate_10000_articles_500_per_file', [
        ours('synoptic_warm', ['validate', folder]),
        ours('synoptic_cold', ['validate', folder], true),
        {label: 'remark_parse', command: process.execPath, args: [join(root, 'bench', 'peers', 'remark-parse.mjs'), folder], cwd: root}
      ])
    }

    if (wanted('list')) {
      // The floor npm itself sets: `npm run -s` of a script that only starts node, in a package of its own.
      const empty = join(dir, 'empty-package')
      mkdirSync(empty)
      writeFileSync(join(empty, 'package.json'), JSON.stringify({name: 'empty', private: true, scripts: {noop: 'node -e 0'}}))
      await compare('list_shipped_corpus', [
        // `synoptic list` as the installed command (`npm link`, or a global install) runs it: the script itself.
        {label: 'synoptic_command', command: cli, args: ['list'], cwd: root, env: {SYNOPTIC_CACHE_DIR: cache}},
        {label: 'npm_run_synoptic', command: 'npm', args: ['run', '-s', 'synoptic', '--', 'list'], cwd: root, env: {SYNOPTIC_CACHE_DIR: cache}},
        {label: 'bare_node', command: process.execPath, args: ['-e', '0'], cwd: root},
        {label: 'npm_run_empty_script', command: 'npm', args: ['run', '-s', 'noop'], cwd: empty}
      ])
    }

    if (wanted('scaling')) {
      for (const articles of options.quick ? [1000, 10_000] : [1000, 10_000, 100_000]) {
        const folder = articles === 10_000 ? join(dir, 'validate-10000') : writeFolder(join(dir, `validate-${articles}`), syntheticCorpus({articles, perInstrument: 500}))
        if (!existsSync(folder)) writeFolder(folder, tenThousand)
        const times = articles >= 100_000 ? 1 : runs
        const timings = []
        for (let i = 0; i < times; i++) timings.push(await runOnce(ours('cold', ['validate', folder], true)))
        const ms = timings.map((t) => t.ms).sort((x, y) => x - y)
        const cpu = timings.map((t) => t.cpuMs).sort((x, y) => x - y)
        out[`scaling.validate_${articles}_articles_cold`] = `median ${Math.round(ms[Math.floor(ms.length / 2)]!)} ms (${times} run${times > 1 ? 's' : ''}), cpu ${Math.round(cpu[Math.floor(cpu.length / 2)]!)} ms, peak ${Math.round(Math.max(...timings.map((t) => t.peakMb)))} MB`
      }
      if (!options.quick) {
        const file = join(dir, 'unquoted.md')
        writeFileSync(file, unquoted(100_000))
        const t = await runOnce(ours('cold', ['validate', file], true))
        out['scaling.validate_100000_unquoted_articles_one_file_cold'] = `${Math.round(t.ms)} ms (1 run), cpu ${Math.round(t.cpuMs)} ms, peak ${Math.round(t.peakMb)} MB`
      }
    }
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
  return out
}
