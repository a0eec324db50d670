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

// A second set, written after the first was read and the rules widened to it, and scored on those rules before
// this set was read (docs/rules.md, "The inspectorate round").
export const secondFlagged: ReadonlyArray<readonly [string, string]> = [
  // moratoria and exemptions
  ['inspection-moratorium', 'For the period of the economic recovery plan, labour inspection visits shall be replaced by the sending of a self-assessment questionnaire to employers.'],
  ['inspection-moratorium', 'Until the thirty-first of December of next year, the inspection services shall carry out only such visits as are made necessary by a fatal accident.'],
  ['inspection-moratorium', 'Newly created enterprises shall benefit from a three-year period of grace during which the labour inspectorate shall confine itself to advice.'],
  ['inspection-moratorium', 'No penalty and no inspection visit shall be imposed on or made to an enterprise in its first year of activity.'],
  ['inspection-moratorium', 'Family farms are not liable to inspection by the labour inspectors.'],
  ['inspection-moratorium', 'The labour inspectorate shall not intervene in undertakings of the free zone, whose labour matters are dealt with by the Free Zone Authority.'],
  ['inspection-moratorium', 'Inspection activities are hereby frozen for a period of six months from the entry into force of this decree.'],
  ['inspection-moratorium', 'An undertaking certified by an accredited body shall be dispensed, for the validity of its certificate, from any routine visit.'],
  ['inspection-frequency-limit', 'Exporting enterprises shall be visited by labour inspectors no more than once every three years and only after the Minister has been informed.'],
  // status and independence
  ['discretionary-dismissal', 'The Minister may, by a reasoned decision that is not open to appeal, put an end to the functions of any labour inspector.'],
  ['discretionary-dismissal', 'Labour inspectors are appointed by the Governor of the province for the duration of his mandate.'],
  ['discretionary-dismissal', 'The services of an inspector may be dispensed with on one month\'s notice by the Permanent Secretary.'],
  ['discretionary-dismissal', 'Labour inspectors shall be chosen from among persons enjoying the confidence of the political authorities.'],
  ['discretionary-dismissal', 'A labour inspector may be assigned to other duties outside the inspectorate whenever the needs of the administration so require.'],
  ['discretionary-dismissal', 'Labour inspectors hold their posts on secondment and may be recalled to their ministry of origin at any time.'],
  ['discretionary-dismissal', 'The appointment of labour inspectors shall be subject to the opinion of the provincial committee of the ruling party.'],
  ['discretionary-dismissal', 'Employers inspected shall contribute to the cost of the inspectors\' salaries through a levy paid directly to the inspectorate.'],
  ['discretionary-dismissal', 'Labour inspectors whose contracts are not renewed at the end of each year shall leave the service without compensation.'],
  ['discretionary-dismissal', 'An inspector who has displeased an investor may be transferred without delay by order of the Minister.'],
  // reports
  ['annual-report-withheld', 'The annual report of the inspectorate shall be addressed to the Council of Ministers and shall not be made available to the public.'],
  ['annual-report-withheld', 'Publication of the yearly report on labour inspection is a matter for the discretion of the Minister.'],
  ['annual-report-withheld', 'The annual report on labour inspection shall be classified as a confidential document.'],
  ['reports-not-periodic', 'Provincial labour inspectorates shall send a report on their activities to the central directorate every second year.'],
  ['reports-not-periodic', 'No inspector shall be obliged to report on his activities to the central authority.'],
  ['reports-not-periodic', 'The district offices shall submit reports to the Director only where he asks for them.'],
  ['report-signature', 'An inspection report shall not be valid unless it bears the signature of the employer or of his representative.'],
  ['report-signature', 'The employer shall sign the record of the inspection, failing which the record shall have no force.'],
  ['report-signature', 'Only a record countersigned by the head of the undertaking may be relied upon as evidence of the offences it records.'],
  ['report-signature', 'Where the employer refuses to sign the inspection report, the report shall be void and a new inspection shall be made.'],
]

