// A laid-out draft as a Word document. Legal numbers ("Article 112", "4.", "(a)") are literal text with a
// tab and a hanging indent, never Word list numbering, so they survive any editing and match the source.
// Article headings are Heading 2 (the navigation pane, a table of contents); the title is Heading 1.
import {AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun} from 'docx'
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'
import type {DraftLayout, LayoutBlock, LayoutRun} from './layout.ts'
import {runningTitle} from './pdf-draft.ts'
import {xmlUnsafe} from './xml-text.ts'

/** Who and when, for Word revisions and comments; fonts to embed. */
export interface DocxOptions {
  /** Author of the revisions (default: the draft's author, else "Synoptic"). */
  author?: string | undefined
  /** ISO date-time of the revisions (default: the draft's date). */
  date?: string | undefined
  /**
   * Noto Sans Lao (regular and bold) to embed in a Lao document, read by the edge: a machine without Phetsarath
   * OT then still shapes ນ້ຳ correctly.
   */
  laoFonts?: {regular: Uint8Array; bold?: Uint8Array | undefined} | undefined
}

/** Red of the review's Annex 1. */
export const RED = 'C00000'
/** Word's colour for moves. */
const MOVE_GREEN = '2E7D32'
const GREY = '595959'
const LATIN_FONT = 'Arial'
// Lao is a complex script for Word: its runs take the `cs` font. A Lao document names Noto Sans Lao, embeds it,
// and gives Phetsarath OT (the Lao government's standard font) as its alternative. Naming Phetsarath OT first
// does not work: LibreOffice, where it is missing, ignores the alternative and draws Lao in a font whose
// ນ້ຳ loses its SARA AM circle.
const LAO_FONT = 'Noto Sans Lao'
const LAO_FALLBACK = 'Phetsarath OT'
const INDENT = 567 // 1 cm in twentieths of a point
/** Author of the revisions that are wording variants, not amendments: Word colours them apart. */
export const VARIANT_AUTHOR = 'Wording variant'
const MOVE_TAG = 'synoptic-move:'

/** Hands out revision and comment ids: unique within the document, as Word requires. */
class Ids {
  private next = 1
  take(): number {
    return this.next++
  }
}

interface Context {
  mode: DraftLayout['mode']
  author: string
  date: string
  revisions: Ids
  comments: Array<{id: number; text: string}>
  /** Move names by the id of the provision that moved. */
  moves: Map<string, string>
  /** The time of the revisions of the paragraph being written. */
  paragraphDate?: string | undefined
}

// The body's paragraphs are written as WordprocessingML text rather than as docx's object trees: a
// 1,000-article draft has some 30,000 runs, and building, formatting and serialising their trees took most of
// the export's time. The XML is the same, element for element, as docx writes for the same options
// (test/export/docx-body.test.ts holds the two equal); the rest of the package (styles, header, footer,
// comments, fonts) is still docx's.

/** Text and attribute values escaped as docx escapes them. */
function esc(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;'))
}

/** Character formatting of a run, in the schema's order of w:rPr. */
interface RunLook {
  bold?: boolean
  italics?: boolean
  strike?: boolean
  doubleStrike?: boolean
  color?: string
  underline?: {type?: string; color?: string}
}

function runProperties(look: RunLook): string {
  let x = ''
  if (look.bold) x += '<w:b/><w:bCs/>'
  if (look.italics) x += '<w:i/><w:iCs/>'
  if (look.strike) x += '<w:strike/>'
  if (look.doubleStrike) x += '<w:dstrike/>'
  if (look.color) x += `<w:color w:val="${esc(look.color)}"/>`
  if (look.underline) x += `<w:u w:val="${esc(look.underline.type ?? 'single')}"${look.underline.color ? ` w:color="${esc(look.underline.color)}"` : ''}/>`
  return x ? `<w:rPr>${x}</w:rPr>` : ''
}

