// `npm run dist`: the installers of the current platform (electron-builder.yml), from the bundles and the Electron
// program installed in node_modules. Without that program there is nothing to package: say so and stop.
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {buildElectron, projectDir} from './build-electron.ts'
import {findElectronBinary} from './electron-binary.ts'
import {buildRenderer} from './serve-renderer.ts'

const electron = findElectronBinary(projectDir)
if (!electron.found) {
  process.stderr.write(`dist: cannot package Synoptic: Electron is not available: ${electron.reason}.\n`)
  process.exit(1)
}
await buildRenderer()
await buildElectron()
// electron-builder's own CLI script, run by this Node (no .cmd shim, so the same on Windows).
const builder = join(projectDir, 'node_modules', 'electron-builder', 'cli.js')
const result = spawnSync(process.execPath, [builder, '--config', 'electron-builder.yml', '--publish', 'never', ...process.argv.slice(2)], {
  cwd: projectDir,
  stdio: 'inherit'
})
process.exit(result.status ?? 1)
