// What the article page shows beside an article: the aspects of Table 1 that cite it and the provisions the
// review sets against it. Filled from the review data (src/review) when it is loaded.
import type {Found} from '../src/model/index.ts'
import {useWorkspace} from './workspace.tsx'

/** An aspect of Table 1 citing the article. */
export interface RelatedAspect {
  id: string
  title: string
}

/** A provision of the other framework that the review compares with this one. */
export interface Counterpart {
  /** The other provision's id. */
  id: string
  /** This provision's id (the left side of a word difference). */
  from: string
  label: string
  note?: string | undefined
  /** Both sides have text, so a word difference says something. */
  diffable: boolean
}

export interface Related {
  aspects: Array<RelatedAspect>
  comparable: Array<Counterpart>
}

export function useRelated(found: Found | undefined): Related {
  const workspace = useWorkspace()
  if (!found) return {aspects: [], comparable: []}
  return workspace.related(found)
}
