// Wordings of the powers family (C81 12(1)(c), C129 16(1)(c)) and of the status of inspectors (C81 6, C129 8),
// eighth round, not rows of the development set: each restriction the Committee of Experts reads in the powers of
// examination (a checklist or an order that closes the examination, documents seen but not copied, seen only at the
// employer's office, by appointment or for a recent period, workers questioned only before the employer or a union
// representative, samples that need the employer's consent) and the status conflicts the round's concepts read (pay
// met by an interested party or reckoned on the fines, a candidate put forward by a political side). Written in
// several legal styles, with passive voice, negation, exceptions and numbers in words. Each conflict names the rule
// it must draw; each trap (the Convention's own powers, another authority's, an employer's, a court's) must draw no
// conflict.
export const powersFlagged: ReadonlyArray<readonly [string, string]> = [
  // the examination closed by a list
  ['examination-confined', 'In the course of a planned inspection the inspector shall check solely the requirements included in the checklist for that sector.'],
  ['examination-confined', 'Only the questions contained in the checklist may be verified by the inspecting official.'],
  ['examination-confined', 'The inspection shall be limited to the matters set out in the order on the inspection, and no other matter shall be examined.'],
  ['examination-confined', 'The inspector may not investigate any question that the inspection decision does not mention.'],
  // documents seen but not copied
  ['documents-view-only', 'The officer may inspect the books of the undertaking, but no copy or extract of them shall be made.'],
  ['documents-view-only', 'Employment records produced to an inspector may not be photocopied.'],
  ['documents-view-only', 'Labour inspectors are not entitled to make copies of the accounts they examine.'],
  // documents only at the office, by appointment, for a recent period
  ['documents-restricted', 'The wage registers shall be presented to the labour inspector solely at the registered office of the company.'],
  ['documents-restricted', 'Documents shall be produced for inspection by appointment with the management of the enterprise.'],
  ['documents-restricted', 'The employer shall not be required to produce any record that relates to a period of more than six months before the visit.'],
  // questioning before a third person
  ['questioning-in-presence', 'Employees may be interviewed by the labour officer only in the presence of their shop steward.'],
  ['questioning-in-presence', 'No worker shall be interrogated by an inspector unless in the presence of the employer or of a person designated by him.'],
  ['questioning-in-presence', 'The inspector may take the statement of a worker only when the manager of the site is present.'],
  // samples
  ['samples-restricted', 'Samples of chemical substances may be taken by the inspector only with the prior approval of the employer.'],
  ['samples-restricted', 'The labour inspector shall have no right to remove samples from the workplace.'],
  ['samples-restricted', 'Unless the owner consents, no sample of any material shall be removed by the inspector.'],
]

export const powersTraps: ReadonlyArray<string> = [
  // the Convention's own powers
  'Inspectors may question the employer or any member of the staff, alone or in the presence of witnesses, on any matter concerning the application of the legal provisions.',
  'An inspector may require the production of any register or document that the Act requires to be kept, and may copy it or take extracts from it.',
  'An inspector may take or remove samples of materials for analysis, provided that the employer is notified of the samples taken.',
  'The checklist is an aid to the inspector and does not limit the matters he may examine.',
  'Inspectors may carry out any examination, test or enquiry which they consider necessary to satisfy themselves that the law is observed.',
  // the employer's duties of record-keeping, not the inspector's powers
  'Every employer shall keep the registers at the workplace for at least three years and produce them to the inspector on demand.',
  'The employer shall keep every wage record for five years and show it to the inspector whenever he asks.',
  // the inspector's own choice
  'The registers shall be produced at the office of the labour inspectorate at the time the inspector fixes.',
  'A union representative may attend the interview if the worker so wishes.',
  // another authority's powers, an employer's, a court's
  'An officer of the revenue may not issue a notice to a third party to produce documents without the agreement of the taxpayer.',
  'Samples of foodstuffs may be taken by an authorised officer of the food authority, who shall give notice to the owner.',
  'Before interviewing an employee in a disciplinary investigation, the employer should give reasonable notice and book a private room.',
  'A party to an action may require any other party to make a document available for inspection and to allow a copy of it to be made.',
  // a worker's own consent to a sample of his body
  'A sample of an employee\'s blood may be taken only with his informed consent.',
  // the employer's access to the inspection file, not the inspector's to the employer's documents
  'An employer may consult the file of the inspection and read the report, but may not copy the statements of witnesses.',
  // personal data kept from others
  'The inspector shall not disclose copies of the personal data he obtains to any third party.',
]

export const statusFlagged: ReadonlyArray<readonly [string, string]> = [
  ['discretionary-dismissal', 'The allowances of the sector inspectors are met out of the levy that the employers of the sector pay to the joint council.'],
  ['discretionary-dismissal', 'An inspector\'s productivity bonus shall be equal to one fifth of the penalties recovered on his reports.'],
  ['discretionary-dismissal', 'Vacant posts of labour inspector shall be filled from among the candidates nominated by the ruling party.'],
  ['discretionary-dismissal', 'The inspectors\' salaries are drawn from the contributions paid by the enterprises they supervise.'],
]

export const statusTraps: ReadonlyArray<string> = [
  'Inspectors shall be paid from the State budget, not by the employers whose undertakings they inspect.',
  'Labour inspectors shall be appointed on merit, irrespective of political affiliation.',
  'Half of the fines collected shall be paid into the occupational safety fund.',
  'The inspector shall ensure that the wages of the workers are paid by the employer on time.',
]
