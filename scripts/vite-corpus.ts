// A Vite plugin: the built-in corpus parsed at build time. `virtual:synoptic-corpus` is the model and the core's
// messages as JSON, so the page neither ships the parser on its start-up path nor parses Markdown before its
// first paint. Parsing is the core's (loadCorpus), as in the CLI; paths are relative to corpus/, as there.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Plugin} from 'vite'
import {loadCorpus} from '../src/corpus/index.ts'

const virtualId = 'virtual:synoptic-corpus'
const resolvedId = `\0${virtualId}`

export function bundledCorpus(corpusDir: string): Plugin {
  return {
    name: 'synoptic-corpus',
    resolveId: (source) => (source === virtualId ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined
      const paths = (readdirSync(corpusDir, {recursive: true}) as Array<string>)
        .map((p) => p.split('\\').join('/'))
        .filter((p) => p.endsWith('.md') && !/(^|\/)README\.md$/iu.test(p))
        .sort((a, b) => a.localeCompare(b))
      const files = paths.map((path) => {
        this.addWatchFile(join(corpusDir, path))
        return {path, text: readFileSync(join(corpusDir, path), 'utf8')}
      })
      const {value, messages} = loadCorpus(files)
      // JSON.parse of a string is read faster by the browser than the same object written as code.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify({corpus: value, messages}))})`
    }
  }
}
