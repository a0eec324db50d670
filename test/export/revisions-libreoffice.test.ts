import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {runCli} from '../../src/cli/run.ts'
import {articlesOf, inlineToText, type Provision} from '../../src/model/index.ts'
import {annex1, root} from './fixtures.ts'
import {reviseAll, textOf} from './libreoffice-revisions.ts'

const dir = mkdtempSync(join(tmpdir(), 'synoptic-revise-'))
const cli = (...argv: Array<string>) => runCli(argv, {cwd: root, defaultCorpus: join(root, 'corpus'), out: () => undefined, err: () => undefined})

/** The paragraphs of each article: from its heading to the next, by the heading's first words. */
function byArticle(lines: ReadonlyArray<string>): Map<string, Array<string>> {
  const out = new Map<string, Array<string>>()
  let current: Array<string> | undefined
  for (const line of lines) {
    const m = /^(Article \d+|New Article)\b/u.exec(line)
    if (m) {
      const key = m[1] === 'New Article' ? `${line}` : m[1]!
      out.set(key, (current = [line]))
    } else if (current && line.trim() !== '') current.push(line)
  }
  return out
}

const flat = (list: ReadonlyArray<Provision>): Array<string> =>
  list.flatMap((p) => [`${p.type === 'item' && p.label ? `${p.label}\t` : ''}${inlineToText(p.content)}`, ...(p.type === 'item' ? flat(p.children) : [])])

describe('tracked changes, resolved by LibreOffice itself', () => {
  test('Accept All gives the clean export, Reject All the base law, paragraph for paragraph', async () => {
    const track = join(dir, 'track.docx')
    const clean = join(dir, 'clean.docx')
    expect(await cli('export', 'annex-1', '--format', 'docx', '--mode', 'track-changes', '--date', '2023-06-04', '-o', track)).toBe(0)
    expect(await cli('export', 'annex-1', '--format', 'docx', '--mode', 'clean', '-o', clean)).toBe(0)
    const accepted = byArticle(await reviseAll(track, 'accept'))
    const cleanText = byArticle(await textOf(clean))
    expect(accepted.size).toBe(8)
    for (const [article, lines] of accepted) expect(lines, article).toEqual(cleanText.get(article))

    const rejected = byArticle(await reviseAll(track, 'reject'))
    const {base} = annex1()
    for (const number of ['110', '111', '112']) {
      const article = articlesOf(base).find((a) => a.number === number)!
      const lines = rejected.get(`Article ${number}`)!
      expect(lines[0]!.trim(), number).toBe(`Article ${number}${article.heading ? ` ${article.heading}` : ''}`.replace(/\.\s/u, ' '))
      // The law's words, no empty or merged paragraph (bold the review added is not the law's and is not compared).
      expect(lines.slice(1), number).toEqual(flat(article.children))
    }
  }, 240_000)
})
