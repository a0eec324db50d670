// The free-entry families (C81 12(1)(a), 12(2); C129 16(1)(a)) on the wordings of free-entry-wordings.ts, written
// for the fourth round and not rows of the development set: each conflict draws the named rule, each trap none.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {checkText, loadLanguage, loadRules} from '../../src/conformity/index.ts'
import {fifthFlagged, fifthTraps, flagged, fourthFlagged, fourthTraps, secondFlagged, secondTraps, thirdFlagged, thirdTraps, traps} from './free-entry-wordings.ts'

const rulesDir = join(import.meta.dirname, '../../corpus/rules')
const sources = readdirSync(rulesDir).filter((f) => f.endsWith('.yaml')).map((f) => ({path: `rules/${f}`, text: readFileSync(join(rulesDir, f), 'utf8')}))
const {value: rules} = loadRules(sources, {language: await loadLanguage()})
const conflicts = (text: string) => checkText(text, rules).filter((f) => f.status === 'conflict').map((f) => f.rule)

describe('free-entry families, fourth round', () => {
  test.each(flagged)('%s: %s', (rule, text) => {
    expect(conflicts(text)).toContain(rule)
  })
  test.each(traps)('no conflict: %s', (text) => {
    expect(conflicts(text)).toEqual([])
  })
  test.each(secondFlagged)('second set, %s: %s', (rule, text) => {
    expect(conflicts(text)).toContain(rule)
  })
  test.each(secondTraps)('second set, no conflict: %s', (text) => {
    expect(conflicts(text)).toEqual([])
  })
  test.each(thirdFlagged)('third set, %s: %s', (rule, text) => {
    expect(conflicts(text)).toContain(rule)
  })
  test.each(thirdTraps)('third set, no conflict: %s', (text) => {
    expect(conflicts(text)).toEqual([])
  })
  test.each(fourthFlagged)('fourth set, %s: %s', (rule, text) => {
    expect(conflicts(text)).toContain(rule)
  })
  test.each(fourthTraps)('fourth set, no conflict: %s', (text) => {
    expect(conflicts(text)).toEqual([])
  })
  test.each(fifthFlagged)('fifth set, %s: %s', (rule, text) => {
    expect(conflicts(text)).toContain(rule)
  })
  test.each(fifthTraps)('fifth set, no conflict: %s', (text) => {
    expect(conflicts(text)).toEqual([])
  })
})
