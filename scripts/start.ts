// `npm start [-- --workspace <dir>]`: the desktop app when Electron's program is installed; otherwise one line saying
// why, and the same app served to the browser (on PORT when set) with the workspace, at an address to open that
// carries this run's token. The workspace is --workspace, else SYNOPTIC_WORKSPACE, else the desktop's default one.
import {spawn} from 'node:child_process'
import {homedir} from 'node:os'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {buildElectron, projectDir} from './build-electron.ts'
import {findElectronBinary} from './electron-binary.ts'
import {buildRenderer, serveRenderer} from './serve-renderer.ts'

let values: {workspace?: string | undefined; browser?: boolean | undefined; 'no-build'?: boolean | undefined}
try {
  values = parseArgs({options: {workspace: {type: 'string'}, browser: {type: 'boolean'}, 'no-build': {type: 'boolean'}}}).values
} catch (error) {
  process.stderr.write(`start: ${(error as Error).message}\nUsage: npm start [-- --workspace <dir>] [--browser] [--no-build]\n`)
  process.exit(2)
}
const named = values.workspace ?? process.env.SYNOPTIC_WORKSPACE
const workspace = named ? resolve(named) : undefined
const electron = values.browser ? {found: false as const, reason: '--browser was given'} : findElectronBinary(projectDir)
const rawPort = process.env.PORT ?? '5173'
const port = Number(rawPort)

/** Where Electron keeps the app's data (app.getPath('userData') for the name `synoptic`), so both modes share a workspace. */
function userDataDir(): string {
  if (process.env.SYNOPTIC_USER_DATA) return resolve(process.env.SYNOPTIC_USER_DATA)
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'synoptic')
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'synoptic')
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'synoptic')
}

if (electron.found) {
  await buildRenderer()
  await buildElectron({development: process.env.SYNOPTIC_DEV === '1'})
  // Chromium will not start as root with its process sandbox; say so rather than fail (the page stays sandboxed).
  const asRoot = process.platform === 'linux' && process.getuid?.() === 0
  if (asRoot) process.stdout.write('Running as root: starting Electron with --no-sandbox (run as a normal user to keep the process sandbox).\n')
  const env = {...process.env, ELECTRON_RUN_AS_NODE: undefined, ...(workspace ? {SYNOPTIC_WORKSPACE: workspace} : {})}
  const child = spawn(electron.path, [...(asRoot ? ['--no-sandbox'] : []), projectDir], {stdio: 'inherit', env})
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal)
  process.on('SIGINT', forward('SIGINT'))
  process.on('SIGTERM', forward('SIGTERM'))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
} else {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`start: PORT must be a whole number from 0 to 65535, not "${rawPort}"\n`)
    process.exit(2)
  }
  process.stdout.write(`Electron is not available: ${electron.reason}. Opening Synoptic in the browser instead.\n`)
  if (!values['no-build']) await buildRenderer()
  const folder = workspace ?? join(userDataDir(), 'Workspace')
  try {
    const running = await serveRenderer({port, workspace: folder, log: (line) => process.stderr.write(`synoptic: ${line}\n`)})
    for (const note of running.workspace?.recovered ?? []) if (note.action !== 'discarded') process.stdout.write(`Recovered: ${note.detail}\n`)
    process.stdout.write(`Workspace: ${folder}\n`)
    process.stdout.write(`Open ${running.url} in your browser (Ctrl+C to stop). The address holds this run's key: do not share it.\n`)
    const stop = (): void => void running.close().then(() => process.exit(0))
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    process.stderr.write(code === 'EADDRINUSE' ? `start: port ${port} is in use; set another with PORT=<n> npm start\n` : `start: ${(error as Error).message}\n`)
    process.exit(1)
  }
}
