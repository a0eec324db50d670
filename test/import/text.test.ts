import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {parseInstrument} from '../../src/corpus/index.ts'
import {checkImportFile, importSource, type ImportOptions, type ImportSource} from '../../src/import/index.ts'
import {articlesOf, inlineToText, walkProvisions, type Article, type Instrument, type Provision} from '../../src/model/index.ts'
import {pdfLikeText, switchingLists, textArticles} from './fixtures.ts'

const options: ImportOptions = {id: 'test-law', file: 'law.txt', title: 'Test Law'}

function run(text: string, format: ImportSource['format'] = 'text', extra: Partial<ImportOptions> = {}) {
  const result = importSource({format, text}, {...options, ...extra})
  // Whatever the importer writes must read back without errors, with the same ids.
  const back = parseInstrument(result.value.markdown, 'out.md')
  expect(back.messages.filter((m) => m.severity === 'error')).toEqual([])
  expect(ids(back.value!)).toEqual(ids(result.value.instrument))
  return {...result, instrument: result.value.instrument, warnings: result.messages.filter((m) => m.severity === 'warning')}
}

function ids(instrument: Instrument): Array<string> {
  const out: Array<string> = []
  for (const a of articlesOf(instrument)) {
    out.push(a.id)
    walkProvisions(a.children, (p) => out.push(p.id))
  }
  return out
}

/** An article's provisions as "id label text" lines, for readable comparisons. */
function outline(article: Article): Array<string> {
  const out: Array<string> = []
  walkProvisions(article.children, (p) => out.push(`${p.id.split('/').slice(2).join('/')} ${p.type === 'item' ? p.label : '¶'} ${inlineToText(p.content)}`))
  return out
}

describe('text exported from a PDF', () => {
  const {text, pages} = pdfLikeText()
  const result = run(text)

  test('finds the articles with their numbers and headings', () => {
    expect(articlesOf(result.instrument).map((a) => [a.number, a.heading])).toEqual(textArticles.map((a) => [a.number, a.heading]))
  })

  test('joins wrapped lines, also across page breaks, and keeps every word with its label', () => {
    for (const [index, expected] of textArticles.entries()) {
      const article = articlesOf(result.instrument)[index]!
      const got = article.children.map((p) => ({...(p.type === 'item' ? {label: p.label} : {}), text: inlineToText(p.content)}))
      expect(got).toEqual(expected.blocks)
    }
  })

  test('drops page numbers and the running title, and says so; nothing else is dropped', () => {
    expect(result.value.markdown).not.toMatch(/Page \d+ of \d+|Labour Law of the Lao PDR/)
    const dropped = result.messages.filter((m) => m.ruleId === 'page-number-dropped' || m.ruleId === 'running-title-dropped')
    expect(dropped.map((m) => m.reason).sort()).toEqual([
      expect.stringContaining(`${pages} page number lines`),
      expect.stringContaining(`running title "Labour Law of the Lao PDR" was left out at ${pages} page breaks`)
    ])
    // The title was given, so the title line stays, as the preamble.
    expect(result.warnings.map((m) => [m.line, m.ruleId])).toEqual([[3, 'text-before-first-article']])
  })

  test('takes the title and number from the lines before the first article', () => {
    const untitled = run(text, 'text', {title: undefined})
    expect(untitled.instrument.title).toBe('LABOUR LAW (AMENDED)')
    expect(untitled.instrument.number).toBe('No. 43/NA')
    expect(untitled.instrument.preamble).toBeUndefined()
  })
})

