import type {ReactNode} from 'react'
import {findProvision} from '../../src/model/index.ts'
import type {AspectCitation} from '../../src/compare/index.ts'
import {href} from '../router.ts'
import {useDisplay, useWorkspace} from '../workspace.tsx'
import {comparisonIdOf} from '../../src/review/index.ts'
import {useComparisons} from './comparison.tsx'
import {useViewReady} from '../perf.ts'
import {useRowStepper} from '../projector.ts'
import {instrumentName} from '../components/cite.tsx'
import {ColumnToggles, RowPager} from '../components/columns.tsx'

const COLUMNS = [
  {key: 'labour', label: 'Labour inspection'},
  {key: 'socialSecurity', label: 'Social security inspection'}
]

/**
 * Table 1's citations for one side of an aspect, as the review writes them ("Ministerial Decision No. 4139,
 * articles 5, 6 (no mention of follow-up inspections)"), each article a link to its page.
 */
function Citations({list}: {list: ReadonlyArray<AspectCitation>}): ReactNode {
  const {corpus} = useWorkspace()
  // Consecutive citations of one instrument with the same remark are written as one.
  const groups: Array<{instrument: string; note?: string | undefined; items: Array<{id: string; label: string; ok: boolean}>}> = []
  for (const c of list) {
    const found = findProvision(corpus, c.provision)
    const instrument = found ? instrumentName(found.instrument) : c.provision.split('/')[0]!
    const sub = found?.provision ? `${found.article.number} (${found.provision.type === 'item' ? `item ${found.provision.label.replace(/\.$/, '')}` : 'paragraph'})` : found?.article.number ?? c.provision
    const last = groups.at(-1)
    if (last && last.instrument === instrument && last.note === c.note) last.items.push({id: c.provision, label: sub, ok: !!found})
    else groups.push({instrument, note: c.note, items: [{id: c.provision, label: sub, ok: !!found}]})
  }
  return (
    <ul className="citations">
      {groups.map((g, i) => (
        <li key={i}>
          {g.instrument}, {g.items.length > 1 ? 'articles' : 'article'}{' '}
          {g.items.map((item, j) => (
            <span key={item.id}>
              {j > 0 && ', '}
              {item.ok ? <a className="cite" href={href('article', item.id)}>{item.label}</a> : <span className="unresolved" title="not in the corpus">{item.label}</span>}
            </span>
          ))}
          {g.note && <span className="note"> ({g.note})</span>}
        </li>
      ))}
    </ul>
  )
}

/** `#/compare`: Table 1 of the review, from the corpus: each aspect with the provisions both frameworks rest on. */
export function CompareOverview(): ReactNode {
  const {aspects} = useWorkspace()
  const {hidden, projector} = useDisplay()
  const {row, setRow} = useRowStepper(aspects.length, 'overview')
  useViewReady('compare-overview', 'table-1')
  return (
    <article className="page compare-page">
      <div className="page-head">
        <div>
          <p className="kicker">Comparison workspace</p>
          <h1>Table 1. Overview of the legal bases for labour and social security inspections</h1>
        </div>
        <ColumnToggles columns={COLUMNS} />
      </div>
      <RowPager row={row} count={aspects.length} setRow={setRow} labels={aspects.map((a) => a.title)} />
      {aspects.length === 0 ? (
        <p role="status">The corpus has no aspects of Table 1 (corpus/data/aspects.yaml).</p>
      ) : (
        <table className={['comparison', 'table-1', ...[...hidden].map((k) => `hide-${k}`)].join(' ')}>
          <caption className="visually-hidden">Table 1. Overview of the legal bases for labour and social security inspections</caption>
          <thead>
            <tr>
              <th scope="col" className="row-head">Aspect of inspection system</th>
              <th scope="col" className="col-labour">Labour inspection</th>
              <th scope="col" className="col-socialSecurity">Social security inspection</th>
            </tr>
          </thead>
          <tbody>
            {aspects.map((a, i) => (
              <tr key={a.id} data-row={i} className={projector && i === row ? 'current' : undefined}>
                <th scope="row" className="row-head">
                  <a href={href('compare', a.id)}>{a.title}</a>
                </th>
                <td className="col-labour"><Citations list={a.labour} /></td>
                <td className="col-socialSecurity"><Citations list={a.socialSecurity} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <OwnComparisons />
      <p className="hint no-print">Open an aspect for the full texts side by side. <kbd>P</kbd> projector mode, <kbd>/</kbd> search.</p>
    </article>
  )
}

/** The comparisons of the workspace, and the way to make one. */
function OwnComparisons(): ReactNode {
  const list = useComparisons()
  return (
    <section className="own-comparisons no-print" aria-labelledby="own-comparisons-title">
      <h2 id="own-comparisons-title">Your comparisons</h2>
      {list.length > 0 && (
        <ul>
          {list.map((c) => (
            <li key={c.file}>
              <a href={href('compare', comparisonIdOf(c.file))}>{c.comparison?.title ?? c.file}</a>
              {c.messages.length > 0 && <span className="error"> ({c.messages.length} error{c.messages.length === 1 ? '' : 's'})</span>}
            </li>
          ))}
        </ul>
      )}
      <p><a href={href('compare', 'new')}>New comparison</a> · <a href={`${href('compare', 'new')}?from=table-1`}>Copy Table 1 into your workspace</a> (to change it; the review’s stays as it is)</p>
    </section>
  )
}
