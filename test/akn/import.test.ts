// Importing Akoma Ntoso written by others: an act in the Indigo and Laws.Africa style comes in with its
// structure; unknown elements are kept as text with warnings; hostile or damaged XML is refused clearly.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {fromAkomaNtoso, toAkomaNtoso} from '../../src/akn/index.ts'
import {parseInstrument} from '../../src/corpus/index.ts'
import {checkImportFile, importSource} from '../../src/import/index.ts'
import {articlesOf, findInstrument, inlineToText, type Article, type Division, type Item, type Provision} from '../../src/model/index.ts'
import {repoRoot} from '../corpus/seed-quotes.ts'
import {shippedCorpus} from '../corpus/shipped-corpus.ts'

const fixture = (name: string) => readFileSync(join(repoRoot, 'test/fixtures/akn', name), 'utf8')

/** A provision as label and words, with its sub-provisions: the shape a drafter would check. */
function outline(p: Provision): unknown {
  if (p.type === 'paragraph') return inlineToText(p.content)
  const own = `${p.label} ${inlineToText(p.content)}`.trim()
  return p.children.length === 0 ? own : {[own]: p.children.map(outline)}
}

describe('an act in the Indigo style', () => {
  const read = fromAkomaNtoso(fixture('indigo-act.xml'), {file: 'indigo-act.xml'})
  const act = read.value!.instrument
  const article = (n: string) => articlesOf(act).find((a) => a.number === n)!

  test('front matter from the FRBR metadata', () => {
    expect(act).toMatchObject({id: 'zz-act-2021-7', title: 'Small Harbours Act, 2021', number: '7', date: '2021-03-15', jurisdiction: 'ZZ', language: 'en', kind: 'law'})
  })

  test('Parts and a Chapter become divisions; sections become articles with their numbers and headings', () => {
    const divisions = (nodes: Array<Division | Article>): Array<string> =>
      nodes.flatMap((n) => (n.type === 'division' ? [`${n.kind} ${n.number} ${n.heading}`, ...divisions(n.children).map((d) => `  ${d}`)] : []))
    expect(divisions(act.body)).toEqual(['part 1 Preliminary', 'part 2 Harbour masters', '  chapter 1 Appointment and powers', 'part Schedule Schedule'])
    expect(articlesOf(act).map((a) => `${a.number} ${a.heading}`)).toEqual(['1 Short title', '2 Meaning of words', '3 Appointment', '4 Fees', '5 Schedule'])
    expect(articlesOf(act).map((a) => a.id)).toEqual(['zz-act-2021-7/art-1', 'zz-act-2021-7/art-2', 'zz-act-2021-7/art-3', 'zz-act-2021-7/art-4', 'zz-act-2021-7/art-5'])
  })

  test('subsections, paragraphs and subparagraphs become nested items; intro and wrap-up words are kept in place', () => {
    expect(article('3').children.map(outline)).toEqual([
      '(1) The Council may appoint a harbour master for each harbour.',
      {'(2) A harbour master may—': [
        '(a) board any vessel in the harbour;',
        {'(b) require the person in charge of a vessel to—': ['(i) show its papers; or', '(ii) move it to another berth,']},
        'and must give any such order in writing.'
      ]}
    ])
    const sub = article('3').children[1] as Item
    expect(sub.id).toBe('zz-act-2021-7/art-3/item-2')
    expect((sub.children[1] as Item).children.map((c) => c.id)).toEqual(['zz-act-2021-7/art-3/item-2/item-b/item-i', 'zz-act-2021-7/art-3/item-2/item-b/item-ii'])
    // Bold in the wrap-up stays bold.
    expect(JSON.stringify(sub.children[2])).toContain('"type":"strong","children":[{"type":"text","value":"writing"}]')
  })

  test('a block list in a section\'s content becomes its items', () => {
    expect(article('2').children.map(outline)).toEqual([
      'In this Act, unless the context says otherwise—',
      '(a) "harbour" means any bay, jetty or landing place named in the Schedule;',
      '(b) "vessel" means anything that floats and carries people or goods.'
    ])
  })

  test('the schedule comes in as a Part holding its text, and the importer says how', () => {
    expect(article('5').children.map(outline)).toEqual(['Harbours and fees', '1. North Jetty: five units a day.', '2. Old Landing: three units a day.'])
    expect(read.messages.map((m) => `${m.line}:${m.severity}:${m.ruleId}`)).toEqual(['131:info:schedule'])
  })

  test('the corpus file written from it validates, and the known inline markup raises no warning', () => {
    const imported = importSource({format: 'akn', text: fixture('indigo-act.xml')}, {id: '', file: 'indigo-act.xml'})
    expect(imported.messages.filter((m) => m.severity !== 'info')).toEqual([])
    expect(imported.value.summary).toMatchObject({divisions: 4, articles: 5, items: 10})
    const parsed = parseInstrument(imported.value.markdown, 'zz-act-2021-7.md')
    expect(parsed.messages.filter((m) => m.severity === 'error')).toEqual([])
  })
})

