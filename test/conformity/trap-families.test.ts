// The free-entry and visit families on the non-conflicts of trap-wordings.ts: entry at any reasonable time or at
// night, the workers' and shops' hours, notice after the visit or of samples, a worker's or a patient's consent,
// notification of presence with the prejudice exception, and the same words outside inspection. A rule that fires
// on one of them again fails here; the fresh conflicts beside them must still draw their rule.
import {describe, expect, test} from 'vitest'
import {
  fifthFlagged, followUpFlagged, followUpTraps, fifthTraps, firstFlagged, firstTraps, fourthFlagged, fourthTraps, secondFlagged, secondTraps, seventhFlagged,
  seventhTraps, sixthFlagged, sixthTraps, thirdFlagged, thirdTraps,
} from './trap-wordings.ts'
import {sixthRoundFlagged, sixthRoundTraps} from './sixth-round-wordings.ts'
import {conflictRules, testWordings} from './shipped-rules.ts'

/** A batch's trap sentences, without the family each is a trap for. */
const texts = (traps: ReadonlyArray<readonly [string, string]>): Array<string> => traps.map(([, text]) => text)

describe('free-entry and visit traps', () => {
  testWordings(firstFlagged, texts(firstTraps))
  testWordings(secondFlagged, texts(secondTraps), 'second batch, ')
  testWordings(thirdFlagged, texts(thirdTraps), 'third batch, ')
  testWordings(fourthFlagged, texts(fourthTraps), 'fourth batch, ')
  testWordings(fifthFlagged, texts(fifthTraps), 'fifth batch, ')
  testWordings(sixthFlagged, texts(sixthTraps), 'sixth batch, ')
  // the seventh batch was held out when written, and the follow-ups fixed what it still got wrong
  testWordings(seventhFlagged, texts(seventhTraps), 'seventh batch, ')
  testWordings(followUpFlagged, texts(followUpTraps), 'follow-ups, ')
  testWordings(sixthRoundFlagged, sixthRoundTraps, 'sixth round, ')
  // the held-out set's one trap fixed after it was scored: a suspension at its end
  testWordings([], [
    'The temporary suspension of routine inspections ordered in March 2020 ceased to have effect on the thirtieth of June 2020.',
    'The moratorium on inspections of small businesses is no longer in force.',
  ], 'sixth round, after the held-out set, ')
  // entry barred once the workplace has closed is a limit on the hours: not a moratorium, nor an inspector who
  // cannot close premises
  test.each([
    ['inspection-moratorium', 'Inspectors may not visit a shop once it has closed for the day.'],
    ['inspection-moratorium', 'The inspector shall not enter premises after closing time.'],
    ['inspection-moratorium', 'No inspector shall enter any shop after it has closed for business on that day.'],
    ['no-stop-power', 'An inspector may not enter a workplace after the close of business.'],
  ])('an hour set on entry is working-hours-only, not %s: %s', (other, text) => {
    const rules = conflictRules(text)
    expect(rules).toContain('working-hours-only')
    expect(rules).not.toContain(other)
  })
})
