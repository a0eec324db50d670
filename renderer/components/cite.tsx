import type {ReactNode} from 'react'
import {findProvision, type Found, type Instrument} from '../../src/model/index.ts'
import {href} from '../router.ts'
import {useWorkspace} from '../workspace.tsx'

/** How the review names an instrument: "Labour Law", "Ministerial Decision No. 4139", "Convention No. 81". */
export function instrumentName(instrument: Instrument): string {
  const ilo = /^([CRP])0*(\d+)$/i.exec(instrument.number ?? '')
  if (ilo?.[1]!.toUpperCase() === 'C') return `Convention No. ${ilo[2]}`
  if (ilo?.[1]!.toUpperCase() === 'R') return `Recommendation No. ${ilo[2]}`
  // A protocol's title is short and says what it amends ("Protocol of 1995 to the Labour Inspection Convention, 1947").
  if (instrument.kind !== 'draft' && instrument.jurisdiction === 'ILO') return instrument.title.split(' \u2014 ')[0]!
  if (instrument.kind === 'decision' && instrument.number) return `Ministerial Decision ${instrument.number}`
  // Drafts have long descriptive titles: the part before a colon names them ("Proposed Draft for Future Law Revision").
  if (instrument.kind === 'draft') {
    const head = instrument.title.split(':')[0]!.trim()
    return head.length <= 48 ? head : `Draft ${instrument.id}`
  }
  return instrument.title.replace(/\s*\([^)]*\)\s*$/, '')
}

/** "Labour Law, article 173, item 3" for what an id resolved to. */
export function citationText(found: Found): string {
  const newNumber = /\/art-new-(\d+)$/.exec(found.article.id)
  const article = found.article.number === 'New' && newNumber ? `new article ${newNumber[1]}` : `article ${found.article.number}`
  const parts = [`${instrumentName(found.instrument)}, ${article}`]
  if (found.provision) {
    const path = found.provision.id.slice(found.article.id.length + 1).split('/')
    for (const segment of path) {
      const bullet = /^item-nn-(\d+)/.exec(segment)
      if (bullet) parts.push(`bullet ${bullet[1]}`)
      else if (segment.startsWith('item-')) parts.push(`item ${segment.slice(5).replace(/_\d+$/, '')}`)
      else if (segment.startsWith('para-')) parts.push(`paragraph ${segment.slice(5)}`)
    }
  }
  return parts.join(', ')
}

/** A citation that links to the article page; unknown ids are shown as they are, marked. */
export function Cite({id, children}: {id: string; children?: ReactNode}): ReactNode {
  const {corpus} = useWorkspace()
  const found = findProvision(corpus, id)
  if (!found) return <span className="unresolved" title="not in the corpus">{children ?? id}</span>
  return <a className="cite" href={href('article', id)}>{children ?? citationText(found)}</a>
}
