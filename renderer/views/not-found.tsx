import type {ReactNode} from 'react'
import {href} from '../router.ts'
import {useViewReady} from '../perf.ts'

/** What a view shows for an id the corpus does not have (a mistyped link, a renamed provision). */
export function NotFound({what}: {what?: string}): ReactNode {
  useViewReady('not-found', what ?? '')
  return (
    <article className="page">
      <h1>Not found</h1>
      <p role="alert">The corpus has no {what ?? 'page at this address'}.</p>
      <p><a href={href('compare')}>Back to Table 1</a> · <a href={href('instruments')}>All instruments</a></p>
    </article>
  )
}

/** The route table's fallback. */
export function NotFoundView(): ReactNode {
  return <NotFound />
}
