import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {runCli} from '../../src/cli/run.ts'
import {pdfText, root} from './fixtures.ts'
import {docxWords, internalIdsIn} from './internal-ids.ts'

async function cli(...argv: Array<string>) {
  let err = ''
  const code = await runCli(argv, {cwd: root, defaultCorpus: join(root, 'corpus'), out: () => undefined, err: (t) => void (err += t + '\n')})
  return {code, err}
}

const dir = mkdtempSync(join(tmpdir(), 'synoptic-ids-'))

/** What a reader of the file sees, whatever its format. */
async function words(file: string): Promise<string> {
  if (file.endsWith('.docx')) return docxWords(new Uint8Array(readFileSync(file)))
  if (file.endsWith('.pdf')) return pdfText(file)
  return readFileSync(file, 'utf8')
}

describe('no exported document shows an internal id', () => {
  test('the helper finds ids when they are there', () => {
    expect(internalIdsIn('Article 113 of ssl-2018 is not available; article 25, item item-nn-2').sort()).toEqual(['item-nn-2', 'ssl-2018'])
    expect(internalIdsIn('C81, Article 12(1)(a); Decision No. 4139, Article 18(2); Labour Law, Article 25, second bullet')).toEqual([])
  })

  const drafts: Array<[string, Array<string>]> = [
    ['redline.docx', ['--format', 'docx', '--mode', 'redline']],
    ['track.docx', ['--format', 'docx', '--mode', 'track-changes']],
    ['clean.docx', ['--format', 'docx', '--mode', 'clean']],
    ['redline.pdf', ['--format', 'pdf', '--mode', 'redline']],
    ['redline.md', ['--format', 'md', '--mode', 'redline']],
    ['track.md', ['--format', 'md', '--mode', 'track-changes']]
  ]
  test.each(drafts)('the draft as %s', async (name, args) => {
    const file = join(dir, name)
    const {code, err} = await cli('export', 'annex-1', ...args, '-o', file)
    expect(code, err).toBe(0)
    expect(internalIdsIn(await words(file))).toEqual([])
  }, 120_000)

  test.each([['tables.docx', 'docx'], ['tables.pdf', 'pdf']])('the comparison tables as %s', async (name, format) => {
    const file = join(dir, name)
    const {code, err} = await cli('export-table', 'all', '--format', format, '-o', file)
    expect(code, err).toBe(0)
    expect(internalIdsIn(await words(file))).toEqual([])
  }, 120_000)

  test.each([['memo.docx', 'docx'], ['memo.pdf', 'pdf']])('the findings memo as %s', async (name, format) => {
    const file = join(dir, name)
    const {code, err} = await cli('export-memo', '--format', format, '-o', file)
    expect(code, err).toBe(0)
    expect(internalIdsIn(await words(file))).toEqual([])
  }, 120_000)

  test.each([
    ['assessment-labour.docx', 'labour', 'docx'], ['assessment-social-security.pdf', 'social-security', 'pdf'], ['assessment-two.docx', 'll-2013+md-4277', 'docx']
  ])('the whole-law assessment as %s', async (name, target, format) => {
    const file = join(dir, name)
    const {code, err} = await cli('assess', target, '--format', format, '-o', file)
    expect(code, err).toBe(0)
    expect(internalIdsIn(await words(file))).toEqual([])
  }, 120_000)
})
