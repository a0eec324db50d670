// Reading rule files: every problem reported with file, line and column, in words a drafter understands.
import {describe, expect, test} from 'vitest'
import {formatMessage} from '../../src/message/index.ts'
import {checkText, loadRules} from '../../src/conformity/index.ts'

const good = `- id: prior-notice
  title: Visits announced in advance
  kind: conflict
  standards:
    - {instrument: C081, article: "12(1)(a)"}
  triggers:
    - "inform* ... (before|prior to) ... visit*"
  neutralisers:
    - "without ... notice"
  reason: Visits must be possible without notice.
  recommendation: Remove the duty to announce visits.
  examples:
    match: ["Inform the employer before the visit."]
    no-match: ["Inform nobody; enter without notice before the visit."]
`

function load(text: string, path = 'rules/test.yaml') {
  const result = loadRules([{path, text}])
  return {rules: result.value, lines: result.messages.map(formatMessage)}
}

describe('loadRules', () => {
  test('reads a rule with every field a drafter writes', () => {
    const {rules, lines} = load(good)
    expect(lines).toEqual([])
    expect(rules).toHaveLength(1)
    const rule = rules[0]!
    expect(rule).toMatchObject({
      id: 'prior-notice', kind: 'conflict', scope: 'provision', frameworks: ['labour', 'social-security'],
      standards: [{instrument: 'C081', article: '12(1)(a)'}], file: 'rules/test.yaml'
    })
    expect(rule.triggers.map((t) => t.source)).toEqual(['inform* ... (before|prior to) ... visit*'])
    expect(rule.position.start.line).toBe(1)
    expect(checkText('Inform the employer before the visit.', rules).map((f) => f.rule)).toEqual(['prior-notice'])
  })

  test('only files under rules/ ending in .yaml are read', () => {
    expect(loadRules([{path: 'data/fines.yaml', text: good}, {path: 'rules/x.md', text: good}]).value).toEqual([])
    expect(loadRules([{path: 'corpus/rules/x.yaml', text: good}]).value).toHaveLength(1)
  })

  test('broken YAML is reported where it breaks', () => {
    const {lines} = load('- id: x\n  title: [unclosed\n')
    expect(lines[0]).toMatch(/^rules\/test\.yaml:\d+:\d+: error: the YAML cannot be read/)
  })

  test('an unknown key is named with its line and the keys that exist', () => {
    const {rules, lines} = load(good.replace('  title:', '  tittle: x\n  title:'))
    expect(rules).toHaveLength(1)
    expect(lines).toEqual([expect.stringMatching(/^rules\/test\.yaml:2:3: error: rule "prior-notice" has an unknown key "tittle" \(the keys are: id, title, kind/)])
  })

  test('a missing key, a wrong kind and a standard without an article are reported, and the rule is left out', () => {
    const text = good.replace('  kind: conflict\n', '  kind: conflicts\n').replace('  reason: Visits must be possible without notice.\n', '').replace('{instrument: C081, article: "12(1)(a)"}', '{instrument: C081}')
    const {rules, lines} = load(text)
    expect(rules).toEqual([])
    expect(lines.join('\n')).toContain('rules/test.yaml:3:9: error: "kind" of rule "prior-notice" is "conflicts"; it must be one of: conflict, gap, conforms, harmonization')
    expect(lines.join('\n')).toContain('rule "prior-notice" lacks "reason"')
    expect(lines.join('\n')).toContain('a standard of rule "prior-notice" without an article must say in "note" why')
  })

  test('a bad pattern is reported at its column', () => {
    const {lines} = load(good.replace('"without ... notice"', '"without ... notice."'))
    // The pattern starts at column 8 (after the quote); the full stop is its 19th character: column 26.
    expect(lines).toEqual([expect.stringMatching(/^rules\/test\.yaml:9:26: error: pattern "without \.\.\. notice\." of rule "prior-notice": '\.' is not part of the pattern language/)])
  })

  test('a rule that does not do what its examples show is reported at the example', () => {
    const {lines} = load(good.replace('no-match: ["Inform nobody; enter without notice before the visit."]', 'no-match: ["Inform the employer prior to the visit."]'))
    expect(lines).toEqual([expect.stringMatching(/^rules\/test\.yaml:14:\d+: error: rule "prior-notice" matches "Inform the employer prior to the visit" in an example it should not match/)])
  })

  test('two rules with one id, and a gap satisfied by an unknown rule, are errors', () => {
    const gap = `- id: notice-gap
  title: No free entry
  kind: gap
  satisfied-by: [free-entry]
  standards: [{instrument: C081, article: "12(1)(a)"}]
  reason: r
  recommendation: r
`
    const {lines} = load(good + good + gap)
    expect(lines.join('\n')).toContain('rule id "prior-notice" is used twice; the first is at rules/test.yaml:1')
    expect(lines.join('\n')).toContain('rule "notice-gap" is satisfied by "free-entry", which is not a rule of the corpus')
  })

  test('a conflict rule without triggers and a gap rule without anything to look for are refused', () => {
    const text = `- id: a
  title: a
  kind: conflict
  standards: [{instrument: C081, article: "6"}]
  reason: r
  recommendation: r
- id: b
  title: b
  kind: gap
  standards: [{instrument: C081, article: "6"}]
  reason: r
  recommendation: r
`
    const {lines} = load(text)
    expect(lines).toEqual([
      'rules/test.yaml:1:3: error: rule "a" is a conflict rule: it needs "triggers", the words that trip it [synoptic-rules:missing-key]',
      'rules/test.yaml:7:3: error: rule "b" is a gap rule: it needs "triggers" or "satisfied-by" to recognise the provision it looks for [synoptic-rules:missing-key]'
    ])
  })
})
