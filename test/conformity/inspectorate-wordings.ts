// Wordings of three families of the inspectorate round, not rows of the development set: moratoria and exemptions
// (C81 12(1)(a), 16; C129 16(1)(a), 21), the status and independence of inspectors (C81 6, C129 8) and reports
// (C81 19 to 21, C129 25 to 27, and the report valid only once the employer signs it, ILO-GP-2022). Written in the
// styles of several legal traditions (common law, French- and Spanish-speaking civil law, Arab and Gulf codes in
// translation, the "state control" laws), with passive voice, negation, exceptions, numbers in words and "such" or
// "its" pointing back. Each conflict names the rule it must draw; each trap must draw no conflict.
// The first set was scored on the rules as they stood before it was read (docs/rules.md, "The inspectorate round").
export const flagged: ReadonlyArray<readonly [string, string]> = [
  // moratoria and exemptions
  ['inspection-moratorium', 'For a period of thirty-six months from the date on which it is entered in the trade register, a new undertaking shall not be the subject of a routine labour inspection.'],
  ['inspection-moratorium', 'Enterprises employing fewer than ten workers are hereby dispensed from the visits of the labour inspectorate.'],
  ['inspection-moratorium', 'The labour inspection services shall suspend their control activities throughout the national territory for the duration of the state of health emergency.'],
  ['inspection-moratorium', 'No employer who has held a certificate of good standing for three consecutive years shall be required to receive an inspector before such certificate expires.'],
  ['inspection-moratorium', 'Inspectors may not call at the premises of a craft enterprise during its first two years, save at the written request of its workers.'],
  ['inspection-moratorium', 'Undertakings approved under the Investment Code shall enjoy, for the first five years of their activity, a guarantee against any labour inspection other than one requested by the undertaking itself.'],
  ['inspection-moratorium', 'The powers of entry conferred by this Part shall not be exercised in respect of any agricultural holding of less than five hectares.'],
  ['inspection-moratorium', 'Throughout the reconstruction period, labour inspectors shall confine their activities to giving advice and shall make no visit to workplaces.'],
  ['inspection-moratorium', 'The Minister may, by order, grant an undertaking a dispensation from inspection for a period not exceeding twelve months.'],
  ['inspection-moratorium', 'Workplaces in the special economic zone shall be inspected by the zone authority alone, to the exclusion of the labour inspectorate.'],
  ['inspection-moratorium', 'Such enterprises shall not receive a visit from a labour inspector during the two years that follow their registration.'],
  ['inspection-moratorium', 'An undertaking that has signed the voluntary compliance charter shall be left out of the annual programme of visits.'],
  ['inspection-moratorium', 'Labour inspections in the agricultural sector are deferred until the end of the harvest season.'],
  ['inspection-moratorium', 'During its first year of operation, no inspector shall set foot in the premises of a newly licensed enterprise.'],
  ['inspection-moratorium', 'The inspection of undertakings holding the "Responsible Employer" label is waived for as long as the label is valid.'],
  ['inspection-moratorium', 'Inspections of small businesses are suspended for one year; the suspension does not apply to visits following a complaint of a threat to the workers\' safety.'],
  ['inspection-moratorium', 'Labour inspectors shall abstain, for two years, from any control of enterprises created under the youth employment programme.'],
  ['inspection-moratorium', 'No labour inspection shall take place in an enterprise of the informal sector that registers with the one-stop shop before the end of the third year following its registration.'],
  // status and independence of inspectors
  ['discretionary-dismissal', 'Labour inspectors may be relieved of their duties by decision of the Minister without any reason being given.'],
  ['discretionary-dismissal', 'The appointment of labour inspectors shall end with the term of office of the Minister who appointed them.'],
  ['discretionary-dismissal', 'Inspectors are ordinary civil servants of the Ministry and may be transferred to any other post of the public administration in the interest of the service.'],
  ['discretionary-dismissal', "Candidates for the posts of labour inspector shall be proposed by the ruling party's regional committee."],
  ['discretionary-dismissal', 'The Minister may at any time terminate the engagement of a labour inspector.'],
  ['discretionary-dismissal', 'Inspectors serve at the discretion of the Governor of the province.'],
  ['discretionary-dismissal', 'A labour inspector whose conduct displeases the local authorities may be moved to another district by simple administrative decision.'],
  ['discretionary-dismissal', 'Membership of the governing party shall be a condition of appointment as labour inspector.'],
  ['discretionary-dismissal', 'Labour inspectors shall hold office for a term of two years, after which their appointment lapses unless it is renewed by the Minister.'],
  ['discretionary-dismissal', 'The head of the labour inspectorate shall be replaced upon each change of Government.'],
  ['discretionary-dismissal', "On a change of Minister, all labour inspectors' appointments shall be reviewed and may be revoked."],
  ['discretionary-dismissal', 'Labour inspectors are recruited from among the members of the youth wing of the ruling party.'],
  ['discretionary-dismissal', 'Inspectors shall receive from the undertaking inspected an allowance for each visit made.'],
  ['discretionary-dismissal', "Part of the labour inspectors' remuneration shall consist of a share of the fines they impose."],
  // reports to the central authority and the annual report
  ['annual-report-withheld', 'The annual report on the activities of the labour inspectorate is an internal document of the Ministry and shall not be published.'],
  ['reports-not-periodic', 'The general report on labour inspection shall be drawn up every three years.'],
  ['reports-not-periodic', 'Local labour offices shall report on their activities to the Directorate whenever the Director so requests.'],
  ['annual-report-withheld', 'The Minister may decide each year whether the report on the work of the inspection services is to be made public.'],
  ['annual-report-withheld', 'The annual inspection report shall be published within two years of the end of the year to which it relates.'],
  ['annual-report-withheld', 'Copies of the annual report shall be transmitted to the International Labour Office only at its request.'],
  ['reports-not-periodic', 'District labour officers shall not be required to submit any report on their work to the Chief Labour Officer.'],
  ['annual-report-withheld', 'The annual report of the labour inspectorate shall be reserved for the use of the Government and shall not be distributed to the public.'],
  // the report valid only once the employer signs it
  ['report-signature', 'The record of the visit shall have no evidentiary value until it has been initialled by the head of the establishment.'],
  ['report-signature', 'A report of inspection to which the employer has not put his signature shall be deemed not to have been drawn up.'],
  ['report-signature', "The inspector's findings shall become binding on the employer only after the employer has countersigned the inspection report."],
  ['report-signature', 'The inspection report shall be drawn up in the presence of the employer, who shall append his signature to it, failing which the report may not be entered in the register.'],
  ['report-signature', 'Minutes of an inspection shall be valid only if they bear the signatures of the inspector and of the employer.'],
]