export const secondTraps: ReadonlyArray<string> = [
  // moratoria
  'The labour inspectorate shall give priority in its programme of visits to sectors with a high rate of accidents.',
  'Newly created enterprises shall receive an advisory visit from the labour inspectorate within their first year of activity.',
  'Inspectors shall not visit private dwellings without the consent of the occupier.',
  'Exemptions from the rules on hours of work may be granted by the labour inspector in exceptional cases.',
  'The freeze on the recruitment of civil servants shall not apply to labour inspectors.',
  'A labour inspector shall not take part in the inspection of an undertaking in which he has worked during the preceding two years.',
  // status
  'Labour inspectors shall be appointed from among the public servants of the Ministry and shall enjoy the guarantees of the civil service statute.',
  'An inspector who is found guilty of serious misconduct after a disciplinary procedure may be dismissed.',
  'Labour inspectors may be transferred only with their consent or as a disciplinary sanction ordered by the disciplinary council.',
  'The inspector may at any time remove samples of the substances used, provided the employer is informed.',
  'The Minister shall appoint the labour inspectors from among the candidates who have passed the competitive examination, without regard to their political opinions.',
  'The inspector may terminate the visit at any time if he is obstructed.',
  'The employer shall bear the cost of the analyses ordered by the inspector where the analyses show a breach.',
  // reports
  'The annual report shall be published and copies shall be sent to the International Labour Office within three months of its publication.',
  'Each regional office shall report quarterly to the central directorate, and at any other time at the Director\'s request.',
  'The inspection report shall be signed by the inspector, and a copy shall be given to the employer, who may sign it to acknowledge receipt.',
  'The annual report of the undertaking on occupational accidents shall be sent to the labour inspectorate.',
  'Reports on individual inspections shall not be made public.',
]

// Wordings of the second set found since the follow-ups and the sixth round (docs/rules.md, "Free entry and
// moratoria, sixth round").
export const secondFoundSince: ReadonlyArray<readonly [string, string]> = [
  // sixth round: the register neutraliser reads a register kept, signed or produced, not an undertaking listed in or
  // taken off it; inspection left to another body's agreement for the first years of a business is read
  ['inspection-moratorium', 'Firms rated as low risk shall be taken off the inspection register for a period of three years.'],
  ['inspection-moratorium', 'Enterprises which have concluded an investment agreement with the State shall be inspected only with the prior agreement of the Investment Promotion Agency during the first ten years.'],
  ['inspection-moratorium', 'A labour inspector shall not visit an enterprise that has been visited during the preceding twenty-four months.'],
  ['inspection-moratorium', 'Handicraft workshops employing no more than five persons are excluded from the field of supervision of the labour inspectorate.'],
]

