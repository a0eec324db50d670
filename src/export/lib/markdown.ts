// A redline as Markdown with CriticMarkup ({++inserted++}, {--deleted--}), which Markdown editors with change
// tracking (and pandoc's track-changes reader) understand and which stays readable as plain text.
import type {DraftLayout, LayoutBlock, LayoutRun} from './layout.ts'

function escape(text: string): string {
  return text.replace(/[\\*_`[\]<]/gu, (c) => `\\${c}`).replace(/\{(?=[+-]{2})/gu, '\\{')
}

function runText(run: LayoutRun): string {
  const core = escape(run.text)
  // Emphasis may not begin or end with white space: keep it outside the marks.
  const mark = (s: string, m: string) => {
    const lead = /^\s*/u.exec(s)![0]
    const trail = /\s*$/u.exec(s.slice(lead.length))![0]
    const inner = s.slice(lead.length, s.length - trail.length)
    return inner ? `${lead}${m}${inner}${m}${trail}` : s
  }
  let out = core
  if (run.emphasis) out = mark(out, '*')
  if (run.strong) out = mark(out, '**')
  // A wording variant is the draft's wording, unmarked: only declared changes are CriticMarkup.
  if (run.variant) return run.change === 'delete' ? '' : out
  if (run.change === 'insert') return `{++${out}++}`
  if (run.change === 'delete') return `{--${out}--}`
  return out
}

function runsText(runs: ReadonlyArray<LayoutRun>): string {
  return runs.map(runText).join('')
}

function blockText(block: LayoutBlock): string {
  const indent = '    '.repeat(block.depth)
  if (block.kind === 'heading') return `## ${runsText(block.runs)}${block.comment ? ` {>>${block.comment}<<}` : ''}`
  if (block.kind === 'notice') return `> ${runsText(block.runs)}`
  // A label is written as text after a bullet, never as Markdown numbering, so it reads exactly as in the law.
  if (block.kind === 'item' && block.label.length > 0) return `${indent}- ${runsText(block.label)} ${runsText(block.runs)}`
  return `${indent}${block.depth > 0 ? '  ' : ''}${runsText(block.runs)}`
}

/** The laid-out draft as Markdown: CriticMarkup for changes (redline and track-changes modes), plain in clean mode. */
export function draftToMarkdown(layout: DraftLayout): string {
  const out: Array<string> = [`# ${escape(layout.title)}`, '', ...layout.details.map((d) => `${escape(d)}  `), '']
  if (layout.intro) out.push(`> ${escape(layout.intro)} (Markup: {++inserted++}, {--deleted--}.)`, '')
  let previous: LayoutBlock | undefined
  for (const block of layout.blocks) {
    const listContinues = previous?.kind === 'item' && block.kind === 'item'
    if (!listContinues && previous) out.push('')
    out.push(blockText(block))
    if (block.kind === 'heading') out.push('')
    previous = block.kind === 'heading' ? undefined : block
  }
  if (layout.variants && layout.variants.length > 0) {
    const w = layout.words
    out.push('', `## ${escape(w.variantsHeading)}`, '', escape(w.variantsNote), '')
    for (const v of layout.variants) out.push(`- **${escape(v.where)}:** ${escape(w.base)} “${escape(v.base || '—')}”; ${escape(w.draft)} “${escape(v.draft || '—')}”.`)
  }
  return out.join('\n').replace(/\n{3,}/gu, '\n\n').trimEnd() + '\n'
}
