// `npm run web [-- --port N]`: builds the renderer and serves it on 127.0.0.1 (port from --port, PORT, or 5173).
import {parseArgs} from 'node:util'
import {buildRenderer, serveRenderer} from './serve-renderer.ts'

const {values} = parseArgs({options: {port: {type: 'string'}, 'no-build': {type: 'boolean'}}})
const raw = values.port ?? process.env.PORT ?? '5173'
const port = Number(raw)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`web: --port must be a whole number from 0 to 65535, not "${raw}"\n`)
  process.exit(2)
}
if (!values['no-build']) await buildRenderer({verbose: true})
try {
  const running = await serveRenderer({port})
  process.stdout.write(`Synoptic is served at ${running.url} (Ctrl+C to stop)\n`)
  const stop = (): void => void running.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code
  process.stderr.write(code === 'EADDRINUSE' ? `web: port ${port} is in use; pick another with --port\n` : `web: ${(error as Error).message}\n`)
  process.exit(1)
}