// A third set, written after the second was read, scored on the rules widened to the second set before the rules
// were widened to it (docs/rules.md, "The inspectorate round").
export const thirdFlagged: ReadonlyArray<readonly [string, string]> = [
  ['inspection-moratorium', 'Undertakings in the priority development zones shall not be visited by the labour inspectorate for the first four years of their operation.'],
  ['inspection-moratorium', 'The Prime Minister may, by decree, declare a truce on labour inspections in any sector in economic difficulty.'],
  ['inspection-moratorium', 'A business that has received an advisory visit shall not be the object of a control visit within the eighteen months that follow.'],
  ['inspection-moratorium', 'Labour inspectors shall not enter the premises of members of the Chamber of Commerce without first informing the Chamber, and in no case during the first two years of membership.'],
  ['inspection-moratorium', 'Agricultural undertakings employing seasonal workers only shall not come under the supervision of the labour inspection services.'],
  ['inspection-moratorium', 'In the first three years after its creation an undertaking shall be controlled only if a worker lodges a written complaint.'],
  ['inspection-moratorium', 'Mining concessions are placed outside the authority of the labour inspectors and are supervised by the mines police alone.'],
  ['inspection-moratorium', 'Routine inspection shall give way, for the whole of the current year, to information campaigns.'],
  ['inspection-moratorium', 'The inspectorate shall not initiate any proceedings or visits against undertakings that joined the regularisation programme before 30 June.'],
  ['discretionary-dismissal', 'Labour inspectors may be removed from office by the President of the Republic by simple decree.'],
  ['discretionary-dismissal', 'A labour inspector who loses the confidence of the Minister shall be relieved of his post.'],
  ['discretionary-dismissal', "Labour inspectors are employed on the Ministry's establishment on the same terms as other administrative staff and may be redeployed to any department."],
  ['discretionary-dismissal', 'The regional governor shall nominate the labour inspectors of his region and may replace them when he sees fit.'],
  ['discretionary-dismissal', 'Inspectors are engaged for the length of the programme that finances their posts.'],
  ['discretionary-dismissal', 'Posts of labour inspector shall be allotted to the parties of the governing coalition in proportion to their seats.'],
  ['discretionary-dismissal', 'The employers\' federation shall pay a monthly allowance to the inspectors assigned to its members\' enterprises.'],
  ['discretionary-dismissal', 'An inspector may be dismissed without the opinion of the disciplinary board where the Minister considers it necessary.'],
  ['discretionary-dismissal', 'Labour inspectors shall hold office for five years and may be reappointed by the Minister at his discretion.'],
  ['discretionary-dismissal', 'Whoever is appointed labour inspector shall vacate his post on the appointment of a new Minister.'],
  ['annual-report-withheld', 'The Director shall prepare each year a report on the work of the inspection services for the Minister, who shall keep it confidential.'],
  ['annual-report-withheld', 'The yearly report shall be published only with the approval of the Council of Ministers.'],
  ['annual-report-withheld', 'No report on the activities of the inspectorate shall be communicated to any international organisation.'],
  ['annual-report-withheld', 'The annual inspection report shall be submitted to the Minister, and shall not be published in the Official Gazette or elsewhere.'],
  ['reports-not-periodic', 'Inspectors shall report to headquarters as and when required by the Chief Inspector.'],
  ['reports-not-periodic', 'The submission of activity reports by regional inspectorates is optional.'],
  ['reports-not-periodic', 'Local offices shall forward a report on their work to the Directorate at the end of every three-year period.'],
  ['report-signature', 'The inspector\'s report acquires legal force upon its approval by the employer.'],
  ['report-signature', 'A record of infringement to which the employer has refused his signature may not be forwarded to the prosecutor.'],
  ['report-signature', 'The report shall be read to the employer, who shall sign it; without that signature it shall not be registered.'],
]

export const thirdTraps: ReadonlyArray<string> = [
  'Undertakings in the priority development zones shall be visited by the labour inspectorate at least once in the first year of their operation.',
  'A business that has received an advisory visit shall be told of its right to request a further visit within eighteen months.',
  'The labour inspector shall visit undertakings in the free zones under the same conditions as elsewhere.',
  'Employers shall not be exempt from inspection on account of their size.',
  'A labour inspector may be removed from office only by decision of the disciplinary council for serious misconduct.',
  'Labour inspectors shall be appointed by the Minister from among the graduates of the National School of Administration.',
  'The inspector shall remove any machine that endangers the workers from service at once.',
  'The President of the Republic shall appoint the Inspector General by decree, after a competitive selection.',
  'The annual report shall be submitted to the Minister and published in the Official Gazette within six months.',
  'Each inspector shall send his monthly report to the Chief Inspector before the tenth day of the following month.',
  'The report of the inspection shall be read to the employer, who may sign it; a refusal to sign shall be noted and shall not affect its validity.',
  'The employer shall keep the inspection report signed by the inspector for five years.',
]

