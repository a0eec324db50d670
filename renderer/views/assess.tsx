// `#/assess/<id>`: the whole-law assessment of an instrument or framework against C81 and C129, one row per
// article of the conventions, with the provisions and words behind each status; exported to DOCX and PDF.
import {useEffect, useState, type ReactNode} from 'react'
import {assessLaw, assessmentDocument, countsSentence, loadCatalogue, noProvisionNote, resolveTarget, rowsByStatus, type Assessment, type AssessmentStatus} from '../../src/assessment/index.ts'
import {loadLanguage, loadRules} from '../../src/conformity/index.ts'
import {findProvision} from '../../src/model/index.ts'
import {href, type ViewProps} from '../router.ts'
import {useWorkspace} from '../workspace.tsx'
import {useViewReady} from '../perf.ts'
import {citationText} from '../components/cite.tsx'
import {buildInBackground, offerFile, type ExportProgress} from '../exporter.ts'

const LABEL: Record<AssessmentStatus, string> = {conflict: 'Conflict', partial: 'Partial', conforms: 'Conforms', gap: 'Gap'}
const SYMBOL: Record<AssessmentStatus, string> = {conflict: '\u2716', partial: '\u25D0', conforms: '\u2714', gap: '\u25CB'}

export function AssessView({params}: ViewProps): ReactNode {
  const {corpus, sources} = useWorkspace()
  const id = params.id ?? ''
  const [result, setResult] = useState<{for: string; assessment?: Assessment; error?: string} | undefined>()
  const [progress, setProgress] = useState<ExportProgress | undefined>()
  const [exportError, setExportError] = useState<string | undefined>()
  useViewReady(result?.for === id ? 'assess' : 'assess-pending', id)

  useEffect(() => {
    // Let the page paint "Assessing…" first: loading the rules takes a moment.
    // The language library's model is its own chunk, fetched when the first assessment runs.
    let live = true
    const timer = window.setTimeout(() => {
      const target = resolveTarget(corpus, id)
      if ('error' in target) return setResult({for: id, error: target.error})
      void loadLanguage().then((language) => {
        if (!live) return
        const rules = loadRules(sources.filter((s) => s.path.startsWith('rules/')), {language})
        const catalogue = loadCatalogue(sources)
        setResult({for: id, assessment: assessLaw(corpus, rules.value, catalogue.value, target)})
      }, (error: unknown) => setResult({for: id, error: `The language library did not load: ${(error as Error).message}`}))
    }, 0)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [corpus, sources, id])

  const assessment = result?.for === id ? result.assessment : undefined
  const runExport = async (format: 'docx' | 'pdf') => {
    if (!assessment || progress) return
    setExportError(undefined)
    try {
      setProgress({phase: 'Preparing'})
      const bytes = await buildInBackground(format, {kind: 'tables', doc: assessmentDocument(corpus, assessment)}, setProgress)
      await offerFile(`assessment-${id.replace(/[^a-z0-9-]+/giu, '-')}.${format}`, bytes, format)
    } catch (error) {
      setExportError(`The export failed: ${(error as Error).message}`)
    } finally {
      setProgress(undefined)
    }
  }

  return (
    <article className="page assess-page">
      <h1>Assessment against C81 and C129</h1>
      {!result || result.for !== id ? <p role="status" className="pending">Assessing {id}…</p> : null}
      {result?.for === id && result.error && <p role="alert" className="error">{result.error}</p>}
      {assessment && (
        <>
          <p className="lead">
            {assessment.target.name}: {countsSentence(assessment.counts)}, over {assessment.rows.length} articles of the conventions.
            {assessment.unchecked > 0 && ` ${assessment.unchecked} articles are cited without text and could not be assessed.`}
          </p>
          <p className="actions">
            <button type="button" onClick={() => void runExport('docx')} disabled={!!progress}>Export Word (DOCX)</button>{' '}
            <button type="button" onClick={() => void runExport('pdf')} disabled={!!progress}>Export PDF</button>
            {progress && <span role="status"> {progress.phase}…</span>}
            {exportError && <span role="alert" className="error"> {exportError}</span>}
          </p>
          <table className="assess-table findings-table">
            <caption>One row per article; the words that tripped each rule are quoted.</caption>
            <thead>
              <tr>
                <th scope="col">Article</th>
                <th scope="col">Status</th>
                <th scope="col">Provisions and words</th>
                <th scope="col">Reason</th>
                <th scope="col">Recommendation</th>
              </tr>
            </thead>
            <tbody>
              {rowsByStatus(assessment).map((row) => (
                <tr key={row.article.id} id={`row-${row.article.id}`}>
                  <th scope="row">
                    {row.article.title}
                    <br />
                    <small>{row.article.standards.map((s) => `${s.instrument}${s.article ? ` ${s.article}` : ''}`).join(', ')}</small>
                  </th>
                  <td className={`status badge-${row.status === 'partial' ? 'partial' : row.status}`}><span aria-hidden="true">{SYMBOL[row.status]}</span> {LABEL[row.status]}</td>
                  <td>
                    {row.findings.length === 0 && <em>{noProvisionNote(row)}</em>}
                    <ul className="assess-findings">
                      {row.findings.map((f, i) => {
                        const found = findProvision(corpus, f.provision)
                        return (
                          <li key={`${f.rule}-${f.provision}-${i}`}>
                            <a href={href('article', found?.article.id ?? f.provision)}>{found ? citationText(found) : f.provision}</a>{' '}
                            <span className={`badge-${f.status}`}>{f.status}</span>: <mark>“{f.words}”</mark> <small>({f.rule})</small>
                          </li>
                        )
                      })}
                    </ul>
                  </td>
                  <td>{row.reason}</td>
                  <td>{row.recommendation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </article>
  )
}
