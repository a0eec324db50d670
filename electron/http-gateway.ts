// The browser fallback's door to the workspace: the operations of the contract over loopback HTTP, answered by the
// same dispatch (schemas, handlers, store) as the desktop's IPC gateway. Only the transport differs, so the checks
// a window gets for free in Electron are made here on every request:
// - Host is 127.0.0.1:<port> or localhost:<port>, so a rebound DNS name never reaches the API;
// - Origin, when the browser sends one, is this server's own; an API write must send it;
// - every API request carries the per-run token in a header (a cross-site page cannot add one without a CORS
//   preflight, which is never granted), compared in constant time;
// - bodies are JSON, capped in size, and checked against the contract's schemas.
import {createHash, randomBytes, timingSafeEqual} from 'node:crypto'
import type {IncomingMessage, ServerResponse} from 'node:http'
import {maxDocumentBytes, operations, type BridgeResult, type EventPayload, type OperationName} from '../src/ipc/index.ts'
import {dispatchOperation, type OperationHandlers} from './ipc.ts'

/** The header that carries the token. */
export const tokenHeader = 'x-synoptic-token'

/** Where the API lives: POST /api/<operation>, GET /api/events (server-sent events). */
export const apiPrefix = '/api/'

/**
 * The operations a browser page may use. The others are native (a save dialog, the file manager, the system
 * browser): a page exports by download and opens links itself.
 */
export const servedOperations: ReadonlyArray<OperationName> = ['openWorkspace', 'listDocuments', 'readDocument', 'saveDocument']

/** A document of 8 M characters, each up to 3 bytes of UTF-8 and JSON-escaped at worst 6: the largest honest body. */
export const maxRequestBytes = maxDocumentBytes * 6 + 64 * 1024

/** A new token for one run of the server: 256 random bits. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** True when two tokens are equal, in time that does not depend on where they differ. */
export function sameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest()
  return timingSafeEqual(digest(given), digest(expected)) && given.length === expected.length
}

/** The Host values this server answers to. */
export function allowedHosts(port: number): Array<string> {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

/** Why a request is refused on its Host, Origin or Fetch metadata before anything else; undefined when it may go on. */
export function refusalOfRequest(request: IncomingMessage, port: number): string | undefined {
  const host = request.headers.host
  if (!host || !allowedHosts(port).includes(host.toLowerCase())) return `the Host ${JSON.stringify(host ?? '')} is not this server`
  const origin = request.headers.origin
  if (origin !== undefined && !allowedHosts(port).map((h) => `http://${h}`).includes(origin.toLowerCase())) return `the page of ${origin} is not this app`
  const site = request.headers['sec-fetch-site']
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return `the request comes from another site (${site})`
  return undefined
}

/** The workspace's change events, as the desktop operations report them. */
export type ChangeListener = (change: EventPayload<'workspaceChange'>) => void

export interface HttpGatewayOptions {
  handlers: OperationHandlers
  token: string
  /** The port the server listens on (known once it listens). */
  port: () => number
  /** Subscribes to the workspace's changes made by someone else; returns the function that stops listening. */
  onWorkspaceChange: (listener: ChangeListener) => () => void
  log?: (line: string) => void
}

/** Headers of every API answer: JSON, never cached, never sniffed, never framed. No CORS header, ever. */
function apiHeaders(type = 'application/json; charset=utf-8'): Record<string, string> {
  return {'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY'}
}

function answer(response: ServerResponse, status: number, body: BridgeResult<unknown>): void {
  response.writeHead(status, apiHeaders()).end(JSON.stringify(body))
}

function refuse(response: ServerResponse, status: number, message: string): void {
  answer(response, status, {ok: false, error: {code: status === 413 ? 'too-large' : status === 400 ? 'invalid-request' : 'refused', message}})
}

/** Reads a request body up to `limit` bytes; undefined when it is longer (the connection is then closed). */
async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const declared = Number(request.headers['content-length'] ?? '0')
  if (declared > limit) return undefined
  const chunks: Array<Buffer> = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.byteLength
    if (size > limit) return undefined
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/**
 * Answers a request under /api/ (call it after `refusalOfRequest` let the request through). Resolves when the
 * answer is sent; the event stream stays open until the page goes.
 */
export function createHttpGateway(options: HttpGatewayOptions): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const {log} = options
  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const name = url.pathname.slice(apiPrefix.length)
    const token = request.headers[tokenHeader]
    if (!sameToken(typeof token === 'string' ? token : undefined, options.token)) {
      log?.(`${request.method} ${url.pathname}: refused: no valid token`)
      refuse(response, 403, 'Refused: this page does not hold the token of this run of the server. Open the address `npm start` printed.')
      return
    }
    if (name === 'events') {
      if (request.method !== 'GET') {
        response.writeHead(405, {...apiHeaders(), allow: 'GET'}).end()
        return
      }
      streamEvents(response, options)
      return
    }
    if (!(servedOperations as ReadonlyArray<string>).includes(name)) {
      refuse(response, 404, `${name} is not an operation the browser may use.`)
      return
    }
    if (request.method !== 'POST') {
      response.writeHead(405, {...apiHeaders(), allow: 'POST'}).end()
      return
    }
    // A browser sends Origin with every POST; one without it did not come from a page of this app.
    if (request.headers.origin === undefined) {
      refuse(response, 403, 'Refused: a request that changes the workspace must come from the app’s page.')
      return
    }
    if (!/^application\/json(?:;|$)/iu.test(request.headers['content-type'] ?? '')) {
      refuse(response, 415, 'Refused: the request body must be JSON.')
      return
    }
    const body = await readBody(request, maxRequestBytes)
    if (body === undefined) {
      // The rest of the body is not read: the connection closes once the refusal is sent.
      response.setHeader('connection', 'close')
      refuse(response, 413, `The request is larger than ${Math.round(maxRequestBytes / 1048576)} MB.`)
      return
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(body.toString('utf8'))
    } catch {
      refuse(response, 400, `The body of ${operations[name as OperationName].channel} is not JSON.`)
      return
    }
    answer(response, 200, await dispatchOperation(name as OperationName, options.handlers, parsed, log))
  }
}

/** Server-sent events: each change someone else made to the workspace, and a comment now and then to keep it open. */
function streamEvents(response: ServerResponse, options: HttpGatewayOptions): void {
  response.writeHead(200, {...apiHeaders('text/event-stream; charset=utf-8'), connection: 'keep-alive'})
  response.write(': synoptic workspace events\n\n')
  const stop = options.onWorkspaceChange((change) => {
    response.write(`event: workspace-changed\ndata: ${JSON.stringify(change)}\n\n`)
  })
  const beat = setInterval(() => response.write(': still here\n\n'), 15_000)
  response.on('close', () => {
    clearInterval(beat)
    stop()
  })
}
