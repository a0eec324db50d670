import {articlesOf} from '../../model/index.ts'
import type {Command} from '../command.ts'

export const list: Command = {
  name: 'list',
  summary: 'List the instruments of the corpus with their article counts.',
  usage: '[--json]',
  options: {},
  async run(context) {
    const {corpus} = await context.loadCorpus()
    const rows = corpus.instruments.map((i) => ({
      id: i.id,
      title: i.title,
      kind: i.kind,
      number: i.number ?? null,
      date: i.date ?? null,
      articles: articlesOf(i).length
    }))
    if (context.json) {
      context.out(JSON.stringify(rows, null, 2))
      return 0
    }
    const idWidth = Math.max(2, ...rows.map((r) => r.id.length))
    const kindWidth = Math.max(4, ...rows.map((r) => r.kind.length))
    context.out(`${'id'.padEnd(idWidth)}  ${'kind'.padEnd(kindWidth)}  articles  date        title`)
    for (const r of rows) {
      context.out(`${r.id.padEnd(idWidth)}  ${r.kind.padEnd(kindWidth)}  ${String(r.articles).padStart(8)}  ${(r.date ?? '').padEnd(10)}  ${r.title}${r.number ? ` (${r.number})` : ''}`)
    }
    return 0
  }
}