describe('unknown elements', () => {
  test('are kept as text, one warning per element name at its place, and nothing fails', () => {
    const read = fromAkomaNtoso(fixture('unknown-elements.xml'), {file: 'unknown-elements.xml'})
    expect(read.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.reason.split(' is ')[0]}`)).toEqual([
      '36:48 warning <tide>', '37:11 warning <marginNote>', '43:9 warning <logRule>', '49:44 warning <sparkle>'
    ])
    const [first, second] = articlesOf(read.value!.instrument)
    expect(first!.children.map(outline)).toEqual(['The keeper must keep the lamp lit from dusk to dawn every night.', 'Compare the old rules on lamps.'])
    expect(second!.children.map(outline)).toEqual(['The keeper writes the weather in the log book each morning.', '(1) The log book is kept in the lamp room.'])
  })
})

describe('hostile and damaged XML is refused with the place and the reason', () => {
  const refused = (xml: string) => {
    const read = fromAkomaNtoso(xml, {file: 'bad.xml'})
    expect(read.value).toBeUndefined()
    expect(read.messages).toHaveLength(1)
    return read.messages[0]!
  }

  test('entity expansion ("billion laughs") is refused at the DOCTYPE, in bounded time', () => {
    const levels = Array.from({length: 10}, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n')
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [\n<!ENTITY lol0 "lol">\n${levels}\n]>\n<akomaNtoso>&lol10;</akomaNtoso>`
    const started = performance.now()
    const m = refused(xml)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(m).toMatchObject({line: 2, column: 1, severity: 'error', ruleId: 'doctype-refused'})
    expect(m.reason).toMatch(/DOCTYPE or entities, which Synoptic refuses/u)
  })

  test('an external entity (XXE) is refused before anything is read', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]><akomaNtoso>&secret;</akomaNtoso>'
    expect(refused(xml)).toMatchObject({line: 1, column: 22, ruleId: 'doctype-refused'})
  })

  test('an undeclared entity is an error, never expanded', () => {
    const m = refused('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act>&nbsp;</act></akomaNtoso>')
    expect(m.ruleId).toBe('not-xml')
    expect(m.reason).toMatch(/undefined entity/iu)
  })

  test('a truncated file: the place where it breaks off', () => {
    const whole = toAkomaNtoso(findInstrument(shippedCorpus().corpus, 'md-4139')!, {date: '2026-12-01'}).value!
    const cut = whole.slice(0, Math.floor(whole.length / 2))
    const m = refused(cut)
    expect(m.ruleId).toBe('not-xml')
    expect(m.line).toBe(cut.split('\n').length)
    expect(m.reason).toMatch(/^this is not well-formed XML: /u)
  })

  test('XML that is not Akoma Ntoso, and text that is not XML', () => {
    expect(refused('<?xml version="1.0"?>\n<law><article/></law>')).toMatchObject({line: 2, column: 1, ruleId: 'not-akn'})
    expect(refused('Article 1. Words.')).toMatchObject({ruleId: 'not-xml'})
    expect(checkImportFile('law.xml', new TextEncoder().encode('Article 1. Words.'))).toEqual({
      status: 'refused', reason: 'law.xml is not an Akoma Ntoso (XML) document: it is plain text; rename it to .txt (or .md)'
    })
  })

  test('a file past the size limit is refused before it is parsed', () => {
    const huge = new Uint8Array(33 * 1024 * 1024).fill(0x20)
    const checked = checkImportFile('huge.xml', huge)
    expect(checked).toEqual({status: 'refused', reason: 'huge.xml is too large to import (33.0 MB; the limit for Akoma Ntoso files is 32 MB)'})
    expect(refused(' '.repeat(33 * 1024 * 1024)).ruleId).toBe('too-large')
  })

  test('nesting deeper than any law is refused, not walked', () => {
    const xml = `<akomaNtoso>${'<p>'.repeat(300)}${'</p>'.repeat(300)}</akomaNtoso>`
    expect(refused(xml).reason).toMatch(/nested more than 200 deep/u)
  })
})