// A fourth set, written after the third was read and scored on the rules of the round's end; the rules were not
// widened to it. It is the measure for the next round: each wording names the rule it should draw, whether or not
// it draws it today, so these lists are scored (docs/rules.md), not asserted.
export const fourthFlagged: ReadonlyArray<readonly [string, string]> = [
  ['inspection-moratorium', 'Premises of enterprises benefiting from the tax holiday shall be immune from the visits of labour officers for the duration of the holiday.'],
  ['inspection-moratorium', 'The inspectorate shall make no routine visit to a start-up until it has completed its second financial year.'],
  ['inspection-moratorium', 'Small shops may be inspected only upon an order of the Minister issued on a complaint.'],
  ['inspection-moratorium', 'No undertaking shall be inspected more than once, nor at all during the first year after its registration.'],
  ['inspection-moratorium', 'Enterprises in the tourism sector shall be inspected in the low season only.'],
  ['inspection-moratorium', 'The labour inspection services shall withdraw from the special economic zones, whose employers shall regulate themselves.'],
  ['inspection-moratorium', 'Inspections of cooperative societies are within the sole competence of the Registrar, and labour inspectors shall not deal with them.'],
  ['inspection-moratorium', 'Until the census of enterprises is completed, the inspectorate shall hold back all its visits.'],
  ['discretionary-dismissal', 'The Minister may release any labour inspector from the service without assigning any cause.'],
  ['discretionary-dismissal', 'Inspectors are political appointees who leave office with the Government that appointed them.'],
  ['discretionary-dismissal', 'Labour inspectors hold their appointments on probation for as long as the Minister decides.'],
  ['discretionary-dismissal', 'Any labour inspector may be posted anywhere in the country by order of the Director, whose order shall not be subject to review.'],
  ['discretionary-dismissal', 'The candidates for inspector posts shall be designated by the members of Parliament of each constituency.'],
  ['discretionary-dismissal', 'Each inspector shall receive a bonus equal to ten per cent of the fines collected on his reports.'],
  ['discretionary-dismissal', 'Companies in the extractive sector shall meet the travel and subsistence allowances of the inspectors who visit them.'],
  ['discretionary-dismissal', 'The contracts of labour inspectors are concluded for twelve months and may be terminated by either party on fifteen days\' notice.'],
  ['annual-report-withheld', 'The annual report on inspection shall be a document for internal use by the Ministry.'],
  ['annual-report-withheld', 'The central authority shall not be bound to publish any general report on the work of the inspection services.'],
  ['annual-report-withheld', 'The yearly report shall be made available to the social partners only, and shall not be printed.'],
  ['reports-not-periodic', 'Regional inspectors shall report to the Chief Inspector when there are matters worth reporting.'],
  ['reports-not-periodic', 'The inspectors of each province shall make a report to the Ministry at intervals fixed by the Governor.'],
  ['reports-not-periodic', 'Reports on the activity of district inspectorates shall be drawn up at the end of each two-year plan.'],
  ['report-signature', 'The inspector\'s findings are not enforceable against the employer unless the employer has agreed to them in writing on the report.'],
  ['report-signature', 'Each page of the inspection record shall bear the employer\'s initials, failing which the record shall be set aside.'],
  ['report-signature', 'The minutes of the visit shall be drawn up jointly with the employer and shall be signed by both parties to be valid.'],
]

export const fourthTraps: ReadonlyArray<string> = [
  'Enterprises benefiting from the tax holiday remain subject to the visits of labour officers.',
  'The inspectorate shall make an advisory visit to every start-up during its first financial year.',
  'The Minister may release funds to the labour inspectorate for the purchase of vehicles.',
  'An inspector on probation shall be confirmed in his appointment after one year of satisfactory service.',
  'Any labour inspector may be posted to another region with his consent.',
  'The fines collected on labour inspectors\' reports shall be paid into the Treasury.',
  'The annual report shall be printed and distributed to the social partners and the public.',
  'Regional inspectors shall report to the Chief Inspector every quarter and when there are matters worth reporting.',
  'The employer may write his comments on the report, which is valid without them.',
  'The employer shall countersign the notice of the date of the next visit.',
]

