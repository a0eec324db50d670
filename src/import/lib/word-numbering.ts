// Word's automatic numbering, worked out from the document's own XML, so that an item numbered by Word
// ("1.", "(a)", "1.1.") keeps its label when mammoth turns it into a bare <li>.
//
// Word numbers a paragraph from its w:numPr (or its style's): the list (w:num) points at an abstract
// definition whose levels give the format (w:numFmt), the pattern (w:lvlText, "%1.%2.") and the start.
// Lists that share an abstract definition share their counters unless a list restarts a level
// (w:lvlOverride/w:startOverride) when it is first used, which is how Word and LibreOffice both count.
import {toLetters, toRoman} from './list-numbers.ts'

/** The parts of a .docx the numbering needs, as text. */
export interface WordParts {
  /** word/document.xml */
  document: string
  /** word/numbering.xml, if the document has lists */
  numbering?: string | undefined
  /** word/styles.xml */
  styles?: string | undefined
}

/** One paragraph of word/document.xml, in order, with the label Word shows before it. */
export interface WordParagraph {
  /** The paragraph's own text (w:t), for matching it with mammoth's paragraphs. */
  text: string
  /** "1.", "(a)", "Article 3"; "" for a bullet; undefined when the paragraph is not numbered. */
  label?: string | undefined
  /** The list level (w:ilvl), when numbered. */
  level?: number | undefined
}

interface XmlTag {
  name: string
  closing: boolean
  selfClosing: boolean
  attrs: Record<string, string>
}

type XmlToken = XmlTag | {text: string}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}
    if (name[0] !== '#') return named[name.toLowerCase()] ?? whole
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

function* xmlTokens(xml: string): Generator<XmlToken> {
  const pattern = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g
  for (const m of xml.matchAll(pattern)) {
    if (m[1] !== undefined) yield {text: m[1]}
    else if (m[3] !== undefined) {
      const attrs: Record<string, string> = {}
      for (const a of (m[4] ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]!] = decodeXml(a[2] ?? a[3] ?? '')
      yield {name: m[3], closing: m[2] === '/', selfClosing: m[5] === '/', attrs}
    } else if (m[6] !== undefined) yield {text: decodeXml(m[6])}
  }
}

/** One level of a list definition. */
interface Level {
  start: number
  format: string
  pattern: string
  legal: boolean
}

interface ListDefinitions {
  abstracts: Map<string, {levels: Map<number, Level>; styleLink?: string | undefined}>
  lists: Map<string, {abstract: string; overrides: Map<number, {start?: number | undefined; level?: Level | undefined}>}>
  /** Numbering styles (w:numStyleLink targets) → their list. */
  numberingStyles: Map<string, string>
}

/** Paragraph styles: their numbering and the style they are based on. */
interface StyleNumbering {
  numId?: string | undefined
  level?: number | undefined
  basedOn?: string | undefined
}

function readLevel(tokens: Iterator<XmlToken>, attrs: Record<string, string>): [number, Level] {
  const level: Level = {start: 1, format: 'decimal', pattern: '', legal: false}
  let depth = 1
  let inLevelProps = 0
  for (let next = tokens.next(); !next.done; next = tokens.next()) {
    const t = next.value
    if (!('name' in t)) continue
    if (t.name === 'w:lvl') {
      if (t.closing) depth--
      else if (!t.selfClosing) depth++
      if (depth === 0) break
      continue
    }
    // Paragraph and run properties of the level hold nothing we need.
    if (t.name === 'w:pPr' || t.name === 'w:rPr') {
      if (!t.selfClosing) inLevelProps += t.closing ? -1 : 1
      continue
    }
    if (inLevelProps > 0 || t.closing) continue
    const value = t.attrs['w:val']
    if (t.name === 'w:start' && value !== undefined) level.start = Number(value) || 0
    else if (t.name === 'w:numFmt' && value !== undefined) level.format = value
    else if (t.name === 'w:lvlText' && value !== undefined) level.pattern = value
    else if (t.name === 'w:isLgl') level.legal = value !== '0' && value !== 'false'
  }
  return [Number(attrs['w:ilvl'] ?? '0'), level]
}

