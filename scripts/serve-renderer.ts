// The built renderer (`dist/renderer`) served on 127.0.0.1 only: static files for `npm run web` and the end-to-end
// tests, and for `npm start` where Electron cannot run, also the workspace, through the same operations and store
// as the desktop app (electron/http-gateway.ts), for the page that holds this run's token.
import {createServer, type Server} from 'node:http'
import {readFile, stat} from 'node:fs/promises'
import {extname, join, normalize, resolve, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {AddressInfo} from 'node:net'
import type {EventPayload, RecoveryNote} from '../src/ipc/index.ts'
// The browser mode serves the bundle with the same types and headers as the desktop app's own protocol.
import {contentTypes, securityHeaders} from '../electron/app-protocol.ts'
import {apiPrefix, createHttpGateway, newToken, refusalOfRequest, type ChangeListener} from '../electron/http-gateway.ts'
import {createDesktopOperations, type DesktopOperations} from '../electron/operations.ts'

/** The folder `vite build` writes the renderer to. */
export const rendererDir = fileURLToPath(new URL('../dist/renderer/', import.meta.url))

/** Options of `serveRenderer`. */
export interface ServeOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number | undefined
  /** Folder to serve; default `dist/renderer`. */
  dir?: string | undefined
  /** A workspace folder to serve to the page (created when missing); without one the page has no workspace. */
  workspace?: string | undefined
  /** Where the server's refusals and failures are logged. */
  log?: ((line: string) => void) | undefined
}

/** A running server: its address and how to stop it. */
export interface RunningServer {
  /** The address to open; with a workspace it carries the run's token (`?token=…`). */
  url: string
  port: number
  server: Server
  /** With a workspace: the run's token, what recovery did on opening it, and the operations (for tests). */
  workspace?: {token: string; recovered: Array<RecoveryNote>; operations: DesktopOperations} | undefined
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
  const served = options.workspace ? await workspaceApi(options.workspace, () => port, options.log) : undefined
  let port = 0
  const server = createServer((request, response) => {
    void (async () => {
      // Host and Origin first, for files and API alike: a rebound DNS name or another site gets nothing.
      const refusal = refusalOfRequest(request, port)
      if (refusal) {
        options.log?.(`${request.method} ${request.url}: refused: ${refusal}`)
        response.writeHead(403, {'content-type': 'text/plain; charset=utf-8'}).end(`Refused: ${refusal}.`)
        return
      }
      if (served && (request.url ?? '').startsWith(apiPrefix)) {
        await served.gateway(request, response)
        return
      }
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
          ...lowerCase(securityHeaders()),
          'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-length': body.length
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
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/${served ? `?token=${served.token}` : ''}`,
    port,
    server,
    workspace: served ? {token: served.token, recovered: served.recovered, operations: served.operations} : undefined,
    close: async () => {
      // A save under way finishes before the server goes.
      await served?.operations.current()?.idle()
      served?.stop()
      await new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      })
    }
  }
}

function lowerCase(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
}

/**
 * The workspace of the browser fallback: the desktop app's operations on a folder fixed at start (no native
 * dialogs: a page exports by download), opened now so an interrupted save of the last run is settled at once.
 */
async function workspaceApi(folder: string, port: () => number, log?: (line: string) => void) {
  const listeners = new Set<ChangeListener>()
  const operations = createDesktopOperations({
    chooseFolder: async () => undefined,
    chooseSavePath: async () => undefined,
    showItemInFolder: () => undefined,
    openInBrowser: async () => {
      throw new Error('links open in the browser itself')
    },
    workspaceChanged: (documents) => {
      const change: EventPayload<'workspaceChange'> = {documents}
      for (const listener of listeners) listener(change)
    },
    // Never written: the folder is fixed, nothing is remembered.
    settingsFile: join(resolve(folder), '.synoptic', 'browser-settings.json'),
    defaultWorkspace: resolve(folder),
    workspace: resolve(folder),
    log
  })
  const recovered = await operations.start()
  const token = newToken()
  const gateway = createHttpGateway({
    handlers: operations,
    token,
    port,
    onWorkspaceChange: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    log
  })
  return {
    token, recovered, operations, gateway,
    stop: () => {
      listeners.clear()
      operations.stop()
    }
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