// A sixth set, written for the status-and-complaints round (docs/rules.md, "Status and complaints, sixth round") and
// scored on the rules as they stood before it was read: 6 of 17 conflicts found (status 6 of 13, complaint
// disclosure 0 of 4), 1 of 13 traps flagged (a five-year term renewable on merit). After the rules were widened to
// it, 17 of 17 and 0 of 13; asserted in inspectorate-families.test.ts.
export const sixthFlagged: ReadonlyArray<readonly [string, string]> = [
  ['discretionary-dismissal', 'The employment of any labour inspector may be terminated at the discretion of the Minister.'],
  ['discretionary-dismissal', 'The Permanent Secretary may discharge an inspector from the service of the Department without holding any inquiry.'],
  ['discretionary-dismissal', 'Officers of the labour inspectorate hold their posts at the pleasure of the Governor of the State.'],
  ['discretionary-dismissal', 'Labour inspectors shall be engaged under contracts of one year, renewable each year by decision of the Director.'],
  ['discretionary-dismissal', 'The Commissioner may, whenever he considers it expedient, transfer a labour officer to any station in the Region.'],
  ['discretionary-dismissal', 'A labour inspector may be removed from office by the Minister, and no reason need be given for the removal.'],
  ['discretionary-dismissal', 'Inspectors of labour shall be appointed on the proposal of the most representative trade union confederation.'],
  ['discretionary-dismissal', 'One half of the inspectors of each region shall be appointed on the nomination of the parties represented in the regional assembly.'],
  ['discretionary-dismissal', 'Inspectors shall be entitled to a monthly premium calculated on the amount of the fines recovered as a result of their inspections.'],
  ['discretionary-dismissal', 'The appointment of a labour inspector may be cancelled by the Minister without a hearing.'],
  ['discretionary-dismissal', 'Labour inspectors shall cease to hold office when the Government which appointed them resigns.'],
  ['discretionary-dismissal', 'An inspector who has lost the confidence of the Governor shall be relieved of his functions.'],
  ['discretionary-dismissal', 'The Minister may terminate the services of a labour inspector on giving him one month\'s notice or one month\'s pay in lieu of notice.'],
  ['complaint-disclosure', 'Before the visit the inspector shall make known to the occupier the name of the worker on whose information the inspection is undertaken.'],
  ['complaint-disclosure', 'The inspector shall show the employer the written complaint before beginning the inspection.'],
  ['complaint-disclosure', 'The inspector shall announce to the employer, on arrival, that the visit is being made following a complaint.'],
  ['complaint-disclosure', 'Where a visit follows a complaint, the employer shall receive the complaint together with the notice of the visit.'],
]

export const sixthTraps: ReadonlyArray<string> = [
  'Labour inspectors are members of the civil service and enjoy the protection of the Civil Service Act against arbitrary dismissal.',
  'A labour inspector may be removed from office only for cause, after a hearing before the Public Service Commission.',
  'Inspectors shall be appointed for a term of five years, renewable on the basis of an assessment of their performance.',
  'The employer may terminate the contract of an employee during the probation period without notice.',
  'An employee dismissed without cause shall be entitled to compensation equal to three months\' wages.',
  'The proceedings of the labour court shall be confidential and the names of the parties shall not be published.',
  'Labour inspectors shall be appointed on the basis of a competitive examination, and their transfer shall require the opinion of the joint administrative committee.',
  'The inspector shall not show the employer the complaint, nor disclose that the visit follows one.',
  'The Minister may transfer a labour inspector to another region at the inspector\'s own request.',
  'A worker on probation whose performance is unsatisfactory may be discharged at the end of the probation period.',
  'The employer shall be informed in writing of the findings of the inspection and of the time allowed to remedy them.',
  'The inspector may give the employer a copy of the inspection report, from which every detail identifying a complainant shall be removed.',
  'Fines imposed on the report of an inspector shall be paid into the Consolidated Fund and shall form no part of the inspector\'s remuneration.',
]

// Probes written after the sixth set's rules, on the edges of what they read: termination at the Minister's
// discretion (read since @atwill), and measures that are not against an inspector's post (an inspection or a
// visit ended or cancelled, a licence cancelled, the report received, pay kept apart from fines, a worker's
// probation ended at the employer's discretion). Asserted.
export const sixthProbesFlagged: ReadonlyArray<readonly [string, string]> = [
  ['discretionary-dismissal', 'Inspectors may be terminated at the discretion of the Minister.'],
  ['discretionary-dismissal', 'The service of a labour inspector may be terminated at the discretion of the Minister.'],
]

export const sixthProbesTraps: ReadonlyArray<string> = [
  'The employer may terminate the contract of employment at his discretion during the probation period.',
  'An inspector may terminate the inspection at any time.',
  'The inspector may cancel the visit at any time without giving reasons.',
  'The inspector may, without a hearing, cancel a licence issued to the employer.',
  'The employer shall receive the inspection report within ten days.',
  'The inspector shall present to the employer the results of the inspection, without reference to any complaint.',
  'Inspectors shall be paid a salary that is not related to the fines they impose.',
  'Inspectors shall be appointed on the proposal of the Public Service Commission.',
]
