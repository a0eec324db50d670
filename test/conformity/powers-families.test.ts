// The powers family (C81 12(1)(c), C129 16(1)(c): the examination closed by a list, documents seen but not copied
// or only on the employer's terms, workers questioned before a third person, samples that need the employer's leave)
// and the status concepts of the eighth round (C81 6), on the wordings of powers-wordings.ts, written for this round
// and not rows of the development set: each conflict draws the named rule, each trap none.
import {describe} from 'vitest'
import {powersFlagged, powersTraps, statusFlagged, statusTraps} from './powers-wordings.ts'
import {testWordings} from './shipped-rules.ts'

describe('powers family', () => {
  testWordings(powersFlagged, powersTraps)
  testWordings(statusFlagged, statusTraps, 'status, ')
})
