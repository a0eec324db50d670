// The free-entry and visit families on the non-conflicts of trap-wordings.ts: entry at any reasonable time or at
// night, the workers' and shops' hours, notice after the visit or of samples, a worker's or a patient's consent,
// notification of presence with the prejudice exception, and the same words outside inspection. A rule that fires
// on one of them again fails here; the fresh conflicts beside them must still draw their rule.
import {describe} from 'vitest'
import {firstFlagged, firstTraps, secondFlagged, secondTraps, thirdFlagged, thirdTraps} from './trap-wordings.ts'
import {testWordings} from './shipped-rules.ts'

describe('free-entry and visit traps', () => {
  testWordings(firstFlagged, firstTraps.map(([, text]) => text))
  testWordings(secondFlagged, secondTraps.map(([, text]) => text), 'second batch, ')
  testWordings(thirdFlagged, thirdTraps.map(([, text]) => text), 'third batch, ')
})
