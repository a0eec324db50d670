import type {ReactNode} from 'react'
import {articlesOf, type InstrumentKind} from '../../src/model/index.ts'
import {href} from '../router.ts'
import {useWorkspace} from '../workspace.tsx'
import {useViewReady} from '../perf.ts'
import {instrumentName} from '../components/cite.tsx'

const KIND_ORDER: Array<[InstrumentKind, string]> = [
  ['law', 'Laws'],
  ['decision', 'Ministerial decisions'],
  ['convention', 'ILO conventions'],
  ['protocol', 'ILO protocols'],
  ['recommendation', 'ILO recommendations'],
  ['guidelines', 'Guidelines'],
  ['draft', 'Drafts']
]

/** `#/instruments`: every instrument of the corpus, by kind. */
export function InstrumentsView(): ReactNode {
  const {corpus} = useWorkspace()
  useViewReady('instruments', 'all')
  return (
    <article className="page">
      <h1>Instruments</h1>
      {KIND_ORDER.map(([kind, title]) => {
        const list = corpus.instruments.filter((i) => i.kind === kind)
        if (list.length === 0) return null
        return (
          <section key={kind}>
            <h2>{title}</h2>
            <ul className="instrument-list">
              {list.map((i) => {
                const articles = articlesOf(i)
                const quoted = articles.filter((a) => a.status !== 'not-available').length
                return (
                  <li key={i.id}>
                    <a href={href('instrument', i.id)}>{instrumentName(i)}</a>
                    {instrumentName(i) !== i.title && <span className="muted"> {i.title}</span>}
                    <span className="meta"> {[i.number, i.date].filter(Boolean).join(', ')}; {articles.length} articles, {quoted} with text</span>
                  </li>
                )
              })}
            </ul>
          </section>
        )
      })}
    </article>
  )
}