describe('article headings', () => {
  test.each([
    ['Article 12 Duties of employers', '12', 'Duties of employers', false],
    ['Article 12. Duties of employers', '12', 'Duties of employers', false],
    ['Article 12: Duties of employers', '12', 'Duties of employers', false],
    ['ARTICLE 12 - Duties of employers', '12', 'Duties of employers', false],
    ['Art. 12 Duties of employers', '12', 'Duties of employers', false],
    ['Art.12 Duties of employers', '12', 'Duties of employers', false],
    ['Article 12 (Amended) Duties of employers', '12', 'Duties of employers', true],
    ['Article 12 bis Duties of employers', '12 bis', 'Duties of employers', false],
    ['Article 12bis Duties of employers', '12 bis', 'Duties of employers', false]
  ])('%s', (heading, number, title, amended) => {
    const {instrument} = run(`${heading}\nEmployers shall register their workers.`)
    const [article] = articlesOf(instrument)
    expect(article).toMatchObject({number, heading: title, amended})
    expect(inlineToText(article!.children[0]!.content)).toBe('Employers shall register their workers.')
  })

  test('a heading with only its number takes the short line below as its title', () => {
    const {instrument} = run('Article 5\nAppointment of inspectors\nThe Minister appoints inspectors.')
    expect(articlesOf(instrument)[0]).toMatchObject({number: '5', heading: 'Appointment of inspectors'})
    expect(articlesOf(instrument)[0]!.children).toHaveLength(1)
  })

  test('a trailing parenthetical is the note; "(Repealed)" with no text is the status', () => {
    const {instrument} = run('Article 6 (Repealed)\n\nArticle 7 Inspection reports (to be discussed)\nThe committee reports.')
    expect(articlesOf(instrument).map((a) => [a.number, a.heading, a.note, a.status])).toEqual([
      ['6', '', undefined, 'repealed'],
      ['7', 'Inspection reports', 'to be discussed', 'in-force']
    ])
  })

  test('a sentence that mentions an article is text, not a heading', () => {
    const {instrument} = run('Article 1 Scope\nThis Law applies to all labour units.\nArticle 5 of this Law applies to inspectors.\nArticle 12, paragraph 2, applies too.')
    expect(articlesOf(instrument)).toHaveLength(1)
    expect(outline(articlesOf(instrument)[0]!)).toEqual([
      'para-1 ¶ This Law applies to all labour units.',
      'para-2 ¶ Article 5 of this Law applies to inspectors.',
      'para-3 ¶ Article 12, paragraph 2, applies too.'
    ])
  })

  test('an article with no text is marked "text not available", with a warning naming its line', () => {
    const {instrument, warnings} = run('Article 1 Scope\nText.\n\nArticle 2 Definitions\n\nArticle 3 Duties\nMore text.')
    expect(articlesOf(instrument)[1]).toMatchObject({number: '2', status: 'not-available'})
    expect(warnings.map((m) => [m.line, m.ruleId])).toEqual([[4, 'empty-article']])
  })

  test('Part, Chapter and Section headings nest; a title on the next line is taken', () => {
    const {instrument} = run('Part I\nGENERAL PROVISIONS\nChapter 1 Scope\nSection 1: Definitions\nArticle 1 Terms\nText.\nChapter 2 - Inspection\nArticle 2 Forms\nText.\nPart II Final Provisions\nArticle 3 Entry into force\nText.')
    const shape = (nodes: Instrument['body']): Array<unknown> =>
      nodes.map((n) => (n.type === 'article' ? n.id : {[`${n.id} ${n.heading}`]: shape(n.children)}))
    expect(shape(instrument.body)).toEqual([
      {'test-law/part-i GENERAL PROVISIONS': [
        {'test-law/part-i/chapter-1 Scope': [{'test-law/part-i/chapter-1/section-1 Definitions': ['test-law/art-1']}]},
        {'test-law/part-i/chapter-2 Inspection': ['test-law/art-2']}
      ]},
      {'test-law/part-ii Final Provisions': ['test-law/art-3']}
    ])
  })
})