/** A w:r holding text (w:delText inside a deletion) or a tab. */
function runXml(look: RunLook, content: {text: string; deleted?: boolean} | 'tab'): string {
  const inner = content === 'tab' ? '<w:tab/>' : content.deleted ? `<w:delText xml:space="preserve">${esc(content.text)}</w:delText>` : `<w:t xml:space="preserve">${esc(content.text)}</w:t>`
  return `<w:r>${runProperties(look)}${inner}</w:r>`
}

function revisionXml(kind: 'ins' | 'del', rev: {id: number; author: string; date: string}, inner: string): string {
  return `<w:${kind} w:id="${rev.id}" w:author="${esc(rev.author)}" w:date="${esc(rev.date)}">${inner}</w:${kind}>`
}

/** The revision of a paragraph mark (inside the paragraph's w:rPr). */
function revisionMark(kind: 'ins' | 'del', rev: {id: number; author: string; date: string}): string {
  return `<w:${kind} w:id="${rev.id}" w:author="${esc(rev.author)}" w:date="${esc(rev.date)}"/>`
}

function formatting(run: LayoutRun): RunLook {
  return {...(run.strong ? {bold: true} : {}), ...(run.emphasis ? {italics: true} : {})}
}

function revision(ctx: Context, author: string): {id: number; author: string; date: string} {
  return {id: ctx.revisions.take(), author, date: ctx.paragraphDate ?? ctx.date}
}

/**
 * The time of the revisions of the `n`th paragraph. LibreOffice joins two revisions of one author made within
 * a minute of each other when they touch across a paragraph end (a heading ending in an insertion and an item
 * starting with one), and Reject All then removes the paragraph break: neighbouring paragraphs' revisions are
 * three minutes apart, which keeps them apart.
 */
function paragraphDate(date: string, n: number): string {
  const t = Date.parse(date)
  return Number.isNaN(t) || n % 2 === 0 ? date : new Date(t + 3 * 60_000).toISOString().replace(/\.000Z$/u, 'Z')
}

/** The author of a change: the draft's, a wording variant's, or the tag of a move (turned into w:moveFrom/w:moveTo). */
function authorOf(run: LayoutRun, block: LayoutBlock | undefined, ctx: Context): string {
  if (block?.moved && block.id) {
    let name = ctx.moves.get(block.id)
    if (!name) ctx.moves.set(block.id, (name = `move${ctx.moves.size + 1}`))
    return `${MOVE_TAG}${name}:${run.variant ? VARIANT_AUTHOR : ctx.author}`
  }
  return run.variant ? VARIANT_AUTHOR : ctx.author
}

/** One run as Word content: plain, marked (redline) or a revision (track changes); '' when it is left out. */
function wordRun(run: LayoutRun, ctx: Context, block: LayoutBlock | undefined, extra: RunLook = {}): string {
  const text = {text: run.text}
  const base: RunLook = {...formatting(run), ...extra}
  if (run.change === 'equal' || ctx.mode === 'clean') return runXml(base, text)
  if (ctx.mode === 'redline') {
    if (run.variant) {
      // The draft's wording stands, dotted; the base's words are listed after the text, never struck in red.
      return run.change === 'insert' ? runXml({...base, underline: {type: 'dotted', color: '808080'}}, text) : ''
    }
    if (block?.moved) {
      return run.change === 'insert'
        ? runXml({...base, color: MOVE_GREEN, underline: {type: 'double', color: MOVE_GREEN}}, text)
        : runXml({...base, color: MOVE_GREEN, doubleStrike: true}, text)
    }
    return run.change === 'insert' ? runXml({...base, color: RED, underline: {}}, text) : runXml({...base, color: RED, strike: true}, text)
  }
  const rev = revision(ctx, authorOf(run, block, ctx))
  return run.change === 'insert' ? revisionXml('ins', rev, runXml(base, text)) : revisionXml('del', rev, runXml(base, {text: run.text, deleted: true}))
}

