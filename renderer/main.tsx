import {StrictMode, useEffect, useState, type ReactNode} from 'react'
import {createRoot} from 'react-dom/client'
import '@fontsource/noto-sans-lao/400.css'
import '@fontsource/noto-sans-lao/700.css'
import './styles.css'
import {loadBundledCorpus} from './corpus.ts'
import {buildWorkspace, checkInBackground, withFindings} from './build-workspace.ts'
import type {Workspace} from './workspace.tsx'
import {App} from './app.tsx'

// Start-up cost, visible in the browser's performance panel and read by the bench.
performance.mark('synoptic:start')
const loaded = loadBundledCorpus()
performance.mark('synoptic:corpus-loaded')
const workspace = buildWorkspace(loaded)
performance.mark('synoptic:workspace-built')
/** Holds the workspace and adds the findings when the background check answers. */
function Root({initial}: {initial: Workspace}): ReactNode {
  const [workspace, setWorkspace] = useState(initial)
  useEffect(() => {
    let live = true
    void checkInBackground(initial).then((result) => {
      performance.mark('synoptic:findings-ready')
      if (live) setWorkspace(withFindings(initial, result))
    })
    return () => {
      live = false
    }
  }, [initial])
  return <App workspace={workspace} />
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks <div id="root">')
createRoot(root).render(
  <StrictMode>
    <Root initial={workspace} />
  </StrictMode>
)
