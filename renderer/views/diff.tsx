import {useState, type FormEvent, type ReactNode} from 'react'
import {diffProvisions, summarizeDiff, type DiffSummary, type ProvisionDiff} from '../../src/compare/index.ts'
import {articlesOf, findInstrument, findProvision, type Corpus, type Found} from '../../src/model/index.ts'
import {href, navigate, type ViewProps} from '../router.ts'
import {useWorkspace} from '../workspace.tsx'
import {useViewReady} from '../perf.ts'
import {Changes} from '../components/changes.tsx'
import {citationText} from '../components/cite.tsx'
import {FindingBadges} from '../components/finding-badge.tsx'

const SUB_SEGMENT = /^(art-|item-|para-|part-|chapter-|section-|preamble$)/

/**
 * Splits `ssl-2018/art-112/annex-1/art-112` into its two provision ids: the second starts at the first later
 * segment that names an instrument (ids below an instrument always start `art-`, `item-`, `para-`, …).
 */
export function splitProvisionPair(corpus: Corpus, segments: ReadonlyArray<string>): [Found, Found] | undefined {
  for (let k = 1; k < segments.length; k++) {
    const segment = segments[k]!
    if (SUB_SEGMENT.test(segment) || !findInstrument(corpus, segment)) continue
    const a = findProvision(corpus, segments.slice(0, k).join('/'))
    const b = findProvision(corpus, segments.slice(k).join('/'))
    if (a && b) return [a, b]
  }
  return undefined
}

const node = (found: Found): NonNullable<ProvisionDiff['a']> => found.provision ?? found.article

/** `#/diff/<provision-a>/<provision-b>`: the word-level difference between any two provisions or articles. */
export function DiffView({rest}: ViewProps): ReactNode {
  const {corpus} = useWorkspace()
  const pair = rest.length ? splitProvisionPair(corpus, rest) : undefined
  useViewReady(pair ? 'diff' : 'diff-picker', rest.join('/'))
  if (!pair) return <DiffPicker unresolved={rest.length ? rest.join('/') : undefined} />
  const [a, b] = pair
  const language = a.instrument.language === b.instrument.language ? a.instrument.language : 'und'
  const diff = diffProvisions(node(a), node(b), {language})
  const summary = summarizeDiff(diff, language)
  return (
    <article className="page diff-page">
      <h1>Difference</h1>
      <dl className="facts diff-sides">
        <dt>From</dt>
        <dd><a href={href('article', node(a).id)}>{citationText(a)}</a> <span className="meta">{a.article.provenance.source}</span></dd>
        <dt>To</dt>
        <dd><a href={href('article', node(b).id)}>{citationText(b)}</a> <span className="meta">{b.article.provenance.source}</span></dd>
      </dl>
      <p className="legend">
        <ins>Inserted words are underlined</ins>; <del>deleted words are struck through</del>.{' '}
        {diff.kind === 'equal' ? 'The two texts are the same.' : summaryText(summary)}{' '}
        <a href={href('diff', node(b).id, node(a).id)}>Swap sides</a>
      </p>
      <div className="diff-body">
        <DiffTree diff={diff} top />
      </div>
    </article>
  )
}

/** "3 provisions changed, 1 inserted; 12 words inserted, 4 deleted": provisions only when there are sub-provisions. */
function summaryText(s: DiffSummary): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  const parts: Array<string> = []
  if (s.changed + s.inserted + s.deleted > 0) parts.push(`${plural(s.changed, 'provision')} changed, ${s.inserted} inserted, ${s.deleted} deleted`)
  parts.push(`${plural(s.wordsInserted, 'word')} inserted, ${s.wordsDeleted} deleted`)
  return `${parts.join('; ')}.`
}

const KIND_WORD: Record<ProvisionDiff['kind'], string> = {equal: 'unchanged', changed: 'changed', insert: 'inserted', delete: 'deleted'}

function DiffTree({diff, top}: {diff: ProvisionDiff; top?: boolean}): ReactNode {
  const own = diff.b ?? diff.a
  const isArticle = own?.type === 'article'
  return (
    <>
      {isArticle && diff.text.length > 0 && (
        <h2 className={`diff-${diff.kind}`}>
          Article {diff.a?.type === 'article' && diff.b?.type === 'article' && diff.a.number !== diff.b.number ? `${diff.a.number} → ${diff.b.number}` : (own as {number: string}).number}{' '}
          <Changes changes={diff.text} />
        </h2>
      )}
      {!isArticle && top && (
        <p className={`provision diff-${diff.kind}`}><Changes changes={diff.text} /></p>
      )}
      {diff.children.length > 0 && (
        <ul className="items diff-items">
          {diff.children.map((child, i) => (
            <li key={i} className={`provision diff-${child.kind}`} data-id={(child.b ?? child.a)?.id}>
              <span className="visually-hidden">{KIND_WORD[child.kind]}: </span>
              <Changes changes={child.text} />
              {child.b && <> <FindingBadges id={child.b.id} /></>}
              <DiffTree diff={child} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

/** Shown at `#/diff` (or for ids the corpus lacks): choose two provisions to compare. */
function DiffPicker({unresolved}: {unresolved?: string | undefined}): ReactNode {
  const {corpus} = useWorkspace()
  const [a, setA] = useState('')
  const [b, setB] = useState('')
  const ids = corpus.instruments.flatMap((i) => articlesOf(i).filter((x) => x.status !== 'not-available').map((x) => x.id))
  const drafts = corpus.instruments.filter((i) => i.kind === 'draft' && i.base)
  const suggestions = drafts.flatMap((d) =>
    articlesOf(d).flatMap((x) => {
      const base = findProvision(corpus, `${d.base}/${x.id.split('/')[1]}`)
      return base && base.article.status !== 'not-available' ? [[base.article.id, x.id] as const] : []
    })
  )
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (a.trim() && b.trim()) navigate(`/diff/${a.trim()}/${b.trim()}`)
  }
  return (
    <article className="page">
      <h1>Compare two provisions</h1>
      {unresolved && <p role="alert" className="error">“{unresolved}” does not name two provisions of the corpus. Give two ids, e.g. <code>ssl-2018/art-112</code> and <code>annex-1/art-112</code>.</p>}
      <form className="diff-form" onSubmit={submit}>
        <label>First provision <input list="provision-ids" value={a} onChange={(e) => setA(e.target.value)} placeholder="ll-2013/art-173/item-3" /></label>
        <label>Second provision <input list="provision-ids" value={b} onChange={(e) => setB(e.target.value)} placeholder="ssl-2018/art-112/item-3" /></label>
        <button type="submit">Show the difference</button>
        <datalist id="provision-ids">{ids.map((id) => <option key={id} value={id} />)}</datalist>
      </form>
      {suggestions.length > 0 && (
        <section>
          <h2>Proposed amendments</h2>
          <ul>
            {suggestions.map(([x, y]) => (
              <li key={y}><a href={href('diff', x, y)}>{x} → {y}</a></li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
