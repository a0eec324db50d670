import {useEffect, useState, type ReactNode} from 'react'
import {divisionTitle, findInstrument, walkProvisions, type Article, type Division} from '../../src/model/index.ts'
import {currentQuery, href, useHash, type ViewProps} from '../router.ts'
import {useWorkspace} from '../workspace.tsx'
import {useViewReady} from '../perf.ts'
import {instrumentName} from '../components/cite.tsx'
import {articleTitle, ProvisionsView} from '../components/provision.tsx'
import {FindingBadges} from '../components/finding-badge.tsx'
import {offerAkomaNtoso} from '../akn-export.ts'
import {NotFound} from './not-found.tsx'

const TRANSLATION: Record<string, string> = {authentic: 'authentic text', official: 'official translation', unofficial: 'unofficial translation'}

/** `#/instrument/<id>`: what the instrument is, where its text comes from, and an outline of its articles. */
export function InstrumentView({params}: ViewProps): ReactNode {
  const {corpus, documentOf} = useWorkspace()
  const instrument = findInstrument(corpus, params.id ?? '')
  const [exportError, setExportError] = useState<string | undefined>()
  useViewReady('instrument', params.id ?? '')
  // `?focus=<id>` (a search hit in a Schedule): that paragraph or item, highlighted and scrolled to.
  const focus = currentQuery(useHash()).get('focus') ?? undefined
  useEffect(() => {
    if (focus) document.querySelector(`[data-id="${CSS.escape(focus)}"]`)?.scrollIntoView({block: 'center'})
  }, [focus])
  if (!instrument) return <NotFound what={`instrument “${params.id}”`} />
  const base = instrument.base ? findInstrument(corpus, instrument.base) : undefined
  return (
    <article className="page">
      <p className="kicker">{instrument.kind}{instrument.number ? ` ${instrument.number}` : ''}</p>
      <h1>{instrumentName(instrument)}</h1>
      {instrumentName(instrument) !== instrument.title && <p className="subtitle">{instrument.title}</p>}
      <dl className="facts">
        {instrument.date && <><dt>Date</dt><dd>{instrument.date}</dd></>}
        <dt>Text</dt><dd>{TRANSLATION[instrument.provenance.translation]} ({instrument.language})</dd>
        <dt>Source</dt><dd>{instrument.provenance.source}</dd>
        {documentOf(instrument.id) && <><dt>File</dt><dd>{documentOf(instrument.id)?.file} of your workspace</dd></>}
        {base && <><dt>Amends</dt><dd><a href={href('instrument', base.id)}>{instrumentName(base)}</a></dd></>}
        {instrument.draftStatus && <><dt>Status</dt><dd>{instrument.draftStatus}</dd></>}
        {instrument.aliases.length > 0 && <><dt>Also cited as</dt><dd>{instrument.aliases.join(', ')}</dd></>}
      </dl>
      {instrument.jurisdiction !== 'ILO' && (
        <p className="actions"><a href={href('assess', instrument.id)}>Assess the whole {instrument.kind === 'draft' ? 'draft' : 'law'} against C81 and C129</a></p>
      )}
      <p><button type="button" onClick={() => void offerAkomaNtoso(instrument, base).then(setExportError)}>Export › Akoma Ntoso (XML)</button></p>
      {exportError && <p className="error" role="alert">{exportError}</p>}
      <h2>Outline</h2>
      {instrument.preamble && <p><a href={href('article', instrument.preamble.id)}>Preamble</a></p>}
      <Outline nodes={instrument.body} focus={focus} />
      {instrument.notes && (
        // Editing notes (how the text was established, repairs, sources) are for the record, not for reading first.
        <details className="editing-notes">
          <summary>Notes on this text</summary>
          <p>{instrument.notes}</p>
        </details>
      )}
    </article>
  )
}

function Outline({nodes, focus}: {nodes: ReadonlyArray<Division | Article>; focus?: string | undefined}): ReactNode {
  return (
    <ul className="outline">
      {nodes.map((node) =>
        node.type === 'division' ? (
          <li key={node.id} id={node.id} data-id={node.id} className={`division division-${node.kind}`}>
            <span className="division-title"><bdi>{divisionTitle(node)}</bdi></span>
            {/* A Schedule's own text (forms, lists) is not articles: it is read here, numbered as written. */}
            {node.content && node.content.length > 0 && <div className="article-body division-content"><ProvisionsView provisions={node.content} focus={focus} /></div>}
            <Outline nodes={node.children} focus={focus} />
          </li>
        ) : (
          <li key={node.id} className={`outline-article status-${node.status}`}>
            <a href={href('article', node.id)}><bdi>{articleTitle(node)}</bdi></a>
            {node.status === 'not-available' && <span className="tag">text not available</span>}
            {node.status === 'repealed' && <span className="tag">repealed</span>}
            {node.subject && node.status === 'not-available' && <span className="meta"> {node.subject}</span>}
            {' '}<ArticleFindingBadges article={node} />
          </li>
        )
      )}
    </ul>
  )
}

/** The badges of an article in the outline: its own findings and those of its paragraphs and items, by status. */
function ArticleFindingBadges({article}: {article: Article}): ReactNode {
  const ids = [article.id]
  walkProvisions(article.children, (p) => ids.push(p.id))
  return <FindingBadges id={article.id} ids={ids} />
}
