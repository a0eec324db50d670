// What every view reads: the parsed corpus, the review's tables, the findings of the conformity check and the
// display settings (projector mode, hidden columns). Loaded once at start-up from the bundle.
import {createContext, useContext} from 'react'
import type {Corpus, Found} from '../src/model/index.ts'
import type {SynopticMessage} from '../src/message/index.ts'
import type {SourceFile} from '../src/corpus/index.ts'
import type {Finding} from '../src/conformity/index.ts'
import type {Related} from './related.ts'
import type {AspectData} from '../src/compare/index.ts'
import type {EnforcementProcedure, Fine} from '../src/review/index.ts'

/** The corpus and everything derived from it that the views share. */
export interface Workspace {
  corpus: Corpus
  /** Problems the core reported while loading (shown in the footer). */
  messages: Array<SynopticMessage>
  sources: Array<SourceFile>
  /** The aspects of Table 1, from the review data (empty when the corpus has none). */
  aspects: Array<AspectData>
  /** The fines of both frameworks (Tables 7, 10 and 11), from the review data. */
  fines: Array<Fine>
  /** The enforcement procedures of both frameworks (Tables 8 and 9), from the review data. */
  procedures: Array<EnforcementProcedure>
  /** Every finding of the conformity check on the bundled corpus and rules. */
  findings: Array<Finding>
  /** True while the conformity check is still running (it runs in the background after start-up). */
  findingsPending: boolean
  /** Why the check failed, when it did. */
  findingsError?: string | undefined
  /** The findings about one provision or article (by its id), in rule order. */
  findingsFor: (id: string) => Array<Finding>
  /** The aspects of Table 1 that cite an article or provision, and the provisions the review compares it with. */
  related: (found: Found) => Related
}

export const WorkspaceContext = createContext<Workspace | undefined>(undefined)

/** The loaded workspace; views are only rendered inside its provider. */
export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext)
  if (!workspace) throw new Error('useWorkspace outside <WorkspaceContext.Provider>')
  return workspace
}

/** Display settings any view may read and change. */
export interface Display {
  projector: boolean
  setProjector: (on: boolean) => void
  /** Columns hidden by the user, by column key (`labour`, `socialSecurity`, `standards`). */
  hidden: ReadonlySet<string>
  toggleColumn: (key: string) => void
}

export const DisplayContext = createContext<Display>({
  projector: false,
  setProjector: () => {},
  hidden: new Set(),
  toggleColumn: () => {}
})

export function useDisplay(): Display {
  return useContext(DisplayContext)
}
