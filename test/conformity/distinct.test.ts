// A provision found wanting in two readings of a framework (as it stands, and with a draft applied) is one finding,
// in the core, so the CLI's check and the views list the same findings.
import {describe, expect, test} from 'vitest'
import {checkCorpus, distinctFindings, loadRules, type Finding} from '../../src/conformity/index.ts'
import {shippedCorpus} from '../corpus/shipped-corpus.ts'

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'r', title: 'T', status: 'harmonization', provision: 'md-4277/art-10/item-1', instrument: 'md-4277', standards: [], reason: '', recommendation: '',
  match: {start: 0, end: 4, text: 'fine'}, ...over
} as Finding)

describe('distinct findings', () => {
  test('the same rule, status, provision and match are kept once; another match, rule or a finding without provision is not merged', () => {
    const a = finding({framework: 'social-security'})
    const b = finding({framework: 'social-security', instrument: 'annex-1'})
    const other = finding({match: {start: 10, end: 14, text: 'fine'}})
    const gap1 = finding({provision: null, status: 'gap'})
    const gap2 = finding({provision: null, status: 'gap'})
    expect(distinctFindings([a, b, other, gap1, gap2])).toEqual([a, other, gap1, gap2])
  })

  test('checkCorpus on the shipped corpus lists each finding once, Decision 4277 article 10 items 1 and 2 (read for the law and for Annex 1) among them', () => {
    const shipped = shippedCorpus()
    const rules = loadRules(shipped.sources).value
    const findings = checkCorpus(shipped.corpus, rules)
    const keys = findings.filter((f) => f.provision).map((f) => [f.rule, f.status, f.provision, f.match?.start].join('|'))
    expect(new Set(keys).size).toBe(keys.length)
    const art10 = findings.filter((f) => f.status === 'harmonization' && /^md-4277\/art-10\/item-[12]$/u.test(f.provision ?? ''))
    expect(art10.map((f) => f.provision).sort()).toEqual(['md-4277/art-10/item-1', 'md-4277/art-10/item-2'])
  })
})
