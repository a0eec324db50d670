// `npm start`: the desktop app when Electron's program is installed; otherwise one line saying why, and the same
// app served to the browser (on PORT when set), with the URL to open.
import {spawn} from 'node:child_process'
import {buildElectron, projectDir} from './build-electron.ts'
import {findElectronBinary} from './electron-binary.ts'
import {buildRenderer, serveRenderer} from './serve-renderer.ts'

const electron = findElectronBinary(projectDir)
const rawPort = process.env.PORT ?? '5173'
const port = Number(rawPort)

if (electron.found) {
  await buildRenderer()
  await buildElectron({development: process.env.SYNOPTIC_DEV === '1'})
  // Chromium will not start as root with its process sandbox; say so rather than fail (the page stays sandboxed).
  const asRoot = process.platform === 'linux' && process.getuid?.() === 0
  if (asRoot) process.stdout.write('Running as root: starting Electron with --no-sandbox (run as a normal user to keep the process sandbox).\n')
  const child = spawn(electron.path, [...(asRoot ? ['--no-sandbox'] : []), projectDir], {stdio: 'inherit', env: {...process.env, ELECTRON_RUN_AS_NODE: undefined}})
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
  await buildRenderer()
  try {
    const running = await serveRenderer({port})
    process.stdout.write(`Open ${running.url} in your browser (Ctrl+C to stop).\n`)
    const stop = (): void => void running.close().then(() => process.exit(0))
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    process.stderr.write(code === 'EADDRINUSE' ? `start: port ${port} is in use; set another with PORT=<n> npm start\n` : `start: ${(error as Error).message}\n`)
    process.exit(1)
  }
}
