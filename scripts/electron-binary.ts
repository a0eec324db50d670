// Whether Electron's own program is installed. The `electron` npm package downloads it on first use, from the web;
// where that cannot happen (an offline install, a build machine without network) the package is there but the
// program is not. This looks without triggering the download: `require('electron')` would try it.
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

export type ElectronBinary = {found: true; path: string; version: string} | {found: false; reason: string}

/** Finds the Electron executable of the installed `electron` package (or ELECTRON_OVERRIDE_DIST_PATH). */
export function findElectronBinary(fromDir: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  let packageDir: string
  try {
    packageDir = dirname(createRequire(join(fromDir, 'package.json')).resolve('electron/package.json'))
  } catch {
    return {found: false, reason: 'the electron package is not installed (run npm install)'}
  }
  const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {version: string}).version
  const pathFile = join(packageDir, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, executable ?? 'electron')
    return existsSync(path) ? {found: true, path, version} : {found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron program (${path})`}
  }
  if (executable === undefined) {
    return {found: false, reason: `the Electron ${version} program was never downloaded (no ${join(packageDir, 'path.txt')}; it needs network access)`}
  }
  const path = join(packageDir, 'dist', executable)
  return existsSync(path) ? {found: true, path, version} : {found: false, reason: `the Electron ${version} program is missing (${path})`}
}
