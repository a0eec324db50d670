// The browser fallback of `npm start`, the real thing: the built renderer and the workspace served by the same
// server code `npm start` runs (a child process, so it can be killed), in Debian's Chromium. A law imported from
// Word is saved into the workspace, survives a reload and is in Instruments, search and findings; files changed on
// disk show at once; a page of another origin can neither read nor write; a server killed in the middle of a save
// loses nothing. Expected counts come from the core run on the same files.
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync} from 'node:fs'
import {createHash} from 'node:crypto'
import {createServer, request as httpRequest, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {serveRenderer} from '../../scripts/serve-renderer.ts'
import {builtRenderer} from '../renderer-build.ts'
import {readSourceFiles} from '../../src/cli/corpus-files.ts'
import {checkCorpus, loadRules} from '../../src/conformity/index.ts'
import {joinWorkspace, loadCorpus, parseInstrument} from '../../src/corpus/index.ts'
import {articlesOf} from '../../src/model/index.ts'
import {chromiumArgs, chromiumMissing, chromiumPath, pageProblems, recordProblems, waitForView} from './browser.ts'
import {startFallbackServer, type FallbackServer} from './fixtures/fallback-server.ts'

const missing = chromiumMissing()
const root = fileURLToPath(new URL('../../', import.meta.url))
const docx = join(root, '../shared/realworld/eritrea-labour-118-2001/er-labour-118-2001-fromhtml.docx')
const shots = join(root, 'test/.output/e2e/')
const scratch = missing ? '' : mkdtempSync(join(tmpdir(), 'synoptic-fallback-'))
const rendererDir = join(scratch, 'renderer')
const workspace = join(scratch, 'workspace')
const imported = join(workspace, 'instruments', 'er-labour-118-2001-fromhtml.md')
let server: FallbackServer
let browser: Browser
let evil: Server
let evilOrigin = ''

beforeAll(async () => {
  if (missing) return
  mkdirSync(shots, {recursive: true})
  await builtRenderer(rendererDir)
  server = await startFallbackServer(rendererDir, workspace)
  // evil.test and rebind.test are names for this machine, as a DNS-rebinding attacker's name would be.
  browser = await chromium.launch({executablePath: chromiumPath, args: [...chromiumArgs, '--host-resolver-rules=MAP evil.test 127.0.0.1, MAP rebind.test 127.0.0.1']})
  // Another site: its own origin, serving whatever page the test gives it.
  evil = createServer((req, res) => res.writeHead(200, {'content-type': 'text/html'}).end('<!doctype html><title>another site</title><p>another site</p>'))
  await new Promise<void>((done) => evil.listen(0, '127.0.0.1', () => done()))
  evilOrigin = `http://evil.test:${(evil.address() as AddressInfo).port}`
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await new Promise((done) => (evil ? evil.close(done) : done(undefined)))
  if (scratch) rmSync(scratch, {recursive: true, force: true})
})

async function newPage(): Promise<Page> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}})
  return recordProblems(await context.newPage())
}

async function go(page: Page, hash: string, view: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash)
  await waitForView(page, view)
}

/** What the conformity check finds on one instrument of the joined corpus, computed by the core. */
async function expectedFindings(instrument: string): Promise<number> {
  const sources = await readSourceFiles(join(root, 'corpus'))
  const bundled = loadCorpus(sources.filter((s) => s.path.endsWith('.md'))).value
  const files = readdirSync(join(workspace, 'instruments')).filter((n) => n.endsWith('.md'))
  const joined = joinWorkspace(bundled, files.map((n) => ({path: `instruments/${n}`, text: readFileSync(join(workspace, 'instruments', n), 'utf8')})))
  const rules = loadRules(sources.filter((s) => s.path.startsWith('rules/'))).value
  return checkCorpus(joined.corpus, rules).filter((f) => f.instrument === instrument).length
}

/** One HTTP request to the server with the headers given, as any program on this machine could send it. */
function raw(path: string, options: {method?: string; headers?: Record<string, string>; body?: string} = {}): Promise<{status: number; body: string; headers: Record<string, unknown>}> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers}, (res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += c.toString()))
      res.on('end', () => resolve({status: res.statusCode ?? 0, body, headers: res.headers}))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