describe('items and their nesting', () => {
  test('letters under numbers, Roman numerals under letters, "1.1." under "1."', () => {
    const {instrument, warnings} = run([
      'Article 1 Duties',
      'Inspectors shall:',
      '1. inspect labour units, including:',
      '(a) the head office;',
      '(b) the branches, namely:',
      '(i) shops;',
      '(ii) workshops;',
      '(c) the sites;',
      '2. report their findings:',
      '2.1. to the Minister;',
      '2.2. to the province.',
      'Inspections are free of charge.'
    ].join('\n'))
    expect(outline(articlesOf(instrument)[0]!)).toEqual([
      'para-1 ¶ Inspectors shall:',
      'item-1 1. inspect labour units, including:',
      'item-1/item-a (a) the head office;',
      'item-1/item-b (b) the branches, namely:',
      'item-1/item-b/item-i (i) shops;',
      'item-1/item-b/item-ii (ii) workshops;',
      'item-1/item-c (c) the sites;',
      'item-2 2. report their findings:',
      'item-2/item-2-1 2.1. to the Minister;',
      'item-2/item-2-2 2.2. to the province.',
      'para-2 ¶ Inspections are free of charge.'
    ])
    expect(warnings).toEqual([])
  })

  test('"(i)" after "(h)" goes on with the letters', () => {
    const letters = 'abcdefghij'.split('').map((l) => `(${l}) case ${l};`)
    const {instrument} = run(['Article 1 Cases', 'The cases are:', ...letters].join('\n'))
    expect(articlesOf(instrument)[0]!.children.map((p) => (p.type === 'item' ? p.label : '¶'))).toEqual(['¶', ...letters.map((l) => l.slice(0, 3))])
  })

  test('a numbered list nested under an item that ends with a colon', () => {
    const {instrument} = run('Article 111 Contents\n1. Contents:\n1.1. the law;\n2. Targets:\n1. civil servants;\n2. enterprises.')
    expect(outline(articlesOf(instrument)[0]!).map((l) => l.split(' ')[0])).toEqual(['item-1', 'item-1/item-1-1', 'item-2', 'item-2/item-1', 'item-2/item-2'])
  })

  test('two lists numbered from 1, with a paragraph between them, stay apart and get distinct ids', () => {
    const {instrument, warnings} = run('Article 10 Fines\nGroup one:\n1. a fine;\n2. a warning.\nGroup two:\n1. a suspension;\n2. a withdrawal.')
    expect(outline(articlesOf(instrument)[0]!).map((l) => l.split(' ')[0])).toEqual(['para-1', 'item-1', 'item-2', 'para-2', 'item-1_2', 'item-2_2'])
    expect(warnings).toEqual([])
  })

  test('a gap in the numbering is kept as written and reported with its line', () => {
    const {instrument, warnings} = run('Article 1 Duties\nInspectors shall:\n1. inspect;\n2. report;\n4. advise.')
    expect(articlesOf(instrument)[0]!.children.map((p) => (p.type === 'item' ? p.label : '¶'))).toEqual(['¶', '1.', '2.', '4.'])
    expect(warnings.map((m) => [m.line, m.ruleId, m.reason])).toEqual([[5, 'item-sequence', expect.stringContaining('"4." follows "2."')]])
  })

  test('a label alone on its line takes the text below it (PDF layout)', () => {
    const {instrument} = run('Article 1 Duties\nInspectors shall:\n1.\n\nInspect labour units;\n2.\n\nReport.')
    expect(outline(articlesOf(instrument)[0]!)).toEqual(['para-1 ¶ Inspectors shall:', 'item-1 1. Inspect labour units;', 'item-2 2. Report.'])
  })
})

describe('items the corpus cannot hold as they are', () => {
  test('a bullet with no text is left out; a label with no text of its own gives its items to its parent', () => {
    const {instrument, messages} = run('Article 1 Duties\nInspectors shall:\n1. inspect:\n(a)\n(i) shops;\n(ii) sites.\n2. report.\n•\nArticle 2 Scope\nText.')
    expect(outline(articlesOf(instrument)[0]!).map((l) => l.split(' ')[0])).toEqual(['para-1', 'item-1', 'item-1/item-i', 'item-1/item-ii', 'item-2'])
    expect(messages.filter((m) => m.ruleId === 'empty-item').map((m) => [m.line, m.severity])).toEqual([[4, 'warning'], [8, 'info']])
  })

  test('a label the corpus format does not read back as a label is reported with its line', () => {
    const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii']
    const result = importSource({format: 'text', text: ['Article 1 Cases', 'The cases:', ...romans.map((r) => `(${r}) case;`)].join('\n')}, options)
    const back = parseInstrument(result.value.markdown, 'out.md').value!
    const labels = articlesOf(back)[0]!.children.map((p) => (p.type === 'item' ? p.label : '¶'))
    const warned = result.messages.filter((m) => m.ruleId === 'read-back').map((m) => [m.line, m.reason])
    if (labels.at(-1) === '(viii)') expect(warned).toEqual([])
    else expect(warned).toEqual([[10, 'the label "(viii)" reads back from the corpus file as part of the text of an unlabelled item; check the item']])
  })
})

