// The browser fallback's gateway, in-process against a real folder: the same dispatch as the desktop's IPC (same
// answers, same errors), changes on disk pushed as server-sent events, the CSP on every file, and the token
// compared whole.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {request as httpRequest} from 'node:http'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {sameToken} from '../../electron/http-gateway.ts'
import {answerRequest} from '../../electron/ipc.ts'
import {contentSecurityPolicy} from '../../electron/csp.ts'
import {serveRenderer, type RunningServer} from '../../scripts/serve-renderer.ts'

const scratch = mkdtempSync(join(tmpdir(), 'synoptic-gateway-'))
const site = join(scratch, 'site')
const workspace = join(scratch, 'workspace')
let running: RunningServer
beforeAll(async () => {
  mkdirSync(site)
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Synoptic</title>')
  running = await serveRenderer({dir: site, workspace})
})
afterAll(async () => {
  await running?.close()
  rmSync(scratch, {recursive: true, force: true})
})

const origin = () => `http://127.0.0.1:${running.port}`
const call = async (name: string, body: unknown) => {
  const response = await fetch(`${origin()}/api/${name}`, {
    method: 'POST',
    headers: {'content-type': 'application/json', 'x-synoptic-token': running.workspace?.token ?? '', origin: origin()},
    body: JSON.stringify(body)
  })
  return (await response.json()) as unknown
}

describe('the HTTP gateway of the browser fallback', () => {
  it('prints an address that carries a 256-bit token, and compares tokens whole', () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/u)
    const token = running.workspace?.token ?? ''
    expect(sameToken(token, token)).toBe(true)
    expect(sameToken(token.slice(0, -1), token)).toBe(false)
    expect(sameToken(token + 'x', token)).toBe(false)
    expect(sameToken(undefined, token)).toBe(false)
    expect(sameToken('', token)).toBe(false)
  })

  it('answers exactly as the desktop gateway does, errors included, from one dispatch', async () => {
    const handlers = running.workspace!.operations
    const ipc = (name: 'saveDocument' | 'readDocument', request: unknown) =>
      answerRequest(name, handlers, {isAppWindow: () => true}, {sender: 'page', senderFrame: {url: 'synoptic://app/index.html', parent: null}}, [request])
    const bad = {ref: {kind: 'draft', file: '../outside.md'}, text: 'x', expected: null, overwrite: false}
    expect(await call('saveDocument', bad)).toEqual(await ipc('saveDocument', bad))
    const missing = {ref: {kind: 'instrument', file: 'nowhere.md'}}
    expect(await call('readDocument', missing)).toEqual(await ipc('readDocument', missing))
    expect(await call('readDocument', missing)).toMatchObject({ok: false, error: {code: 'not-found'}})
    const saved = (await call('saveDocument', {ref: {kind: 'comparison', file: 'c.yaml'}, text: 'title: t\n', expected: null, overwrite: false})) as {ok: boolean}
    expect(saved.ok).toBe(true)
    // The native operations are not the browser's: a page downloads exports and opens links itself.
    const external = await fetch(`${origin()}/api/openExternal`, {
      method: 'POST', headers: {'content-type': 'application/json', 'x-synoptic-token': running.workspace?.token ?? '', origin: origin()}, body: '{"url":"https://www.ilo.org/"}'
    })
    expect(external.status).toBe(404)
  })

  it('pushes changes made on disk by someone else as server-sent events, to the holder of the token only', async () => {
    const refused = await fetch(`${origin()}/api/events`)
    expect(refused.status).toBe(403)
    const received = await new Promise<string>((resolve, reject) => {
      const req = httpRequest({host: '127.0.0.1', port: running.port, path: '/api/events', headers: {'x-synoptic-token': running.workspace?.token ?? ''}}, (res) => {
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/u)
        let text = ''
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString()
          if (text.includes('event: workspace-changed')) {
            req.destroy()
            resolve(text)
          }
        })
        // Once the stream is open, another program writes a document.
        setTimeout(() => writeFileSync(join(workspace, 'instruments', 'written-elsewhere.md'), '---\nid: x\n---\n'), 200)
      })
      req.on('error', reject)
      req.end()
    })
    const data = JSON.parse(/data: (.*)\n/u.exec(received)?.[1] ?? 'null') as {documents: Array<{ref: unknown}>}
    expect(data.documents.map((d) => d.ref)).toEqual([{kind: 'instrument', file: 'written-elsewhere.md'}])
  })

  it('serves every file with the app’s CSP and no CORS header', async () => {
    const page = await fetch(`${origin()}/`)
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(page.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('refuses another Host (DNS rebinding) and another Origin before the token is even looked at', async () => {
    const status = (headers: Record<string, string>) => new Promise<number>((resolve, reject) => {
      const req = httpRequest({host: '127.0.0.1', port: running.port, path: '/api/listDocuments', method: 'POST', headers: {
        'content-type': 'application/json', 'x-synoptic-token': running.workspace?.token ?? '', ...headers
      }}, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.end('{}')
    })
    expect(await status({host: `127.0.0.1:${running.port}`, origin: origin()})).toBe(200)
    expect(await status({host: `localhost:${running.port}`, origin: `http://localhost:${running.port}`})).toBe(200)
    expect(await status({host: `attacker.example:${running.port}`, origin: `http://attacker.example:${running.port}`})).toBe(403)
    expect(await status({host: `127.0.0.1:${running.port}`, origin: 'http://attacker.example'})).toBe(403)
    expect(await status({host: `127.0.0.1:${running.port}`, origin: 'null'})).toBe(403)
    expect(await status({host: `127.0.0.1:${running.port}`})).toBe(403)
  })
})