describe('text XML 1.0 cannot carry is refused on export, naming the article', () => {
  test('a form feed inside an item', () => {
    const law = structuredClone(findInstrument(shippedCorpus().corpus, 'md-4139')!)
    const article = articlesOf(law).find((a) => a.id === 'md-4139/art-18')!
    const item = article.children.find((c) => c.type === 'item')!
    item.content = [{type: 'text', value: 'Develop programmes\fand plans'}]
    const written = toAkomaNtoso(law, {date: '2026-12-01'})
    expect(written.value).toBeUndefined()
    expect(written.messages).toHaveLength(1)
    expect(written.messages[0]).toMatchObject({severity: 'error', ruleId: 'invalid-xml-character', line: item.position.start.line, file: law.file})
    expect(written.messages[0]!.reason).toBe('The text of md-4139/art-18/item-1 holds the character U+000C, which XML 1.0 cannot carry: remove it before exporting to Akoma Ntoso')
  })
})

describe('never a crash: damaged structure still imports', () => {
  /** A seeded generator, so a failure can be replayed. */
  function random(seed: number): () => number {
    let s = seed >>> 0
    return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
  }

  test('60 documents with elements renamed, dropped or moved give a model or a clear error, never an exception', () => {
    const sources = [fixture('indigo-act.xml'), toAkomaNtoso(findInstrument(shippedCorpus().corpus, 'annex-1')!, {date: '2026-12-01', base: findInstrument(shippedCorpus().corpus, 'ssl-2018')}).value!]
    const next = random(129)
    let imported = 0
    for (let n = 0; n < 60; n++) {
      let xml = sources[n % 2]!
      const names = [...new Set([...xml.matchAll(/<([a-zA-Z]+)[\s>/]/gu)].map((m) => m[1]!))]
      for (let k = 0; k < 3; k++) {
        const name = names[Math.floor(next() * names.length)]!
        const mutation = Math.floor(next() * 3)
        // Rename every element of one name, unwrap it (keep its content), or empty it.
        if (mutation === 0) xml = xml.replace(new RegExp(`<(/?)${name}([\\s>/])`, 'gu'), `<$1odd${k}$2`)
        else if (mutation === 1) xml = xml.replace(new RegExp(`</?${name}(?:\\s[^>]*)?>`, 'gu'), '')
        else xml = xml.replace(new RegExp(`<${name}(\\s[^>]*)?>[^<]*</${name}>`, 'gu'), `<${name}$1></${name}>`)
      }
      const result = importSource({format: 'akn', text: xml}, {id: '', file: `mutated-${n}.xml`})
      for (const m of result.messages) expect(m.reason).not.toMatch(/undefined|NaN|\[object/u)
      if (!result.messages.some((m) => m.severity === 'error')) imported++
    }
    // Most damage leaves an importable document; the rest is refused with a reason.
    expect(imported).toBeGreaterThan(20)
  }, 180_000)
})
