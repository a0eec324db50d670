// The shipped rules (corpus/rules/*.yaml), loaded with the language library as `synoptic check` loads them, once
// per test file, and the two-sided test of a family's wordings: each conflict sentence draws its rule, each trap
// draws no conflict.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {expect, test} from 'vitest'
import {checkText, loadLanguage, loadRules, type CheckTextOptions} from '../../src/conformity/index.ts'
import {corpusDir} from '../corpus/shipped-corpus.ts'

/** The rule files of the shipped corpus, with the paths the loader expects (`rules/<file>.yaml`). */
export function shippedRuleSources(): Array<{path: string; text: string}> {
  const dir = join(corpusDir, 'rules')
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({path: `rules/${f}`, text: readFileSync(join(dir, f), 'utf8')}))
}

const loaded = loadRules(shippedRuleSources(), {language: await loadLanguage()})
export const shippedRules = loaded.value
export const shippedRuleMessages = loaded.messages

/** The ids of the rules that find a conflict in `text`. */
export function conflictRules(text: string, options?: CheckTextOptions): Array<string> {
  return checkText(text, shippedRules, options).filter((f) => f.status === 'conflict').map((f) => f.rule)
}

/** `[rule, sentence]` pairs that must draw that rule, and sentences that must draw no conflict. */
export function testWordings(flagged: ReadonlyArray<readonly [string, string]>, traps: ReadonlyArray<string>, prefix = ''): void {
  test.each(flagged)(`${prefix}%s: %s`, (rule, text) => {
    expect(conflictRules(text)).toContain(rule)
  })
  test.each(traps)(`${prefix}no conflict: %s`, (text) => {
    expect(conflictRules(text)).toEqual([])
  })
}
