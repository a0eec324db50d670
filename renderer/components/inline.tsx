import type {ReactNode} from 'react'
import type {Inline} from '../../src/model/index.ts'

/** Inline text with the emphasis the source gives it (the review's bold words stay bold). */
export function InlineText({nodes}: {nodes: ReadonlyArray<Inline>}): ReactNode {
  return nodes.map((node, i) =>
    node.type === 'text' ? node.value
      : node.type === 'strong' ? <strong key={i}><InlineText nodes={node.children} /></strong>
        : <em key={i}><InlineText nodes={node.children} /></em>
  )
}

/** Text with some ranges marked (search matches, the words that tripped a finding). */
export function MarkedText({text, ranges, className}: {text: string; ranges: ReadonlyArray<{start: number; end: number}>; className?: string}): ReactNode {
  const out: Array<ReactNode> = []
  let at = 0
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  sorted.forEach((r, i) => {
    if (r.start < at) return
    if (r.start > at) out.push(text.slice(at, r.start))
    out.push(<mark key={i} className={className}>{text.slice(r.start, r.end)}</mark>)
    at = r.end
  })
  if (at < text.length) out.push(text.slice(at))
  return out
}
