// Ids are given in one stage: the parser leaves them to assignIds, which gives every one once the body is read.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'
import {assignIds, parseInstrument} from '../../src/corpus/index.ts'
import type {Instrument} from '../../src/model/index.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** The instrument with every id emptied. */
function withoutIds(instrument: Instrument): Instrument {
  return JSON.parse(JSON.stringify(instrument, (key, value) => (key === 'id' && typeof value === 'string' && value !== instrument.id ? '' : value))) as Instrument
}

test('every id of a parsed file is the one assignIds gives its tree', () => {
  const dir = join(root, 'corpus')
  const files = (readdirSync(dir, {recursive: true}) as Array<string>).filter((f) => f.endsWith('.md') && !f.endsWith('README.md'))
  expect(files.length).toBeGreaterThan(8)
  for (const file of files) {
    const parsed = parseInstrument(readFileSync(join(dir, file), 'utf8'), file).value!
    const again = withoutIds(parsed)
    assignIds(again)
    expect(again, file).toEqual(parsed)
  }
})

test('a draft\'s new articles follow the article before them, or the one they name', () => {
  const text = '---\nid: d\ntitle: D\nkind: draft\nbase: law\njurisdiction: LA\nlanguage: en\nsource: s\n---\n\n' +
    '## Article 3\n\nx\n\n## New Article A\n\ny\n\n## New Article B\n\n> after: art-1\n\nz\n\n## New Article C\n\nw\n'
  const {value, messages} = parseInstrument(text, 'd.md')
  expect(messages).toEqual([])
  expect(value!.body.map((a) => [a.id, a.type === 'article' ? a.after : undefined])).toEqual([
    ['d/art-3', undefined], ['d/art-new-1', 'law/art-3'], ['d/art-new-2', 'law/art-1'], ['d/art-new-3', 'd/art-new-2']
  ])
})