function readDefinitions(xml: string | undefined): ListDefinitions {
  const defs: ListDefinitions = {abstracts: new Map(), lists: new Map(), numberingStyles: new Map()}
  if (!xml) return defs
  const tokens = xmlTokens(xml)
  let abstract: {levels: Map<number, Level>; styleLink?: string | undefined} | undefined
  let list: {abstract: string; overrides: Map<number, {start?: number | undefined; level?: Level | undefined}>} | undefined
  let overrideLevel: number | undefined
  for (let next = tokens.next(); !next.done; next = tokens.next()) {
    const t = next.value
    if (!('name' in t)) continue
    switch (t.name) {
      case 'w:abstractNum':
        if (t.closing) abstract = undefined
        else {
          abstract = {levels: new Map()}
          defs.abstracts.set(t.attrs['w:abstractNumId'] ?? '', abstract)
        }
        break
      case 'w:num':
        if (t.closing) list = undefined
        else {
          list = {abstract: '', overrides: new Map()}
          defs.lists.set(t.attrs['w:numId'] ?? '', list)
        }
        break
      case 'w:abstractNumId':
        if (list && !t.closing) list.abstract = t.attrs['w:val'] ?? ''
        break
      case 'w:numStyleLink':
        if (abstract && !t.closing) abstract.styleLink = t.attrs['w:val']
        break
      case 'w:lvlOverride':
        overrideLevel = t.closing ? undefined : Number(t.attrs['w:ilvl'] ?? '0')
        if (list && overrideLevel !== undefined && !list.overrides.has(overrideLevel)) list.overrides.set(overrideLevel, {})
        break
      case 'w:startOverride':
        if (list && overrideLevel !== undefined && !t.closing) list.overrides.get(overrideLevel)!.start = Number(t.attrs['w:val'] ?? '1')
        break
      case 'w:lvl':
        if (t.closing || t.selfClosing) break
        {
          const [index, level] = readLevel(tokens, t.attrs)
          if (list && overrideLevel !== undefined) list.overrides.get(overrideLevel)!.level = level
          else if (abstract) abstract.levels.set(index, level)
        }
        break
    }
  }
  return defs
}

function readStyles(xml: string | undefined, defs: ListDefinitions): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>()
  if (!xml) return styles
  let current: StyleNumbering | undefined
  let currentId = ''
  let currentType = ''
  for (const t of xmlTokens(xml)) {
    if (!('name' in t)) continue
    if (t.name === 'w:style') {
      if (t.closing) current = undefined
      else {
        current = {}
        currentId = t.attrs['w:styleId'] ?? ''
        currentType = t.attrs['w:type'] ?? ''
        styles.set(currentId, current)
      }
      continue
    }
    if (!current || t.closing) continue
    const value = t.attrs['w:val']
    if (t.name === 'w:basedOn') current.basedOn = value
    else if (t.name === 'w:numId') {
      current.numId = value
      if (currentType === 'numbering' && value !== undefined) defs.numberingStyles.set(currentId, value)
    } else if (t.name === 'w:ilvl') current.level = Number(value ?? '0')
  }
  return styles
}

/** A counter value in a level's format. */
function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return toLetters(value)
    case 'upperLetter':
      return toLetters(value).toUpperCase()
    case 'lowerRoman':
      return toRoman(value)
    case 'upperRoman':
      return toRoman(value).toUpperCase()
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value)
    case 'none':
      return ''
    default:
      return String(value)
  }
}

/**
 * The paragraphs of a Word document in order, each with the label Word numbers it with. Reads only the
 * three XML parts; does not need mammoth.
 */
