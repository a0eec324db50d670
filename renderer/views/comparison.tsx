// Comparisons a user makes (made and edited in comparison-editor.tsx, saved as `comparisons/<id>.yaml` in the
// workspace): `#/compare/<id>` reads one, with word differences between paired items, projector mode and a DOCX
// export. The file format is docs/comparisons.md; reading, layout and writing
// are the core's (src/review, src/compare, src/export).
import {useMemo, useState, type ReactNode} from 'react'
import {compareTopic, type CitedProvision, type TopicComparison} from '../../src/compare/index.ts'
import {checkComparison, comparisonIdOf, loadComparison, type ComparisonFile} from '../../src/review/index.ts'
import {topicTables} from '../../src/export/index.ts'
import {formatMessage} from '../../src/message/index.ts'
import {href} from '../router.ts'
import {useDisplay, useWorkspace} from '../workspace.tsx'
import {useViewReady} from '../perf.ts'
import {useRowStepper} from '../projector.ts'
import {buildInBackground, offerFile} from '../exporter.ts'
import {citationText} from '../components/cite.tsx'
import {ArticleBody, ProvisionView} from '../components/provision.tsx'
import {OneSide} from '../components/changes.tsx'
import {RowPager} from '../components/columns.tsx'
import {FindingBadges} from '../components/finding-badge.tsx'

/** The workspace's comparison files, read. */
export function useComparisons(): Array<{file: string; comparison?: ComparisonFile | undefined; messages: Array<string>}> {
  const {comparisons, corpus} = useWorkspace()
  return useMemo(
    () =>
      comparisons.map((source) => {
        const read = loadComparison({path: source.path, text: source.text})
        // The ids' form is checked on reading; whether each names a provision, against the corpus the views show.
        const unknown = read.value ? checkComparison(read.value, corpus) : []
        return {file: source.path, comparison: read.value, messages: [...read.messages, ...unknown].map(formatMessage)}
      }),
    [comparisons, corpus]
  )
}

function Cited({cited, changes, side}: {cited: CitedProvision; changes?: TopicComparison['rows'][number]['changes']; side?: 'a' | 'b' | undefined}): ReactNode {
  if (!cited.found) return <p className="error">{cited.id}: the corpus has no provision with this id.</p>
  const target = cited.found.provision ?? cited.found.article
  return (
    <div className="cited">
      <p className="cite-line">
        <a className="cite" href={href('article', target.id)}>{citationText(cited.found)}</a>
        {cited.note && <span className="note"> ({cited.note})</span>} <FindingBadges id={target.id} />
      </p>
      {changes && side ? <p className="pair-text" dir="auto"><OneSide changes={changes} side={side} /></p>
        : cited.found.provision ? <ProvisionView provision={cited.found.provision} /> : <ArticleBody article={cited.found.article} />}
    </div>
  )
}

/** `#/compare/<id>` for a comparison of the workspace. */
export function WorkspaceComparisonView({id}: {id: string}): ReactNode {
  const {corpus} = useWorkspace()
  const {projector} = useDisplay()
  const entry = useComparisons().find((c) => comparisonIdOf(c.file) === id || c.comparison?.id === id)
  const comparison = entry?.comparison
  const laid = useMemo(() => (comparison ? comparison.topics.map((t) => compareTopic(corpus, comparison.columns, t)) : []), [corpus, comparison])
  const rows = laid.flatMap((t, k) => t.rows.map((r, i) => ({topic: k, row: r, i})))
  const {row, setRow} = useRowStepper(rows.length, id)
  const [status, setStatus] = useState<string | undefined>()
  useViewReady('comparison', id)
  if (!entry) return null
  const exportDocx = async (): Promise<void> => {
    if (!comparison) return
    setStatus('Writing the Word document…')
    try {
      const doc = topicTables(laid, comparison.title, [`${comparison.topics.length} topics: ${comparison.columns.map((c) => c.title).join(', ')}`], corpus)
      const bytes = await buildInBackground('docx', {kind: 'tables', doc}, () => {})
      await offerFile(`${comparison.id}.docx`, bytes, 'docx')
      setStatus(`Exported ${comparison.id}.docx.`)
    } catch (e) {
      setStatus(`The export failed: ${(e as Error).message}`)
    }
  }
  return (
    <article className="page compare-page workspace-comparison">
      <p className="kicker"><a href={href('compare')}>Comparisons</a> · {entry.file} of your workspace</p>
      <h1>{comparison?.title ?? entry.file}</h1>
      {entry.messages.length > 0 && (
        <div role="alert" className="error"><p>This comparison file has errors:</p><ul>{entry.messages.map((m) => <li key={m}><code>{m}</code></li>)}</ul></div>
      )}
      {comparison && (
        <>
          {comparison.note && <p className="lead">{comparison.note}</p>}
          <p className="comparison-tools no-print"><a href={href('compare', id, 'edit')}>Edit this comparison</a> <button type="button" onClick={() => void exportDocx()}>Export as DOCX</button> {status && <span role="status">{status}</span>}</p>
          <RowPager row={row} count={rows.length} setRow={setRow} labels={rows.map((r) => `${laid[r.topic]!.topic.title}: ${r.row.title}`)} />
          {laid.map((t, k) => (
            <section key={t.topic.id} className="topic" aria-labelledby={`topic-${t.topic.id}`}>
              <h2 id={`topic-${t.topic.id}`}>{t.topic.title}</h2>
              {t.topic.note && <p className="topic-note" dir="auto">{t.topic.note}</p>}
              <table className="comparison">
                <thead>
                  <tr>
                    <th scope="col" className="row-head">Provision</th>
                    {t.columns.map((c) => <th key={c.key} scope="col">{c.title}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {t.rows.map((r, i) => {
                    const at = rows.findIndex((x) => x.topic === k && x.i === i)
                    const filled = r.cells.map((c, j) => (c.length > 0 ? j : -1)).filter((j) => j >= 0)
                    return (
                      <tr key={i} data-row={at} className={[`row-${r.kind}`, projector && at === row ? 'current' : ''].filter(Boolean).join(' ')}>
                        <th scope="row" className="row-head">
                          <span className="row-title">{r.title}</span>
                          {r.kind === 'pair' && r.changes && filled.length >= 2 && (
                            <a className="row-link" href={href('diff', r.cells[filled[0]!]![0]!.id, r.cells[filled[1]!]![0]!.id)}>word difference</a>
                          )}
                          {r.note && <span className="row-note">{r.note}</span>}
                        </th>
                        {r.cells.map((cell, j) => (
                          <td key={j}>
                            {cell.map((c) => <Cited key={c.id} cited={c} changes={r.kind === 'pair' ? r.changes : undefined} side={j === filled[0] ? 'a' : j === filled[1] ? 'b' : undefined} />)}
                            {cell.length === 0 && <p className="none">No provision.</p>}
                          </td>
                        ))}
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </section>
          ))}
        </>
      )}
    </article>
  )
}
