import type {ReactNode} from 'react'
import {formatMessage} from '../../src/message/index.ts'
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

/** `#/instruments`: every instrument of the corpus, by kind, and the workspace's documents. */
export function InstrumentsView(): ReactNode {
  const {corpus, documentOf} = useWorkspace()
  useViewReady('instruments', 'all')
  return (
    <article className="page">
      <h1>Instruments</h1>
      <WorkspaceDocuments />
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
                    <span className="meta"> {[i.number, i.date].filter(Boolean).join(', ')}; {articles.length} {articles.length === 1 ? 'article' : 'articles'}, {quoted} with text</span>
                    {documentOf(i.id) && <span className="tag" title={documentOf(i.id)?.file}>workspace</span>}
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

/**
 * Where the workspace is, and its documents that are not in the lists below: refused ones are shown in place with
 * their errors (file:line:column) and their text, untouched. A page with no workspace says so.
 */
function WorkspaceDocuments(): ReactNode {
  const {storage, documents} = useWorkspace()
  const refused = documents.filter((d) => d.state === 'refused')
  const joined = documents.filter((d) => d.state !== 'refused')
  if (storage.host === 'none') {
    return (
      <p className="workspace-note" role="note">
        This page has no workspace: it is served as files only (<code>npm run web</code>), so imported laws are downloaded and drafts are
        kept in this browser. Start Synoptic with <code>npm start</code> to keep them in a workspace folder.
      </p>
    )
  }
  return (
    <section className="workspace-documents" aria-labelledby="workspace-heading">
      <h2 id="workspace-heading">Your workspace</h2>
      {storage.error ? (
        <p className="import-refused" role="alert">The workspace cannot be read: {storage.error}</p>
      ) : (
        <p className="muted">
          {storage.location ?? storage.name}: {joined.length} document{joined.length === 1 ? '' : 's'} in use
          {refused.length > 0 ? `, ${refused.length} left out until corrected` : ''}. Files changed there by another program show here at once.
        </p>
      )}
      {storage.recovered.length > 0 && (
        <ul className="workspace-recovered" aria-label="Recovered saves">
          {storage.recovered.map((note, i) => <li key={i}>{note.detail}</li>)}
        </ul>
      )}
      {refused.map((d) => (
        <div key={d.file} className="workspace-refused">
          <h3>{d.file} is left out</h3>
          <ul className="draft-messages" aria-label={`Messages about ${d.file}`}>
            {d.messages.filter((m) => m.severity === 'error').map((m, i) => <li key={i} className={m.severity}>{formatMessage(m)}</li>)}
          </ul>
          {d.text && (
            <details>
              <summary>Its text, as it is on disk</summary>
              <pre aria-label={`The text of ${d.file}`}>{d.text}</pre>
            </details>
          )}
        </div>
      ))}
    </section>
  )
}
