// Starting and packaging: finding Electron's program without triggering its download, `npm start` falling back
// to the browser where the program is missing, and electron-builder packaging the bundles, corpus and fonts.
// (One file, so the builds of dist/ it shares run one after another.)
import {spawn, spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {findElectronBinary} from '../../scripts/electron-binary.ts'

const projectDir = resolve(import.meta.dirname, '..', '..')
const scratch = mkdtempSync(join(tmpdir(), 'synoptic-launch-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))
const electron = findElectronBinary(projectDir)
/** Marks the fuse wire in Electron's program (@electron/fuses). */
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
if (electron.found) console.log(`Electron ${electron.version} is installed: the browser fallbacks of npm start and npm run dist are not exercised`)

/** A project folder with an `electron` package in the given state. */
function fakeProject(name: string, state: {pathTxt?: string; program?: boolean}): string {
  const dir = join(scratch, name)
  const pkg = join(dir, 'node_modules', 'electron')
  mkdirSync(join(pkg, 'dist'), {recursive: true})
  writeFileSync(join(dir, 'package.json'), '{"name": "x"}')
  writeFileSync(join(pkg, 'package.json'), '{"name": "electron", "version": "45.5.0", "main": "index.js"}')
  // Requiring this package would start a download; the detection must never do it.
  writeFileSync(join(pkg, 'index.js'), "throw new Error('the detection required electron')")
  if (state.pathTxt !== undefined) writeFileSync(join(pkg, 'path.txt'), state.pathTxt)
  if (state.program) {
    writeFileSync(join(pkg, 'dist', 'electron'), '#!/bin/sh\n')
    chmodSync(join(pkg, 'dist', 'electron'), 0o755)
  }
  return dir
}

describe('finding the Electron program', () => {
  it('finds it where the package downloaded it', () => {
    const found = findElectronBinary(fakeProject('installed', {pathTxt: 'electron', program: true}), {})
    expect(found).toEqual({found: true, path: join(scratch, 'installed', 'node_modules', 'electron', 'dist', 'electron'), version: '45.5.0'})
  })

  it('says why when it was never downloaded or has gone, without requiring the package', () => {
    const never = findElectronBinary(fakeProject('never', {}), {})
    expect(never).toMatchObject({found: false, reason: expect.stringMatching(/^the Electron 45\.5\.0 program was never downloaded/u)})
    const gone = findElectronBinary(fakeProject('gone', {pathTxt: 'electron'}), {})
    expect(gone).toMatchObject({found: false, reason: expect.stringMatching(/^the Electron 45\.5\.0 program is missing/u)})
    expect(findElectronBinary(scratch, {})).toMatchObject({found: false, reason: expect.stringMatching(/not installed/u)})
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dir = fakeProject('override', {})
    const dist = join(scratch, 'custom-dist')
    mkdirSync(dist, {recursive: true})
    writeFileSync(join(dist, 'electron'), '')
    expect(findElectronBinary(dir, {ELECTRON_OVERRIDE_DIST_PATH: dist})).toMatchObject({found: true, path: join(dist, 'electron')})
  })
})

describe('npm start', () => {
  it.skipIf(electron.found)('without the Electron program, says so in one line naming Electron and serves the app and its workspace to the browser', async () => {
    const workspace = join(scratch, 'start-workspace')
    const child = spawn('npm', ['start', '--', '--workspace', workspace], {cwd: projectDir, env: {...process.env, PORT: '0'}, detached: true, stdio: ['ignore', 'pipe', 'pipe']})
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
    try {
      const url = await new Promise<string>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no URL printed in 150 s:\n${output}`)), 150_000)
        const look = () => {
          const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}) in your browser/u.exec(output)
          if (match?.[1]) {
            clearTimeout(timer)
            done(match[1])
          }
        }
        child.stdout.on('data', look)
        void exited.then((code) => fail(new Error(`npm start exited (${code}) before serving:\n${output}`)))
      })
      const lines = output.split('\n').filter((l) => /Electron/u.test(l))
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/^Electron is not available: .+\. Opening Synoptic in the browser instead\.$/u)
      const page = await fetch(url)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain('<title>Synoptic</title>')
      expect(output).toContain(`Workspace: ${workspace}`)
      // The workspace named on the command line is the one served, to the holder of the printed token only.
      const address = new URL(url)
      const list = (token: string) => fetch(new URL('/api/listDocuments', address), {
        method: 'POST', headers: {'content-type': 'application/json', 'x-synoptic-token': token, origin: address.origin}, body: '{}'
      })
      expect((await list('not the token')).status).toBe(403)
      const listed = (await (await list(address.searchParams.get('token') ?? '')).json()) as {ok: boolean}
      expect(listed.ok).toBe(true)
      expect(readdirSync(workspace).sort()).toEqual(['.synoptic', 'comparisons', 'drafts', 'instruments'])
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
      await exited
    }
  }, 180_000)
})

describe('npm run dist', () => {
  it.skipIf(electron.found)('without the Electron program, stops with one line saying why', () => {
    const result = spawnSync('npm', ['run', '-s', 'dist'], {cwd: projectDir, encoding: 'utf8'})
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toMatch(/^dist: cannot package Synoptic: Electron is not available: .+\.$/u)
  })

  it('packages the bundles, the corpus and the fonts, and no node_modules (electron-builder --dir, with a stand-in Electron program)', async () => {
    const {buildElectron} = await import('../../scripts/build-electron.ts')
    const {buildRenderer} = await import('../../scripts/serve-renderer.ts')
    if (!existsSync(join(projectDir, 'dist', 'renderer', 'index.html'))) await buildRenderer()
    await buildElectron()
    // The packaging step copies the Electron program and flips its fuses; a stand-in carrying a fuse wire laid out
    // as Electron's (sentinel, wire version 1, length, one byte per fuse: '1' on, '0' off) checks both here.
    const standIn = join(scratch, 'electron-dist')
    mkdirSync(standIn, {recursive: true})
    const defaults = '101100010' // Electron's defaults: run as node, NODE_OPTIONS, --inspect and file:// rights on
    writeFileSync(join(standIn, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n# '), Buffer.from(fuseSentinel), Buffer.from([1, defaults.length]), Buffer.from(defaults), Buffer.from('\n')]))
    chmodSync(join(standIn, 'electron'), 0o755)
    writeFileSync(join(standIn, 'version'), 'v45.5.0')
    const out = join(scratch, 'release')
    const builder = spawnSync(
      join(projectDir, 'node_modules', '.bin', 'electron-builder'),
      ['--dir', '--linux', '--config', 'electron-builder.yml', '--publish', 'never', `-c.electronDist=${standIn}`, `-c.directories.output=${out}`],
      {cwd: projectDir, encoding: 'utf8'}
    )
    expect(builder.status, builder.stdout + builder.stderr).toBe(0)
    const resources = join(out, 'linux-unpacked', 'resources')
    const program = readFileSync(join(out, 'linux-unpacked', 'synoptic'))
    const wireAt = program.indexOf(fuseSentinel) + fuseSentinel.length + 2
    const wire = program.subarray(wireAt, wireAt + 8).toString('latin1')
    // Run as node, cookie encryption, NODE_OPTIONS, --inspect, asar integrity, only load from asar, (V8 snapshot: as
    // it was), file:// privileges.
    expect(wire).toBe('01001100')
    const asar = spawnSync(join(projectDir, 'node_modules', '.bin', 'asar'), ['list', join(resources, 'app.asar')], {encoding: 'utf8'})
    const packed = asar.stdout.split('\n').filter(Boolean)
    expect(packed).toEqual(expect.arrayContaining(['/package.json', '/dist-electron/main.js', '/dist-electron/preload.cjs', '/dist/renderer/index.html']))
    expect(packed.filter((p) => p.includes('node_modules'))).toEqual([])
    expect(packed.some((p) => /\/dist\/renderer\/assets\/.*noto-sans-lao.*\.woff2$/u.test(p))).toBe(true)
    const corpus = readdirSync(join(resources, 'corpus'), {recursive: true}) as Array<string>
    expect(corpus.filter((p) => p.endsWith('.md')).length).toBeGreaterThan(5)
    expect(readdirSync(join(resources, 'fonts', 'noto-sans-lao')).some((f) => f.endsWith('.woff2'))).toBe(true)
  }, 240_000)
})
