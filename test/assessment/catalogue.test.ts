// The article catalogue of the assessment: the shipped one reads cleanly and names only real rules; a bad row is
// reported at its place.
import {expect, test} from 'vitest'
import {checkCatalogue, loadCatalogue} from '../../src/assessment/index.ts'
import {loadRules} from '../../src/conformity/index.ts'
import {formatMessage} from '../../src/message/index.ts'
import {shippedCorpus} from '../corpus/shipped-corpus.ts'

test('the shipped catalogue: every row cites C81 (or the ILO guidance), every requirement a conforms rule', () => {
  const {sources} = shippedCorpus()
  const catalogue = loadCatalogue(sources)
  expect(catalogue.messages).toEqual([])
  const rules = loadRules(sources).value
  expect(checkCatalogue(catalogue.value, new Set(rules.map((r) => r.id)))).toEqual([])
  for (const row of catalogue.value) {
    expect(row.standards.some((s) => s.instrument === 'C081' || s.instrument === 'ILO-GP-2022'), row.id).toBe(true)
    for (const r of row.requirements) for (const id of r.rules) expect(rules.find((x) => x.id === id)?.kind, `${row.id} ${id}`).toBe('conforms')
  }
})

test('a row without standards, a requirement naming no rule: file:line:column', () => {
  const text = 'articles:\n  - id: x\n    title: X\n    missing: Nothing.\n    recommendation: Do.\n  - id: y\n    title: Y\n    standards: [{instrument: C081, article: "6"}]\n    requirements: [{text: t, rules: [nope]}]\n    missing: M.\n    recommendation: R.\n'
  const read = loadCatalogue([{path: 'rules/articles.yaml', text}])
  expect(read.messages.map(formatMessage)).toEqual([
    'rules/articles.yaml:2:5: error: row "x" must name the convention articles it reports on in "standards" [synoptic-assessment:missing-key]'
  ])
  expect(checkCatalogue(read.value, new Set()).map(formatMessage)).toEqual([
    'rules/articles.yaml:6:5: error: row "y" of the catalogue names the rule "nope", which is not a rule of the corpus [synoptic-assessment:unknown-rule]'
  ])
})
