import {Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode} from 'react'
import {formatMessage} from '../src/message/index.ts'
import {currentPath, href, matchRoute, useHash} from './router.ts'
import {routes} from './routes.tsx'
import {DisplayContext, WorkspaceContext, useWorkspace, type Display, type Workspace} from './workspace.tsx'
import {platform} from './platform.ts'
import {SearchDialog} from './views/search.tsx'

/** True when a key press is typing into a field, where single-letter shortcuts must not fire. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))
}

/** The application: header with navigation, search and projector toggle; the current view; corpus messages. */
export function App({workspace}: {workspace: Workspace}): ReactNode {
  const hash = useHash()
  const path = currentPath(hash)
  const match = matchRoute(routes, path)
  const [searching, setSearching] = useState(false)
  const [projector, setProjectorState] = useState(() => platform.readSetting('projector') === 'on')
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set((platform.readSetting('hidden-columns') ?? '').split(',').filter(Boolean)))
  const main = useRef<HTMLElement>(null)
  const firstPath = useRef(path)

  const setProjector = useCallback((on: boolean) => {
    setProjectorState(on)
    platform.writeSetting('projector', on ? 'on' : 'off')
  }, [])
  const toggleColumn = useCallback((key: string) => {
    setHidden((old) => {
      const next = new Set(old)
      if (!next.delete(key)) next.add(key)
      platform.writeSetting('hidden-columns', [...next].join(','))
      return next
    })
  }, [])
  const display = useMemo<Display>(() => ({projector, setProjector, hidden, toggleColumn}), [projector, setProjector, hidden, toggleColumn])

  useEffect(() => {
    document.documentElement.classList.toggle('projector', projector)
  }, [projector])

  // After navigating, focus moves to the new page, so keyboard and screen-reader users start at its top.
  useEffect(() => {
    if (path === firstPath.current) return
    firstPath.current = ''
    main.current?.focus({preventScroll: true})
    window.scrollTo(0, 0)
  }, [path])

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey) return
      const typing = isTyping(event.target)
      if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
        event.preventDefault()
        setSearching(true)
      } else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey) {
        event.preventDefault()
        setSearching(true)
      } else if ((event.key === 'p' || event.key === 'P') && !typing && !event.ctrlKey && !event.metaKey) {
        event.preventDefault()
        setProjector(!document.documentElement.classList.contains('projector'))
      } else if (event.key === 'Escape' && !searching && document.documentElement.classList.contains('projector') && !typing) {
        setProjector(false)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [searching, setProjector])

  // A printout shows the ILO articles that are folded away on screen.
  useEffect(() => {
    const unfold = (): void => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true))
    window.addEventListener('beforeprint', unfold)
    return () => window.removeEventListener('beforeprint', unfold)
  }, [])

  useEffect(
    () => platform.onMenuCommand((command) => {
      if (command === 'find') setSearching(true)
      if (command === 'projector') setProjector(!document.documentElement.classList.contains('projector'))
    }),
    [setProjector]
  )

  const View = match?.route.view
  const section = '/' + (path.split('/')[1] ?? '')
  return (
    <WorkspaceContext.Provider value={workspace}>
      <DisplayContext.Provider value={display}>
        <a className="skip-link" href={hash || '#/'} onClick={(e) => { e.preventDefault(); main.current?.focus() }}>Skip to content</a>
        <header className="app-header">
          <a className="brand" href={href('compare')}>Synoptic</a>
          <nav aria-label="Views">
            <ul>
              {routes.filter((r) => r.nav).map((r) => (
                <li key={r.pattern}>
                  <a href={`#${r.pattern}`} aria-current={section === r.pattern || (r.pattern === '/compare' && path === '/') ? 'page' : undefined}>{r.nav}</a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="tools">
            <WorkspaceStatus />
            <button type="button" onClick={() => setSearching(true)} aria-keyshortcuts="/ Control+K">
              Search <kbd>/</kbd>
            </button>
            <button type="button" onClick={() => setProjector(!projector)} aria-pressed={projector} aria-keyshortcuts="p">
              Projector <kbd>P</kbd>
            </button>
          </div>
        </header>
        <main id="main" ref={main} tabIndex={-1}>
          {View && match ? <Suspense fallback={<p className="loading">Loading…</p>}><View params={match.params} rest={match.rest} /></Suspense> : null}
        </main>
        <CorpusMessages />
        {searching && <SearchDialog onClose={() => setSearching(false)} />}
      </DisplayContext.Provider>
    </WorkspaceContext.Provider>
  )
}

/** Which workspace the page works in, or plainly that it has none. */
function WorkspaceStatus(): ReactNode {
  const {storage} = useWorkspace()
  if (storage.host === 'none') return <span className="workspace-status none" title="Served as files only (npm run web): imports are downloaded, drafts kept in this browser">No workspace</span>
  if (storage.error) return <span className="workspace-status failed" title={storage.error}>Workspace unavailable</span>
  return <span className="workspace-status" title={storage.location}>Workspace: {storage.name}</span>
}

/** What the core said about the corpus while loading it: nothing shown when all is well. */
function CorpusMessages(): ReactNode {
  const {messages} = useWorkspace()
  if (messages.length === 0) return null
  const errors = messages.filter((m) => m.severity === 'error').length
  return (
    <footer className="corpus-messages">
      <details open={errors > 0}>
        <summary>
          {errors > 0 ? `${errors} error${errors > 1 ? 's' : ''} in the corpus` : `${messages.length} note${messages.length > 1 ? 's' : ''} about the corpus`}
          {errors > 0 && messages.length > errors ? ` (and ${messages.length - errors} other messages)` : ''}
        </summary>
        <ul>
          {messages.map((m, i) => <li key={i} className={`message-${m.severity}`}><code>{formatMessage(m)}</code></li>)}
        </ul>
      </details>
    </footer>
  )
}
