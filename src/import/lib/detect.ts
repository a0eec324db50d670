// Structure detection: source blocks → Instrument. Forgiving by design: every block ends up somewhere
// (an article, an item, the preamble), and whatever could not be placed where it belongs is kept as text
// in the nearest article with a warning naming its source line or paragraph.
import {assignIds, cleanNum} from '../../corpus/index.ts'
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import {divisionKinds, inlineToText, type Article, type Division, type DivisionKind, type Inline, type Instrument, type Item, type Paragraph, type Position, type Provision} from '../../model/index.ts'
import {mentionsOnly, readArticleHeading, readDivisionHeading, type ArticleHeadingText} from './headings.ts'
import {dropLeading, plainInlines, trimInlines} from './inline.ts'
import {readLabel, type LabelReading, type LeadingLabel} from './labels.ts'
import type {ImportOptions, ImportedInstrument, SourceBlock, SourceDocument} from './types.ts'

const source = 'synoptic-import'

/** One open list: where its items go and what it has counted so far. */
interface Level {
  /** The article or item the list's items are children of. */
  parent: Article | Item
  style?: string | undefined
  /** Outline lists: how many numbers their labels have. */
  outline?: number | undefined
  last: number
  lastItem?: Item | undefined
  /** List depth from the source's own list structure (Word, HTML, Markdown), when it has one. */
  depth?: number | undefined
  /** A paragraph came between this list's last item and the next: numbering may start again. */
  interrupted: boolean
}

/** Where a new item goes: a level that exists (continuing its list) or a new one under that level's last item. */
interface Placement {
  level: number
  nest: boolean
  reading: LabelReading
  score: number
  /** The numbering does not follow on (a gap, a repeat, a list that does not start at 1). */
  outOfSequence: boolean
}

/** Where the text of a block is and how messages name it. */
function placeOf(block: SourceBlock): Position {
  return {start: {line: block.line, column: 1, offset: 0}, end: {line: block.endLine, column: 1, offset: 0}}
}

/**
 * Detects Parts, Chapters, Sections, articles, paragraphs and items in source blocks and builds the
 * Instrument, with ids as the corpus parser gives them. Never fails: the messages say what was guessed.
 */
