// A laid-out draft as one HTML page, for printing to PDF through Chromium: the alternative to pdfmake for Lao
// documents, since Chromium shapes Lao with HarfBuzz and breaks lines between Lao words with ICU itself.
import type {DraftLayout, LayoutBlock, LayoutRun} from './layout.ts'

/** Where the browser finds each bundled font file (a file:// or app URL); families as in PDF_FONTS. */
export type FontUrls = Record<string, string>

function escape(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;')
}

function runHtml(run: LayoutRun, mode: DraftLayout['mode']): string {
  let out = escape(run.text)
  if (run.emphasis) out = `<em>${out}</em>`
  if (run.strong) out = `<strong>${out}</strong>`
  if (mode === 'clean' || run.change === 'equal') return out
  if (run.variant) return run.change === 'insert' ? `<span class="variant">${out}</span>` : ''
  return run.change === 'insert' ? `<ins>${out}</ins>` : `<del>${out}</del>`
}

function blockHtml(block: LayoutBlock, mode: DraftLayout['mode']): string {
  const runs = (list: ReadonlyArray<LayoutRun>, m: DraftLayout['mode']) => list.map((r) => runHtml(r, m)).join('')
  const depth = `depth-${Math.min(block.depth, 6)}${block.moved ? ' moved' : ''}`
  if (block.kind === 'heading') return `<h2>${runs(block.runs, mode)}</h2>`
  if (block.kind === 'notice') return `<p class="notice ${depth}">${runs(block.runs, mode)}</p>`
  if (block.kind === 'item' && block.label.length > 0) {
    return `<div class="item ${depth}"><span class="label">${runs(block.label, mode)}</span><span class="text">${runs(block.runs, mode)}</span></div>`
  }
  return `<p class="${block.kind} ${depth}">${runs(block.runs, mode)}</p>`
}

function variantsHtml(layout: DraftLayout): Array<string> {
  if (!layout.variants || layout.variants.length === 0) return []
  const w = layout.words
  return [
    `<h2>${escape(w.variantsHeading)}</h2>`,
    `<p class="notice">${escape(w.variantsNote)}</p>`,
    ...layout.variants.map((v) => `<p class="variant-entry"><strong>${escape(v.where)}:</strong> ${escape(w.base)} “${escape(v.base || '—')}”; ${escape(w.draft)} “${escape(v.draft || '—')}”.</p>`)
  ]
}

const fontFiles: Array<[family: string, file: string, weight: number, style: string]> = [
  ['Noto Sans', 'NotoSans-Regular.ttf', 400, 'normal'],
  ['Noto Sans', 'NotoSans-Bold.ttf', 700, 'normal'],
  ['Noto Sans', 'NotoSans-Italic.ttf', 400, 'italic'],
  ['Noto Sans', 'NotoSans-BoldItalic.ttf', 700, 'italic'],
  ['Noto Sans Lao', 'NotoSansLao-Regular.ttf', 400, 'normal'],
  ['Noto Sans Lao', 'NotoSansLao-Bold.ttf', 700, 'normal']
]

/**
 * The page: A4, the same look as the pdfmake export (red inclusions underlined, deletions struck through), the
 * bundled fonts from `fonts` (file name → URL). Lao text falls back from Noto Sans to Noto Sans Lao per glyph.
 */
export function draftToHtml(layout: DraftLayout, fonts: FontUrls = {}): string {
  const faces = fontFiles
    .filter(([, file]) => fonts[file])
    .map(([family, file, weight, style]) => `@font-face{font-family:"${family}";src:url("${fonts[file]}") format("truetype");font-weight:${weight};font-style:${style}}`)
    .join('\n')
  const body = [
    `<h1>${escape(layout.title)}</h1>`,
    ...layout.details.map((d) => `<p class="details">${escape(d)}</p>`),
    layout.intro ? `<p class="intro">${escape(layout.intro)}</p>` : '',
    ...layout.blocks.map((b) => blockHtml(b, layout.mode)),
    ...variantsHtml(layout)
  ].join('\n')
  return `<!doctype html>
<html lang="${escape(layout.language)}">
<head>
<meta charset="utf-8">
<title>${escape(layout.title)}</title>
<style>
${faces}
@page{size:A4;margin:22mm 20mm 20mm 20mm}
body{font-family:"Noto Sans","Noto Sans Lao",sans-serif;font-size:10.5pt;line-height:1.45;color:#000;margin:0}
h1{font-size:15pt;margin:0 0 6pt}
h2{font-size:11pt;margin:14pt 0 5pt;break-after:avoid}
h2 + *{break-before:avoid}
.details{font-size:9.5pt;color:#595959;margin:0 0 2pt}
.intro{color:#c00000;font-style:italic;border-top:.6pt solid #c00000;border-bottom:.6pt solid #c00000;padding:5pt 0;margin:10pt 0 6pt}
p{margin:0 0 5pt}
.item{display:grid;grid-template-columns:30pt 1fr;margin:0 0 5pt;break-inside:auto}
.notice{font-style:italic;color:#595959;font-size:9.5pt}
ins{color:#c00000;text-decoration:underline}
del{color:#c00000;text-decoration:line-through}
.variant{text-decoration:underline dotted #808080}
.moved ins,.moved del{color:#2e7d32;text-decoration-style:double}
.depth-1{margin-left:22pt}.depth-2{margin-left:44pt}.depth-3{margin-left:66pt}.depth-4{margin-left:88pt}.depth-5{margin-left:110pt}.depth-6{margin-left:132pt}
</style>
</head>
<body>
${body}
</body>
</html>
`
}
