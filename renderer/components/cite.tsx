import type {ReactNode} from 'react'
import {citationOf, findProvision, instrumentName, type Found} from '../../src/model/index.ts'
import {href} from '../router.ts'
import {useWorkspace} from '../workspace.tsx'

/** How the review names an instrument: "Labour Law", "Ministerial Decision No. 4139", "Convention No. 81" (the core's). */
export {instrumentName}

/** "C81, Article 12(1)(a)", "Labour Law, Article 25, second bullet": the core's one citation formatter. */
export function citationText(found: Found): string {
  return citationOf(found)
}

/** A citation that links to the article page; unknown ids are shown as they are, marked. */
export function Cite({id, children}: {id: string; children?: ReactNode}): ReactNode {
  const {corpus} = useWorkspace()
  const found = findProvision(corpus, id)
  if (!found) return <span className="unresolved" title="not in the corpus">{children ?? id}</span>
  return <a className="cite" href={href('article', id)}>{children ?? citationText(found)}</a>
}
