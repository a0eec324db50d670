// The hash router: `#/compare/forms-of-inspection` → the route whose pattern matches, with its parameters.
// Hash routes work unchanged when Electron loads the build from disk and when `npm run web` serves it.
import {useSyncExternalStore} from 'react'
import type {ComponentType} from 'react'

/** What a view receives: the route's named parameters (`:aspect`) and the rest of the path (`*`), decoded. */
export interface ViewProps {
  params: Record<string, string>
  /** The path segments matched by a trailing `*`, e.g. the two provision ids of `#/diff/…`. */
  rest: Array<string>
}

/** One entry of the route table. */
export interface Route {
  /** `/compare`, `/compare/:aspect`, `/diff/*`: literal segments, `:name` parameters, and an optional trailing `*`. */
  pattern: string
  view: ComponentType<ViewProps>
  /** When set, the route is listed in the navigation bar under this label (patterns without parameters only). */
  nav?: string | undefined
}

/** A route that matched the current path. */
export interface Match extends ViewProps {
  route: Route
}

/** The path in the URL hash (`#/diff/a/b` → `/diff/a/b`), `/` when there is none. The query part is dropped. */
export function currentPath(hash = window.location.hash): string {
  const path = hash.replace(/^#/, '').split('?')[0] ?? ''
  return path.startsWith('/') ? path : `/${path}`
}

/** The query parameters after `?` in the hash (`#/compare/x?row=2`). */
export function currentQuery(hash = window.location.hash): URLSearchParams {
  const at = hash.indexOf('?')
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1))
}

/** The first route whose pattern matches `path`, or undefined. */
export function matchRoute(routes: ReadonlyArray<Route>, path: string): Match | undefined {
  const segments = path.split('/').filter(Boolean).map(safeDecode)
  for (const route of routes) {
    const parts = route.pattern.split('/').filter(Boolean)
    const wild = parts.at(-1) === '*'
    const fixed = wild ? parts.slice(0, -1) : parts
    if (wild ? segments.length < fixed.length : segments.length !== fixed.length) continue
    const params: Record<string, string> = {}
    const ok = fixed.every((part, i) => {
      if (part.startsWith(':')) {
        params[part.slice(1)] = segments[i]!
        return true
      }
      return part === segments[i]
    })
    if (ok) return {route, params, rest: wild ? segments.slice(fixed.length) : []}
  }
  return undefined
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** A link target for a path: `href('compare', id)` → `#/compare/<id>` (each part encoded, `/` inside ids kept). */
export function href(...parts: Array<string>): string {
  return '#/' + parts.map((p) => p.split('/').map(encodeURIComponent).join('/')).join('/')
}

/** Navigates to a path (`/compare/x`) by setting the hash. */
export function navigate(path: string): void {
  window.location.hash = path.startsWith('#') ? path : `#${path}`
}

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The current hash, re-rendering on every change. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash)
}
