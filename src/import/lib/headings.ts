// Headings a law is built from, recognised by their words: "Part I", "Title II", "Chapter 2", "Section XV",
// "Schedule 1", "Article 12", "Art. 12", "Article 12 (Amended) Title", "New Article Title".
import type {DivisionKind} from '../../model/index.ts'
import {readLabel} from './labels.ts'

/** An article heading read from a line. */
export interface ArticleHeadingText {
  /** As written: "12", "2 bis", "12/1", or "New" for "New Article". */
  number: string
  /** "(Amended)" followed the number. */
  amended: boolean
  /** The words after the number and its separator; may be empty, may be a whole sentence. */
  rest: string
  /** The number was followed by `.`, `:` or a dash, so the rest is meant as its title or text. */
  separated: boolean
}

/** A division heading (Part, Title, Chapter, Section, Schedule …) read from a line. */
export interface DivisionHeadingText {
  kind: DivisionKind
  /** As written: "I", "2", "One". */
  number: string
  rest: string
  separated: boolean
}

const suffixes = 'bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies'
// The number: 12, 12a, 12/1, 12-1, 2 bis, 2bis. Lao digits are kept as written.
const articleNumber = `((?:[0-9]+|[໐-໙]+)(?:[/-][0-9]+)?(?:[a-zA-Z](?![a-zA-Z]))?(?:\\s?(?:${suffixes})\\b)?)`
const amendedMark = '(?:\\s*[([](amended|revised)[)\\]])?'
const separator = '(\\s*[.:\\-–—]+(?=\\s|$))?\\s*'
const articlePattern = new RegExp(`^(?:article|art\\.|art(?=\\s*[0-9])|ມາດຕາ)\\s*${articleNumber}${amendedMark}${separator}(.*)$`, 'i')
const newArticlePattern = new RegExp(`^new\\s+article\\b${separator}(.*)$`, 'i')

const wordNumbers = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty'
const divisionNumber = `([0-9]+[a-zA-Z]?|[໐-໙]+|[IVXLCDM]+|[ivxlcdm]+|${wordNumbers}|[A-Z])(?![\\w])`
const divisionWords: Record<string, DivisionKind> = {
  book: 'book', part: 'part', title: 'title', subpart: 'subpart', 'sub-part': 'subpart', division: 'division', chapter: 'chapter',
  'sub-chapter': 'sub-chapter', subchapter: 'sub-chapter', section: 'section', schedule: 'schedule',
  'ພາກ': 'part', 'ໝວດ': 'chapter', 'ພາກທີ': 'part', 'ໝວດທີ': 'chapter'
}
const divisionPattern = new RegExp(`^((?:book|part|title|sub-?part|division|chapter|sub-?chapter|section|schedule)(?=\\s)|ພາກທີ|ໝວດທີ|ພາກ|ໝວດ)\\s*${divisionNumber}${separator}(.*)$`, 'i')
const ordinals = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth'
// "FIRST SCHEDULE (section 3)", "THE SCHEDULE", "SCHEDULE": Schedules are often named, not numbered.
const namedSchedule = new RegExp(`^(?:(${ordinals})\\s+schedule|(?:the\\s+)?schedule)(?![\\w])${separator}(.*)$`, 'i')

/** The article heading at the start of `text`, read by its words; undefined if the text does not start with one. */
export function readArticleHeading(text: string): ArticleHeadingText | undefined {
  const line = text.trim()
  const match = articlePattern.exec(line)
  if (match) {
    return {number: match[1]!.replace(/\s+/g, ' '), amended: match[2] !== undefined, rest: match[4]!.trim(), separated: match[3] !== undefined}
  }
  const added = newArticlePattern.exec(line)
  if (added) return {number: 'New', amended: false, rest: added[2]!.trim(), separated: added[1] !== undefined}
  return undefined
}

/** The Part, Chapter or Section heading at the start of `text`, if any. */
export function readDivisionHeading(text: string): DivisionHeadingText | undefined {
  const match = divisionPattern.exec(text.trim())
  if (!match) {
    const schedule = namedSchedule.exec(text.trim())
    if (!schedule) return undefined
    const number = schedule[1] ? schedule[1][0]!.toUpperCase() + schedule[1].slice(1).toLowerCase() : ''
    return {kind: 'schedule', number, rest: schedule[3]!.trim(), separated: schedule[2] !== undefined}
  }
  const kind = divisionWords[match[1]!.toLowerCase()]
  if (!kind || !plausibleDivisionNumber(match[2]!)) return undefined
  return {kind, number: match[2]!, rest: match[4]!.trim(), separated: match[3] !== undefined}
}

const romanNumeral = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/

/** "I", "xv", "2", "One" are division numbers; "Civil" (all Roman letters, mixed case) is a word. */
function plausibleDivisionNumber(number: string): boolean {
  // "Subpart A", "Part B": one capital letter.
  if (/^[0-9໐-໙]/.test(number) || /^[A-Z]$/.test(number) || new RegExp(`^(?:${wordNumbers})$`, 'i').test(number)) return true
  return (number === number.toUpperCase() || number === number.toLowerCase()) && romanNumeral.test(number.toUpperCase())
}

/**
 * True when the words after "Article 5" (or "Chapter 2") read as a sentence that merely mentions it
 * ("Article 5 of this Law applies …") rather than as a heading.
 */
export function mentionsOnly(rest: string, separated: boolean): boolean {
  if (separated || rest === '') return false
  // "Article 78(1) (a) hereof", "Article 5 of this Law", "Article 3, 4 and 5".
  return /^[a-z,;)\]]|^\(\w{1,4}\)/.test(rest)
}

/** True when a line opens a new block by its words: a heading, or an item label. */
export function startsStructure(text: string): boolean {
  const article = readArticleHeading(text)
  if (article && !mentionsOnly(article.rest, article.separated)) return true
  const division = readDivisionHeading(text)
  if (division && !mentionsOnly(division.rest, division.separated)) return true
  return readLabel(text) !== undefined
}