describe('what cannot be placed is kept as text, with a warning naming its line', () => {
  test('text before the first article becomes the preamble', () => {
    const {instrument, warnings} = run('National Assembly\nVientiane Capital, 24 December 2013\nArticle 1 Scope\nText.')
    expect(instrument.preamble?.children.map((p) => inlineToText(p.content))).toEqual(['National Assembly', 'Vientiane Capital, 24 December 2013'])
    expect(warnings.map((m) => [m.line, m.ruleId])).toEqual([[1, 'text-before-first-article']])
  })

  test('text between a chapter heading and its first article goes to the article before', () => {
    const {instrument, warnings} = run('Article 1 Scope\nText.\nChapter 2 Inspection\nThis chapter sets out the inspection.\nArticle 2 Forms\nText.')
    expect(outline(articlesOf(instrument)[0]!)).toEqual(['para-1 ¶ Text.', 'para-2 ¶ This chapter sets out the inspection.'])
    expect(warnings.map((m) => [m.line, m.ruleId])).toEqual([[4, 'text-outside-article']])
  })

  test('a second article with the same number is kept as text; a "New Article" outside a draft too', () => {
    const {instrument, warnings} = run('Article 1 Scope\nText one.\nArticle 1 Scope again\nText two.\nNew Article Officials\nText three.')
    expect(articlesOf(instrument)).toHaveLength(1)
    expect(outline(articlesOf(instrument)[0]!).map((l) => l.slice(l.indexOf('¶') + 2))).toEqual([
      'Text one.', 'Article 1 Scope again', 'Text two.', 'New Article Officials', 'Text three.'
    ])
    expect(warnings.map((m) => [m.line, m.ruleId])).toEqual([[3, 'duplicate-article'], [5, 'new-article-outside-draft']])
  })

  test('a table of contents (dot leaders, or headings repeated without text) is left out', () => {
    const {instrument, messages} = run([
      'Contents', 'Article 1 Scope ........ 1', 'Article 2 Duties ........ 2',
      'Chapter 1 General', 'Article 1 Scope', 'Article 2 Duties', 'Chapter 2 Final',
      'Chapter 1 General', 'Article 1 Scope', 'This Law applies.', 'Article 2 Duties', 'Employers register.', 'Chapter 2 Final', 'Article 3 Entry', 'Today.'
    ].join('\n'))
    expect(articlesOf(instrument).map((a) => [a.id, a.children.length])).toEqual([['test-law/art-1', 1], ['test-law/art-2', 1], ['test-law/art-3', 1]])
    expect(instrument.body.map((d) => d.id)).toEqual(['test-law/chapter-1', 'test-law/chapter-2'])
    // The dot-leader lines, then the headings under "Contents" up to the first one repeated.
    expect(messages.filter((m) => m.ruleId === 'contents-dropped').map((m) => m.line)).toEqual([2, 1])
  })

  test('a document with no article headings is kept whole as the preamble', () => {
    const {instrument, warnings} = run('Some notes.\nMore notes.')
    expect(articlesOf(instrument)).toEqual([])
    expect(instrument.preamble?.children).toHaveLength(2)
    expect(warnings.map((m) => m.ruleId)).toEqual(['text-before-first-article', 'no-articles'])
  })
})

