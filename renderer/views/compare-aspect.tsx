import {useCallback, useMemo, type ReactNode} from 'react'
import {aspectsCiting, compareAspect, type AspectData, type CitedProvision, type ComparisonRow} from '../../src/compare/index.ts'
import type {EnforcementProcedure, Fine} from '../../src/review/index.ts'
import {FinesTable, ProcedureSteps} from '../components/enforcement.tsx'
import {href, navigate, type ViewProps} from '../router.ts'
import {useDisplay, useWorkspace} from '../workspace.tsx'
import {useViewReady} from '../perf.ts'
import {useRowStepper} from '../projector.ts'
import {citationText} from '../components/cite.tsx'
import {ArticleBody, ProvisionView, articleTitle} from '../components/provision.tsx'
import {OneSide} from '../components/changes.tsx'
import {ColumnToggles, RowPager} from '../components/columns.tsx'
import {FindingBadges} from '../components/finding-badge.tsx'
import {NotFound} from './not-found.tsx'
import {comparisonIdOf} from '../../src/review/index.ts'
import {useComparisons, WorkspaceComparisonView} from './comparison.tsx'

const COLUMNS = [
  {key: 'labour', label: 'Labour inspection'},
  {key: 'socialSecurity', label: 'Social security inspection'},
  {key: 'standards', label: 'ILO standards'}
]

/** A cited provision with its citation, Table 1's remark and its full text. */
function CitedText({cited, changes, side}: {cited: CitedProvision; changes?: ComparisonRow['changes']; side: 'a' | 'b'}): ReactNode {
  const {found} = cited
  if (!found) {
    return (
      <div className="cited missing">
        <p className="cite-line"><span className="unresolved">{cited.id}</span></p>
        <p className="error">The corpus has no provision with this id.</p>
      </div>
    )
  }
  const target = found.provision ?? found.article
  return (
    <div className="cited">
      <p className="cite-line">
        <a className="cite" href={href('article', target.id)}>{citationText(found)}</a>
        {!found.provision && found.article.heading && <span className="cite-heading"> {found.article.heading}</span>}
        {cited.note && <span className="note"> ({cited.note})</span>}
        {' '}<FindingBadges id={target.id} />
      </p>
      {changes ? (
        <p className="pair-text"><OneSide changes={changes} side={side} /></p>
      ) : found.provision ? (
        <ProvisionView provision={found.provision} />
      ) : (
        <ArticleBody article={found.article} />
      )}
    </div>
  )
}

const FRAMEWORK_NAME: Record<string, string> = {labour: 'Labour inspection', 'social-security': 'Social security inspection'}

/** The review's tables of fines and enforcement steps (Tables 8 to 11) that rest on provisions this aspect cites. */
function enforcementSections(aspect: AspectData, fines: ReadonlyArray<Fine>, procedures: ReadonlyArray<EnforcementProcedure>): Array<{key: string; title: string; node: ReactNode}> {
  const cites = (id: string): boolean => aspectsCiting([aspect], id).length > 0
  const out: Array<{key: string; title: string; node: ReactNode}> = []
  for (const p of procedures.filter((x) => cites(x.provision))) {
    const title = `${FRAMEWORK_NAME[p.framework]}: steps against violators`
    out.push({key: `procedure-${p.id}`, title, node: <ProcedureSteps procedure={p} />})
  }
  for (const framework of ['labour', 'social-security'] as const) {
    const list = fines.filter((f) => f.framework === framework && cites(f.provision))
    if (list.length === 0) continue
    const title = `${FRAMEWORK_NAME[framework]}: fines`
    out.push({key: `fines-${framework}`, title, node: <FinesTable fines={list} caption={`${title} (${list.length})`} />})
  }
  return out
}

