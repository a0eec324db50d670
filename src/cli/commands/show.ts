import {articleLabel, articleText, findInstrument, findProvision, articlesOf, inlineToText, provisionText, type Article, type Division, type Provision} from '../../model/index.ts'
import {UsageError, CommandError, type Command} from '../command.ts'

/** A provision as the CLI prints it: plain text, markup removed. */
interface ProvisionView {
  id: string
  label: string
  text: string
  children: Array<ProvisionView>
}

function viewProvision(p: Provision): ProvisionView {
  return p.type === 'paragraph'
    ? {id: p.id, label: '', text: inlineToText(p.content), children: []}
    : {id: p.id, label: p.label, text: inlineToText(p.content), children: p.children.map(viewProvision)}
}

function viewArticle(a: Article) {
  return {
    id: a.id,
    number: a.number,
    heading: a.heading,
    ...(a.amended ? {amended: true} : {}),
    ...(a.note ? {note: a.note} : {}),
    text: articleText(a),
    status: a.status,
    ...(a.subject ? {subject: a.subject} : {}),
    source: a.provenance.source,
    translation: a.provenance.translation,
    children: a.children.map(viewProvision)
  }
}

/** A division as `show --json` gives it: what it is, and what it holds (divisions, and the ids of the articles directly inside). */
interface DivisionView {
  id: string
  kind: Division['kind']
  number: string
  heading: string
  articles: Array<string>
  /** A Schedule's own text (paragraphs and items), when it has some. */
  content?: Array<ProvisionView>
  children: Array<DivisionView>
}

function viewDivisions(nodes: Array<Division | Article>): Array<DivisionView> {
  return nodes.flatMap((n) => n.type !== 'division' ? [] : [{
    id: n.id,
    kind: n.kind,
    number: n.number,
    heading: n.heading,
    articles: n.children.flatMap((c) => (c.type === 'article' ? [c.id] : [])),
    ...(n.content?.length ? {content: n.content.map(viewProvision)} : {}),
    children: viewDivisions(n.children)
  }])
}

function printText(out: (s: string) => void, title: string, status: string, source: string, body: string): void {
  out(title)
  out(`status: ${status}; source: ${source}`)
  out('')
  out(body || '(text not available)')
}

export const show: Command = {
  name: 'show',
  summary: 'Show an instrument or one provision (article, paragraph or item) with its text and provenance.',
  usage: '<instrument-id | provision-id> [--json]',
  options: {},
  async run(context) {
    const [id, extra] = context.args
    if (!id || extra !== undefined) throw new UsageError('give exactly one instrument or provision id, e.g. md-4139/art-18/item-2')
    const {corpus} = await context.loadCorpus()
    if (!id.includes('/')) {
      const instrument = findInstrument(corpus, id)
      if (!instrument) throw new CommandError(`no instrument '${id}' in the corpus (try: synoptic list)`)
      const articles = articlesOf(instrument)
      if (context.json) {
        const {body: _body, preamble, position: _position, type: _type, ...meta} = instrument
        context.out(JSON.stringify({
          ...meta,
          ...(preamble ? {preamble: preamble.children.map((p) => inlineToText(p.content))} : {}),
          divisions: viewDivisions(instrument.body),
          articles: articles.map(viewArticle)
        }, null, 2))
      } else {
        context.out(`${instrument.title}${instrument.number ? ` (${instrument.number})` : ''}${instrument.date ? `, ${instrument.date}` : ''}`)
        context.out(`id: ${instrument.id}; kind: ${instrument.kind}; ${articles.length} articles; source: ${instrument.provenance.source}`)
        for (const a of articles) context.out(`  ${a.id}  ${a.heading}${a.status === 'in-force' ? '' : ` [${a.status}]`}`)
      }
      return 0
    }
    const found = findProvision(corpus, id)
    if (!found) throw new CommandError(`no provision '${id}' in the corpus`)
    const {article, provision} = found
    if (!provision) {
      const view = viewArticle(article)
      if (context.json) context.out(JSON.stringify(view, null, 2))
      else printText(context.out, `${articleLabel(article)}${article.heading ? `. ${article.heading}` : ''} (${article.id})`, article.status, view.source, view.text)
      return 0
    }
    const view = {
      id: provision.id,
      heading: article.heading,
      article: article.id,
      label: provision.type === 'item' ? provision.label : '',
      text: provisionText(provision),
      status: article.status,
      source: article.provenance.source,
      children: provision.type === 'item' ? provision.children.map(viewProvision) : []
    }
    if (context.json) context.out(JSON.stringify(view, null, 2))
    else printText(context.out, `${provision.id} (${articleLabel(article)}${article.heading ? `. ${article.heading}` : ''})`, article.status, view.source, view.text)
    return 0
  }
}