/** The tab between an item's label and its text changes with the label: inserted with a new item, deleted with a removed one. */
function tabRun(label: ReadonlyArray<LayoutRun>, ctx: Context, block: LayoutBlock): string {
  const change = label.every((r) => r.change === 'insert') ? 'insert' : label.every((r) => r.change === 'delete') ? 'delete' : 'equal'
  const first = label[0]!
  const tab = runXml({}, 'tab')
  if (change === 'equal' || ctx.mode === 'clean') return tab
  if (ctx.mode === 'redline') return first.variant && change === 'delete' ? '' : tab
  const rev = revision(ctx, authorOf(first, block, ctx))
  return revisionXml(change === 'insert' ? 'ins' : 'del', rev, tab)
}

/** The runs of one block: label, tab, text. */
function blockChildren(block: LayoutBlock, ctx: Context, extra: RunLook): string {
  let x = ''
  if (block.kind === 'item' && block.label.length > 0) {
    for (const r of block.label) x += wordRun(r, ctx, block, extra)
    x += tabRun(block.label, ctx, block)
  }
  for (const r of block.runs) x += wordRun(r, ctx, block, extra)
  return x
}

/**
 * One paragraph on the page: one block, or (tracked changes) a removed block and the block that takes its
 * place, so that rejecting or accepting every change leaves one paragraph either way. `mark` is the revision
 * of the paragraph mark.
 */
interface Planned {
  blocks: Array<LayoutBlock>
  mark?: 'insert' | 'delete' | undefined
}

/**
 * The paragraphs of tracked changes, with their marks revised as Word revises them: in a stretch of wholly
 * new and wholly removed paragraphs, each removed one shares a paragraph with a new one; the new ones left
 * over take the paragraph mark of the paragraph before them (Word's form, which LibreOffice's Reject All
 * keeps apart), and the removed ones left over have their own mark deleted.
 */
function planTracked(blocks: ReadonlyArray<LayoutBlock>, before: Planned): Array<Planned> {
  const plans: Array<Planned> = []
  const whole = (b: LayoutBlock) => b.whole !== undefined
  let i = 0
  while (i < blocks.length) {
    const b = blocks[i]!
    if (!whole(b)) {
      plans.push({blocks: [b]})
      i++
      continue
    }
    let j = i
    while (j < blocks.length && whole(blocks[j]!)) j++
    const region = blocks.slice(i, j)
    // Headings stay paragraphs of their own: a new article's heading is never joined to a removed item.
    const removed = region.filter((x) => x.whole === 'delete' && x.kind !== 'heading')
    const added = region.filter((x) => x.whole === 'insert')
    const joinable = added.filter((x) => x.kind !== 'heading')
    const k = added[0]?.kind === 'heading' ? 0 : Math.min(removed.length, joinable.length)
    const joined = new Set<LayoutBlock>()
    for (let t = 0; t < k; t++) {
      plans.push({blocks: [removed[t]!, joinable[t]!]})
      joined.add(removed[t]!).add(joinable[t]!)
    }
    const extraAdded = added.filter((x) => !joined.has(x))
    if (extraAdded.length > 0) {
      const previous = plans.at(-1) ?? before
      previous.mark = 'insert'
      extraAdded.forEach((x, n) => plans.push({blocks: [x], ...(n < extraAdded.length - 1 ? {mark: 'insert' as const} : {})}))
    }
    for (const x of region) if (x.whole === 'delete' && !joined.has(x)) plans.push({blocks: [x], mark: 'delete'})
    i = j
  }
  return plans
}

