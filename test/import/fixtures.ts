// Source documents for the import tests, made here rather than stored: Word files written with the `docx`
// package (typed numbers, Word list numbering, headings, chapters, amended and new articles, a 200-article
// law) and text as PDF exports look (page headers and footers, running titles, wrapped lines, odd spacing).
import {AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun, type ILevelsOptions} from 'docx'

/** A paragraph of plain text; `**words**` in it become bold. */
function para(text: string, options: {heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; bold?: boolean} = {}): Paragraph {
  const runs = text.split(/(\*\*[^*]+\*\*)/).filter(Boolean).map((part) =>
    part.startsWith('**') ? new TextRun({text: part.slice(2, -2), bold: true}) : new TextRun({text: part, bold: options.bold ?? false})
  )
  return new Paragraph({children: runs, ...(options.heading ? {heading: options.heading} : {})})
}

async function pack(children: Array<Paragraph>, numbering?: Array<{reference: string; levels: Array<ILevelsOptions>}>): Promise<Uint8Array> {
  const doc = new Document({
    ...(numbering ? {numbering: {config: numbering}} : {}),
    sections: [{children}]
  })
  return new Uint8Array(await Packer.toArrayBuffer(doc))
}

/**
 * A law typed the way many translations are: headings as bold paragraphs or Word headings, every number
 * typed by hand ("1.", "(a)", "1.1."), the title lines before the first article.
 */
export async function typedNumbersDocx(): Promise<Uint8Array> {
  return pack([
    para('LAO PEOPLE\'S DEMOCRATIC REPUBLIC', {bold: true}),
    para('LAW ON LABOUR INSPECTION', {bold: true}),
    para('No. 12/NA'),
    para('Part I General Provisions', {heading: HeadingLevel.HEADING_1}),
    para('Chapter 1 Objectives and Definitions', {heading: HeadingLevel.HEADING_2}),
    para('Article 1 Objective', {bold: true}),
    para('This Law determines the principles, rules and measures of labour inspection.'),
    para('Article 2 (Amended) Definitions', {bold: true}),
    para('The terms used in this Law have the following meanings:'),
    para('1. **Labour unit** means any enterprise employing workers;'),
    para('2. Inspection targets are the following:'),
    para('(a) labour units of the private sector;'),
    para('(b) state enterprises;'),
    para('3. Inspector means an official appointed under article 5 of this Law.'),
    para('Terms not defined here have the meaning given in the Labour Law.'),
    para('Chapter 2 Inspection', {heading: HeadingLevel.HEADING_2}),
    para('Article 3. Forms of inspection', {bold: true}),
    para('1. Inspections shall have the following contents:'),
    para('1.1. The implementation of the law;'),
    para('1.2. The performance of officials.'),
    para('2. Inspections are carried out:'),
    para('a) on a regular basis;'),
    para('b) with advance notice;'),
    para('c) without notice.'),
    para('Art. 4 Powers of inspectors', {bold: true}),
    para('Inspectors may enter any workplace without previous notice.'),
    para('Article 5', {bold: true}),
    para('Appointment of inspectors'),
    para('The Minister appoints inspectors.'),
    para('Article 5 of this Law applies to provincial inspectors too.'),
    para('Article 6 (Repealed)', {bold: true}),
    para('Article 7 Inspection reports (to be discussed)', {bold: true}),
    para('The inspection committee shall report on the results of inspections.')
  ])
}

const itemLevels: Array<ILevelsOptions> = [
  {level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START},
  {level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.START},
  {level: 2, format: LevelFormat.LOWER_ROMAN, text: '(%3)', alignment: AlignmentType.START}
]
const articleLevels: Array<ILevelsOptions> = [{level: 0, format: LevelFormat.DECIMAL, text: 'Article %1', alignment: AlignmentType.START}]
const bulletLevels: Array<ILevelsOptions> = [{level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START}]

function listed(text: string, reference: string, level: number, instance: number, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  const runs = text.split(/(\*\*[^*]+\*\*)/).filter(Boolean).map((part) => (part.startsWith('**') ? new TextRun({text: part.slice(2, -2), bold: true}) : new TextRun(part)))
  return new Paragraph({children: runs, numbering: {reference, level, instance}, ...(heading ? {heading} : {})})
}

/**
 * A law whose numbers all come from Word: article headings numbered "Article %1" by a list on Heading 2,
 * items "1.", "a)", "(i)" at three list levels, a list that goes on after a paragraph, bullets.
 */
