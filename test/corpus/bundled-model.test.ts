// The app's built-in corpus is parsed at build time by a Vite plugin: it must be the model the core gives.
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'
import {readSourceFiles} from '../../src/cli/corpus-files.ts'
import {loadCorpus} from '../../src/corpus/index.ts'
import {bundledCorpus} from '../../scripts/vite-corpus.ts'

test('virtual:synoptic-corpus is the shipped corpus as loadCorpus reads it, and watches its files', async () => {
  const dir = fileURLToPath(new URL('../../corpus', import.meta.url))
  const plugin = bundledCorpus(dir)
  const watched: Array<string> = []
  const resolveId = plugin.resolveId as (source: string) => string | undefined
  const load = plugin.load as (this: {addWatchFile: (f: string) => void}, id: string) => string | undefined
  const id = resolveId('virtual:synoptic-corpus')!
  const code = load.call({addWatchFile: (f) => void watched.push(f)}, id)!
  const json = /^export default JSON\.parse\((.*)\)$/su.exec(code)![1]!
  const built = JSON.parse(JSON.parse(json) as string) as unknown
  const files = (await readSourceFiles(dir)).filter((f) => f.path.endsWith('.md'))
  const {value, messages} = loadCorpus(files)
  expect(built).toEqual(JSON.parse(JSON.stringify({corpus: value, messages})))
  expect(value.instruments.length).toBeGreaterThan(5)
  expect(watched.map((f) => f.slice(dir.length + 1)).sort()).toEqual(files.map((f) => f.path).sort())
  expect(resolveId('something-else')).toBeUndefined()
})
