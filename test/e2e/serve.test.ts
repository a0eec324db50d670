// The static server behind `npm run web` and `npm start`: 127.0.0.1 only, files inside its folder only.
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {request} from 'node:http'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {serveRenderer, type RunningServer} from '../../scripts/serve-renderer.ts'

let root: string
let dir: string
let server: RunningServer

/** A raw request, so paths like `/../secret` reach the server as written. */
function get(path: string, method = 'GET'): Promise<{status: number; type: string | undefined; body: string}> {
  return new Promise((resolve, reject) => {
    const req = request({host: '127.0.0.1', port: server.port, path, method}, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({status: res.statusCode ?? 0, type: res.headers['content-type'], body}))
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'synoptic-serve-'))
  dir = join(root, 'renderer')
  mkdirSync(join(dir, 'assets'), {recursive: true})
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>')
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'secret.txt'), 'outside')
  server = await serveRenderer({dir, port: 0})
})

afterAll(async () => {
  await server.close()
  rmSync(root, {recursive: true, force: true})
})

describe('serveRenderer', () => {
  test('binds 127.0.0.1 on an ephemeral port and serves index.html for /', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`)
    expect(server.port).toBeGreaterThan(0)
    const res = await get('/')
    expect(res.status).toBe(200)
    expect(res.type).toBe('text/html; charset=utf-8')
    expect(res.body).toContain('<title>t</title>')
  })

  test('serves assets with their types; HEAD has no body; other methods are refused', async () => {
    expect(await get('/assets/app.js')).toMatchObject({status: 200, type: 'text/javascript; charset=utf-8', body: 'console.log(1)'})
    expect(await get('/assets/app.js', 'HEAD')).toMatchObject({status: 200, body: ''})
    expect((await get('/', 'POST')).status).toBe(405)
    expect((await get('/missing.js')).status).toBe(404)
  })

  test('never serves a file outside its folder', async () => {
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await get(path)
      expect(res.body).not.toContain('outside')
      expect([403, 404]).toContain(res.status)
    }
  })

  test('says how to build when the folder has no renderer', async () => {
    await expect(serveRenderer({dir: root})).rejects.toThrow(/no built renderer in .*npm run web/)
  })
})
