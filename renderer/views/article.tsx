import {useEffect, type ReactNode} from 'react'
import {articlesOf, findInstrument, findProvision, walkProvisions, type Corpus, type Found} from '../../src/model/index.ts'
import {href, type ViewProps} from '../router.ts'
import {useWorkspace} from '../workspace.tsx'
import {useViewReady} from '../perf.ts'
import {citationText, instrumentName} from '../components/cite.tsx'
import {ArticleBody, articleTitle} from '../components/provision.tsx'
import {FindingBadges, STATUS_LABEL, STATUS_SYMBOL} from '../components/finding-badge.tsx'
import {useRelated} from '../related.ts'
import {NotFound} from './not-found.tsx'

const TRANSLATION: Record<string, string> = {authentic: 'authentic text', official: 'official translation', unofficial: 'unofficial translation'}

/** Articles of drafts that amend this article, and the base article a draft article amends. */
function amendments(corpus: Corpus, found: Found): Array<{from: string; to: string; label: string}> {
  const local = found.article.id.slice(found.article.id.indexOf('/') + 1)
  const out: Array<{from: string; to: string; label: string}> = []
  if (found.instrument.kind === 'draft' && found.instrument.base) {
    const base = findProvision(corpus, `${found.instrument.base}/${local}`)
    if (base && base.article.status !== 'not-available') {
      out.push({from: base.article.id, to: found.article.id, label: `Changes from ${citationText(base)}`})
    }
  }
  for (const draft of corpus.instruments.filter((i) => i.kind === 'draft' && i.base && findInstrument(corpus, i.base) === found.instrument)) {
    const proposed = articlesOf(draft).find((a) => a.id.slice(a.id.indexOf('/') + 1) === local)
    if (proposed && found.article.status !== 'not-available') {
      out.push({from: found.article.id, to: proposed.id, label: `As ${instrumentName(draft)} proposes it`})
    } else if (proposed) {
      out.push({from: proposed.id, to: proposed.id, label: `${instrumentName(draft)} proposes a text`})
    }
  }
  return out
}

/** `#/article/<provision-id>`: an article to read, with its provenance, aspects, findings and comparable provisions. */
export function ArticleView({rest}: ViewProps): ReactNode {
  const {corpus, findingsFor} = useWorkspace()
  const id = rest.join('/')
  const found = findProvision(corpus, id)
  const related = useRelated(found)
  useViewReady('article', id)
  const focus = found?.provision?.id
  useEffect(() => {
    if (focus) document.querySelector(`[data-id="${CSS.escape(focus)}"]`)?.scrollIntoView({block: 'center'})
  }, [focus])
  if (!found) return <NotFound what={`provision “${id}”`} />
  const {instrument, article} = found
  const list = articlesOf(instrument)
  const index = list.indexOf(article)
  const previous = list[index - 1]
  const next = list[index + 1]
  const findings = [article.id, ...collectIds(found)].flatMap((x) => findingsFor(x))
  const changes = amendments(corpus, found)
  return (
    <article className="page article-page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <a href={href('instrument', instrument.id)}>{instrumentName(instrument)}</a>
        {instrument.number && <span className="meta"> {instrument.number}</span>}
      </nav>
      <h1>{articleTitle(article)} <FindingBadges id={article.id} /></h1>
      {found.provision && <p className="focus-note">Showing {citationText(found)}, highlighted below.</p>}
      <ArticleBody article={article} focus={focus} />
      <section className="provenance" aria-labelledby="provenance-title">
        <h2 id="provenance-title">Provenance</h2>
        <dl className="facts">
          <dt>Source</dt><dd>{article.provenance.source}</dd>
          <dt>Text</dt><dd>{TRANSLATION[article.provenance.translation]} ({instrument.language})</dd>
          <dt>Status</dt><dd>{article.status.replace('-', ' ')}</dd>
          <dt>Id</dt><dd><code>{id}</code></dd>
        </dl>
      </section>
      {related.aspects.length > 0 && (
        <section aria-labelledby="aspects-title">
          <h2 id="aspects-title">Aspects of Table 1</h2>
          <ul>{related.aspects.map((a) => <li key={a.id}><a href={href('compare', a.id)}>{a.title}</a></li>)}</ul>
        </section>
      )}
      {(related.comparable.length > 0 || changes.length > 0) && (
        <section aria-labelledby="comparable-title">
          <h2 id="comparable-title">Comparable provisions</h2>
          <ul className="comparable">
            {changes.map((c) => (
              <li key={`${c.from}>${c.to}`}>
                {c.from === c.to ? <a href={href('article', c.to)}>{c.label}</a> : <a href={href('diff', c.from, c.to)}>{c.label}</a>}
              </li>
            ))}
            {related.comparable.map((c) => (
              <li key={c.id}>
                <a href={href('article', c.id)}>{c.label}</a>{c.note && <span className="meta"> ({c.note})</span>}
                {c.diffable && <>{' · '}<a href={href('diff', c.from, c.id)}>word difference</a></>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {findings.length > 0 && (
        <section aria-labelledby="findings-title">
          <h2 id="findings-title">Findings</h2>
          <ul className="finding-list">
            {findings.map((f, i) => (
              <li key={i} className={`finding-${f.status}`}>
                <span aria-hidden="true">{STATUS_SYMBOL[f.status]}</span> <strong>{STATUS_LABEL[f.status]}</strong>: {' '}
                <a href={`${href('findings')}?provision=${encodeURIComponent(f.provision ?? '')}`}>{f.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <nav className="pager" aria-label="Other articles">
        {previous ? <a href={href('article', previous.id)} rel="prev">← {articleTitle(previous)}</a> : <span />}
        {next ? <a href={href('article', next.id)} rel="next">{articleTitle(next)} →</a> : <span />}
      </nav>
    </article>
  )
}

function collectIds(found: Found): Array<string> {
  const ids: Array<string> = []
  walkProvisions(found.article.children, (p) => ids.push(p.id))
  return ids
}
