import type {Finding} from './types.ts'

/**
 * The check reads each framework as it stands and again with each draft applied, so a provision of the other
 * framework (Decision 4277, article 10, item 1) is found wanting once for the Social Security Law and once for
 * Annex 1. It is one finding: the same rule, status, provision and matched words are listed once, the first kept.
 * Findings with no provision (gaps, harmonization of a whole framework) are each their own.
 */
export function distinctFindings(findings: ReadonlyArray<Finding>): Array<Finding> {
  const seen = new Set<string>()
  return findings.filter((f) => {
    if (f.provision === null) return true
    const key = [f.rule, f.status, f.provision, f.match?.start ?? ''].join('|')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