const saveBody = (file: string, text: string) => JSON.stringify({ref: {kind: 'instrument', file}, text, expected: null, overwrite: false})

describe.skipIf(missing !== undefined)('the browser fallback of npm start, in Chromium against the real server', () => {
  test('an imported law is saved into the workspace, survives a reload, and is in Instruments, search and findings', async () => {
    const page = await newPage()
    await page.goto(server.url + '#/import')
    await waitForView(page, 'import')
    // The token leaves the address bar at once: it is kept for this tab only.
    expect(page.url()).not.toContain('token')
    await page.locator('input[type=file]').setInputFiles(docx)
    // Reading a 161-article law takes the importer a while on a loaded machine.
    await page.getByRole('button', {name: 'Save into the workspace'}).click({timeout: 150_000})
    await page.getByRole('status').filter({hasText: 'Saved as instruments/er-labour-118-2001-fromhtml.md in the workspace'}).waitFor({timeout: 20_000})
    await page.screenshot({path: join(shots, 'fallback-import-saved.png')})
    const saved = parseInstrument(readFileSync(imported, 'utf8'), 'instruments/er-labour-118-2001-fromhtml.md')
    expect(saved.value && articlesOf(saved.value)).toHaveLength(161)

    // At once, without a reload: the Instruments view has it.
    await go(page, '#/instruments', 'instruments')
    await page.getByRole('link', {name: 'The Labour Proclamation of Eritrea'}).waitFor({timeout: 10_000})

    await page.reload()
    await waitForView(page, 'instruments')
    const item = page.locator('.instrument-list li', {hasText: 'The Labour Proclamation of Eritrea'})
    expect(await item.innerText()).toContain('161 articles')
    expect(await item.locator('.tag').innerText()).toBe('workspace')
    await page.screenshot({path: join(shots, 'fallback-instruments.png')})

    await go(page, '#/instrument/er-labour-118-2001-fromhtml', 'instrument')
    expect(await page.locator('dl.facts').innerText()).toContain('instruments/er-labour-118-2001-fromhtml.md of your workspace')
    expect(await page.locator('.outline-article').count()).toBe(161)

    await page.keyboard.press('/')
    await page.getByLabel('Words to find').fill('Labour Proclamation of Eritrea No.118/2001')
    await page.locator('.search-dialog a[href^="#/article/er-labour-118-2001-fromhtml/art-1"]').first().waitFor({timeout: 10_000})
    await page.screenshot({path: join(shots, 'fallback-search.png')})
    await page.keyboard.press('Escape')

    const expected = await expectedFindings('er-labour-118-2001-fromhtml')
    expect(expected).toBeGreaterThan(0)
    await go(page, '#/findings?instrument=er-labour-118-2001-fromhtml', 'findings')
    await page.waitForFunction(() => !document.querySelector('.findings-page .pending'), undefined, {timeout: 60_000})
    await expect.poll(() => page.locator('table.findings-table tbody tr').count(), {timeout: 10_000}).toBe(expected)
    await page.screenshot({path: join(shots, 'fallback-findings.png')})
    expect(pageProblems(page)).toEqual([])
    await page.context().close()
  }, 360_000)

  test('documents another program writes, breaks or deletes show at once; a broken one in place with file:line:column and its text', async () => {
    const page = await newPage()
    await page.goto(server.url + '#/instruments')
    await waitForView(page, 'instruments')
    const other = join(workspace, 'instruments', 'er-other.md')
    const broken = join(workspace, 'instruments', 'er-broken.md')
    const good = `---\nid: er-other\ntitle: Written in another editor\nkind: law\njurisdiction: ER\nlanguage: en\nsource: typed for the test\n---\n\n## Article 1 — Purpose\n\nInspectors may enter any workplace at any time.\n`
    const bad = good.replace('id: er-other', 'id: er-broken').replace('kind: law', 'kind: lwa')
    try {
      writeFileSync(other, good)
      await page.getByRole('link', {name: 'Written in another editor'}).waitFor({timeout: 10_000})
      writeFileSync(broken, bad)
      await page.getByRole('heading', {name: 'instruments/er-broken.md is left out'}).waitFor({timeout: 10_000})
      expect(await page.getByRole('list', {name: 'Messages about instruments/er-broken.md'}).innerText()).toMatch(/^instruments\/er-broken\.md:4:7: error: /u)
      expect(await page.getByLabel('The text of instruments/er-broken.md').textContent()).toBe(bad)
      await page.getByText('Its text, as it is on disk').click()
      await page.screenshot({path: join(shots, 'fallback-broken-document.png')})
      // A copy of a built-in text is refused the same way: built-in texts are read-only.
      writeFileSync(other, good.replace('id: er-other', 'id: ll-2013'))
      await page.getByRole('heading', {name: 'instruments/er-other.md is left out'}).waitFor({timeout: 10_000})
      expect(await page.getByRole('list', {name: 'Messages about instruments/er-other.md'}).innerText()).toContain('instruments/er-other.md:2:1: error: The id `ll-2013` is already used by the built-in law ll-2013')
    } finally {
      for (const f of [other, broken]) if (existsSync(f)) unlinkSync(f)
    }
    await expect.poll(() => page.locator('.workspace-refused').count(), {timeout: 10_000}).toBe(0)
    expect(readFileSync(join(root, 'corpus', 'll-2013.md'), 'utf8')).toMatch(/^---\nid: ll-2013\n/u)
    await page.context().close()
  }, 60_000)

  test('refuses requests without the token, with a wrong one, for another Host (DNS rebinding) or from another Origin', async () => {
    const json = {'content-type': 'application/json', host: `127.0.0.1:${server.port}`, origin: `http://127.0.0.1:${server.port}`}
    const ok = await raw('/api/listDocuments', {method: 'POST', headers: {...json, 'x-synoptic-token': server.token}, body: '{}'})
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.body)).toMatchObject({ok: true})
    expect(ok.headers['access-control-allow-origin']).toBeUndefined()

    const refusals = [
      ['no token', {...json}],
      ['a wrong token', {...json, 'x-synoptic-token': server.token.slice(0, -1) + (server.token.endsWith('A') ? 'B' : 'A')}],
      ['a token one character short', {...json, 'x-synoptic-token': server.token.slice(0, -1)}],
      ['a rebound DNS name', {...json, host: `rebind.test:${server.port}`, 'x-synoptic-token': server.token}],
      ['another port', {...json, host: `127.0.0.1:${server.port + 1}`, 'x-synoptic-token': server.token}],
      ['another origin', {...json, origin: 'http://evil.test', 'x-synoptic-token': server.token}],
      ['no origin on a write', {'content-type': 'application/json', host: json.host, 'x-synoptic-token': server.token}],
      ['a cross-site fetch', {...json, 'sec-fetch-site': 'cross-site', 'x-synoptic-token': server.token}]
    ] as const
    for (const [why, headers] of refusals) {
      const answer = await raw('/api/saveDocument', {method: 'POST', headers, body: saveBody('forged.md', 'forged')})
      expect(answer.status, why).toBe(403)
    }
    // The static files are refused to a rebound name too, so its page never runs.
    expect((await raw('/', {headers: {host: `rebind.test:${server.port}`}})).status).toBe(403)
    // A form's text/plain body is not JSON; a body past the cap is refused before it is read.
    const form = await raw('/api/saveDocument', {method: 'POST', headers: {...json, 'content-type': 'text/plain', 'x-synoptic-token': server.token}, body: saveBody('forged.md', 'forged')})
    expect(form.status).toBe(415)
    const huge = await raw('/api/saveDocument', {method: 'POST', headers: {...json, 'x-synoptic-token': server.token, 'content-length': String(200 * 1024 * 1024)}})
    expect(huge.status).toBe(413)
    // The same schemas as the desktop: a path is not a document name.
    const traversal = await raw('/api/saveDocument', {method: 'POST', headers: {...json, 'x-synoptic-token': server.token}, body: saveBody('../../escaped.md', 'x')})
    expect(JSON.parse(traversal.body)).toMatchObject({ok: false, error: {code: 'invalid-request'}})
    expect(existsSync(join(workspace, 'instruments', 'forged.md'))).toBe(false)
    expect(existsSync(join(scratch, 'escaped.md'))).toBe(false)
  })

  test('a page of another origin can neither read nor write the workspace, even holding the token', async () => {
    const page = await newPage()
    await page.goto(`${evilOrigin}/`)
    const target = `http://127.0.0.1:${server.port}`
    const outcome = await page.evaluate(async ({target, token, body}) => {
      const tried: Record<string, string> = {}
      const attempt = async (name: string, run: () => Promise<Response>) => {
        try {
          const response = await run()
          tried[name] = response.type === 'opaque' ? 'opaque' : `read ${response.status}: ${(await response.text()).slice(0, 80)}`
        } catch (error) {
          tried[name] = `blocked: ${(error as Error).name}`
        }
      }
      await attempt('cors read', () => fetch(`${target}/api/listDocuments`, {method: 'POST', headers: {'content-type': 'application/json', 'x-synoptic-token': token}, body: '{}'}))
      await attempt('cors write', () => fetch(`${target}/api/saveDocument`, {method: 'POST', headers: {'content-type': 'application/json', 'x-synoptic-token': token}, body}))
      await attempt('no-cors write', () => fetch(`${target}/api/saveDocument`, {method: 'POST', mode: 'no-cors', headers: {'content-type': 'text/plain'}, body}))
      await attempt('events', () => fetch(`${target}/api/events`, {headers: {'x-synoptic-token': token}}))
      await attempt('page read', () => fetch(`${target}/`))
      // A form posted to the API, as a cross-site request forgery would.
      const form = document.createElement('form')
      form.method = 'POST'
      form.enctype = 'text/plain'
      form.action = `${target}/api/saveDocument`
      const field = document.createElement('input')
      field.name = body.slice(0, -2)
      field.value = '"}'
      form.append(field)
      const frame = document.createElement('iframe')
      frame.name = 'sink'
      document.body.append(frame)
      form.target = 'sink'
      document.body.append(form)
      form.submit()
      await new Promise((resolve) => setTimeout(resolve, 1500))
      return tried
    }, {target, token: server.token, body: saveBody('from-another-site.md', 'written by another site')})
    for (const [name, result] of Object.entries(outcome)) expect(result, name).toMatch(/^(?:blocked|opaque)/u)
    expect(existsSync(join(workspace, 'instruments', 'from-another-site.md'))).toBe(false)
    // The server saw the attempts that reached it and refused them on their Origin.
    expect(server.log()).toMatch(/refused: the page of http:\/\/evil\.test:\d+ is not this app/u)

    // DNS rebinding: a name the attacker controls, pointed at 127.0.0.1, gets no page and no API.
    const rebound = await page.goto(`http://rebind.test:${server.port}/`)
    expect(rebound?.status()).toBe(403)
    await page.context().close()
  }, 60_000)

  test('a server killed in the middle of a save loses nothing: the next start has one complete version and says what it recovered', async () => {
    const file = join(workspace, 'comparisons', 'interrupted.yaml')
    let midSave = 0
    let last = 0
    for (let round = 0; round < 6 && midSave === 0; round++) {
      const page = await newPage()
      await page.goto(server.url + '#/instruments')
      await waitForView(page, 'instruments')
      // The page saves a 2 MB document again and again through the app's own address and token.
      void page.evaluate(async ({first}) => {
        const token = sessionStorage.getItem('synoptic:server-token') ?? ''
        let expected: unknown = null
        for (let n = first; n < first + 1000; n++) {
          const text = await versionText(n)
          const answer = await fetch('/api/saveDocument', {
            method: 'POST',
            headers: {'content-type': 'application/json', 'x-synoptic-token': token},
            body: JSON.stringify({ref: {kind: 'comparison', file: 'interrupted.yaml'}, text, expected, overwrite: true})
          }).then((r) => r.json() as Promise<{ok: boolean; value?: {version?: unknown}}>)
          expected = answer.value?.version ?? null
        }
        async function versionText(n: number): Promise<string> {
          const body = `title: Saved again and again\nversion: ${n}\nrows:\n` + `  - "Version ${n}: inspectors may enter any workplace at any hour without notice."\n`.repeat(26_000)
          const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)))].map((b) => b.toString(16).padStart(2, '0')).join('')
          return `${body}# version ${n} ${digest}\n`
        }
      }, {first: last + 1}).catch(() => undefined)
      // Kill the server the moment a save is under way (its temporary file is there).
      const folder = join(workspace, 'comparisons')
      const deadline = Date.now() + 20_000
      await expect.poll(() => existsSync(file), {timeout: 20_000}).toBe(true)
      while (Date.now() < deadline && !readdirSync(folder).some((n) => n.startsWith('.'))) await new Promise((r) => setImmediate(r))
      const during = readdirSync(folder).some((n) => n.startsWith('.'))
      await server.kill()
      if (during && readdirSync(folder).some((n) => n.startsWith('.'))) midSave++
      // A kill during the round's first save leaves the last round's version: nothing lost, nothing newer yet.
      const before = versionOf(readFileSync(file, 'utf8'))
      expect(before).toBeGreaterThanOrEqual(last)
      await page.context().close()

      server = await startFallbackServer(rendererDir, workspace)
      const after = versionOf(readFileSync(file, 'utf8'))
      expect(readdirSync(folder).filter((n) => n.startsWith('.'))).toEqual([])
      for (const note of server.recovered) {
        expect(note.file).toBe('comparisons/interrupted.yaml')
        expect(note.action === 'restored' ? after === before + 1 : after === before).toBe(true)
      }
      if (midSave > 0) {
        expect(server.recovered.length).toBeGreaterThan(0)
        // The page of the new run says what was recovered, and the imported law is still there, whole.
        const next = await newPage()
        await next.goto(server.url + '#/instruments')
        await waitForView(next, 'instruments')
        const notes = await next.getByRole('list', {name: 'Recovered saves'}).innerText()
        expect(notes).toContain('comparisons/interrupted.yaml')
        await next.getByRole('link', {name: 'The Labour Proclamation of Eritrea'}).waitFor({timeout: 90_000})
        await next.screenshot({path: join(shots, 'fallback-recovered.png')})
        await next.context().close()
      }
      last = after
    }
    expect(midSave).toBe(1)
    const law = parseInstrument(readFileSync(imported, 'utf8'), 'instruments/er-labour-118-2001-fromhtml.md')
    expect(law.value && articlesOf(law.value)).toHaveLength(161)
  }, 400_000)

  test('npm run web (files only) says plainly that it has no workspace, and import downloads', async () => {
    const files = await serveRenderer({dir: rendererDir})
    try {
      const page = await newPage()
      await page.goto(files.url + '#/instruments')
      await waitForView(page, 'instruments')
      expect(await page.locator('.workspace-status').innerText()).toBe('No workspace')
      expect(await page.getByRole('note').innerText()).toContain('This page has no workspace')
      await page.screenshot({path: join(shots, 'web-no-workspace.png')})
      await go(page, '#/import', 'import')
      await page.locator('input[type=file]').setInputFiles(docx)
      await page.getByRole('button', {name: 'Download er-labour-118-2001-fromhtml.md'}).waitFor({timeout: 150_000})
      expect(pageProblems(page)).toEqual([])
      await page.context().close()
    } finally {
      await files.close()
    }
  }, 240_000)
})

/** The version number of a complete version of the saved YAML; throws on a torn or mixed one. */
function versionOf(text: string): number {
  const match = /# version (\d+) ([0-9a-f]{64})\n$/u.exec(text)
  if (!match) throw new Error(`not a complete version: ${text.length} characters, ending ${JSON.stringify(text.slice(-60))}`)
  if (createHash('sha256').update(text.slice(0, match.index)).digest('hex') !== match[2]) throw new Error(`version ${match[1]} does not match its hash`)
  return Number(match[1])
}