describe('Markdown', () => {
  // Annex 1 of the ILO review, as the seed gives it: headings of mixed levels, bold headings, nested lists.
  const seed = readFileSync(new URL('../../../shared/seed/000_68eea2662b9160b7.txt', import.meta.url), 'utf8').split('\n')
  const annex = seed.slice(seed.findIndex((l) => l.startsWith('### Article 110')), seed.findIndex((l) => l.startsWith('► **Overview'))).join('\n')

  test('Annex 1 imports as a draft: amended and new articles, notes, nested items', () => {
    const {instrument, warnings} = run(annex, 'markdown', {id: 'annex-x', kind: 'draft', base: 'ssl-2018'})
    expect(articlesOf(instrument).map((a) => [a.id, a.amended, a.note])).toEqual([
      ['annex-x/art-110', false, undefined],
      ['annex-x/art-111', true, undefined],
      ['annex-x/art-112', false, undefined],
      ['annex-x/art-113', false, 'to be discussed'],
      ['annex-x/art-new-1', false, undefined],
      ['annex-x/art-new-2', false, undefined],
      ['annex-x/art-new-3', false, undefined],
      ['annex-x/art-114', false, undefined]
    ])
    expect(outline(articlesOf(instrument)[1]!).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([
      'item-1 1.', 'item-1/item-1-1 1.1.', 'item-1/item-1-2 1.2.', 'item-1/item-1-3 1.3.', 'item-2 2.', 'item-2/item-1 1.', 'item-2/item-2 2.', 'item-2/item-3 3.'
    ])
    expect(warnings).toEqual([])
  })

  test('bold and italic are kept', () => {
    const {instrument} = run('## Article 173 Forms\n\n1. Inspection is a **routine** system of *inspection*;', 'markdown')
    expect(articlesOf(instrument)[0]!.children[0]!.content).toEqual([
      {type: 'text', value: 'Inspection is a '}, {type: 'strong', children: [{type: 'text', value: 'routine'}]},
      {type: 'text', value: ' system of '}, {type: 'emphasis', children: [{type: 'text', value: 'inspection'}]}, {type: 'text', value: ';'}
    ])
  })
})

describe('HTML', () => {
  test('lists without typed numbers get the labels their list gives, in the document\'s letter style', () => {
    const html = `<!doctype html><html><head><title>x</title><style>p{}</style></head><body>
      <h2>Article 1 &ndash; Duties</h2>
      <p>Inspectors shall:</p>
      <ol><li>inspect &amp; <b>report</b>;
        <ol type="a"><li>monthly;</li><li>yearly;</li></ol></li>
        <li>advise.</li></ol>
      <p>Note:</p>
      <p>a) typed letters tell the style.</p>
      <table><tr><td>cell one</td><td>cell two</td></tr></table>
      <p><img src="x.png" alt="seal"></p>
    </body></html>`
    const {instrument, warnings} = run(html, 'html')
    expect(outline(articlesOf(instrument)[0]!)).toEqual([
      'para-1 ¶ Inspectors shall:',
      'item-1 1. inspect & report;',
      'item-1/item-a a) monthly;',
      'item-1/item-b b) yearly;',
      'item-2 2. advise.',
      'para-2 ¶ Note:',
      'item-a a) typed letters tell the style.',
      'para-3 ¶ cell one',
      'para-4 ¶ cell two'
    ])
    expect(articlesOf(instrument)[0]!.heading).toBe('Duties')
    expect(warnings.map((m) => [m.line, m.ruleId])).toEqual([[9, 'table-flattened'], [10, 'image-dropped']])
  })
})

describe('PDF text as it really comes', () => {
  test('a wrapped heading is rejoined; a reference at the start of a line stays in its sentence', () => {
    const text = [
      'Article 1: Definitions', 'In this Law:', '1) "worker" means any person;', '2) "employer" means any person.',
      'Chapter 2: Equal Opportunity or Treatment of Women and Maternity Protection and', 'Benefits',
      'Article 2: Challenge to the Collective Agreement',
      '1) No party may challenge the agreement.',
      '2) Where the Minister proposes that the parties bargain under sub-article',
      '(1) of this Article and they accept, the agreement remains in force.',
      '3) The periodic payments are those provided for under',
      'Article 1(2) hereof.'
    ].join('\n')
    const {instrument, warnings} = run(text)
    expect(instrument.body.map((n) => (n.type === 'division' ? n.heading : n.id))).toEqual([
      'test-law/art-1', 'Equal Opportunity or Treatment of Women and Maternity Protection and Benefits'
    ])
    const art2 = articlesOf(instrument)[1]!
    expect(outline(art2)).toEqual([
      'item-1 1) No party may challenge the agreement.',
      'item-2 2) Where the Minister proposes that the parties bargain under sub-article (1) of this Article and they accept, the agreement remains in force.',
      'item-3 3) The periodic payments are those provided for under Article 1(2) hereof.'
    ])
    expect(warnings).toEqual([])
  })

  test('a page break inside a sentence is rejoined, also before a capital', () => {
    const text = ['Article 1 Inspection', 'Inspections shall be carried out by the', '', 'Page 1', '\fLabour Law', 'Minister of Labour and his inspectors.', 'Article 2 Reports', 'Inspectors report.', '', 'Page 2', '\fLabour Law', 'Article 3 Fines', 'Fines are paid.', '', 'Page 3', '\fLabour Law', 'Article 4 End', 'Done.'].join('\n')
    const {instrument} = run(text)
    expect(outline(articlesOf(instrument)[0]!)).toEqual(['para-1 ¶ Inspections shall be carried out by the Minister of Labour and his inspectors.'])
  })

  test('page text that lost its line breaks is split into its divisions, articles and items', () => {
    const text = 'LAW ON OCCUPATIONAL SAFETY No. 7/2019 CHAPTER I GENERAL PROVISIONS Article 1. Purpose. The purpose of this Law is to protect workers. ' +
      'Article 2. Scope. This Law applies to every workplace, as provided in Article 5. The Minister may exempt: 1. farms; 2. homes. ' +
      'Article 3. Definitions In this Law: (a) "worker" means any person; and (b) "employer" means any person. CHAPTER II INSPECTION ' +
      'Article 4. Inspectors Inspectors are appointed under Article 3. Article 5. Powers. An inspector may enter any workplace.'
    const {instrument, warnings, messages} = run(text, 'text', {title: undefined})
    expect(warnings).toEqual([])
    expect(messages.map((m) => m.ruleId)).toContain('flattened-text-split')
    expect(instrument).toMatchObject({title: 'LAW ON OCCUPATIONAL SAFETY', number: 'No. 7/2019'})
    expect(instrument.body.map((d) => (d.type === 'division' ? `${d.id} ${d.heading}: ${d.children.map((a) => (a.type === 'article' ? `${a.number} ${a.heading}` : '')).join(', ')}` : d.id))).toEqual([
      'test-law/chapter-i GENERAL PROVISIONS: 1 Purpose, 2 Scope, 3 Definitions',
      'test-law/chapter-ii INSPECTION: 4 Inspectors, 5 Powers'
    ])
    const [a1, a2, a3, a4] = articlesOf(instrument)
    expect(outline(a1!)).toEqual(['para-1 ¶ The purpose of this Law is to protect workers.'])
    expect(outline(a2!)).toEqual(['para-1 ¶ This Law applies to every workplace, as provided in Article 5. The Minister may exempt:', 'item-1 1. farms;', 'item-2 2. homes.'])
    expect(outline(a3!)).toEqual(['para-1 ¶ In this Law:', 'item-a (a) "worker" means any person; and', 'item-b (b) "employer" means any person.'])
    expect(outline(a4!)).toEqual(['para-1 ¶ Inspectors are appointed under Article 3.'])
  })
})

describe('divisions of every kind', () => {
  test('Titles, Chapters numbered afresh in each, Sections in two numberings, nest as in the source', () => {
    const text = [
      'Title I: Preliminary', 'Article 1: Short title', 'This is the law.',
      'Title II: Employment', 'Chapter 1: Contracts', 'Article 2: Form', 'Contracts are written.',
      'Chapter 2: Wages', 'Section 1: Payment', 'Article 3: Time', 'Wages are paid monthly.',
      'Section 2: Benefits', 'Section I: Medical', 'Article 4: Care', 'Care is free.', 'Section II: Cash', 'Article 5: Sums', 'Sums are paid.',
      'Title III: Final', 'Subpart A: Misc', 'Division 1: Other', 'Article 6: End', 'The end.',
      'Schedule 1: Forms', 'Article 7: Form A', 'A form.'
    ].join('\n')
    const {instrument} = run(text)
    const tree = (nodes: Instrument['body']): Array<unknown> => nodes.map((n) => (n.type === 'article' ? n.number : {[n.id]: tree(n.children)}))
    expect(tree(instrument.body)).toEqual([
      {'test-law/title-i': ['1']},
      {'test-law/title-ii': [{'test-law/title-ii/chapter-1': ['2']}, {'test-law/title-ii/chapter-2': [
        {'test-law/title-ii/chapter-2/section-1': ['3']},
        {'test-law/title-ii/chapter-2/section-2': [{'test-law/title-ii/chapter-2/section-2/section-i': ['4']}, {'test-law/title-ii/chapter-2/section-2/section-ii': ['5']}]}
      ]}]},
      {'test-law/title-iii': [{'test-law/title-iii/subpart-a': [{'test-law/title-iii/subpart-a/division-1': ['6']}]}]},
      {'test-law/schedule-1': ['7']}
    ])
  })
})

describe('what a file says about itself', () => {
  test('Lao script is language lo; English stays en', () => {
    const lao = run('ມາດຕາ 1 ຈຸດປະສົງ\nກົດໝາຍສະບັບນີ້ ກຳນົດຫຼັກການ ແລະ ມາດຕະການ.\nມາດຕາ 2 ຂອບເຂດ\nກົດໝາຍສະບັບນີ້ ນຳໃຊ້ສຳລັບທຸກຫົວໜ່ວຍແຮງງານ.', 'text', {language: undefined})
    expect(lao.instrument.language).toBe('lo')
    expect(run('Article 1 Purpose\nThis Law sets rules.').instrument.language).toBe('en')
  })

  test('a Markdown file that opens with an HTML tag is read as Markdown, its tags left out and its words kept', () => {
    const checked = checkImportFile('law.md', new TextEncoder().encode('<div align="center">\n\n# LAW ON LABOUR INSPECTION\n\n</div>\n\n## Article 1 Objective\n\nIt applies to <b>all</b> units.\n'))
    expect(checked.status).toBe('text')
    if (checked.status !== 'text') return
    const {instrument, warnings} = run(checked.source.text, checked.source.format, {title: undefined})
    expect(warnings).toEqual([])
    expect(instrument.title).toBe('LAW ON LABOUR INSPECTION')
    expect(articlesOf(instrument)[0]!.children).toMatchObject([{type: 'paragraph', content: [{type: 'text', value: 'It applies to '}, {type: 'strong', children: [{type: 'text', value: 'all'}]}, {type: 'text', value: ' units.'}]}])
  })
})

describe('numbered paragraphs that switch list and level', () => {
  test('lists of a style already open do not nest again: the depth stays that of the label styles, every item kept', () => {
    const {instrument, warnings} = run(switchingLists(600))
    let depth = 0
    let items = 0
    const walk = (children: Array<Provision>, level: number) => {
      for (const c of children) if (c.type === 'item') {
        items++
        depth = Math.max(depth, level)
        walk(c.children, level + 1)
      }
    }
    walk(articlesOf(instrument)[0]!.children, 1)
    expect(items).toBe(600)
    expect(depth).toBe(5)
    // Each return to a list whose numbering does not follow on is warned, with its line.
    expect(warnings.length).toBe(119)
    expect(warnings.every((m) => m.ruleId === 'item-sequence' && m.line! > 2)).toBe(true)
  })
})
