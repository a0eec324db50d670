// What every view reads: the parsed corpus (the bundled texts joined by the workspace's documents), the review's
// tables, the findings of the conformity check and the display settings (projector mode, hidden columns). Derived
// again whenever a workspace document changes.
import {createContext, useContext} from 'react'
import type {Corpus, Found} from '../src/model/index.ts'
import type {SynopticMessage} from '../src/message/index.ts'
import type {SourceFile, WorkspaceDocument} from '../src/corpus/index.ts'
import type {RecoveryNote} from '../src/ipc/index.ts'
import type {WorkspaceHost} from './platform.ts'
import type {Finding} from '../src/conformity/index.ts'
import type {Related} from './related.ts'
import type {AspectData} from '../src/compare/index.ts'
import type {EnforcementProcedure, Fine} from '../src/review/index.ts'

/** Where the workspace's documents come from, for the views that say so. */
export interface WorkspaceStorage {
  host: WorkspaceHost
  /** The folder's name and full path, once opened. */
  name?: string | undefined
  location?: string | undefined
  /** Why the workspace could not be read (the server stopped, a folder gone). */
  error?: string | undefined
  /** What was done about saves interrupted last time, told once after opening. */
  recovered: Array<RecoveryNote>
}

/** The corpus and everything derived from it that the views share. */
export interface Workspace {
  /** The built-in corpus with the workspace's instruments and drafts in it. */
  corpus: Corpus
  /** The built-in corpus alone, as shipped (a draft's "corpus version" is taken from here). */
  bundled: Corpus
  /** Each document of the workspace as the join saw it: joined, standing in for a built-in draft, or refused. */
  documents: Array<WorkspaceDocument>
  /** The workspace's comparisons (comparisons/*.yaml) that parse as YAML. */
  comparisons: Array<SourceFile>
  storage: WorkspaceStorage
  /** The workspace document an instrument comes from, when it is not a built-in text. */
  documentOf: (instrumentId: string) => WorkspaceDocument | undefined
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
