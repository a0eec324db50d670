// The free-entry families (C81 12(1)(a), 12(2); C129 16(1)(a)) on the wordings of free-entry-wordings.ts, written
// for the fourth round and not rows of the development set: each conflict draws the named rule, each trap none.
import {describe} from 'vitest'
import {fifthFlagged, fifthTraps, flagged, fourthFlagged, fourthTraps, secondFlagged, secondTraps, thirdFlagged, thirdTraps, traps} from './free-entry-wordings.ts'
import {testWordings} from './shipped-rules.ts'

describe('free-entry families, fourth round', () => {
  testWordings(flagged, traps)
  testWordings(secondFlagged, secondTraps, 'second set, ')
  testWordings(thirdFlagged, thirdTraps, 'third set, ')
  testWordings(fourthFlagged, fourthTraps, 'fourth set, ')
  testWordings(fifthFlagged, fifthTraps, 'fifth set, ')
})
