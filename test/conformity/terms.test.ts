// Terms: named groups of words (`@stop`) defined once in a `terms:` file and used by any rule's patterns.
import {describe, expect, test} from 'vitest'
import {formatMessage} from '../../src/message/index.ts'
import {checkText, compilePattern, loadRules} from '../../src/conformity/index.ts'

const terms = `terms:
  stop: "stop*|suspen*|(shut down)|(out of service)"
  authority: "minister|director*|court"
`
const rule = (trigger: string) => `- id: stop-needs-approval
  title: A stop order waits for another authority
  kind: conflict
  context: any
  standards:
    - {instrument: C081, article: "13(2)(b)"}
  triggers:
    - "${trigger}"
  reason: The measure waits.
  recommendation: Let inspectors stop work at once.
`

function load(files: Record<string, string>) {
  const result = loadRules(Object.entries(files).map(([path, text]) => ({path, text})))
  return {rules: result.value, lines: result.messages.map(formatMessage)}
}

describe('terms', () => {
  test('a term stands for its group of words wherever a pattern uses it, in any rule file', () => {
    const {rules, lines} = load({'rules/b-orders.yaml': rule('@stop ...10 approv* ...4 @authority|headquarters'), 'rules/a-terms.yaml': terms})
    expect(lines).toEqual([])
    const tripped = (text: string) => checkText(text, rules).map((f) => f.rule)
    expect(tripped('The machine may be put out of service once approved by the Director.')).toEqual(['stop-needs-approval'])
    expect(tripped('Work may be shut down only when approved by headquarters.')).toEqual(['stop-needs-approval'])
    expect(tripped('Suspension requires approval of the court.')).toEqual(['stop-needs-approval'])
    // the term's words only: "halt" is not among them
    expect(tripped('Work may be halted once approved by the Director.')).toEqual([])
    // the finding shows the words of the text, not the term's name
    const finding = checkText('The machine may be put out of service once approved by the Director.', rules)[0]!
    expect(finding.match?.text).toBe('out of service once approved by the Director')
  })

  test('matches exactly what the same group written out matches', () => {
    const map = new Map([['stop', 'stop*|suspen*|(shut down)']])
    const viaTerm = compilePattern('@stop ...4 (only after|only with) ...6 approv*', undefined, map)
    const inline = compilePattern('(stop*|suspen*|(shut down)) ...4 (only after|only with) ...6 approv*')
    expect('reason' in viaTerm).toBe(false)
    expect('reason' in inline).toBe(false)
    if ('reason' in viaTerm || 'reason' in inline) return
    expect(viaTerm.elements).toEqual(inline.elements)
    expect(viaTerm.required).toEqual(inline.required)
  })

  test('a term that is not defined is an error at the pattern, naming the term', () => {
    const {rules, lines} = load({'rules/orders.yaml': rule('@stop ...10 approv*')})
    expect(rules[0]?.triggers).toEqual([])
    expect(lines.join('\n')).toMatch(/^rules\/orders\.yaml:8:\d+: error: pattern "@stop \.\.\.10 approv\*" of rule "stop-needs-approval": "@stop" is not a defined term/m)
  })

  test('a term defined twice, badly named, empty or using another term is an error at its place', () => {
    const {lines} = load({
      'rules/terms.yaml': terms,
      'rules/more-terms.yaml': `terms:\n  stop: "halt*"\n  Bad_Name: "x"\n  empty: ""\n  nested: "@stop|cease"\n  broken: "(stop"\n`
    })
    const text = lines.join('\n')
    expect(text).toMatch(/rules\/terms\.yaml:2:3: error: the term "stop" is defined twice; the first is at rules\/more-terms\.yaml:2/)
    expect(text).toMatch(/rules\/more-terms\.yaml:3:3: error: term name "Bad_Name" must be lower case/)
    expect(text).toMatch(/rules\/more-terms\.yaml:4:\d+: error: the term "empty" is a pattern written as text/)
    expect(text).toMatch(/rules\/more-terms\.yaml:5:\d+: error: the term "nested" uses another term/)
    expect(text).toMatch(/rules\/more-terms\.yaml:6:\d+: error: the term "broken": /)
  })
})
