// The check that no exported document shows a reader an internal id (`ssl-2018`, `art-113`, `item-nn-2`): a
// helper every export's test can call on the text it extracted (DOCX XML, PDF text, Markdown).
import {readFileSync} from 'node:fs'
import JSZip from 'jszip'
import {parseInstrument} from '../../src/corpus/index.ts'
import {root} from './fixtures.ts'
import {readdirSync} from 'node:fs'
import {join} from 'node:path'

/** The ids of the shipped corpus's instruments (and their aliases): `ssl-2018`, `annex-1`, `c081`, … */
export function corpusIds(): Array<string> {
  const dir = join(root, 'corpus')
  const files = (readdirSync(dir, {recursive: true}) as Array<string>).filter((p) => p.endsWith('.md') && !p.endsWith('README.md'))
  const ids = new Set<string>()
  for (const f of files) {
    const value = parseInstrument(readFileSync(join(dir, f), 'utf8'), f).value
    if (!value) continue
    ids.add(value.id)
    for (const a of value.aliases) ids.add(a)
  }
  return [...ids]
}

/** Every internal id in `text`: an instrument id as a word, or an id segment (`art-113`, `item-nn-2`, `para-1`). */
export function internalIdsIn(text: string, ids: ReadonlyArray<string> = corpusIds()): Array<string> {
  const found = new Set<string>()
  const segment = /(?<![\p{L}\p{N}-])(?:art|item|para|part|chapter|section)-[a-z0-9]+(?:[-_][a-z0-9]+)*/gu
  for (const m of text.matchAll(segment)) found.add(m[0])
  for (const id of ids) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    if (new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, 'u').test(text)) found.add(id)
  }
  return [...found]
}

/** The words of a .docx a reader sees (document, headers, footers, comments), markup removed. */
export async function docxWords(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  const parts = Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*|comments|footnotes)\.xml$/u.test(n))
  const texts = await Promise.all(parts.map((n) => zip.file(n)!.async('string')))
  return texts.map((x) => x.replace(/<w:tab\/>/gu, '\t').replace(/<\/w:p>/gu, '\n').replace(/<[^>]+>/gu, '')).join('\n')
}
