// Provisions written for the tests (none is copied from the corpus): conflicts phrased in different words,
// conforming provisions, and traps (negations, exceptions, notification after the visit or of samples).
//
// `expect`: what the checker should report, one entry per expected finding; an entry with several ids is met
// by any one of them. `allow`: findings that are right but not required (a trap that also conforms).
// `heldOut`: rows written together with the others but never used to tune the rules; their figures are
// reported apart, as an honest estimate for wordings the rules were not shaped on.

export interface TableRow {
  text: string
  expect: Array<string | Array<string>>
  allow?: Array<string>
  kind: 'conflict' | 'conforms' | 'trap'
  heldOut?: boolean
}

export const table: Array<TableRow> = [
  // Conflicts, in words other than the corpus's.
  {kind: 'conflict', text: 'Inspectors shall notify the employer in writing of each planned visit at least five working days beforehand.', expect: ['prior-notice']},
  {kind: 'conflict', text: 'The labour unit must be informed of the date and purpose of the inspection before the inspection team arrives.', expect: ['prior-notice', 'complaint-disclosure']},
  {kind: 'conflict', text: 'An inspection may only be carried out after the enterprise has received official notice of it.', expect: [['entry-conditional', 'prior-notice']]},
  {kind: 'conflict', text: 'Before any visit, the inspectorate shall agree the inspection date with the management of the workplace.', expect: ['prior-notice']},
  {kind: 'conflict', text: 'Unannounced inspections are prohibited.', expect: ['prior-notice']},
  {kind: 'conflict', text: 'Every inspection must be scheduled in consultation with the employer.', expect: ['prior-notice']},
  {kind: 'conflict', text: 'Inspectors shall not carry out any inspection without first informing the head of the enterprise.', expect: [['entry-conditional', 'prior-notice']]},
  {kind: 'conflict', text: 'Labour inspectors may enter workplaces only with the written permission of the district governor.', expect: ['consent-or-approval']},
  {kind: 'conflict', text: 'Each inspection visit shall be subject to the approval of the Minister.', expect: ['consent-or-approval']},
  {kind: 'conflict', text: "The employer's consent is required before inspectors may enter the premises.", expect: ['consent-or-approval']},
  {kind: 'conflict', text: 'Inspections shall be conducted only during the official working hours of the labour unit.', expect: ['working-hours-only']},
  {kind: 'conflict', text: 'Inspectors shall not visit workplaces at night or on public holidays.', expect: ['working-hours-only']},
  {kind: 'conflict', text: 'Visits may take place between 08:00 and 17:00 on working days.', expect: ['working-hours-only']},
  {kind: 'conflict', text: 'The inspector shall explain to the employer the grounds for the inspection at the start of the visit.', expect: ['complaint-disclosure']},
  {kind: 'conflict', text: 'Where a visit follows a complaint, the inspector shall tell the employer who made the complaint.', expect: ['complaint-disclosure']},
  {kind: 'conflict', text: 'The inspection report shall have effect only once it has been signed by the manager of the establishment.', expect: ['report-signature']},
  {kind: 'conflict', text: 'The employer must countersign the findings of the inspection.', expect: ['report-signature']},
  {kind: 'conflict', text: 'Employers shall be given three written warnings before a fine can be imposed.', expect: [['mandatory-warning-periods', 'compliance-period-before-sanction']]},
  {kind: 'conflict', text: 'If the employer does not comply within the 60-day period, a further 60 days shall be granted.', expect: ['mandatory-warning-periods']},
  {kind: 'conflict', text: 'No penalty may be imposed on the employer until the education and warning stages have been completed.', expect: [['mandatory-warning-periods', 'compliance-period-before-sanction']]},
  {kind: 'conflict', text: 'Proceedings against an employer may be started only after a period of warning of six months.', expect: [['mandatory-warning-periods', 'compliance-period-before-sanction']]},
  {kind: 'conflict', text: 'Inspectors shall inspect the work of their own division and the performance of its staff.', expect: ['self-inspection']},

  // Conforming provisions.
  {kind: 'conforms', text: 'Inspectors may enter any workplace liable to inspection freely, without previous notice, at any hour of the day or night.', expect: ['free-entry']},
  {kind: 'conforms', text: 'Inspections may be carried out unannounced.', expect: ['free-entry']},
  {kind: 'conforms', text: 'On arrival, the inspector shall inform the employer of his presence, unless he considers that doing so may prejudice the performance of his duties.', expect: ['presence-discretion']},
  {kind: 'conforms', text: 'An inspector who takes samples for analysis shall inform the employer of the samples taken.', expect: ['samples-notification']},
  {kind: 'conforms', text: 'The source of any complaint shall be kept strictly confidential.', expect: ['complaint-confidentiality']},
  {kind: 'conforms', text: 'The central inspection authority shall publish a yearly report on the work of the inspection services within twelve months after the end of the year.', expect: ['annual-report']},
  {kind: 'conforms', text: 'Inspectors shall submit quarterly reports on their activities to the Department of Labour Inspection.', expect: ['periodic-reports']},
  {kind: 'conforms', text: 'An employer who prevents an inspector from entering the premises shall be liable to a fine of 5,000,000 kip.', expect: ['obstruction-penalty', 'violation-penalties']},
  {kind: 'conforms', text: 'Labour inspectors may order the immediate stoppage of any machine that presents an imminent danger to workers.', allow: ['imminent-danger-orders'], expect: ['remedial-orders']},
  {kind: 'conforms', text: 'Inspectors may impose fines on employers who fail to register their workers with social security.', expect: ['inspector-sanctions']},
  {kind: 'conforms', text: 'Employers who violate this Law shall be fined without previous warning.', expect: ['prompt-proceedings', 'violation-penalties']},
  {kind: 'conforms', text: 'It is for the inspector to decide whether to give a warning or advice instead of starting proceedings.', expect: ['prompt-proceedings']},

  // Traps: words that look like a conflict but are not one.
  {kind: 'trap', text: 'Inspectors may enter workplaces without previous notice.', expect: ['free-entry']},
  {kind: 'trap', text: 'Inspectors shall not give the employer any prior notice of the visit.', expect: [], allow: ['free-entry']},
  {kind: 'trap', text: 'Inspectors shall notify the employer of their presence on the occasion of the visit, unless such notification may be prejudicial to the performance of their duties.', expect: ['presence-discretion']},
  {kind: 'trap', text: 'Inspectors shall inform the employer of the results of the inspection after the visit.', expect: []},
  {kind: 'trap', text: 'A copy of the inspection report shall be sent to the employer within ten days after the visit.', expect: []},
  {kind: 'trap', text: 'Inspectors may take samples of substances used, provided that the employer is notified of the samples taken.', allow: ['powers-examine'], expect: ['samples-notification']},
  {kind: 'trap', text: 'The inspector may, where this would not prejudice the inspection, inform the employer of the visit in advance.', expect: []},
  {kind: 'trap', text: 'Inspectors shall treat as confidential the identity of any worker who lodges a complaint and shall not tell the employer that the visit results from a complaint.', expect: ['complaint-confidentiality']},
  {kind: 'trap', text: 'The report is valid even if the employer refuses to sign it; the inspector shall record the refusal.', expect: []},
  {kind: 'trap', text: 'Inspections with advance notice are carried out outside the annual plan when necessary.', expect: []},
  {kind: 'trap', text: 'The employer shall be informed in advance of the date on which contributions fall due.', expect: []},
  {kind: 'trap', text: 'Inspectors shall not enter the private home of the operator without his consent or a special authorisation.', expect: []},
  {kind: 'trap', text: 'The employer may be warned and given thirty days to remedy a minor defect before a fine is imposed.', expect: []},
  {kind: 'trap', text: 'Inspectors may choose not to announce their visits.', expect: [], allow: ['free-entry']},
  {kind: 'trap', text: 'For obstructing an inspector, the employer shall be fined immediately and without prior warning.', expect: ['obstruction-penalty', 'prompt-proceedings'], allow: ['violation-penalties']},
  {kind: 'trap', text: 'Inspectors can visit at any time, including at night and on holidays.', expect: ['free-entry']},
  {kind: 'trap', text: 'Proposals for fines shall be submitted by inspectors to the provincial labour office.', expect: []},
  {kind: 'trap', text: "The inspectorate shall coordinate its annual inspection plan with employers' and workers' organisations.", expect: []},
  {kind: 'trap', text: 'Inspectors shall present their credentials before starting an inspection.', expect: []},
  {kind: 'trap', text: 'The employer shall not be informed that the visit was prompted by a complaint.', expect: ['complaint-confidentiality']},

  // Held out: never used to tune the rules.
  {heldOut: true, kind: 'conflict', text: 'The inspected unit shall receive a notification letter from the inspection office one week prior to the visit.', expect: ['prior-notice']},
  {heldOut: true, kind: 'conflict', text: 'Workplaces are to be told of forthcoming inspections in good time.', expect: ['prior-notice']},
  {heldOut: true, kind: 'conflict', text: 'Inspectors may only enter with a warrant issued by the provincial authority.', expect: [['consent-or-approval', 'visit-authorisation']]},
  {heldOut: true, kind: 'conflict', text: 'No inspection shall be undertaken outside office hours.', expect: ['working-hours-only']},
  {heldOut: true, kind: 'conflict', text: 'Inspection visits are restricted to the period from Monday to Friday.', expect: ['working-hours-only']},
  {heldOut: true, kind: 'conflict', text: 'The inspector must disclose the name of the complainant to the employer upon request.', expect: ['complaint-disclosure']},
  {heldOut: true, kind: 'conflict', text: 'Findings recorded in the inspection minutes become binding once the employer has put his signature to them.', expect: ['report-signature']},
  {heldOut: true, kind: 'conflict', text: 'Sanctions may be applied only after the employer has ignored two successive warnings.', allow: ['compliance-period-before-sanction'], expect: ['mandatory-warning-periods']},
  {heldOut: true, kind: 'conflict', text: 'The inspector will tell the manager beforehand when the inspection is going to take place.', expect: ['prior-notice']},
  {heldOut: true, kind: 'conforms', text: 'Inspectors shall enter workplaces at any hour without prior announcement.', expect: ['free-entry']},
  {heldOut: true, kind: 'conforms', text: 'When taking samples, the inspector shall give notice to the employer of the materials removed.', allow: ['powers-examine'], expect: ['samples-notification']},
  {heldOut: true, kind: 'conforms', text: 'Employers who hinder inspectors in the performance of their duties shall be punished by a fine.', expect: ['obstruction-penalty'], allow: ['violation-penalties']},
  {heldOut: true, kind: 'conforms', text: 'Inspectors shall keep secret the identity of persons who report violations.', expect: ['complaint-confidentiality']},
  {heldOut: true, kind: 'conforms', text: 'The employer shall be fined 2,000,000 kip for each worker not registered.', expect: ['violation-penalties']},
  {heldOut: true, kind: 'conforms', text: 'Any employer who refuses to let inspectors in may be fined.', expect: ['obstruction-penalty'], allow: ['violation-penalties']},
  {heldOut: true, kind: 'trap', text: 'Inspectors shall report to the employer the outcome of the visit before leaving the premises.', expect: []},
  {heldOut: true, kind: 'trap', text: 'Nothing in this article requires inspectors to give employers advance notice of a visit.', expect: []},
  {heldOut: true, kind: 'trap', text: 'Where the employer refuses to sign the inspection record, the inspector shall note the refusal and the record remains valid.', expect: []}
]
