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

/** A finding's key in the URL of the findings page (`?open=`): its rule and what it is about. */
export function findingKey(f: Finding): string {
  return [f.rule, f.provision ?? f.framework ?? '', f.instrument, f.match ? f.match.start : ''].join('|')
}

/**
 * Small links to the findings about a provision, one per status present; nothing when there are none. `ids` adds
 * the findings of other provisions (an outline's article gathers those of its items). A badge for one finding
 * opens that finding; a badge for several opens the list of them.
 */
export function FindingBadges({id, ids}: {id: string; ids?: ReadonlyArray<string> | undefined}): ReactNode {
  const {findingsFor} = useWorkspace()
  const findings = (ids ?? [id]).flatMap((x) => findingsFor(x))
  if (findings.length === 0) return null
  const byStatus = new Map<FindingStatus, Array<Finding>>()
  for (const f of findings) byStatus.set(f.status, [...(byStatus.get(f.status) ?? []), f])
  return (
    <span className="badges">
      {[...byStatus].map(([status, list]) => (
        <a
          key={status}
          className={`badge badge-${status}`}
          href={list.length === 1 ? `${href('findings')}?open=${encodeURIComponent(findingKey(list[0]!))}` : `${href('findings')}?provision=${encodeURIComponent(id)}&status=${status}`}
          title={list.map((f) => f.title).join('; ')}
        >
          <span aria-hidden="true">{STATUS_SYMBOL[status]}</span> {STATUS_LABEL[status]}{list.length > 1 ? ` \u00d7${list.length}` : ''}
          <span className="visually-hidden">: {list.map((f) => f.title).join('; ')}</span>
        </a>
      ))}
    </span>
  )
}
