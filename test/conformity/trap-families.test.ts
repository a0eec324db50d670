// The free-entry and visit families on the non-conflicts of trap-wordings.ts: entry at any reasonable time or at
// night, the workers' and shops' hours, notice after the visit or of samples, a worker's or a patient's consent,
// notification of presence with the prejudice exception, and the same words outside inspection. A rule that fires
// on one of them again fails here; the fresh conflicts beside them must still draw their rule.
import {describe, expect, test} from 'vitest'
import {
  fifthFlagged, followUpFlagged, followUpMissed, followUpTraps, fifthTraps, firstFlagged, firstTraps, fourthFlagged, fourthTraps, secondFlagged, secondTraps, seventhFlagged,
  seventhMissed, seventhStillFlagged, seventhTraps, sixthFlagged, sixthTraps, thirdFlagged, thirdTraps,
} from './trap-wordings.ts'
import {sixthRoundFlagged, sixthRoundTraps} from './sixth-round-wordings.ts'
import {conflictRules, testWordings} from './shipped-rules.ts'

describe('free-entry and visit traps', () => {
  testWordings(firstFlagged, firstTraps.map(([, text]) => text))
  testWordings(secondFlagged, secondTraps.map(([, text]) => text), 'second batch, ')
  testWordings(thirdFlagged, thirdTraps.map(([, text]) => text), 'third batch, ')
  testWordings(fourthFlagged, fourthTraps.map(([, text]) => text), 'fourth batch, ')
  testWordings(fifthFlagged, fifthTraps.map(([, text]) => text), 'fifth batch, ')
  testWordings(sixthFlagged, sixthTraps.map(([, text]) => text), 'sixth batch, ')
  // the seventh batch was not tuned on: what it still gets wrong is listed, and the rest must stay right
  testWordings(
    seventhFlagged.filter(([, text]) => !seventhMissed.includes(text)),
    seventhTraps.map(([, text]) => text).filter((text) => !seventhStillFlagged.includes(text)),
    'seventh batch, ',
  )
  testWordings(
    followUpFlagged.filter(([, text]) => !followUpMissed.includes(text)),
    followUpTraps.map(([, text]) => text),
    'follow-ups, ',
  )
  testWordings(sixthRoundFlagged, sixthRoundTraps, 'sixth round, ')
  // the held-out set's one trap fixed after it was scored: a suspension at its end
  testWordings([], [
    'The temporary suspension of routine inspections ordered in March 2020 ceased to have effect on the thirtieth of June 2020.',
    'The moratorium on inspections of small businesses is no longer in force.',
  ], 'sixth round, after the held-out set, ')
  // entry barred once the workplace has closed is a limit on the hours, not a moratorium
  test.each([
    'Inspectors may not visit a shop once it has closed for the day.',
    'The inspector shall not enter premises after closing time.',
    'No inspector shall enter any shop after it has closed for business on that day.',
  ])('closing time, working-hours-only and not inspection-moratorium: %s', (text) => {
    const rules = conflictRules(text)
    expect(rules).toContain('working-hours-only')
    expect(rules).not.toContain('inspection-moratorium')
  })
  // an hour set on entry is working-hours-only's conflict, not an inspector who cannot close premises
  test.each([
    'An inspector may not enter a workplace after the close of business.',
  ])('entry restriction, not no-stop-power: %s', (text) => {
    const rules = conflictRules(text)
    expect(rules).toContain('working-hours-only')
    expect(rules).not.toContain('no-stop-power')
  })
})
