// Bundles the main process and the preload with esbuild: main as an ES module (the package is "type": "module"),
// the preload as one CommonJS file, since a sandboxed preload cannot load other files.
import {build} from 'esbuild'
import {fileURLToPath} from 'node:url'
import {join} from 'node:path'

export const projectDir = fileURLToPath(new URL('..', import.meta.url))
/** Where the bundles go; package.json's "main" points at main.js in it. */
export const electronOutDir = join(projectDir, 'dist-electron')

export interface ElectronBuildOptions {
  outDir?: string
  /** Keep names and add source maps (development). */
  development?: boolean
}

export async function buildElectron(options: ElectronBuildOptions = {}): Promise<{main: string; preload: string}> {
  const outDir = options.outDir ?? electronOutDir
  const common = {
    bundle: true,
    platform: 'node' as const,
    target: 'node22',
    external: ['electron'],
    sourcemap: options.development ? ('inline' as const) : false,
    minify: !options.development,
    logLevel: 'warning' as const,
    absWorkingDir: projectDir
  }
  const main = join(outDir, 'main.js')
  const preload = join(outDir, 'preload.cjs')
  await build({
    ...common,
    entryPoints: [join(projectDir, 'electron', 'main.ts')],
    outfile: main,
    format: 'esm',
    // Bundled CommonJS dependencies may call require(); give the ES module one.
    banner: {js: "import {createRequire as __synopticRequire} from 'node:module'; const require = __synopticRequire(import.meta.url);"}
  })
  await build({
    ...common,
    entryPoints: [join(projectDir, 'electron', 'preload.ts')],
    outfile: preload,
    format: 'cjs',
    platform: 'browser',
    target: 'chrome140'
  })
  return {main, preload}
}
