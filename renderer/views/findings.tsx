import {useEffect, useRef, type ReactNode} from 'react'
import type {Finding, FindingStatus} from '../../src/conformity/index.ts'
import {articleText, findInstrument, findProvision, provisionText} from '../../src/model/index.ts'
import {currentQuery, href, navigate, useHash} from '../router.ts'
import {useWorkspace} from '../workspace.tsx'
import {useViewReady} from '../perf.ts'
import {citationText, instrumentName} from '../components/cite.tsx'
import {MarkedText} from '../components/inline.tsx'
import {ArticleBody, ProvisionView} from '../components/provision.tsx'
import {findingKey, STATUS_LABEL, STATUS_SYMBOL} from '../components/finding-badge.tsx'

const STATUSES: Array<FindingStatus> = ['conflict', 'partial', 'gap', 'harmonization', 'conforms']

export {findingKey}

function withQuery(changes: Record<string, string | undefined>): string {
  const query = currentQuery()
  for (const [k, v] of Object.entries(changes)) {
    if (v) query.set(k, v)
    else query.delete(k)
  }
  const text = query.toString()
  return `/findings${text ? `?${text}` : ''}`
}

/** `#/findings`: the conformity check's findings, filterable by status, convention and instrument. */
export function FindingsView(): ReactNode {
  const {findings, corpus, findingsPending, findingsError} = useWorkspace()
  const hash = useHash()
  const query = currentQuery(hash)
  const statuses = (query.get('status') ?? '').split(',').filter((s): s is FindingStatus => STATUSES.includes(s as FindingStatus))
  const convention = query.get('convention') ?? ''
  const instrument = query.get('instrument') ?? ''
  const provision = query.get('provision') ?? ''
  const openKey = query.get('open') ?? ''
  useViewReady(findingsPending ? 'findings-pending' : 'findings', query.toString())

  // Harmonization findings cite the other framework's national article among their standards: the filter offers
  // only the ILO instruments.
  const isIlo = (id: string): boolean => {
    const i = findInstrument(corpus, id)
    return i ? i.jurisdiction === 'ILO' : /^([CPR]\d+|ILO-.+)$/i.test(id)
  }
  const conventions = [...new Set(findings.flatMap((f) => f.standards.map((s) => s.instrument)).filter(isIlo))].sort()
  const instruments = [...new Set(findings.map((f) => f.instrument).filter(Boolean))].sort()
  const order = (f: Finding): number => STATUSES.indexOf(f.status)
  const shown = findings.filter(
    (f) =>
      (statuses.length === 0 || statuses.includes(f.status)) &&
      (!convention || f.standards.some((s) => s.instrument === convention)) &&
      (!instrument || f.instrument === instrument) &&
      (!provision || f.provision === provision || (f.provision ?? '').startsWith(`${provision}/`))
  ).sort((a, b) => order(a) - order(b))
  const open = findings.find((f) => findingKey(f) === openKey)
  const toggleStatus = (s: FindingStatus): void => {
    const next = statuses.includes(s) ? statuses.filter((x) => x !== s) : [...statuses, s]
    navigate(withQuery({status: next.join(',') || undefined, open: undefined}))
  }
  const nameOf = (id: string): string => {
    const i = findInstrument(corpus, id)
    return i ? instrumentName(i) : id
  }
  return (
    <article className="page findings-page">
      <h1>Findings</h1>
      <p className="lead">
        What the conformity check finds in the corpus, measured against ILO Conventions No. 81 and No. 129.
        {!findingsPending && findings.length === 0 && !findingsError && ' The check found nothing: no rules are loaded, or no provision trips them.'}
      </p>
      {findingsPending && <p role="status" className="pending">Checking the corpus against the rules…</p>}
      {findingsError && <p role="alert" className="error">The conformity check failed: {findingsError}</p>}
      <form className="filters" aria-label="Filter findings" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Status</legend>
          {STATUSES.map((s) => (
            <label key={s} className={`filter-status badge-${s}`}>
              <input type="checkbox" checked={statuses.includes(s)} onChange={() => toggleStatus(s)} />{' '}
              <span aria-hidden="true">{STATUS_SYMBOL[s]}</span> {STATUS_LABEL[s]} ({findings.filter((f) => f.status === s).length})
            </label>
          ))}
        </fieldset>
        <label>
          Convention{' '}
          <select value={convention} onChange={(e) => navigate(withQuery({convention: e.target.value || undefined, open: undefined}))}>
            <option value="">All</option>
            {conventions.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <label>
          Instrument{' '}
          <select value={instrument} onChange={(e) => navigate(withQuery({instrument: e.target.value || undefined, open: undefined}))}>
            <option value="">All</option>
            {instruments.map((i) => <option key={i} value={i}>{nameOf(i)}</option>)}
          </select>
        </label>
        {provision && (
          <p className="active-filter">
            Provision <code>{provision}</code> <a href={`#${withQuery({provision: undefined})}`}>show all</a>
          </p>
        )}
      </form>
      {open && <FindingDetail finding={open} />}
      <table className="findings-table">
        <caption>{shown.length} of {findings.length} findings</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Finding</th>
            <th scope="col">Provision</th>
            <th scope="col">Standards</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((f, i) => {
            const key = findingKey(f)
            const found = f.provision ? findProvision(corpus, f.provision) : undefined
            return (
              <tr key={`${key}#${i}`} className={key === openKey ? 'current' : undefined}>
                <td className={`status badge-${f.status}`}><span aria-hidden="true">{STATUS_SYMBOL[f.status]}</span> {STATUS_LABEL[f.status]}</td>
                <td><a href={`#${withQuery({open: key})}`} aria-current={key === openKey ? 'true' : undefined}>{f.title}</a></td>
                <td>{found ? citationText(found) : f.provision ?? `${nameOf(f.instrument)} (whole framework)`}</td>
                <td className="standards-cell">
                  {f.standards.map((s, k) => {
                    const std = s.provision ? findProvision(corpus, s.provision) : undefined
                    const label = std ? citationText(std) : `${nameOf(s.instrument)}${s.article ? `, article ${s.article}` : ''}`
                    return (
                      <span key={k}>
                        {k > 0 && '; '}
                        {std ? <a href={href('article', s.provision!)}>{label}</a> : label}
                      </span>
                    )
                  })}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </article>
  )
}

/** One finding opened: the national provision and the convention article side by side, trigger words marked. */
function FindingDetail({finding}: {finding: Finding}): ReactNode {
  const {corpus} = useWorkspace()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [finding])
  const found = finding.provision ? findProvision(corpus, finding.provision) : undefined
  let national: ReactNode = <p className="none">No provision: the framework lacks one ({finding.instrument}).</p>
  if (found) {
    const match = finding.match
    const text = match?.inHeading ? found.article.heading : found.provision ? provisionText(found.provision) : articleText(found.article)
    national = match ? (
      <p className="finding-text"><MarkedText text={text} ranges={[match]} className="trigger" /></p>
    ) : found.provision ? <ProvisionView provision={found.provision} /> : <ArticleBody article={found.article} />
  }
  return (
    <section className={`finding-detail finding-${finding.status}`} aria-labelledby="finding-title">
      <h2 id="finding-title" tabIndex={-1} ref={heading}>
        <span aria-hidden="true">{STATUS_SYMBOL[finding.status]}</span> {STATUS_LABEL[finding.status]}: {finding.title}
      </h2>
      <div className="side-by-side">
        <div>
          <h3>{found ? <a href={href('article', finding.provision!)}>{citationText(found)}</a> : 'National law'}</h3>
          {national}
        </div>
        <div>
          {finding.standards.map((s, i) => {
            const std = s.provision ? findProvision(corpus, s.provision) : undefined
            return (
              <div key={i} className="standard">
                <h3>{std ? <a href={href('article', s.provision!)}>{citationText(std)}</a> : `${s.instrument}${s.article ? `, article ${s.article}` : ''}`}</h3>
                {std ? (std.provision ? <ProvisionView provision={std.provision} /> : <ArticleBody article={std.article} />) : <p className="none">Cited, not quoted.</p>}
                {s.note && <p className="meta">{s.note}</p>}
              </div>
            )
          })}
        </div>
      </div>
      <dl className="facts">
        <dt>Why</dt><dd>{finding.reason}</dd>
        <dt>Recommendation</dt><dd>{finding.recommendation}</dd>
      </dl>
      <p><a href={`#${withQuery({open: undefined})}`}>Close</a></p>
    </section>
  )
}
