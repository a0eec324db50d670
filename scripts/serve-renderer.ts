// A small static file server for the built renderer (`dist/renderer`), bound to 127.0.0.1 only.
// Used by `npm run web`, by `npm start` and by the end-to-end tests (on an ephemeral port).
import {createServer, type Server} from 'node:http'
import {readFile, stat} from 'node:fs/promises'
import {extname, join, normalize, resolve, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {AddressInfo} from 'node:net'
// The browser mode serves the bundle with the same types as the desktop app's own protocol.
import {contentTypes} from '../electron/app-protocol.ts'

/** The folder `vite build` writes the renderer to. */
export const rendererDir = fileURLToPath(new URL('../dist/renderer/', import.meta.url))

/** Options of `serveRenderer`. */
export interface ServeOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number | undefined
  /** Folder to serve; default `dist/renderer`. */
  dir?: string | undefined
}

/** A running server: its address and how to stop it. */
export interface RunningServer {
  url: string
  port: number
  server: Server
  close: () => Promise<void>
}

/**
 * Serves the built renderer on 127.0.0.1. Only GET and HEAD; paths are resolved inside `dir` and anything
 * outside it is refused. Routing is in the URL hash, so every page request is for `index.html` or an asset.
 */
export async function serveRenderer(options: ServeOptions = {}): Promise<RunningServer> {
  const dir = resolve(options.dir ?? rendererDir)
  try {
    await stat(join(dir, 'index.html'))
  } catch {
    throw new Error(`no built renderer in ${dir}: run \`npx vite build\` (or \`npm run web\`, which builds first)`)
  }
  const server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, {allow: 'GET, HEAD'}).end()
        return
      }
      let path: string
      try {
        path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
      } catch {
        response.writeHead(400).end('bad request')
        return
      }
      if (path.endsWith('/')) path += 'index.html'
      const file = normalize(join(dir, path))
      if (file !== dir && !file.startsWith(dir + sep)) {
        response.writeHead(403).end('forbidden')
        return
      }
      try {
        const body = await readFile(file)
        response.writeHead(200, {
          'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-length': body.length,
          'cache-control': 'no-cache',
          'x-content-type-options': 'nosniff'
        })
        response.end(request.method === 'HEAD' ? undefined : body)
      } catch {
        response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end(`not found: ${path}`)
      }
    })()
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, '127.0.0.1', () => done())
  })
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    server,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections()
      server.close(() => done())
    })
  }
}

/** Options of `buildRenderer`. */
export interface BuildOptions {
  /** Print Vite's file list. */
  verbose?: boolean | undefined
  /** Build somewhere else than `dist/renderer` (the end-to-end tests build into a folder of their own). */
  outDir?: string | undefined
}

/** Builds the renderer with Vite's API (vite.config.ts) into `dist/renderer` or `outDir`. */
export async function buildRenderer(options: BuildOptions = {}): Promise<void> {
  const {build} = await import('vite')
  await build({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    logLevel: options.verbose ? 'info' : 'warn',
    ...(options.outDir ? {build: {outDir: options.outDir, emptyOutDir: true}} : {})
  })
}