function paragraphOf(plan: Planned, ctx: Context): string {
  const block = plan.blocks.at(-1)!
  let children = ''
  let commentId: number | undefined
  const comment = plan.blocks.map((b) => b.comment).filter(Boolean).join(' ')
  if (comment && ctx.mode === 'track-changes') {
    commentId = ctx.comments.length + 1
    ctx.comments.push({id: commentId, text: comment})
    children += `<w:commentRangeStart w:id="${commentId}"/>`
  }
  const heading = block.kind === 'heading'
  const notice = block.kind === 'notice'
  const extra: RunLook = notice ? {italics: true, color: GREY} : {}
  for (const b of plan.blocks) children += blockChildren(b, ctx, extra)
  if (commentId !== undefined) children += `<w:commentRangeEnd w:id="${commentId}"/><w:r><w:commentReference w:id="${commentId}"/></w:r>`
  const markAuthor = plan.blocks.some((b) => b.runs.some((r) => r.variant)) && plan.blocks.every((b) => b.runs.every((r) => r.change === 'equal' || r.variant)) ? VARIANT_AUTHOR : ctx.author
  const mark = ctx.mode === 'track-changes' && plan.mark ? `<w:rPr>${revisionMark(plan.mark === 'insert' ? 'ins' : 'del', revision(ctx, markAuthor))}</w:rPr>` : ''
  const itemIndent = block.kind === 'item' && block.label.length > 0
  const left = INDENT * (block.depth + (itemIndent ? 1 : 0))
  // w:pPr in the schema's order: style, tabs, spacing, indentation, the paragraph mark's revision.
  const properties = (heading ? '<w:pStyle w:val="Heading2"/>' : '') +
    (itemIndent ? `<w:tabs><w:tab w:val="left" w:pos="${left}"/></w:tabs>` : '') +
    (heading ? '' : '<w:spacing w:after="100"/>') +
    (itemIndent ? `<w:ind w:left="${left}" w:hanging="${INDENT}"/>` : left > 0 ? `<w:ind w:left="${left}"/>` : '') +
    mark
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${children}</w:p>`
}

/** The note after the text: each wording variant, where it stands, the current wording and the draft's. */
function variantParagraphs(layout: DraftLayout): Array<Paragraph> {
  if (!layout.variants || layout.variants.length === 0) return []
  const w = layout.words
  return [
    new Paragraph({heading: HeadingLevel.HEADING_2, children: [new TextRun(w.variantsHeading)]}),
    new Paragraph({children: [new TextRun({text: w.variantsNote, italics: true, color: GREY})], spacing: {after: 120}}),
    ...layout.variants.map((v) => new Paragraph({
      spacing: {after: 60},
      indent: {left: INDENT, hanging: INDENT},
      children: [
        new TextRun({text: `${v.where}: `, bold: true}),
        new TextRun(`${w.base} “${v.base || '—'}”; ${w.draft} “${v.draft || '—'}”.`)
      ]
    }))
  ]
}

/** Refuses text a Word document cannot hold (the XML of a .docx would not be well-formed). */
function assertXmlSafe(layout: DraftLayout): void {
  const texts = [layout.title, ...layout.details, layout.intro ?? '', ...layout.blocks.flatMap((b) => [...b.label, ...b.runs].map((r) => r.text)), ...(layout.variants ?? []).flatMap((v) => [v.where, v.base, v.draft])]
  for (const t of texts) {
    const bad = xmlUnsafe(t)
    if (bad) throw new Error(`The text holds ${bad}, which a Word document cannot hold: remove it from the draft (the export removes it when made through the draft pipeline)`)
  }
}

/** The Word document of a laid-out draft, as the bytes of a .docx file. */
export async function draftToDocx(layout: DraftLayout, options: DocxOptions = {}): Promise<Uint8Array> {
  assertXmlSafe(layout)
  const ctx: Context = {
    mode: layout.mode,
    author: options.author || 'Synoptic',
    date: options.date || new Date(0).toISOString(),
    revisions: new Ids(),
    comments: [],
    moves: new Map()
  }
  const lao = layout.language.toLowerCase().startsWith('lo')
  const lang = lao ? 'lo-LA' : layout.language.toLowerCase().startsWith('en') ? 'en-GB' : layout.language
  const before: Planned = {blocks: []}
  const plans = ctx.mode === 'track-changes' ? planTracked(layout.blocks, before) : layout.blocks.map((b): Planned => ({blocks: [b]}))
  // The last paragraph of the head may take the inserted paragraph mark of new paragraphs that follow it.
  const headMark = before.mark ? {run: {insertion: revision(ctx, ctx.author)}} : {}
  const last = layout.details.length - 1
  const head: Array<Paragraph> = [
    new Paragraph({heading: HeadingLevel.HEADING_1, children: [new TextRun(layout.title)], ...(last < 0 && !layout.intro ? headMark : {})}),
    ...layout.details.map((line, i) => new Paragraph({children: [new TextRun({text: line, color: '404040'})], spacing: {after: 40}, ...(i === last && !layout.intro ? headMark : {})}))
  ]
  if (layout.intro) {
    head.push(new Paragraph({
      children: [new TextRun({text: layout.intro, italics: true, color: RED})],
      spacing: {before: 200, after: 200},
      border: {top: {style: 'single', size: 4, color: RED, space: 4}, bottom: {style: 'single', size: 4, color: RED, space: 4}},
      ...headMark
    }))
  }
  let paragraphs = ''
  plans.forEach((p, n) => {
    ctx.paragraphDate = paragraphDate(ctx.date, n)
    paragraphs += paragraphOf(p, ctx)
  })
  ctx.paragraphDate = undefined
  // docx writes the head, the note on variants and the rest of the package; the paragraphs written above take
  // the place of a marker paragraph.
  const marker = new Paragraph({children: [new TextRun(BODY_MARKER)]})
  const body = [...head, marker, ...variantParagraphs(layout)]
  const csFont = lao ? LAO_FONT : LATIN_FONT
  const font = {ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: csFont, eastAsia: LATIN_FONT}
  const heading = (id: string, name: string, size: number, level: number) => ({
    id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true,
    run: {font, bold: true, size, sizeComplexScript: size, color: '000000'},
    paragraph: {keepNext: true, keepLines: true, spacing: {before: level === 0 ? 0 : 280, after: 120}, outlineLevel: level}
  })
  const doc = new Document({
    creator: ctx.author,
    title: layout.title,
    description: `Synoptic export (${layout.mode})`,
    features: {trackRevisions: false},
    ...(lao && options.laoFonts ? {fonts: [{name: LAO_FONT, data: options.laoFonts.regular as unknown as Buffer, ...(options.laoFonts.bold ? {bold: options.laoFonts.bold as unknown as Buffer} : {}), characterSet: '00'}]} : {}),
    comments: {children: ctx.comments.map((c) => ({id: c.id, author: ctx.author, date: new Date(ctx.date), children: [new Paragraph({children: [new TextRun(c.text)]})]}))},
    styles: {
      default: {
        document: {
          run: {font, size: 22, sizeComplexScript: 22, language: {value: lang, eastAsia: lang, bidirectional: lao ? 'lo-LA' : lang}},
          paragraph: {spacing: {line: 276}}
        }
      },
      paragraphStyles: [heading('Heading1', 'heading 1', 28, 0), heading('Heading2', 'heading 2', 22, 1)]
    },
    sections: [{
      properties: {page: {size: {width: 11906, height: 16838}, margin: {top: 1247, bottom: 1247, left: 1304, right: 1304}}},
      headers: {default: new Header({children: [new Paragraph({alignment: AlignmentType.RIGHT, children: [new TextRun({text: runningTitle(layout.title), size: 16, color: GREY})]})]})},
      footers: {default: new Footer({children: [new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({children: pageChildren(layout.words.page), size: 16, color: GREY})]
      })]})},
      children: body
    }]
  })
  const files = unzipSync(new Uint8Array(await Packer.toArrayBuffer(doc)))
  return finishDocx(files, paragraphs, {moves: ctx.moves.size > 0, lao})
}

/** "Page {n} of {m}" as runs with Word's page fields. */
function pageChildren(words: string): Array<string | (typeof PageNumber)[keyof typeof PageNumber]> {
  const out: Array<string | (typeof PageNumber)[keyof typeof PageNumber]> = []
  for (const part of words.split(/(\{n\}|\{m\})/u)) {
    if (part === '{n}') out.push(PageNumber.CURRENT)
    else if (part === '{m}') out.push(PageNumber.TOTAL_PAGES)
    else if (part) out.push(part)
  }
  return out
}


/** The text of the marker paragraph whose place the body's paragraphs take. */
const BODY_MARKER = 'synoptic-body-paragraphs-go-here'
const MARKER_XML = `<w:p><w:r><w:t xml:space="preserve">${BODY_MARKER}</w:t></w:r></w:p>`

/**
 * The body's paragraphs in place of the marker, and what docx cannot write itself: moves as Word's move
 * revisions (w:moveFrom and w:moveTo in named ranges), and a font table that names the Lao font with its
 * alternative. The package is zipped again, its files in docx's order.
 */
function finishDocx(files: Record<string, Uint8Array>, paragraphs: string, what: {moves: boolean; lao: boolean}): Uint8Array {
  let xml = strFromU8(files['word/document.xml']!)
  const at = xml.indexOf(MARKER_XML)
  if (at < 0) throw new Error('docx did not write the body marker: its XML has changed, see docx-draft.ts')
  xml = xml.slice(0, at) + paragraphs + xml.slice(at + MARKER_XML.length)
  if (what.moves) {
    // One named range per side of each move: its pieces (label, tab, words) are written next to each other.
    const ranges = new Map<string, number>()
    const tag = MOVE_TAG.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    const pattern = new RegExp(`<w:(ins|del) w:id="(\\d+)" w:author="${tag}([^:"]+):([^"]*)" w:date="([^"]*)">([\\s\\S]*?)</w:\\1>`, 'gu')
    xml = xml.replace(pattern, (_m, kind: string, id: string, name: string, author: string, date: string, inner: string) => {
      const side = kind === 'del' ? 'moveFrom' : 'moveTo'
      const key = `${side}:${name}`
      if (!ranges.has(key)) ranges.set(key, 900000 + ranges.size)
      const range = ranges.get(key)!
      return `<w:${side}RangeStart w:id="${range}" w:name="${name}" w:author="${author}" w:date="${date}"/><w:${side} w:id="${id}" w:author="${author}" w:date="${date}">${inner}</w:${side}><w:${side}RangeEnd w:id="${range}"/>`
    })
    xml = xml.replace(/<w:(moveFrom|moveTo)RangeEnd w:id="(\d+)"\/><w:\1RangeStart w:id="\2"[^>]*\/>/gu, '')
  }
  files['word/document.xml'] = strToU8(xml)
  if (what.lao) {
    const table = files['word/fontTable.xml']
    let fonts = table ? strFromU8(table) : ''
    const alt = `<w:altName w:val="${esc(LAO_FALLBACK)}"/>`
    // The embedded font's entry (docx writes it) gets the alternative name; without embedding, an entry of its own.
    if (fonts.includes(`w:name="${LAO_FONT}">`)) fonts = fonts.replace(`w:name="${LAO_FONT}">`, `w:name="${LAO_FONT}">${alt}`)
    const entry = (fonts.includes(`w:name="${LAO_FONT}"`) ? '' : `<w:font w:name="${esc(LAO_FONT)}">${alt}<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`) +
      `<w:font w:name="${esc(LAO_FALLBACK)}"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>` +
      `<w:font w:name="${LATIN_FONT}"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`
    if (fonts.includes('</w:fonts>')) fonts = fonts.replace('</w:fonts>', `${entry}</w:fonts>`)
    else if (/<w:fonts[^>]*\/>/u.test(fonts)) fonts = fonts.replace(/<w:fonts([^>]*)\/>/u, `<w:fonts$1>${entry}</w:fonts>`)
    if (table) files['word/fontTable.xml'] = strToU8(fonts)
    // Word shows embedded fonts only when the settings say the document embeds them.
    const settings = files['word/settings.xml']
    if (settings) {
      const text = strFromU8(settings)
      if (!text.includes('w:embedTrueTypeFonts')) files['word/settings.xml'] = strToU8(text.replace(/(<w:settings[^>]*>)/u, '$1<w:embedTrueTypeFonts/>'))
    }
  }
  // fflate's default level: level 1 saves some 30 ms on a 1,000-article draft for a file half as large again.
  return zipSync(files)
}