export function detectStructure(document: SourceDocument, options: ImportOptions): Result<ImportedInstrument> {
  const messages: Array<SynopticMessage> = []
  const unit = document.unit
  const where = (block: SourceBlock) => (block.endLine > block.line ? `${unit}s ${block.line}–${block.endLine}` : `${unit} ${block.line}`)
  const say = (severity: 'warning' | 'info', block: SourceBlock | undefined, reason: string, ruleId: string) =>
    messages.push(createMessage(severity, reason, {file: options.file, place: block ? placeOf(block) : undefined, source, ruleId}))

  const kind = options.kind ?? 'law'
  const provenance = {source: options.source ?? `Imported from ${options.file}`, translation: options.translation ?? 'unofficial'}
  const instrument: Instrument = {
    type: 'instrument',
    id: options.id,
    title: options.title ?? '',
    number: options.number,
    date: options.date,
    kind,
    jurisdiction: options.jurisdiction ?? 'LA',
    language: options.language ?? scriptLanguage(document.blocks) ?? 'en',
    provenance,
    aliases: [],
    notes: undefined,
    base: kind === 'draft' ? options.base : undefined,
    author: undefined,
    draftStatus: undefined,
    extra: {},
    preamble: undefined,
    body: [],
    file: `${options.id}.md`,
    position: {start: {line: 1, column: 1, offset: 0}, end: {line: document.blocks.at(-1)?.endLine ?? 1, column: 1, offset: 0}}
  }

  if (options.language === undefined && instrument.language === 'lo') {
    messages.push(createMessage('info', 'the text is in Lao script: its language was set to lo', {file: options.file, source, ruleId: 'language-found'}))
  }
  // An Act numbered by sections ("13. (1) An inspector may …") rather than by "Article" headings.
  const sectioned = isSectionNumbered(document.blocks)
  let lastSection = 0
  const divisions: Array<Division> = []
  const articles = new Map<string, Article>()
  const preface: Array<SourceBlock> = []
  let article: Article | undefined
  let lastArticle: Article | undefined
  let levels: Array<Level> = []
  /** A heading that had only its number ("Chapter 2", "Article 5"): the next short line may be its title. */
  let awaitingTitle: Article | Division | undefined

  const container = () => divisions.at(-1)?.children ?? instrument.body

  // How deep each kind of division sits, learnt from where it first appears: in the Eritrean Proclamation a
  // Title holds Chapters, a Chapter Sections; elsewhere a Part holds Divisions. A Schedule stands outside all.
  const depthOf = new Map<DivisionKind, number>()
  const openDivision = (block: SourceBlock, kindOf: Division['kind'], number: string, heading: string) => {
    article = undefined
    levels = []
    const style = numberStyle(number)
    const sibling = divisions.findLastIndex((d) => d.kind === kindOf && numberStyle(d.number) === style)
    if (kindOf === 'schedule') divisions.length = 0
    else if (sibling >= 0) divisions.length = sibling
    else if (!divisions.some((d) => d.kind === kindOf)) {
      // "Section I" inside "Section 2" (another numbering of the same kind) nests; any other kind closes the
      // divisions that sit as deep as it does or deeper.
      const known = depthOf.get(kindOf)
      const rank = divisionKinds.indexOf(kindOf)
      while (divisions.length > 0) {
        const top = divisions.at(-1)!
        const closes = known !== undefined ? (depthOf.get(top.kind) ?? 0) >= known : divisionKinds.indexOf(top.kind) >= rank
        if (!closes) break
        divisions.pop()
      }
    }
    if (!depthOf.has(kindOf)) depthOf.set(kindOf, divisions.length)
    // A second "Chapter 2" where the first held no text: the first was a table of contents line.
    const twin = findDivision(instrument.body, kindOf, number)
    if (twin && isEmptyDivision(twin)) {
      removeNode(instrument.body, twin)
      for (const a of articlesIn(twin)) if (articles.get(articleKey(a)) === a) articles.delete(articleKey(a))
      say('info', block, `${capital(kindOf)}${number ? ` ${number}` : ''} appears again at ${where(block)}; the earlier heading had no articles with text (a table of contents?) and was left out`, 'contents-heading-dropped')
    }
    const division: Division = {type: 'division', kind: kindOf, id: '', number, heading, children: [], position: placeOf(block)}
    container().push(division)
    divisions.push(division)
    awaitingTitle = heading === '' ? division : undefined
  }

  const openArticle = (block: SourceBlock, heading: ArticleHeadingText, rest: Array<Inline>, marginal?: string) => {
    let number = heading.number
    if (/[໐-໙]/.test(number)) {
      number = number.replace(/[໐-໙]/g, (d) => String(d.charCodeAt(0) - 0x0ed0))
      say('info', block, `the Lao digits of article ${heading.number} were written as ${number}, the form corpus ids use`, 'lao-digits')
    }
    // "2bis" is written "2 bis" in the corpus; the id is the same.
    number = number.replace(/^(\d+)(bis|ter|quater|quinquies|sexies)$/i, '$1 $2')
    if (number === 'New' && kind !== 'draft') {
      keepAsText(block, `"New Article" headings belong in drafts (import the file as a draft, naming the law it amends)`, 'new-article-outside-draft')
      return
    }
    if (!/^(?:\d+[a-z]?(?:\s+(?:bis|ter|quater|quinquies|sexies))?|New)$/i.test(number)) {
      keepAsText(block, `the article number "${number}" cannot be a corpus article number (digits, a letter, bis/ter)`, 'unusable-article-number')
      return
    }
    const earlier = number === 'New' ? undefined : articles.get(cleanNum(number))
    if (earlier) {
      if (earlier.children.length === 0) {
        removeNode(instrument.body, earlier)
        say('info', block, `Article ${number} appears again at ${where(block)}; the earlier heading (${unit} ${earlier.position.start.line}) had no text (a table of contents?) and was left out`, 'contents-heading-dropped')
      } else {
        keepAsText(block, `Article ${number} appears twice (first at ${unit} ${earlier.position.start.line}); this heading`, 'duplicate-article')
        return
      }
    }
    let title = heading.rest
    let body: Array<Inline> = []
    // "13. (1) An inspector may …" under the marginal note "Powers of inspectors": the note is the heading.
    if (sectioned && (marginal !== undefined || readLabel(title) !== undefined || !isSectionTitle(title))) {
      body = trimInlines(rest)
      title = marginal ?? ''
    }
    // A run-in heading: "**Article 7. Inspectors** Labour inspectors shall …": the bold part is the heading.
    const first = block.content[0]
    if (first?.type === 'strong' && block.content.length > 1) {
      const boldText = inlineToText(first.children)
      const boldHeading = readArticleHeading(boldText)
      if (boldHeading && boldHeading.number === heading.number) {
        title = boldHeading.rest
        body = trimInlines(block.content.slice(1))
      }
    }
    const swallowed = body.length === 0 ? splitSwallowedSentence(title) : undefined
    if (swallowed !== undefined) {
      const restText = inlineToText(rest)
      const lead = restText.length - restText.trimStart().length
      body = dropLeading(rest, lead + swallowed)
      title = title.slice(0, swallowed).trim().replace(/[.:–—-]+$/, '').trim()
      say('info', block, `the heading of article ${number} at ${where(block)} ran on into its first sentence; "${title}" was kept as its title, the rest as its text`, 'heading-split')
    } else if (body.length === 0 && readsAsText(title)) {
      body = trimInlines(rest)
      say('info', block, `the words after "Article ${number}" read as its text, not its title, at ${where(block)}`, 'heading-read-as-text')
      title = ''
    }
    let amended = heading.amended
    let words = title.trim()
    const mark = /^\(amended\)\s*/i
    if (mark.test(words)) {
      amended = true
      words = words.replace(mark, '')
    }
    let note: string | undefined
    const trailing = /\s*\(([^()]+)\)\s*$/.exec(words)
    if (trailing) {
      note = trailing[1]!.trim()
      words = words.slice(0, trailing.index).trim()
    }
    const created: Article = {
      type: 'article',
      id: '',
      number,
      ...(sectioned ? {designation: 'Section' as const} : {}),
      heading: words,
      amended,
      note,
      status: kind === 'draft' ? 'proposed' : 'in-force',
      subject: undefined,
      provenance: {...provenance},
      after: undefined,
      children: [],
      position: placeOf(block)
    }
    container().push(created)
    if (number !== 'New') articles.set(articleKey(created), created)
    article = created
    lastArticle = created
    levels = [{parent: created, last: 0, interrupted: false}]
    awaitingTitle = words === '' && note === undefined && body.length === 0 ? created : undefined
    if (body.length > 0) placeBlock({...block, content: body}, inlineToText(body))
  }

  /** Keeps a block that could not be placed as a paragraph of the nearest article, with a warning. */
  const keepAsText = (block: SourceBlock, why: string, ruleId: string) => {
    const target = article ?? lastArticle
    if (!target) {
      preface.push(block)
      say('warning', block, `${why} at ${where(block)} was kept as text before the first article`, ruleId)
      return
    }
    target.children.push(paragraphOf(block.content, block))
    if (levels.length > 0 && levels[0]!.parent === target) {
      levels = levels.slice(0, 1)
      levels[0]!.interrupted = true
    }
    say('warning', block, `${why} at ${where(block)} was kept as text in ${articleName(target)}`, ruleId)
  }

  const placeItem = (block: SourceBlock, label: string, readings: Array<LabelReading>, content: Array<Inline>) => {
    const target = article!
    if (levels.length === 0) levels = [{parent: target, last: 0, interrupted: false}]
    const choice = choosePlacement(levels, readings, block.depth)
    if (choice.nest) {
      const parentItem = levels[choice.level]!.lastItem!
      levels = levels.slice(0, choice.level + 1)
      levels.push({parent: parentItem, last: 0, interrupted: false})
    } else {
      levels = levels.slice(0, choice.level + 1)
    }
    const level = levels.at(-1)!
    if (choice.outOfSequence && readings[0]!.value > 0) {
      const before = level.lastItem ? `follows "${level.lastItem.label}"` : 'starts a list'
      say('warning', block, `item "${label}" ${before} in ${articleName(target)} at ${where(block)}: check for a missing, repeated or misread number`, 'item-sequence')
    }
    const item: Item = {type: 'item', id: '', label, content, children: [], position: placeOf(block)}
    level.parent.children.push(item)
    level.style = choice.reading.style
    level.outline = choice.reading.outline
    level.last = choice.reading.value
    level.lastItem = item
    level.interrupted = false
    if (block.depth !== undefined) level.depth = block.depth
  }

  const placeParagraph = (block: SourceBlock) => {
    const target = article!
    if (block.continues && levels.length > 1) {
      // A further paragraph of a list item: the item at the block's depth, else the latest item.
      const level = [...levels].reverse().find((l) => l.depth === block.depth && l.lastItem) ?? [...levels].reverse().find((l) => l.lastItem)
      if (level?.lastItem) {
        level.lastItem.children.push(paragraphOf(block.content, block))
        levels = levels.slice(0, levels.indexOf(level) + 1)
        return
      }
    }
    target.children.push(paragraphOf(block.content, block))
    levels = levels.slice(0, 1)
    if (levels[0]) levels[0].interrupted = true
  }

  /** Places a block of article text: an item when it starts with a label (typed, or from its list), else a paragraph. */
  const placeBlock = (block: SourceBlock, text: string) => {
    const typed = readLabel(text)
    let label: LeadingLabel | undefined = typed
    let content = block.content
    if (typed) content = dropLeading(block.content, typed.length)
    else if (block.kind === 'item' && block.listLabel !== undefined) {
      label = readLabel(`${block.listLabel} x`) ?? {label: '', readings: [{style: 'bullet:list', value: 0}], length: 0}
      if (block.listLabel === '') label = {label: '', readings: [{style: `bullet:depth-${block.depth ?? 0}`, value: 0}], length: 0}
    }
    if (label) placeItem(block, label.label, label.readings, content)
    else placeParagraph(block)
  }

  const blocks = document.blocks
  /** A marginal note (a short line just above "13. (1) …") waiting for its section. */
  let marginalNote: SourceBlock | undefined
  for (let i = 0; i < blocks.length; i++) {
    let block = blocks[i]!
    const text = inlineToText(block.content).trim()
    if (text === '') continue

    if (article === undefined && lastArticle === undefined && /^(?:arrangement of sections|table of contents|contents)\.?$/i.test(text)) {
      const end = contentsEnd(blocks, i)
      if (end > i + 1) {
        say('info', block, `the ${text.replace(/\.$/, '').toLowerCase()} (${where(block)} to ${where(blocks[end - 1]!)}) was left out: the headings it lists follow with their text`, 'contents-dropped')
        i = end - 1
        continue
      }
    }

    if (awaitingTitle) {
      const waiting = awaitingTitle
      awaitingTitle = undefined
      // "SCHEDULE" / "(Section 3)" / "FORM OF CERTIFICATE": the reference goes with the title on the line after.
      if (waiting.type === 'division' && /^\((?:sections?|ss?\.|regulations?|rules?|articles?)\s[^()]*\)$/i.test(text)) {
        waiting.heading = waiting.heading ? `${waiting.heading} ${text}` : text
        waiting.position = {start: waiting.position.start, end: {line: block.endLine, column: 1, offset: 0}}
        awaitingTitle = waiting
        continue
      }
      if (isTitleLine(block, text)) {
        if (waiting.type === 'article') {
          const trailing = /\s*\(([^()]+)\)\s*$/.exec(text)
          waiting.heading = trailing ? text.slice(0, trailing.index).trim() : text
          waiting.note = trailing ? trailing[1]!.trim() : undefined
        } else waiting.heading = /^\(.*\)$/.test(waiting.heading) ? `${text} ${waiting.heading}` : text
        waiting.position = {start: waiting.position.start, end: {line: block.endLine, column: 1, offset: 0}}
        continue
      }
    }

    if (sectioned) {
      const section = readSectionStart(text, lastSection)
      if (section) {
        const note = marginalNote
        marginalNote = undefined
        lastSection = section.value
        const heading: ArticleHeadingText = {number: section.number, amended: false, rest: section.rest, separated: true}
        openArticle(note ? {...block, line: note.line} : block, heading, dropLeading(block.content, text.length - section.rest.length), note ? inlineToText(note.content).trim() : undefined)
        continue
      }
      const next = blocks[i + 1]
      if (next && !awaitingTitle && isTitleLine(block, text) && !readDivisionHeading(text) && readSectionStart(inlineToText(next.content).trim(), lastSection)?.rest.match(/^(?:\(1\)\s|[\p{Lu}"“(])/u)) {
        marginalNote = block
        continue
      }
    }

    const division = readDivisionHeading(text)
    if (division && !mentionsOnly(division.rest, division.separated) && !readsAsText(division.rest)) {
      openDivision(block, division.kind, division.number, division.rest)
      continue
    }
    const heading = readArticleHeading(text)
    if (heading && !mentionsOnly(heading.rest, heading.separated)) {
      openArticle(block, heading, dropLeading(block.content, text.length - heading.rest.length))
      continue
    }

    if (!article) {
      const inner = divisions.at(-1)
      if (inner?.kind === 'schedule') {
        // A Schedule's paragraphs (forms, lists, its own numbering) are not articles: they are its own text, in order.
        ;(inner.content ??= []).push(paragraphOf(block.content, block))
        continue
      }
      if (lastArticle) keepAsText(block, `text between a ${divisions.at(-1)?.kind ?? 'division'} heading and its first ${sectioned ? 'section' : 'article'}`, 'text-outside-article')
      else preface.push(block)
      continue
    }
    if (block.kind === 'heading') {
      keepAsText(block, `the heading "${text}" is not a Part, Chapter, Section or Article heading; it`, 'unknown-heading')
      continue
    }
    // A label alone on its line ("1." above its text, as PDF text often has it) takes the next paragraph as its text.
    const lone = readLabel(text)
    const next = blocks[i + 1]
    if (lone && lone.length >= text.length && next && next.kind !== 'heading') {
      const nextText = inlineToText(next.content).trim()
      // A bullet glyph alone goes with a labelled line after it too ("•" above "1.1. The implementation").
      const labelled = readLabel(nextText)
      if (nextText !== '' && (!labelled || (lone.label === '' && labelled.label !== '')) && !readArticleHeading(nextText) && !readDivisionHeading(nextText)) {
        block = {...block, content: [...block.content, {type: 'text', value: ' '}, ...next.content], endLine: next.endLine}
        i++
      }
    }
    placeBlock(block, inlineToText(block.content).trim())
  }

  // Text before the first article: the instrument's title lines and preamble.
  if (preface.length > 0) readPreface(instrument, preface, options, say, where, sectioned ? 'section' : 'article')

  for (const a of articlesIn({children: instrument.body})) {
    a.children = settleEmptyItems(a.children, (item) =>
      messages.push(createMessage(item.children.length === 0 ? 'info' : 'warning',
        item.children.length === 0
          ? `a label or bullet with no text ("${item.label || '•'}") in ${articleName(a)} was left out`
          : `the label "${item.label || '•'}" in ${articleName(a)} has no text of its own; what it held was kept in its place`,
        {file: options.file, place: item.position, source, ruleId: 'empty-item'})))
  }
  for (const a of articlesIn({children: instrument.body})) {
    // Synoptic's own exports print an article without text as "[Text not available in the sources. Subject: …]".
    const only = a.children.length === 1 && a.children[0]!.type === 'paragraph' ? inlineToText(a.children[0]!.content).trim() : ''
    const notice = /^\[Text not available in the sources(?:\. Subject: ([\s\S]*?))?\.\]$/.exec(only)
    if (notice) {
      a.children = []
      a.status = 'not-available'
      a.subject = notice[1]
      continue
    }
    if (a.children.length > 0) continue
    if (/\b(?:repealed|deleted|abrogated)\b/i.test(`${a.heading} ${a.note ?? ''}`)) {
      a.status = 'repealed'
      // "Article 6 (Repealed)" says what the status says.
      if (a.note && /^(?:repealed|deleted|abrogated)$/i.test(a.note)) a.note = undefined
      continue
    }
    a.status = 'not-available'
    messages.push(createMessage('warning', `${articleName(a)} has no text; it was marked "text not available"`, {
      file: options.file, place: a.position, source, ruleId: 'empty-article'
    }))
  }
  if (!instrument.title) {
    instrument.title = options.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')
    messages.push(createMessage('warning', `no title was given or found; the file name "${instrument.title}" stands in (give the law its title)`, {
      file: options.file, source, ruleId: 'no-title'
    }))
  }
  if (articlesIn({children: instrument.body}).length === 0) {
    messages.push(createMessage('warning', 'no article headings ("Article 1", "Art. 1") were found; the text was kept as the preamble', {
      file: options.file, source, ruleId: 'no-articles'
    }))
  }
  assignIds(instrument)
  const summary = countStructure(instrument)
  summary.warnings = messages.filter((m) => m.severity === 'warning').length
  return {value: {instrument, summary}, messages}
}

const sectionStart = /^([0-9]{1,4})([A-Z]{0,2})\.(?:\s+(.*))?$/u

/**
 * A section heading of a Commonwealth-style Act: "13. (1) An inspector may …", "13. Powers of inspectors",
 * "13A. …". Only a number after the last section's (within ten of it) counts, so a list "1.", "2." inside a
 * section, or a Schedule's own numbering, is not taken for sections.
 */
function readSectionStart(text: string, last: number): {number: string; value: number; rest: string} | undefined {
  const match = sectionStart.exec(text)
  if (!match) return undefined
  const value = Number(match[1])
  const lettered = match[2] !== ''
  if (!(value > last && value <= last + 10) && !(lettered && value === last)) return undefined
  return {number: `${match[1]}${match[2]}`, value, rest: (match[3] ?? '').trim()}
}

/** Is the text numbered by sections? No "Article" headings, and at least three section numbers that follow on. */
function isSectionNumbered(blocks: ReadonlyArray<SourceBlock>): boolean {
  let last = 0
  let found = 0
  for (const block of blocks) {
    const text = inlineToText(block.content).trim()
    if (readArticleHeading(text) && !mentionsOnly(readArticleHeading(text)!.rest, readArticleHeading(text)!.separated)) return false
    const section = readSectionStart(text, last)
    if (section) {
      last = section.value
      found++
    } else if (/^1\.\s/.test(text)) last = 0 // numbering starts again (an arrangement of sections, then the Act)
  }
  return found >= 3
}

/** The words after "13." read as the section's heading ("Powers of inspectors"), not its text. */
function isSectionTitle(words: string): boolean {
  if (words === '') return true
  const count = words.split(/\s+/).length
  return count <= 12 && /^[\p{Lu}"“'‘]/u.test(words) && !/[;:,—–-]$/.test(words) && !(/\.$/.test(words) && count > 4)
}

/**
 * Where an "Arrangement of Sections" (or "Contents") that starts at `start` ends: at the first heading it already
 * listed, or at the enacting words ("AN ACT to …"). -1 when the text never comes back to what it listed, so
 * that nothing is left out on a guess.
 */
function contentsEnd(blocks: ReadonlyArray<SourceBlock>, start: number): number {
  const seen = new Set<string>()
  for (let i = start + 1; i < blocks.length; i++) {
    const text = inlineToText(blocks[i]!.content).trim()
    // The long title, the enacting words or the Act's number ("No. 12 of 2010") start the Act itself.
    if (/^(?:an act\b|be it enacted|enacted by|no\.?\s*[0-9]+\b)/i.test(text)) return i
    const key = contentsKey(text)
    if (key === undefined) continue
    if (seen.has(key)) return i
    seen.add(key)
  }
  return -1
}

/** What a line of an arrangement of sections lists, to know when the Act itself repeats it: "part:i", "section:13". */
function contentsKey(text: string): string | undefined {
  const division = readDivisionHeading(text)
  if (division) return `${division.kind}:${cleanNum(division.number)}`
  const article = readArticleHeading(text)
  if (article) return `article:${cleanNum(article.number)}`
  const section = /^([0-9]{1,4}[A-Z]{0,2})\.(?:\s|$)/u.exec(text)
  return section ? `section:${section[1]!.toLowerCase()}` : undefined
}

/** `lo` when most letters of the text are Lao script; undefined otherwise (the default, English, stands). */
function scriptLanguage(blocks: ReadonlyArray<SourceBlock>): string | undefined {
  let lao = 0
  let letters = 0
  for (const block of blocks) {
    const text = inlineToText(block.content)
    lao += text.match(/[\u0E80-\u0EFF]/gu)?.length ?? 0
    letters += text.match(/\p{L}/gu)?.length ?? 0
    if (letters > 20000) break
  }
  return letters > 0 && lao > letters * 0.5 ? 'lo' : undefined
}

/** How a division number is written: Chapters 1, 2 and Sections I, II are two numberings, even of one kind. */
function numberStyle(number: string): 'arabic' | 'roman' | 'word' {
  if (/^[0-9໐-໙]/.test(number)) return 'arabic'
  return /^[IVXLCDM]+$/i.test(number) ? 'roman' : 'word'
}

const titleSmallWords = new Set(['of', 'and', 'or', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'by', 'with', 'at', 'from', '&'])

/**
 * Where the article's text begins inside the words after "Article 5", when a heading swallowed the first
 * sentence (text that lost its line breaks): "Purpose. The purpose of …" → at "The"; "Definitions In this
 * Law: …" → at "In". Undefined when the words read as a title, or as a sentence with no title before it.
 */
function splitSwallowedSentence(words: string): number | undefined {
  // "Purpose. The purpose …": a short title closed by a full stop, then a sentence.
  const stop = /^((?:\S+\s+){0,9}?\S*[^\s.])\.\s+(?=[\p{Lu}"“(])/u.exec(words)
  if (stop && stop[1]!.split(/\s+/).every((w, i) => i === 0 || /^\p{Lu}/u.test(w) || titleSmallWords.has(w.toLowerCase()))) {
    return stop[0].length
  }
  // "Inspectors Inspectors are appointed …": a run of capitalised words, then a sentence that starts with the last of them.
  const count = words.split(/\s+/).length
  if (count <= 10 && !/[:;]/.test(words) && !/\.$/.test(words)) return undefined
  const tokens = [...words.matchAll(/\S+/g)]
  let end = 0
  while (end < tokens.length && (/^\p{Lu}/u.test(tokens[end]![0]) || (end > 0 && titleSmallWords.has(tokens[end]![0].toLowerCase())))) end++
  if (end < 2 || end >= tokens.length || /[.:;,]$/.test(tokens[end - 2]![0])) return undefined
  const start = tokens[end - 1]!
  if (!/^\p{Lu}/u.test(start[0])) return undefined
  return start.index
}

/** A word count and punctuation test: "Labour inspectors shall have the power to enter …." is text, not a title. */
function readsAsText(words: string): boolean {
  const count = words.split(/\s+/).filter(Boolean).length
  return count > 20 || (count > 8 && /[.;]$/.test(words))
}

/** Could this line be the title under a heading that had only its number? */
function isTitleLine(block: SourceBlock, text: string): boolean {
  if (block.kind === 'item' || readLabel(text) || readArticleHeading(text) || readDivisionHeading(text)) return false
  if (block.kind === 'heading') return true
  const words = text.split(/\s+/).length
  if (text.length > 120 || words > 14 || /[;:,]$/.test(text)) return false
  if (/\.$/.test(text) && words > 5) return false
  return /^[\p{Lu}\p{Lo}\d"“'‘(]/u.test(text)
}

/** Lists nest at most this deep; a law rarely goes past four. */
const maxListDepth = 12

/**
 * Chooses where an item goes. Its label decides (a list it continues, a new list under the item above,
 * "1.2." under "1."), and the source's own list depth, when it has one, tips the balance: Word's list
 * levels are a hint only, since a document may draw nested lists as separate lists at level 0.
 */
function choosePlacement(levels: Array<Level>, readings: Array<LabelReading>, depth: number | undefined): Placement {
  const top = levels.length - 1
  const first = readings[0]!
  const options: Array<Placement> = []
  const depthAt = (level: number, nest: boolean): number | undefined => {
    const known = levels[level]!.depth
    return known === undefined ? undefined : nest ? known + 1 : known
  }
  const add = (option: Placement) => {
    const resulting = depthAt(option.level, option.nest)
    if (depth !== undefined && resulting !== undefined) option.score += resulting === depth ? 25 : -25
    options.push(option)
  }
  for (const reading of readings) {
    const bullet = reading.style.startsWith('bullet:')
    for (let k = top; k >= 0; k--) {
      const level = levels[k]!
      if (!level.lastItem || level.style !== reading.style) continue
      if (reading.style === 'outline' && level.outline !== reading.outline) continue
      const follows = bullet || reading.value === level.last + 1
      const restarts = reading.value <= 1 && level.interrupted
      add({level: k, nest: false, reading, score: (follows ? 100 : restarts ? 70 : 20) - (top - k), outOfSequence: !follows && !restarts})
    }
    // Under the item just before it, as the first of a new list (not across a paragraph).
    const deepest = levels[top]!
    if (deepest.lastItem && !deepest.interrupted && levels.length < maxListDepth) {
      const intro = /:\s*$/.test(inlineToText(deepest.lastItem.content))
      let score = reading.value <= 1 ? (intro ? 110 : 60) : 10
      if (reading.style === 'outline' && (reading.outline ?? 1) > 1) score = 5
      // A list of a style already open above does not nest again ("1." under "(a)" under "1.") unless the item
      // above introduces it with a colon: going back to that list, with its numbering warned, keeps the depth
      // bounded (and maxListDepth bounds it in any case).
      else if (!intro && levels.some((l) => l.lastItem && l.style === reading.style && (reading.style !== 'outline' || l.outline === reading.outline))) score = 15
      add({level: top, nest: true, reading, score, outOfSequence: reading.value > 1})
    }
    // An outline sub-item ("1.2.") under the item whose label it extends ("1."), wherever that is open.
    if (reading.style === 'outline' && reading.parent !== undefined) {
      for (let k = top; k >= 0; k--) {
        const level = levels[k]!
        if (level.lastItem && cleanNum(level.lastItem.label) === cleanNum(reading.parent)) {
          add({level: k, nest: true, reading, score: 90 - (top - k), outOfSequence: reading.value > 1})
          break
        }
      }
    }
    // A new list beside the open one, when the source's own list depth says it is at that level.
    for (let k = top; k >= 0; k--) {
      const level = levels[k]!
      if (depth !== undefined && level.lastItem && level.depth === depth && level.style !== reading.style) {
        add({level: k, nest: false, reading, score: 30 - (top - k), outOfSequence: reading.value > 1 && !bullet})
      }
    }
    // The first list of the article, or a new list at the article's level after a paragraph.
    if (top === 0 && (!levels[0]!.lastItem || (levels[0]!.interrupted && levels[0]!.style !== reading.style))) {
      add({level: 0, nest: false, reading, score: reading.value <= 1 ? 55 : 50, outOfSequence: reading.value > 1 && !bullet})
    }
  }
  options.sort((a, b) => b.score - a.score)
  return options[0] ?? {level: 0, nest: false, reading: first, score: 0, outOfSequence: first.value > 1}
}

/**
 * Items without words of their own (a stray bullet glyph, a label whose text never came): one that holds
 * nothing is left out, one that holds paragraphs or items gives them to its parent in its place. The corpus
 * has no such items (an empty list item cannot be written in Markdown without changing what follows it).
 */
function settleEmptyItems(children: Array<Provision>, report: (item: Item) => void): Array<Provision> {
  const out: Array<Provision> = []
  for (const child of children) {
    if (child.type !== 'item') {
      out.push(child)
      continue
    }
    child.children = settleEmptyItems(child.children, report)
    if (child.content.length > 0) {
      out.push(child)
      continue
    }
    report(child)
    out.push(...child.children)
  }
  return out
}

function paragraphOf(content: Array<Inline>, block: SourceBlock): Paragraph {
  return {type: 'paragraph', id: '', content, position: placeOf(block)}
}

function capital(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1)
}

function articleName(article: Article): string {
  return article.number === 'New' ? `New Article "${article.heading}"` : `${article.designation === 'Section' ? 'section' : 'article'} ${article.number}`
}

function articleKey(article: Article): string {
  return cleanNum(article.number)
}

function articlesIn(node: {children: Array<Division | Article>}): Array<Article> {
  return node.children.flatMap((child) => (child.type === 'article' ? [child] : articlesIn(child)))
}

function findDivision(nodes: Array<Division | Article>, kind: Division['kind'], number: string): Division | undefined {
  for (const node of nodes) {
    if (node.type !== 'division') continue
    if (node.kind === kind && cleanNum(node.number) === cleanNum(number)) return node
    const inner = findDivision(node.children, kind, number)
    if (inner) return inner
  }
  return undefined
}

function isEmptyDivision(division: Division): boolean {
  return articlesIn(division).every((a) => a.children.length === 0)
}

function removeNode(nodes: Array<Division | Article>, target: Division | Article): boolean {
  const index = nodes.indexOf(target)
  if (index >= 0) {
    nodes.splice(index, 1)
    return true
  }
  return nodes.some((n) => n.type === 'division' && removeNode(n.children, target))
}

type Say = (severity: 'warning' | 'info', block: SourceBlock | undefined, reason: string, ruleId: string) => void

/**
 * The lines before the first article: the title (when none was given) and the number ("No. 43/NA") are
 * taken into the front matter, the rest is kept as the preamble, with one warning for the drafter to check.
 */
function readPreface(instrument: Instrument, blocks: Array<SourceBlock>, options: ImportOptions, say: Say, where: (b: SourceBlock) => string, unitWord: string): void {
  let kept = [...blocks]
  // "No. 43/NA", "Proclamation No. 118/2001", "Act No. 12 of 2004"
  const numberOf = (b: SourceBlock) => /^(?:[\p{L}]+\s+){0,2}No\.?\s*[0-9]+\s*(?:\/\s*[\p{L}\d.]+)*(?:\s+of\s+[0-9]{4})?$/iu.exec(inlineToText(b.content).trim())?.[0]
  if (!options.title) {
    const titled =
      kept.find((b) => numberOf(b) === undefined && /\b(?:law|decision|decree|convention|constitution|instruction|order|agreement|regulations?|code|act|proclamation|ordinance|statute|bill|directive)\b/i.test(inlineToText(b.content)) && inlineToText(b.content).length <= 150 && !/[.;:]$/.test(inlineToText(b.content).trim())) ??
      kept.find((b) => b.kind === 'heading')
    if (titled) {
      instrument.title = inlineToText(titled.content).trim()
      // "LAW ON OCCUPATIONAL SAFETY No. 7/2019" on one line: the number is not part of the title.
      const trailing = /\s+(No\.?\s*[0-9]+\s*(?:\/\s*[\p{L}\d.]+)*(?:\s+of\s+[0-9]{4})?)$/iu.exec(instrument.title)
      if (trailing && !options.number && !kept.some((b) => numberOf(b) !== undefined)) {
        instrument.number = trailing[1]!
        instrument.title = instrument.title.slice(0, trailing.index).trim()
      }
      kept = kept.filter((b) => b !== titled)
      say('info', titled, `the title "${instrument.title}" was taken from ${where(titled)}`, 'title-found')
    }
  }
  if (!options.number && !instrument.number) {
    const numbered = kept.find((b) => numberOf(b) !== undefined)
    if (numbered) {
      instrument.number = numberOf(numbered)!
      kept = kept.filter((b) => b !== numbered)
      say('info', numbered, `the number "${instrument.number}" was taken from ${where(numbered)}`, 'number-found')
    }
  }
  if (kept.length === 0) return
  instrument.preamble = {
    type: 'preamble',
    id: '',
    children: kept.map((b) => paragraphOf(b.content.length > 0 ? b.content : plainInlines(''), b)),
    position: placeOf(kept[0]!)
  }
  const last = kept.at(-1)!
  const span = kept.length === 1 ? `at ${where(last)}` : `${where(kept[0]!)} to ${where(last)}`
  say('warning', kept[0], `${kept.length === 1 ? 'a paragraph' : `${kept.length} paragraphs`} before the first ${unitWord} (${span}) ${kept.length === 1 ? 'was' : 'were'} kept as the preamble: check whether ${kept.length === 1 ? 'it belongs' : 'they belong'} to the law`, 'text-before-first-article')
}

/** Divisions, articles, items and paragraphs of an instrument, for the summary line. */
export function countStructure(instrument: Instrument): ImportedInstrument['summary'] {
  const summary = {divisions: 0, articles: 0, items: 0, paragraphs: 0, warnings: 0}
  const provisions = (children: Array<Provision>) => {
    for (const child of children) {
      if (child.type === 'paragraph') summary.paragraphs++
      else {
        summary.items++
        provisions(child.children)
      }
    }
  }
  const visit = (nodes: Array<Division | Article>) => {
    for (const node of nodes) {
      if (node.type === 'division') {
        summary.divisions++
        visit(node.children)
      } else {
        summary.articles++
        provisions(node.children)
      }
    }
  }
  visit(instrument.body)
  return summary
}
