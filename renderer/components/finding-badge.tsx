import type {ReactNode} from 'react'
import type {Finding, FindingStatus} from '../../src/conformity/index.ts'
import {href} from '../router.ts'
import {useWorkspace} from '../workspace.tsx'

/** Words for a finding's status, as a drafter reads them. */
export const STATUS_LABEL: Record<FindingStatus, string> = {
  conflict: 'Conflict',
  gap: 'Gap',
  conforms: 'Conforms',
  harmonization: 'Harmonization',
  partial: 'Partial'
}

/** Text symbols as well as colours, so status reads in black-and-white print and for colour-blind readers. */
export const STATUS_SYMBOL: Record<FindingStatus, string> = {
  conflict: '\u2716', // ✖
  gap: '\u25CB', // ○
  conforms: '\u2714', // ✔
  harmonization: '\u21C4', // ⇄
  partial: '\u25D0' // ◐
}

/** Small links to the findings about a provision, one per status present; nothing when there are none. */
export function FindingBadges({id}: {id: string}): ReactNode {
  const {findingsFor} = useWorkspace()
  const findings = findingsFor(id)
  if (findings.length === 0) return null
  const byStatus = new Map<FindingStatus, Array<Finding>>()
  for (const f of findings) byStatus.set(f.status, [...(byStatus.get(f.status) ?? []), f])
  return (
    <span className="badges">
      {[...byStatus].map(([status, list]) => (
        <a
          key={status}
          className={`badge badge-${status}`}
          href={`${href('findings')}?provision=${encodeURIComponent(id)}`}
          title={list.map((f) => f.title).join('; ')}
        >
          <span aria-hidden="true">{STATUS_SYMBOL[status]}</span> {STATUS_LABEL[status]}{list.length > 1 ? ` \u00d7${list.length}` : ''}
          <span className="visually-hidden">: {list.map((f) => f.title).join('; ')}</span>
        </a>
      ))}
    </span>
  )
}