export async function wordNumberingDocx(): Promise<Uint8Array> {
  return pack([
    para('Decision on Social Security Inspection', {heading: HeadingLevel.TITLE}),
    para('Chapter 1 General Provisions', {heading: HeadingLevel.HEADING_1}),
    listed('Objective', 'articles', 0, 1, HeadingLevel.HEADING_2),
    para('This Decision sets out the duties of social security inspectors.'),
    listed('Duties', 'articles', 0, 1, HeadingLevel.HEADING_2),
    para('Social security inspectors shall have the following duties:'),
    listed('Develop **inspection** programmes and plans;', 'items', 0, 1),
    listed('Inform labour units of the following before the visit:', 'items', 0, 1),
    listed('the date of the visit;', 'items', 1, 1),
    listed('the place of the visit, namely:', 'items', 1, 1),
    listed('the head office;', 'items', 2, 1),
    listed('the branches;', 'items', 2, 1),
    listed('Report on the findings.', 'items', 0, 1),
    para('In an emergency, inspectors may act at once.'),
    listed('Keep the records of every visit.', 'items', 0, 1),
    listed('Sanctions', 'articles', 0, 1, HeadingLevel.HEADING_2),
    para('The following measures apply:'),
    listed('warning;', 'items', 0, 2),
    listed('fine;', 'items', 0, 2),
    listed('Information', 'articles', 0, 1, HeadingLevel.HEADING_2),
    para('Inspectors shall provide:'),
    listed('leaflets on social security;', 'bullets', 0, 1),
    listed('visits to labour units.', 'bullets', 0, 1)
  ], [
    {reference: 'articles', levels: articleLevels},
    {reference: 'items', levels: itemLevels},
    {reference: 'bullets', levels: bulletLevels}
  ])
}

/** A draft in the style of the review's Annex 1: amended articles, new articles, a note. */
export async function draftDocx(): Promise<Uint8Array> {
  return pack([
    para('Proposed Draft for Future Law Revision', {heading: HeadingLevel.HEADING_1}),
    para('Article 111 (Amended) Contents of Social Security Inspections', {heading: HeadingLevel.HEADING_3}),
    para('1. Inspections of social security activities shall have the following contents:'),
    para('1.1. The implementation of the law on social security;'),
    para('1.2. The performance of civil servants and social security officers.'),
    para('2. The scope consists of three inspection targets.'),
    para('New Article Social Security Inspection Officials', {heading: HeadingLevel.HEADING_3}),
    para('Social security inspection officials are appointed by the Minister.'),
    para('Article 113 Inspection Reports and Correction Measures (to be discussed)', {heading: HeadingLevel.HEADING_3}),
    para('The inspection committee shall summarize and report on the result of inspections.'),
    para('New Article Termination of Terms of being Social Security Inspectors', {heading: HeadingLevel.HEADING_3}),
    para('The roles of being social security inspectors shall be terminated when being substituted.')
  ])
}

/** What a generated law holds, to check an import against. */
export interface GeneratedLaw {
  bytes: Uint8Array
  chapters: number
  articles: number
  /** Items at every depth. */
  items: number
}

const words = 'inspection inspector labour unit employer worker social security contribution notice visit report measure fine warning decision regulation authority enterprise benefit payment record evidence compliance violation obligation power duty'.split(' ')

/** Deterministic words, so two runs build the same document. */
function sentence(seed: number, length: number): string {
  const out: Array<string> = []
  let s = seed
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) % 2147483648
    out.push(words[s % words.length]!)
  }
  const text = out.join(' ')
  return text[0]!.toUpperCase() + text.slice(1)
}

/**
 * A long law: `articles` articles in chapters of 20, each with an intro and 2–5 items numbered by Word,
 * every third item with two typed sub-items "(a)", "(b)".
 */