export const traps: ReadonlyArray<string> = [
  // moratoria
  'Small enterprises shall be exempt from the obligation to set up a safety committee, but they remain subject to labour inspection.',
  'The moratorium on the payment of social security arrears shall not affect the powers of labour inspectors.',
  'During the state of emergency labour inspections shall continue, and priority shall be given to complaints of unsafe work.',
  "Undertakings inspected in the previous twelve months without any breach being found shall be given lower priority in the annual programme, without prejudice to visits on complaint or on the inspector's own initiative.",
  'Workers in export processing zones enjoy the protection of this Code, and labour inspectors shall have free access to the enterprises in those zones.',
  'No fee shall be charged to small enterprises for inspection visits.',
  'The suspension of inspection visits ordered during the 2020 epidemic is hereby lifted, and visits shall resume forthwith.',
  'No inspection shall be carried out by an inspector who has, within the last two years, been employed by the undertaking concerned.',
  // status
  'Labour inspectors may be dismissed only for serious professional misconduct established after a disciplinary hearing.',
  'Labour inspectors are public servants governed by the General Civil Service Statute and enjoy security of tenure.',
  'The inspector may transfer the file to the public prosecutor at any time.',
  'Inspectors shall be appointed on merit, irrespective of political affiliation.',
  'Labour inspectors shall not engage in any political activity in the exercise of their functions.',
  'The transfer of an inspector to another region shall require his consent, save for disciplinary reasons established by the disciplinary board.',
  'Labour inspectors are independent of changes of government and may not be transferred without their consent.',
  // reports
  'Each inspector shall report monthly to the regional director on the visits made.',
  'The annual report shall be published within twelve months of the end of the year, and a copy sent to the International Labour Office within three months of its publication.',
  'Inspection reports on individual undertakings are confidential and may not be disclosed to third parties.',
  'The employer shall be invited to sign the inspection report; should he refuse, the inspector shall note the refusal and the report shall remain valid.',
  'The statistics of the annual report shall not include the names of the undertakings inspected.',
  'The annual report of the Social Security Fund shall be published in the Official Gazette.',
  'The inspector shall send a copy of the report, signed by him, to the employer.',
  'The employer shall acknowledge receipt of the report by signing the copy left with him; the validity of the report does not depend on that signature.',
  'The employer shall sign the register of inspection visits kept on the premises.',
]
