// The desktop workspace store (electron/workspace): what an atomic, flushed save costs, and opening and listing
// a workspace of many drafts. Listing reads front matter only; reading parses the whole file (the core's parser). Runs on the temporary folder's disk; figures vary with it.
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {openWorkspace} from '../../electron/workspace/index.ts'
import type {FileVersion} from '../../src/ipc/index.ts'
import {syntheticCorpus} from '../synthetic.ts'
import {time} from '../timing.ts'

export const name = 'workspace'

export async function run(): Promise<Record<string, number | string>> {
  const root = mkdtempSync(join(tmpdir(), 'synoptic-bench-ws-'))
  try {
    const {workspace} = await openWorkspace(root)
    const files = syntheticCorpus({articles: 2000})
    const biggest = files.reduce((a, b) => (b.text.length > a.text.length ? b : a))
    const small = biggest.text.slice(0, 20_000)
    const ref = {kind: 'draft', file: 'bench.md'} as const
    let version: FileVersion | null = null
    let n = 0
    const save = async (text: string) => {
      const result = await workspace.save(ref, `${text}\n<!-- ${n++} -->\n`, {expected: version, overwrite: false})
      if (result.status !== 'saved') throw new Error('unexpected conflict')
      version = result.version
    }
    const saveSmall = await time(() => save(small), 20)
    const saveBig = await time(() => save(biggest.text), 5)
    for (let i = 0; i < 200; i++) await workspace.save({kind: 'draft', file: `draft-${i}.md`}, small, {expected: null, overwrite: false})
    const read = await time(() => workspace.read({kind: 'draft', file: 'draft-0.md'}), 3)
    const list = await time(() => workspace.list(), 3)
    const open = await time(() => openWorkspace(root), 3)
    return {
      save_ms_20kb_draft: saveSmall,
      save_ms_largest_synthetic_instrument: saveBig,
      largest_synthetic_instrument_kb: Math.round(biggest.text.length / 1024),
      read_and_parse_ms_20kb_draft: read,
      list_ms_200_drafts: list,
      open_ms_200_drafts: open
    }
  } finally {
    rmSync(root, {recursive: true, force: true})
  }
}
