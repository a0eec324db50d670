// The inspectorate families (moratoria and exemptions, C81 12(1)(a) and 16; the status of inspectors, C81 6; reports,
// C81 19 to 21 and the report valid only once the employer signs it) on the wordings of inspectorate-wordings.ts,
// written for this round and not rows of the development set: each conflict draws the named rule, each trap none.
import {describe} from 'vitest'
import {flagged, secondFlagged, secondFoundSince, secondTraps, sixthFlagged, sixthProbesFlagged, sixthProbesTraps, sixthTraps, thirdFlagged, thirdTraps, traps} from './inspectorate-wordings.ts'
import {testWordings} from './shipped-rules.ts'

describe('inspectorate families', () => {
  testWordings(flagged, traps)
  testWordings(secondFlagged, secondTraps, 'second set, ')
  testWordings(thirdFlagged, thirdTraps, 'third set, ')
  testWordings(secondFoundSince, [], 'second set, found since, ')
  testWordings(sixthFlagged, sixthTraps, 'sixth set, ')
  testWordings(sixthProbesFlagged, sixthProbesTraps, 'sixth set, probes, ')
  // staff assigned to the inspection are inspectors, so their contracts are in the inspection context; a worker's
  // probation or contract of employment, which "terminated" keeps out, still draws nothing
  testWordings(
    [['discretionary-dismissal', 'The contract of a contractual agent assigned to labour inspection may be terminated by the Minister at any time, without a reason being stated.']],
    [
      'The contract of employment of a worker on probation may be terminated by either party at any time without notice.',
      'The contract of an employee assigned to the inspection of goods may be terminated with one month\'s notice.',
    ],
    'assigned to inspection, ',
  )
})
