import {StrictMode, useEffect, useRef, useState, type ReactNode} from 'react'
import {createRoot} from 'react-dom/client'
import '@fontsource/noto-sans-lao/400.css'
import '@fontsource/noto-sans-lao/700.css'
import './styles.css'
import {loadBundledCorpus, type LoadedWorkspace} from './corpus.ts'
import {buildWorkspace, checkInBackground, withFindings} from './build-workspace.ts'
import {documents} from './documents.ts'
import {loadWorkspaceFiles, type JoinedWorkspace} from './workspace-files.ts'
import type {Workspace} from './workspace.tsx'
import {App} from './app.tsx'

// Start-up cost, visible in the browser's performance panel and read by the bench.
performance.mark('synoptic:start')
const bundled = loadBundledCorpus()
performance.mark('synoptic:corpus-loaded')

/** How long after the last change the views' corpus is derived again (a git checkout touches many files at once). */
const settleMs = 250

/**
 * Holds the workspace: derives it again when a workspace document changes (on disk, or saved by the app), and adds
 * the findings when the background check answers. Until then the previous findings stay on screen, marked pending.
 */
function Root({bundled, initial}: {bundled: LoadedWorkspace; initial: Workspace}): ReactNode {
  const [derived, setDerived] = useState(initial)
  const [shown, setShown] = useState(initial)
  const first = useRef(true)
  useEffect(() => {
    let live = true
    if (!first.current) setShown((previous) => ({...derived, findings: previous.findings, findingsFor: previous.findingsFor, findingsPending: true}))
    first.current = false
    void checkInBackground(derived).then((result) => {
      performance.mark('synoptic:findings-ready')
      if (live) setShown(withFindings(derived, result))
    })
    return () => {
      live = false
    }
  }, [derived])
  useEffect(() => {
    let timer: number | undefined
    let generation = 0
    const stop = documents.onChange(() => {
      window.clearTimeout(timer)
      timer = window.setTimeout(() => {
        const mine = ++generation
        void loadWorkspaceFiles(bundled, false).then((joined) => {
          if (mine === generation) setDerived(buildWorkspace(joined))
        })
      }, settleMs)
    })
    return () => {
      window.clearTimeout(timer)
      stop()
    }
  }, [bundled])
  return <App workspace={shown} />
}

function render(joined: LoadedWorkspace | JoinedWorkspace): void {
  const workspace = buildWorkspace(joined)
  performance.mark('synoptic:workspace-built')
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html lacks <div id="root">')
  createRoot(root).render(
    <StrictMode>
      <Root bundled={bundled} initial={workspace} />
    </StrictMode>
  )
}

// With a workspace, the first view already has its documents (an imported instrument's page survives a reload).
if (documents.available) void loadWorkspaceFiles(bundled, true).then(render, () => render(bundled))
else render(bundled)
