import {StrictMode} from 'react'
import {createRoot} from 'react-dom/client'
import '@fontsource/noto-sans-lao/400.css'
import '@fontsource/noto-sans-lao/700.css'
import './styles.css'
import {loadBundledCorpus} from './corpus.ts'
import {buildWorkspace} from './build-workspace.ts'
import {App} from './app.tsx'

const loaded = loadBundledCorpus()
const workspace = buildWorkspace(loaded)
const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks <div id="root">')
createRoot(root).render(
  <StrictMode>
    <App workspace={workspace} />
  </StrictMode>
)
