#!/usr/bin/env node
// Entry point of `npm run -s synoptic -- <command>`. Exit codes: 0 done, 1 failed, 2 wrong usage.
import {fileURLToPath} from 'node:url'
import {resolve} from 'node:path'
import {runCli} from './run.ts'

// `synoptic list | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

const shippedCorpus = resolve(fileURLToPath(new URL('../../corpus', import.meta.url)))

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  defaultCorpus: shippedCorpus,
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n')
})
process.exitCode = code
