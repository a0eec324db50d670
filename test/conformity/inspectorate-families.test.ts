// The inspectorate families (moratoria and exemptions, C81 12(1)(a) and 16; the status of inspectors, C81 6; reports,
// C81 19 to 21 and the report valid only once the employer signs it) on the wordings of inspectorate-wordings.ts,
// written for this round and not rows of the development set: each conflict draws the named rule, each trap none.
import {describe} from 'vitest'
import {flagged, secondFlagged, secondTraps, thirdFlagged, thirdTraps, traps} from './inspectorate-wordings.ts'
import {testWordings} from './shipped-rules.ts'

describe('inspectorate families', () => {
  testWordings(flagged, traps)
  testWordings(secondFlagged, secondTraps, 'second set, ')
  testWordings(thirdFlagged, thirdTraps, 'third set, ')
})
