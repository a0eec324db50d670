import type {ReactNode} from 'react'
import {articleLabel, type Article, type Provision} from '../../src/model/index.ts'
import {InlineText} from './inline.tsx'
import {FindingBadges} from './finding-badge.tsx'

/** Consecutive items become one list; paragraphs stay paragraphs. */
function Blocks({children, focus}: {children: ReadonlyArray<Provision>; focus?: string | undefined}): ReactNode {
  const out: Array<ReactNode> = []
  let items: Array<ReactNode> = []
  const flush = (): void => {
    if (items.length) out.push(<ul className="items" key={`list-${out.length}`}>{items}</ul>)
    items = []
  }
  for (const p of children) {
    if (p.type === 'item') items.push(<ItemView key={p.id} item={p} focus={focus} />)
    else {
      flush()
      out.push(
        <p key={p.id} data-id={p.id} dir="auto" className={p.id === focus ? 'provision focus' : 'provision'}>
          <InlineText nodes={p.content} /> <FindingBadges id={p.id} />
        </p>
      )
    }
  }
  flush()
  return out
}

function ItemView({item, focus}: {item: Extract<Provision, {type: 'item'}>; focus?: string | undefined}): ReactNode {
  return (
    <li data-id={item.id} className={item.id === focus ? 'provision item focus' : 'provision item'}>
      {item.label ? <span className="label">{item.label}</span> : <span className="label bullet" aria-hidden="true">•</span>}
      <div className="item-body">
        <span className="item-text" dir="auto"><InlineText nodes={item.content} /></span> <FindingBadges id={item.id} />
        {item.children.length > 0 && <Blocks focus={focus}>{item.children}</Blocks>}
      </div>
    </li>
  )
}

/** One provision (a paragraph or an item with its sub-items), as it reads in the law. */
export function ProvisionView({provision, focus}: {provision: Provision; focus?: string | undefined}): ReactNode {
  return <Blocks focus={focus}>{[provision]}</Blocks>
}

/** Paragraphs and items as they read in the law: a Schedule's own text, under its heading. */
export function ProvisionsView({provisions, focus}: {provisions: ReadonlyArray<Provision>; focus?: string | undefined}): ReactNode {
  return <Blocks focus={focus}>{provisions}</Blocks>
}

/** The text of an article, or the note that the sources do not quote it. */
export function ArticleBody({article, focus}: {article: Article; focus?: string | undefined}): ReactNode {
  if (article.status === 'not-available' || article.status === 'repealed') {
    return (
      <p className="not-available">
        <strong>{article.status === 'repealed' ? 'Repealed.' : 'Text not available.'}</strong>{' '}
        {article.subject ? <>The review cites this article for: {article.subject}.</> : 'The sources cite this article without quoting it.'}
      </p>
    )
  }
  return <div className="article-body"><Blocks focus={focus}>{article.children}</Blocks></div>
}

/** "Article 112. Forms of social security inspection", with the draft's marks. */
export function articleTitle(article: Article): string {
  const number = articleLabel(article)
  return [number, article.amended ? '(Amended)' : '', article.heading, article.note ? `(${article.note})` : ''].filter(Boolean).join(' ')
}