export function wordParagraphs(parts: WordParts): Array<WordParagraph> {
  const defs = readDefinitions(parts.numbering)
  const styles = readStyles(parts.styles, defs)
  // Counters per abstract definition and level; which lists have been used (a restart applies once).
  const counters = new Map<string, Map<number, number>>()
  const usedLists = new Set<string>()

  const levelOf = (numId: string, level: number, seen = new Set<string>()): {abstract: string; level: Level} | undefined => {
    const list = defs.lists.get(numId)
    if (!list || seen.has(numId)) return undefined
    seen.add(numId)
    const abstract = defs.abstracts.get(list.abstract)
    if (abstract?.styleLink) {
      const linked = defs.numberingStyles.get(abstract.styleLink)
      if (linked) return levelOf(linked, level, seen)
    }
    const overridden = list.overrides.get(level)?.level
    const found = overridden ?? abstract?.levels.get(level)
    return found ? {abstract: list.abstract, level: found} : undefined
  }
  const styleNumbering = (styleId: string | undefined): {numId?: string | undefined; level?: number | undefined} => {
    const seen = new Set<string>()
    let id = styleId
    while (id && !seen.has(id)) {
      seen.add(id)
      const style = styles.get(id)
      if (!style) break
      if (style.numId !== undefined) return {numId: style.numId, level: style.level}
      id = style.basedOn
    }
    return {}
  }

  const label = (numId: string, level: number): string | undefined => {
    const found = levelOf(numId, level)
    if (!found) return undefined
    const list = defs.lists.get(numId)!
    const counts = counters.get(found.abstract) ?? new Map<number, number>()
    counters.set(found.abstract, counts)
    if (!usedLists.has(numId)) {
      usedLists.add(numId)
      for (const [overridden, override] of list.overrides) {
        if (override.start !== undefined) counts.set(overridden, override.start - 1)
      }
    }
    const start = found.level.start
    counts.set(level, (counts.get(level) ?? start - 1) + 1)
    // A level restarts after any higher level moves on.
    for (const deeper of [...counts.keys()]) if (deeper > level) counts.delete(deeper)
    if (found.level.format === 'bullet') return ''
    return found.level.pattern.replace(/%([1-9])/g, (_, n: string) => {
      const at = Number(n) - 1
      const upper = levelOf(numId, at)?.level
      const value = counts.get(at) ?? upper?.start ?? 1
      const format = found.level.legal || !upper ? 'decimal' : upper.format
      return formatNumber(value, format)
    }).trim()
  }

  const out: Array<WordParagraph> = []
  // Paragraphs can nest (a text box inside a paragraph); each keeps its own properties and text.
  const open: Array<{paragraph: WordParagraph; styleId?: string | undefined; numId?: string | undefined; level?: number | undefined}> = []
  let inProps = 0
  let inChange = 0
  let inText = false
  let inDeleted = 0
  for (const t of xmlTokens(parts.document)) {
    const current = open.at(-1)
    if (!('name' in t)) {
      if (inText && current && inDeleted === 0) current.paragraph.text += t.text
      continue
    }
    switch (t.name) {
      case 'w:p':
        if (t.closing || t.selfClosing) {
          const done = t.selfClosing ? {paragraph: {text: ''}} : open.pop()
          if (t.selfClosing) out.push(done!.paragraph)
          else if (done) {
            const fromStyle = styleNumbering(done.styleId)
            const numId = done.numId ?? fromStyle.numId
            const level = done.level ?? (done.numId === undefined ? fromStyle.level : undefined) ?? 0
            if (numId !== undefined && numId !== '0') {
              const text = label(numId, level)
              if (text !== undefined) {
                done.paragraph.label = text
                done.paragraph.level = level
              }
            }
          }
        } else {
          const paragraph: WordParagraph = {text: ''}
          out.push(paragraph)
          open.push({paragraph})
        }
        break
      case 'w:pPr':
        if (!t.selfClosing) inProps += t.closing ? -1 : 1
        break
      case 'w:pPrChange':
      case 'w:rPrChange':
      case 'w:numberingChange':
        if (!t.selfClosing) inChange += t.closing ? -1 : 1
        break
      case 'w:del':
      case 'w:moveFrom':
        if (!t.selfClosing) inDeleted += t.closing ? -1 : 1
        break
      case 'w:pStyle':
        if (current && inProps > 0 && inChange === 0 && !t.closing) current.styleId = t.attrs['w:val']
        break
      case 'w:numId':
        if (current && inProps > 0 && inChange === 0 && !t.closing) current.numId = t.attrs['w:val']
        break
      case 'w:ilvl':
        if (current && inProps > 0 && inChange === 0 && !t.closing) current.level = Number(t.attrs['w:val'] ?? '0')
        break
      case 'w:t':
        inText = !t.closing && !t.selfClosing
        break
      case 'w:tab':
        if (current && inProps === 0 && inDeleted === 0 && !t.closing) current.paragraph.text += '\t'
        break
    }
  }
  return out
}

/** The part of mammoth's document model the labelling touches: elements with a type and children. */
export interface WordElement {
  type: string
  children?: Array<WordElement> | undefined
  value?: string | undefined
}

function elementText(element: WordElement): string {
  if (element.type === 'text') return element.value ?? ''
  if (element.type === 'tab') return '\t'
  return (element.children ?? []).map(elementText).join('')
}

const comparable = (text: string) => text.replace(/\s+/g, '')

/**
 * For mammoth's `transformDocument`: puts each numbered paragraph's Word label in front of its text, so
 * that "1." or "(a)" reaches the HTML as typed text. Paragraphs are matched with `paragraphs` in order
 * and by their text (mammoth leaves some out); returns how many numbered paragraphs got no label.
 */
export function labelWordParagraphs(document: WordElement, paragraphs: ReadonlyArray<WordParagraph>): {unmatched: number} {
  let cursor = 0
  let unmatched = 0
  const visit = (element: WordElement) => {
    if (element.type === 'paragraph') {
      const text = comparable(elementText(element))
      // Look a little ahead: mammoth skips paragraphs it cannot read, the XML scan skips none.
      let found = -1
      for (let i = cursor; i < Math.min(paragraphs.length, cursor + 50); i++) {
        if (comparable(paragraphs[i]!.text) === text) {
          found = i
          break
        }
      }
      if (found >= 0) {
        cursor = found + 1
        const label = paragraphs[found]!.label
        if (label) {
          element.children = [
            {type: 'run', children: [{type: 'text', value: `${label} `}], ...plainRun} as WordElement,
            ...(element.children ?? [])
          ]
        }
      } else if ((element as {numbering?: unknown}).numbering) unmatched++
    }
    for (const child of element.children ?? []) visit(child)
  }
  visit(document)
  return {unmatched}
}

// The properties mammoth gives a run without formatting.
const plainRun = {
  styleId: null, styleName: null, isBold: false, isUnderline: false, isItalic: false, isStrikethrough: false,
  isAllCaps: false, isSmallCaps: false, verticalAlignment: 'baseline', font: null, fontSize: null, highlight: null
}
