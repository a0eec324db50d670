#!/usr/bin/env node
// `npm run -s synoptic -- <command>`: runs the CLI bundle with plain node (no TypeScript compiler at start-up).
// When the sources changed since the bundle was built (a developer editing src/), it builds a new one first, about
// a second, so what runs is always the sources as they are. SYNOPTIC_FROM_SOURCE=1 runs src/cli/main.ts through
// tsx instead, as does a failed build (the error from the sources is then the one shown).
import {pathToFileURL} from 'node:url'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {bundleEntry, buildCli, projectDir} from './cli-bundle.mjs'

async function fromSource() {
  const {register} = await import('tsx/esm/api')
  register()
  await import(pathToFileURL(join(projectDir, 'src', 'cli', 'main.ts')).href)
}

if (process.env.SYNOPTIC_FROM_SOURCE === '1') {
  await fromSource()
} else {
  let entry = bundleEntry()
  if (!existsSync(entry)) {
    try {
      entry = await buildCli({quiet: true})
    } catch {
      entry = undefined
    }
  }
  if (entry) await import(pathToFileURL(entry).href)
  else await fromSource()
}
