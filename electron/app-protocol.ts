// The renderer bundle is served from disk under its own origin, synoptic://app/, rather than file://: a file://
// page may read any local file the user can, while this origin can reach only the bundle's folder.
import {readFile} from 'node:fs/promises'
import {extname, resolve, sep} from 'node:path'
import {isAppUrl} from './app-origin.ts'
import {contentSecurityPolicy} from './csp.ts'

export {appEntryUrl, appHost, appScheme, isAppUrl} from './app-origin.ts'

/** The Content-Type of each file of the renderer bundle, by extension. */
export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8'
}

/** Headers every answer carries: the CSP, and no guessing of content types. */
export function securityHeaders(): Record<string, string> {
  return {'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache'}
}

/**
 * Answers requests for synoptic://app/<path> from the files under `root` (dist/renderer). Paths that would leave
 * the folder, other hosts and methods other than GET and HEAD are refused. A path without an extension gets
 * index.html, so the renderer's routes survive a reload.
 */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  const base = resolve(root)
  return async (request) => {
    const refuse = (status: number, text: string) => new Response(text, {status, headers: {...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8'}})
    if (!isAppUrl(request.url)) return refuse(404, 'Not part of the app')
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed')
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url).pathname)
    } catch {
      return refuse(400, 'Bad path')
    }
    if (pathname.includes('\0')) return refuse(400, 'Bad path')
    if (pathname === '/' || extname(pathname) === '') pathname = '/index.html'
    const file = resolve(base, '.' + pathname)
    if (!file.startsWith(base + sep)) return refuse(404, 'Not found')
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      return refuse(404, 'Not found')
    }
    const headers = {...securityHeaders(), 'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream'}
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {status: 200, headers})
  }
}
