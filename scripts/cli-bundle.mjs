// The CLI as plain JavaScript for plain `node`: one esbuild bundle of src/cli/main.ts, split so that each command's
// module (and pdfmake, mammoth, docx with it) is a chunk loaded only when that command runs.
//
// Plain JavaScript, not TypeScript: `npm ci` builds it (the `prepare` script) and scripts/synoptic.mjs checks it
// on every run, both before anything could compile TypeScript.
//
// The bundle of a given state of the sources lives in dist-cli/<fingerprint>/, where the fingerprint is taken
// from the path, size and modification time of every file under src/, of package-lock.json and of this script:
// edit a source and the next run builds a new bundle. It sits two folders below the project, as src/cli/ does,
// so the paths that main.ts and export-files.ts work out from import.meta.url (../../corpus, ../../assets/fonts)
// hold for the bundle too.
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const projectDir = fileURLToPath(new URL('..', import.meta.url))
export const bundlesDir = join(projectDir, 'dist-cli')

/** Packages left to Node's own loader: they find their own files (binaries, fonts) from `__dirname`. */
const external = ['playwright-core', 'pdfmake', 'electron']

/**
 * A short hash of what the bundle is made from. Cheap: a stat per source file, no reading; the folders are walked
 * by hand with their entries' types, which costs about half of `readdirSync(..., {recursive: true})` and a stat of
 * every folder, at every run of the CLI.
 */
export function sourceFingerprint() {
  const lines = []
  const walk = (dir, prefix) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(path, `${prefix}${entry.name}/`)
        continue
      }
      // A link is followed, as stat follows it: a linked file counts as the file it names.
      const info = entry.isFile() || entry.isSymbolicLink() ? statSync(path, {throwIfNoEntry: false}) : undefined
      if (info?.isFile()) lines.push(`${prefix}${entry.name}\0${info.size}\0${info.mtimeMs}\n`)
    }
  }
  walk(join(projectDir, 'src'), '')
  for (const file of ['package-lock.json', 'scripts/cli-bundle.mjs']) {
    const info = statSync(join(projectDir, file), {throwIfNoEntry: false})
    lines.push(`${file}\0${info?.size}\0${info?.mtimeMs}\n`)
  }
  return createHash('sha256').update(lines.sort().join('')).digest('hex').slice(0, 16)
}

/**
 * The version of the parser, for the cache of parsed instruments (src/cli/parse-cache.ts): a hash of the
 * sources that turn Markdown into the model, and of the lock file (remark's version).
 */
function parserVersion() {
  const hash = createHash('sha256')
  for (const folder of ['src/corpus', 'src/model', 'src/message']) {
    for (const file of readdirSync(join(projectDir, folder), {recursive: true}).map(String).sort()) {
      const path = join(projectDir, folder, file)
      if (statSync(path).isFile()) hash.update(`${folder}/${file}\0`).update(readFileSync(path))
    }
  }
  hash.update(readFileSync(join(projectDir, 'package-lock.json')))
  return hash.digest('hex').slice(0, 16)
}

/** The entry file of the bundle for the sources as they are now (it may not exist yet). */
export function bundleEntry(fingerprint = sourceFingerprint()) {
  return join(bundlesDir, fingerprint, 'main.js')
}

/**
 * Builds the bundle for the sources as they are now, unless it exists, and returns its entry file. Safe when
 * several processes build at once: each builds in a folder of its own and renames it into place; the first
 * rename wins and the others drop theirs.
 */
export async function buildCli({quiet = false} = {}) {
  const fingerprint = sourceFingerprint()
  const entry = bundleEntry(fingerprint)
  if (existsSync(entry)) return entry
  const {build} = await import('esbuild')
  mkdirSync(bundlesDir, {recursive: true})
  const scratch = join(bundlesDir, `.build-${process.pid}-${Date.now()}`)
  try {
    await build({
      entryPoints: {main: join(projectDir, 'src', 'cli', 'main.ts')},
      outdir: scratch,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external,
      define: {__SYNOPTIC_PARSER_VERSION__: JSON.stringify(parserVersion())},
      // Bundled CommonJS packages (pdfmake, mammoth) call require(): give each ES module chunk one.
      banner: {js: "import {createRequire as __synopticRequire} from 'node:module'; const require = __synopticRequire(import.meta.url);"},
      chunkNames: 'chunk-[hash]',
      legalComments: 'none',
      logLevel: quiet ? 'error' : 'warning',
      absWorkingDir: projectDir
    })
    try {
      renameSync(scratch, join(bundlesDir, fingerprint))
    } catch (error) {
      // Another process put the same bundle in place first: use theirs.
      if (!existsSync(entry)) throw error
    }
  } finally {
    rmSync(scratch, {recursive: true, force: true})
  }
  removeOldBundles(fingerprint)
  return entry
}

/** Bundles of earlier sources, unused for an hour (a running command may still load chunks from its own). */
function removeOldBundles(keep) {
  const hourAgo = Date.now() - 3600_000
  for (const name of readdirSync(bundlesDir)) {
    if (name === keep) continue
    const path = join(bundlesDir, name)
    const info = statSync(path, {throwIfNoEntry: false})
    if (info && info.mtimeMs < hourAgo) rmSync(path, {recursive: true, force: true})
  }
}

// `node scripts/cli-bundle.mjs`: build now (npm's `prepare` runs this on install).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const entry = await buildCli()
  process.stdout.write(`synoptic CLI bundle: ${entry}\n`)
}