/** `#/compare/<aspect-id>`: one aspect of Table 1, both frameworks side by side, paired items on one row. */
export function CompareAspectView({params}: ViewProps): ReactNode {
  const {corpus, aspects, fines, procedures} = useWorkspace()
  const {hidden, projector} = useDisplay()
  const index = aspects.findIndex((a) => a.id === params.aspect)
  const aspect = aspects[index]
  const comparison = useMemo(() => (aspect ? compareAspect(corpus, aspect) : undefined), [corpus, aspect])
  const previous = aspects[index - 1]
  const next = aspects[index + 1]
  const showStandards = !hidden.has('standards') && (comparison?.standards.length ?? 0) > 0
  // In projector mode each ILO article is a row of its own after the comparison rows: one fits a screen.
  const extras = useMemo(() => (aspect ? enforcementSections(aspect, fines, procedures) : []), [aspect, fines, procedures])
  const tableRows = comparison?.rows.length ?? 0
  const rowCount = tableRows + extras.length
  const count = rowCount + (showStandards ? comparison!.standards.length : 0)
  const goPrevious = useCallback(() => previous && navigate(`/compare/${previous.id}`), [previous])
  const goNext = useCallback(() => next && navigate(`/compare/${next.id}`), [next])
  const {row, setRow} = useRowStepper(count, params.aspect ?? '', goPrevious, goNext)
  useViewReady('compare-aspect', params.aspect ?? '')
  const workspaceComparisons = useComparisons()
  if (!aspect || !comparison) {
    // Not an aspect of Table 1: a comparison of the workspace, if it has one of that id.
    if (workspaceComparisons.some((c) => comparisonIdOf(c.file) === params.aspect)) return <WorkspaceComparisonView id={params.aspect ?? ''} />
    return <NotFound what={`aspect “${params.aspect}” in Table 1`} />
  }
  const labels = [
    ...comparison.rows.map((r) => r.title),
    ...extras.map((e) => e.title),
    ...(showStandards ? comparison.standards.map((s) => (s.found ? citationText(s.found) : `${s.standard.instrument} ${s.standard.article}`)) : [])
  ]
  const hasPairs = comparison.rows.some((r) => r.kind === 'pair')
  return (
    <article className="page compare-page">
      <div className="page-head">
        <div>
          <p className="kicker">
            <a href={href('compare')}>Table 1</a> · aspect {index + 1} of {aspects.length}
          </p>
          <h1>{aspect.title}</h1>
        </div>
        <ColumnToggles columns={comparison.standards.length ? COLUMNS : COLUMNS.slice(0, 2)} />
      </div>
      <nav className="pager aspect-pager" aria-label="Other aspects">
        {previous ? <a href={href('compare', previous.id)} rel="prev" aria-keyshortcuts="ArrowLeft">← {previous.title}</a> : <span />}
        {next ? <a href={href('compare', next.id)} rel="next" aria-keyshortcuts="ArrowRight">{next.title} →</a> : <span />}
      </nav>
      <RowPager row={row} count={count} setRow={setRow} labels={labels} />
      <p className="comparison-tools no-print"><a href={`${href('compare', 'new')}?from=${encodeURIComponent(aspect.id)}`}>Copy into your workspace</a> <span className="meta">to change this comparison; the review’s stays as it is</span></p>
      {hasPairs && (
        <p className="legend">
          Paired provisions are on one row; <mark className="differs">words only one side has are marked</mark>.
        </p>
      )}
      {comparison.unresolved.length > 0 && (
        <p role="alert" className="error">The review data cites provisions the corpus lacks: {comparison.unresolved.join(', ')}.</p>
      )}
      <table className={['comparison', ...[...hidden].map((k) => `hide-${k}`)].join(' ')}>
        <caption className="visually-hidden">{aspect.title}: labour inspection and social security inspection side by side</caption>
        <thead>
          <tr>
            <th scope="col" className="row-head">Provision</th>
            <th scope="col" className="col-labour">Labour inspection</th>
            <th scope="col" className="col-socialSecurity">Social security inspection</th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((r, i) => (
            <tr key={i} data-row={i} className={[`row-${r.kind}`, projector && i === row ? 'current' : ''].filter(Boolean).join(' ')}>
              <th scope="row" className="row-head">
                <span className="row-title">{r.title}</span>
                {r.kind === 'pair' && r.labour[0] && r.socialSecurity[0] && r.changes && (
                  <a className="row-link" href={href('diff', r.labour[0].id, r.socialSecurity[0].id)}>word difference</a>
                )}
                {r.kind === 'unpaired' && <span className="row-meta">no counterpart</span>}
                {r.basis === 'editorial' && <span className="row-meta" title="Paired by the editors from the wording, not by the review">paired by the editors</span>}
                {r.note && r.kind !== 'text' && <span className="row-note">{r.note}</span>}
              </th>
              <td className="col-labour">
                {r.labour.map((c) => <CitedText key={c.id} cited={c} changes={r.changes} side="a" />)}
                {r.labour.length === 0 && <p className="none">No provision.</p>}
              </td>
              <td className="col-socialSecurity">
                {r.socialSecurity.map((c) => <CitedText key={c.id} cited={c} changes={r.changes} side="b" />)}
                {r.socialSecurity.length === 0 && <p className="none">No provision.</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {extras.map((e, k) => (
        <section key={e.key} className={['extra', projector && row === tableRows + k ? 'current' : ''].filter(Boolean).join(' ')} data-row={tableRows + k} aria-labelledby={`${e.key}-title`}>
          <h2 id={`${e.key}-title`}>{e.title}</h2>
          {e.node}
        </section>
      ))}
      {showStandards && (
        <section className={['standards', projector && row >= rowCount ? 'current' : ''].filter(Boolean).join(' ')} aria-labelledby="standards-title">
          <h2 id="standards-title">ILO standards</h2>
          <ul className="standard-list">
            {comparison.standards.map((s, k) => (
              <li key={s.id} data-row={rowCount + k} className={projector && row === rowCount + k ? 'current' : undefined}>
                {s.found ? (
                  <details open={projector}>
                    <summary>
                      <a className="cite" href={href('article', s.id)}>{citationText(s.found)}</a>
                      {!s.found.provision && <span className="cite-heading"> {articleTitle(s.found.article).replace(/^Article \S+\s*/, '')}</span>}
                    </summary>
                    {s.found.provision ? <ProvisionView provision={s.found.provision} /> : <ArticleBody article={s.found.article} />}
                  </details>
                ) : (
                  <span className="unresolved">{s.standard.instrument}, article {s.standard.article} (not in the corpus)</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
