// The sixth round's batch of free-entry and moratorium wordings (docs/rules.md, "Free entry and moratoria, sixth
// round"): moratoria and exemptions, prior notice in any form, hours and closing time, a superior's or another
// body's authorisation, in several traditions' styles, written and scored before the rules were changed for it.
// Half are non-conflicts: notice on arrival or of samples, exemptions from fees or taxes, a business register, a
// lifted moratorium, the workers' or the shops' hours.
// Before any change: 12 of 18 conflicts drew their rule (4 more drew another rule), 0 of 17 traps flagged.
export const sixthRoundFlagged: ReadonlyArray<readonly [string, string]> = [
  ['inspection-moratorium', 'Enterprises newly registered shall, for the first three years of their operation, be free from any inspection by the labour inspectorate.'],
  ['inspection-moratorium', 'No inspection visit shall be undertaken in an undertaking that has been granted pioneer status, save where a complaint has been lodged.'],
  ['inspection-moratorium', 'Small enterprises, that is to say those employing fewer than twenty workers, are exempted from labour inspection for a period of two years from the date of their registration.'],
  ['inspection-moratorium', 'Routine inspections are suspended for a period of eighteen months from the commencement of this Decree.'],
  ['inspection-moratorium', 'During the first four years after its establishment, an enterprise may be inspected only with the consent of the Agency for the Promotion of Investment.'],
  ['inspection-moratorium', 'Such undertakings shall not be subject to the supervision of the labour inspectorate until the fifth anniversary of their incorporation.'],
  ['inspection-moratorium', 'Undertakings entered in the inspection register as compliant shall not be inspected again for three years.'],
  ['prior-notice', 'The employer shall be advised in writing, not less than forty-eight hours in advance, of the date on which the inspector intends to call.'],
  ['prior-notice', 'Before proceeding to the premises, the labour officer shall send the proprietor a summons stating the day and hour of his visit.'],
  ['prior-notice', 'Every inspection shall be announced to the management at least three working days beforehand.'],
  ['prior-notice', 'A visit of inspection may be made only after the employer has been given reasonable notice of it.'],
  ['working-hours-only', 'No inspector shall enter any shop after it has closed for business on that day.'],
  ['working-hours-only', 'Entry by an inspector after the closing hour of the establishment is prohibited.'],
  ['working-hours-only', 'Inspections shall be carried out between the hours of eight in the morning and five in the afternoon, and at no other time.'],
  ['working-hours-only', 'An officer may exercise the power of entry only on working days and within office hours.'],
  ['visit-authorisation', 'No inspector shall enter any premises without the written authority of the Chief Labour Officer first had and obtained.'],
  ['visit-authorisation', 'Each visit of inspection shall be subject to the prior approval of the regional governor.'],
  ['visit-authorisation', 'The inspector may proceed to an inspection only upon an order in writing issued by his hierarchical superior specifying the undertaking to be visited.'],
]

export const sixthRoundTraps: ReadonlyArray<string> = [
  'On arrival, the inspector shall inform the employer or his representative of his presence, unless he considers that such notification may be prejudicial to the performance of his duties.',
  'Where samples are taken for analysis, the employer shall be notified that they have been taken.',
  'Cooperatives shall be exempt from the payment of fees for the inspection of boilers.',
  'Every employer shall keep a register of his business in which the names of all workers are entered, and shall produce it to the inspector on request.',
  'The suspension of labour inspections declared under the Emergency Decree is hereby lifted, and inspections shall resume forthwith.',
  'No worker shall be employed after closing time save where the inspector has authorised overtime in writing.',
  'Every shop shall be closed for the serving of customers not later than eight o\'clock in the evening.',
  'Inspectors may enter any workplace at any hour of the day or night, without prior notice.',
  'No authorisation from any superior authority shall be required before an inspector enters a workplace.',
  'Observations made during each visit shall be entered by the inspector in the inspection register kept at the workplace.',
  'Within seven days of the visit, the inspector shall notify the employer in writing of the contraventions found.',
  'Newly established enterprises shall be exempt from the payroll tax for their first five years.',
  'The employer shall give the inspectorate notice of the opening of any new establishment not less than thirty days before work begins.',
  'The hours of work of inspectors shall be those fixed for civil servants generally.',
  'The moratorium on inspections of small enterprises introduced in 2015 was repealed with effect from the first of January 2018.',
  'Inspection visits shall be made at such times as the inspector considers appropriate, including outside normal working hours.',
  'Shops shall close on Sundays, and the inspector shall see that this provision is observed.',
]

/**
 * Written after the rules were widened to the batch above and scored on them without any change (not asserted; the
 * next round's measure): 2 of 7 conflicts draw their rule, 2 of 7 non-conflicts draw a conflict (a suspension that
 * "ceased to have effect" draws inspection-moratorium; the purpose of the visit told on arrival draws
 * complaint-disclosure). The first trap was fixed after scoring (a suspension that ceased to have effect), so the set
 * stands at 2 of 7 and 1 of 7.
 */
export const sixthRoundHeldOut: ReadonlyArray<readonly [string | null, string]> = [
  ['working-hours-only', 'The right of entry conferred by subsection (1) shall not be exercisable at any time after the premises have been shut to the public.'],
  ['working-hours-only', 'Once the establishment has ceased work for the day, no officer shall go into it.'],
  ['prior-notice', 'Inspectors shall make known to the head of the undertaking, by registered letter, the date fixed for their visit.'],
  ['inspection-moratorium', 'Enterprises holding a certificate of good conduct are not to be inspected for a term of five years.'],
  ['inspection-moratorium', 'For the initial thirty-six months following its licensing, a hotel shall be visited by the labour inspectorate only where the Tourism Authority so agrees.'],
  ['visit-authorisation', 'No visit shall be paid to an undertaking unless the Director of Labour has signed an order to that effect.'],
  ['prior-notice', 'An inspection shall not commence until the employer has had at least two days\' notice thereof.'],
  [null, 'The employer shall, upon the inspector\'s arrival, be informed of the purpose of the visit.'],
  [null, 'Small enterprises shall be exempt from the duty to register with the labour inspectorate for the first year.'],
  [null, 'The temporary suspension of routine inspections ordered in March 2020 ceased to have effect on the thirtieth of June 2020.'],
  [null, 'No worker shall remain on the premises after the establishment has closed for the day.'],
  [null, 'An inspector who enters premises after closing time shall record the hour of his entry in the visit report.'],
  [null, 'The inspector shall not require the authorisation of the Director before visiting any workplace.'],
  [null, 'Such employers are exempt from the levy payable for inspection services.'],
]