export async function longLawDocx(articles = 200): Promise<GeneratedLaw> {
  const children: Array<Paragraph> = [para('LAW ON LABOUR (SYNTHETIC)', {bold: true})]
  let items = 0
  let chapters = 0
  for (let a = 1; a <= articles; a++) {
    if ((a - 1) % 20 === 0) {
      chapters++
      children.push(para(`Chapter ${chapters} ${sentence(a, 3)}`, {heading: HeadingLevel.HEADING_1}))
    }
    children.push(para(`Article ${a} ${sentence(a * 7, 4)}`, {heading: HeadingLevel.HEADING_2}))
    children.push(para(`${sentence(a * 11, 12)}:`))
    const count = 2 + (a % 4)
    for (let i = 1; i <= count; i++) {
      children.push(listed(`${sentence(a * 13 + i, 10)};`, 'items', 0, a))
      items++
      if (i % 3 === 0) {
        children.push(para(`(a) ${sentence(a * 17 + i, 6)};`), para(`(b) ${sentence(a * 19 + i, 6)}.`))
        items += 2
      }
    }
  }
  return {bytes: await pack(children, [{reference: 'items', levels: itemLevels}]), chapters, articles, items}
}

/** The articles of the text fixtures: number, heading, and blocks (a label and its text, or a paragraph). */
export const textArticles: Array<{number: string; heading: string; blocks: Array<{label?: string; text: string}>}> = [
  {number: '171', heading: 'The labour inspection affairs agencies', blocks: [
    {text: 'The labour inspection affairs agencies consist of the internal inspection agency and the external inspection agencies, each acting within the scope of its rights and duties as determined by the laws and regulations.'},
    {label: '1.', text: 'The internal inspection agency is the labour administration agency, which has the mandate to send inspectors to labour units and workplaces to inspect the implementation of this Law.'},
    {label: '2.', text: 'The external inspection agencies are the National Assembly, the State Inspection Agencies and the Lao Front for National Construction.'}
  ]},
  {number: '172', heading: 'Contents of labour inspection', blocks: [
    {text: 'Labour inspection covers the following contents:'},
    {label: '1.', text: 'The implementation of the laws and regulations on labour, including the registration of workers with the social security scheme and the payment of contributions;'},
    {label: '2.', text: 'The occupational safety and health of workers at the workplace;'},
    {label: '3.', text: 'The working conditions, wages and hours of work.'}
  ]},
  {number: '173', heading: 'Forms of labour affairs inspection', blocks: [
    {text: 'Labour affairs inspection will take the following forms:'},
    {label: '1.', text: 'Inspection is a routine system of inspection undertaken as per a plan over a fixed time period;'},
    {label: '2.', text: 'Inspection with advance notice is inspection undertaken outside of the plan when deemed necessary, with advance notification for the party undergoing inspection;'},
    {label: '3.', text: 'Sudden inspection is inspection undertaken without advance notice.'},
    {text: 'Any labour inspection must be implemented strictly in accordance with the law.'}
  ]}
]

function wrap(text: string, width: number): Array<string> {
  const lines: Array<string> = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/**
 * The text fixtures as `pdftotext` gives a PDF: lines wrapped at `width`, a running title at the top and
 * "Page n of N" at the bottom of every page of `pageLines` lines, a form feed between pages, and the odd
 * spacing of PDF text (double spaces, tabs, non-breaking spaces, trailing blanks).
 */
export function pdfLikeText(width = 78, pageLines = 14): {text: string; pages: number} {
  const body: Array<string> = ['LABOUR LAW (AMENDED)', 'No. 43/NA', '']
  for (const article of textArticles) {
    body.push(`Article  ${article.number}.\t${article.heading}`)
    for (const block of article.blocks) {
      const lines = wrap(block.label ? `${block.label} ${block.text}` : block.text, width)
      body.push(...lines.map((l, i) => (i % 2 === 1 ? l.replace(' ', '  ') : l.replace(' ', '\u00a0')) + (i === 0 ? '   ' : '')))
      body.push('')
    }
  }
  const pages: Array<Array<string>> = []
  for (let i = 0; i < body.length; i += pageLines) pages.push(body.slice(i, i + pageLines))
  const text = pages
    .map((lines, i) => ['Labour Law of the Lao PDR', '', ...lines, '', `Page ${i + 1} of ${pages.length}`].join('\n'))
    .join('\n\f')
  return {text, pages: pages.length}
}

/**
 * An article of `count` numbered paragraphs that switch list and level at every paragraph ("1.", "(a)", "i)",
 * "(1)", "a.", and again "1."), each list starting at its first number, as Word documents that restart
 * numbering at every paragraph come out.
 */
export function switchingLists(count: number): string {
  const styles = ['1.', '(a)', 'i)', '(1)', 'a.']
  const lines = ['Article 1 Duties', 'The duties of the employer are:']
  for (let i = 0; i < count; i++) lines.push(`${styles[i % styles.length]} duty number ${i} of the employer;`)
  return lines.join('\n')
}
