// Non-conflicts of the free-entry and visit families (C81 12(1)(a), 12(2); C129 16(1)(a)) that look like conflicts:
// entry at any reasonable time or at night, hours that are the workers' or the shops', notice that follows the
// visit or attaches to samples, consent of someone other than the employer, notification of presence with the
// prejudice exception; and provisions outside inspection with the same words (contracts' notice periods, boards
// summoning parties, a patient's consent, notification of accidents). Written in several traditions' styles, with
// a few fresh conflicts beside them so that recall is seen too. Not rows of the development set. Each trap carries
// its family, for the before/after figures of docs/rules.md.
export type TrapFamily = 'working-hours' | 'prior-notice' | 'consent' | 'presence-notification'

/** First batch: each trap must draw no conflict. */
export const firstTraps: ReadonlyArray<readonly [TrapFamily, string]> = [
  // working hours: entry at any time, the workers' hours, shop hours
  ['working-hours', 'An inspector may enter any workplace at any reasonable time.'],
  ['working-hours', 'Labour inspectors may enter workplaces at all reasonable hours of the day or night.'],
  ['working-hours', 'Entry may be made by day or by night, without previous notice.'],
  ['working-hours', 'The right of entry of inspectors is not limited to working hours.'],
  ['working-hours', 'Inspectors shall not be restricted to the hours during which work is carried on.'],
  ['working-hours', 'Visits may also take place at night, on Sundays and on public holidays.'],
  ['working-hours', 'No employer shall require a worker to work more than eight hours in any one day.'],
  ['working-hours', 'The normal hours of work shall not exceed forty-eight hours a week.'],
  ['working-hours', 'Shops shall not be open to the public before seven o\'clock in the morning or after nine o\'clock at night.'],
  ['working-hours', 'The employer shall post a notice of the hours of work at the workplace, where the inspector can see it.'],
  ['working-hours', 'The register of hours worked shall be kept at the workplace and produced to the inspector on request during working hours.'],
  ['working-hours', 'Night work means work performed between ten o\'clock in the evening and six o\'clock in the morning.'],
  ['working-hours', 'An inspector may, at any hour of the day or night, enter any premises where he has reasonable cause to believe that persons are employed.'],
  ['working-hours', 'The inspector may enter, at any time and without notice, every workplace subject to inspection, whether during working hours or outside them.'],
  ['working-hours', 'Save where the premises are a private dwelling, entry shall not be confined to the hours of business.'],
  ['working-hours', 'Inspectors shall have free access to workplaces at any time, day or night, and such access shall not depend on the hours of operation.'],
  ['working-hours', 'The labour office shall be open to the public from eight in the morning until four in the afternoon.'],
  ['working-hours', 'The employer shall give workers a rest of not less than eleven consecutive hours between two working days.'],
  ['working-hours', 'Overtime may not exceed two hours a day, except where the labour inspector authorises otherwise.'],
  ['working-hours', 'Inspectors may carry out their visits at any time; visits at night shall be made where night work is performed.'],
  // prior notice: after the visit, samples, findings, representatives, contracts
  ['prior-notice', 'The employer shall be notified of the samples taken, unless the inspector considers that this may prejudice the inspection.'],
  ['prior-notice', 'After the visit, the inspector shall notify the employer in writing of the findings.'],
  ['prior-notice', 'The inspector shall inform the employer of the results of the inspection within ten days after it.'],
  ['prior-notice', 'Notice of the defects found shall be given to the employer before the inspector leaves the premises.'],
  ['prior-notice', 'On each visit the inspector shall notify the workers\' representatives of his presence, so that they may accompany him.'],
  ['prior-notice', 'Either party may terminate the contract by giving the other one month\'s notice in writing.'],
  ['prior-notice', 'The employer shall give the workers at least fourteen days\' notice before any change in the hours of work.'],
  ['prior-notice', 'The Board shall give the parties seven days\' notice of the date of the hearing.'],
  ['prior-notice', 'The court may summon the employer to appear, giving not less than ten days\' notice.'],
  ['prior-notice', 'The employer shall notify the labour inspectorate of any fatal accident within twenty-four hours.'],
  ['prior-notice', 'Every employer shall, before commencing operations, give written notice to the inspector of the name and address of the undertaking.'],
  ['prior-notice', 'The employer shall notify the inspectorate at least thirty days in advance of any collective dismissal.'],
  ['prior-notice', 'The inspector shall not be required to give notice of the visit, save that notice shall be given where the premises are a dwelling.'],
  ['prior-notice', 'Nothing in this section shall be construed as requiring an inspector to give prior notice of an inspection.'],
  ['prior-notice', 'Inspectors may carry out visits without prior notice; where samples are taken, the employer shall be informed beforehand of their purpose.'],
  ['prior-notice', 'A copy of the inspection report shall be sent to the employer within fifteen days after the visit.'],
  ['prior-notice', 'Before leaving, the inspector shall inform the employer of the measures he intends to order.'],
  ['prior-notice', 'The employer shall be given notice of any proposed prosecution and an opportunity to be heard before it is brought.'],
  // consent: private dwellings, patients, data subjects, workers
  ['consent', 'An inspector shall not enter a private dwelling without the consent of the occupier or a warrant.'],
  ['consent', 'No medical examination shall be carried out on a worker without the worker\'s consent.'],
  ['consent', 'The treatment of a patient requires his informed consent.'],
  ['consent', 'Personal data of workers collected during an inspection shall not be disclosed without the consent of the data subject.'],
  ['consent', 'Inspectors may enter workplaces freely, without the consent of the employer.'],
  ['consent', 'Overtime shall be worked only with the consent of the worker concerned.'],
  ['consent', 'The employer may not transfer a worker to another workplace without his consent.'],
  ['consent', 'Inspectors may photograph the premises, save that a worker shall not be photographed without his consent.'],
  ['consent', 'Entry to premises used solely as a dwelling house shall require the consent of the occupier, but entry to any workplace shall not.'],
  ['consent', 'The consent of the employer shall not be required for an inspection.'],
  // presence notification: with the prejudice exception, or at the inspector's discretion
  ['presence-notification', 'On each visit the inspector shall notify the employer or his representative of his presence, unless he considers that such notification may be prejudicial to the performance of his duties.'],
  ['presence-notification', 'Inspectors shall notify their presence to the employer on arrival, except where doing so may prejudice the effectiveness of the inspection.'],
  ['presence-notification', 'The inspector shall announce his presence, save where he considers that to do so would defeat the purpose of the visit.'],
  ['presence-notification', 'The employer shall be informed of the inspector\'s presence, unless the inspector judges that this may be detrimental to the inspection.'],
  ['presence-notification', 'Labour inspectors may notify their presence to the employer; they are not obliged to do so where such notice may prejudice the visit.'],
  ['presence-notification', 'When making a visit, the inspector shall identify himself to the person in charge, if this will not prejudice the discharge of his duties.'],
  ['presence-notification', 'The inspector is not required to inform the employer of his presence where he considers that this would compromise the inspection.'],
  ['presence-notification', 'Inspectors may, at their discretion, notify the employer of their presence.'],
  ['presence-notification', 'It shall be for the inspector to decide whether to inform the employer of his presence.'],
  ['presence-notification', 'On arrival the inspector shall produce his card if asked to do so.'],
]

/** Fresh conflicts beside the first batch: each must draw its rule. */
export const firstFlagged: ReadonlyArray<readonly [string, string]> = [
  ['working-hours-only', 'Inspectors may enter workplaces only during the hours in which work is being carried on.'],
  ['working-hours-only', 'Visits shall take place between eight o\'clock in the morning and five o\'clock in the afternoon.'],
  ['working-hours-only', 'No inspection shall be carried out at night.'],
  ['working-hours-only', 'Entry shall be effected during business hours only.'],
  ['prior-notice', 'The inspector shall give the employer not less than seven days\' notice of his intention to visit the premises.'],
  ['prior-notice', 'The employer shall be informed of the inspection in writing before it takes place.'],
  ['prior-notice', 'No inspection shall be made unless the employer has been notified in advance.'],
  ['consent-or-approval', 'The inspector may enter the workplace with the consent of the employer.'],
  ['consent-or-approval', 'Entry into the workplace shall require the employer\'s agreement.'],
  ['entry-after-identification', 'The inspector may enter the premises only after informing the employer of his presence.'],
  ['entry-after-identification', 'Inspectors may begin the visit once they have identified themselves to the occupier.'],
]

/** Second batch, written before any rule was changed for the first: harder sentences (long, lists, back-references). */
export const secondTraps: ReadonlyArray<readonly [TrapFamily, string]> = [
  // working hours
  ['working-hours', 'Labour inspectors provided with proper credentials shall be empowered to enter freely, at any hour of the day or night, any workplace liable to inspection.'],
  ['working-hours', 'The inspector may visit establishments during the day and also during the night, whenever he considers it necessary.'],
  ['working-hours', 'Access to the workplace shall not be refused to the inspector on the ground that the visit falls outside working hours.'],
  ['working-hours', 'The powers conferred by this section may be exercised at any time, and are not confined to the hours during which the premises are open.'],
  ['working-hours', 'An inspector may enter premises by night where he has reason to believe that work is being carried on there, and by day at any time.'],
  ['working-hours', 'No woman shall be employed in any factory between the hours of ten in the evening and five in the morning.'],
  ['working-hours', 'The hours of work, and the intervals for rest, shall be fixed by the employer and communicated to the labour inspector before they take effect.'],
  ['working-hours', 'Every shop shall be closed for the serving of customers not later than eight o\'clock in the evening on weekdays.'],
  ['working-hours', 'Wages shall be paid on a working day, during or immediately after working hours, at or near the place of work.'],
  ['working-hours', 'The inspector shall not be bound by the working hours of the establishment when carrying out a visit.'],
  ['working-hours', 'Inspection visits may be carried out on any day of the week, including Sundays and public holidays, at any hour.'],
  ['working-hours', 'Where an inspection cannot be completed during working hours, it may be continued after those hours without the consent of the employer.'],
  ['working-hours', 'Workers employed on night shifts shall be entitled to a medical examination before their assignment and at regular intervals.'],
  ['working-hours', 'A worker shall not be required to remain at the workplace after the end of the working day, save in the cases of force majeure listed in article 40.'],
  // prior notice
  ['prior-notice', 'Where the inspector takes samples, he shall notify the employer beforehand, except where this may prejudice the inspection.'],
  ['prior-notice', 'The employer shall be informed, in advance, of any sample that the inspector intends to remove for analysis.'],
  ['prior-notice', 'The findings of the inspection shall be communicated to the employer, and the workers\' representatives shall be notified of them.'],
  ['prior-notice', 'An employer who intends to employ workers at night shall notify the labour inspectorate in advance.'],
  ['prior-notice', 'The labour officer shall not be required to inform the employer before entering; such notice, if given, shall not delay the visit.'],
  ['prior-notice', 'Prior notice of a visit shall not be given, save where the inspector considers that notice would assist the inspection.'],
  ['prior-notice', 'The Industrial Relations Commission shall give each party not less than fourteen days\' notice of the time and place of the sitting.'],
  ['prior-notice', 'An employee who wishes to resign shall give his employer thirty days\' written notice.'],
  ['prior-notice', 'The employer shall give the labour office two weeks\' notice before the start of any construction works lasting more than thirty days.'],
  ['prior-notice', 'Every accident causing the death of a worker shall be notified without delay to the inspector of the district.'],
  ['prior-notice', 'Notice of a follow-up visit may be given at the end of the first visit, when the inspector sets the time limit for compliance.'],
  ['prior-notice', 'When the inspector intends to issue an improvement notice, he shall first inform the employer of the contraventions found and hear his explanations.'],
  ['prior-notice', 'The employer shall be told of the right of appeal against the order, and of the time limit for lodging it, when the order is served.'],
  // consent
  ['consent', 'The inspector may, with the consent of the worker, interview him in private, away from the employer.'],
  ['consent', 'A premises used as a private residence may only be entered with the consent of the occupant or with the authorisation of a judge.'],
  ['consent', 'No person under eighteen shall be employed without the written consent of his parent or guardian.'],
  ['consent', 'Blood samples may be taken from a worker only with his informed consent.'],
  ['consent', 'Entry into workplaces by inspectors does not depend on the consent of the employer or of any other person.'],
  ['consent', 'The employer\'s agreement shall not be a condition of the inspector\'s entry.'],
  ['consent', 'The inspector may not enter the living quarters of workers without the consent of those who live there.'],
  ['consent', 'An agreement on overtime shall be valid only with the consent of the trade union.'],
  // presence notification
  ['presence-notification', 'Upon entering a workplace, the inspector shall make his presence known to the employer, unless he considers that doing so might prejudice the performance of his duties.'],
  ['presence-notification', 'Inspectors shall, on the occasion of an inspection visit, notify the employer or his representative of their presence, save where they consider that such notification may be prejudicial to the performance of their duties.'],
  ['presence-notification', 'The inspector shall inform the employer of his presence at the beginning of the visit; he may dispense with this where he considers it would hinder the inspection.'],
  ['presence-notification', 'Notification of the inspector\'s presence may be withheld where it might jeopardise the purpose of the visit.'],
  ['presence-notification', 'The inspector need not make his presence known if he considers that to do so would be prejudicial to the inspection.'],
  ['presence-notification', 'Inspectors shall show their identity card to the employer upon request.'],
  ['presence-notification', 'After entering, and where this does not prejudice the inspection, the inspector shall inform the employer of his arrival.'],
]

export const secondFlagged: ReadonlyArray<readonly [string, string]> = [
  ['working-hours-only', 'The inspector may enter the establishment only at times when the establishment is open for business.'],
  ['working-hours-only', 'Visits outside the normal working hours of the undertaking shall not be permitted.'],
  ['working-hours-only', 'Inspections shall be carried out in the daytime.'],
  ['prior-notice', 'The inspection shall be preceded by a written notice to the employer stating its date.'],
  ['prior-notice', 'Inspectors shall notify the management seventy-two hours before the visit.'],
  ['consent-or-approval', 'The labour inspector may enter the premises subject to the consent of the owner.'],
  ['entry-after-identification', 'The inspector may enter only after he has notified the employer.'],
]

/** Third batch, written after the rules were fixed for the first two and scored before any change for it. */
export const thirdTraps: ReadonlyArray<readonly [TrapFamily, string]> = [
  // working hours
  ['working-hours', 'Officers may exercise the power of entry at any hour, and their visits are not tied to the times at which the undertaking is open.'],
  ['working-hours', 'The inspector may enter the premises whenever work is being carried on there, whether by day or at night.'],
  ['working-hours', 'Inspections outside normal working hours are permitted where the inspector considers them necessary.'],
  ['working-hours', 'An inspector may, during the night as well as in the daytime, enter any place where he believes that persons are working.'],
  ['working-hours', 'The employer shall display, at a conspicuous place, the opening hours of the establishment and the hours of work of each shift.'],
  ['working-hours', 'Young persons shall not be employed between eight o\'clock in the evening and seven o\'clock in the morning.'],
  ['working-hours', 'Shops may remain open on Sundays only in the tourist areas designated by the Minister.'],
  ['working-hours', 'The duration of a visit shall be as long as the inspector requires, and it may extend beyond the close of business.'],
  ['working-hours', 'A labour officer may enter any workplace at any reasonable time, and such time shall include any time at which persons are employed there.'],
  ['working-hours', 'The inspector shall note in the register the hours during which the workers were found at work.'],
  ['working-hours', 'The labour office shall receive complaints during its office hours from Monday to Friday.'],
  ['working-hours', 'Employers shall keep the working time records for three years and make them available to the inspector during the visit.'],
  // prior notice
  ['prior-notice', 'Where a worker is to be transferred, the employer shall notify him of the transfer at least one month in advance.'],
  ['prior-notice', 'A landlord may enter the rented premises only after giving the tenant twenty-four hours\' notice.'],
  ['prior-notice', 'The Wages Council shall publish notice of its proposals and allow thirty days for objections before making an order.'],
  ['prior-notice', 'The inspector shall give the employer a copy of the report of the visit, and the employer may comment on it within ten days.'],
  ['prior-notice', 'The employer shall give the inspectorate seven days\' notice before beginning any work with asbestos.'],
  ['prior-notice', 'Save where the inspector considers that it would prejudice the visit, the employer shall be informed of its purpose on arrival.'],
  ['prior-notice', 'Notice of the inspector\'s intention to prosecute shall be given to the employer fourteen days before proceedings are instituted.'],
  ['prior-notice', 'The inspector shall inform the workers\' representatives of his visit, if they so wish, so that they may make their observations.'],
  ['prior-notice', 'An employer who intends to close the undertaking shall inform the labour inspector three months in advance.'],
  ['prior-notice', 'No prior notice is required for any visit, and notice of a follow-up visit shall be given only where the inspector sees fit.'],
  // consent
  ['consent', 'An inspector may enter any workplace, but a room used exclusively for living may be entered only with the consent of the occupier.'],
  ['consent', 'Interviews of workers shall be held with their consent, out of the hearing of the employer.'],
  ['consent', 'A worker may be assigned to night work only with his written consent.'],
  ['consent', 'The inspector may remove documents from the premises with the consent of the employer or, failing that, by giving a receipt.'],
  ['consent', 'No consent of the employer or of any public authority shall be needed before an inspector enters a workplace.'],
  // presence notification
  ['presence-notification', 'The inspector shall make himself known to the employer on arrival, save where he judges that doing so would frustrate the visit.'],
  ['presence-notification', 'The employer need not be informed of the inspector\'s presence where the inspector considers that such information would prejudice the inspection.'],
  ['presence-notification', 'Whether and when to notify the employer of his presence is a matter for the inspector, having regard to the purpose of the visit.'],
  ['presence-notification', 'On arriving, the inspector shall show his credentials to the person in charge if asked, and may begin the inspection at once.'],
]

export const thirdFlagged: ReadonlyArray<readonly [string, string]> = [
  ['working-hours-only', 'Labour inspectors shall conduct visits only between sunrise and sunset.'],
  ['working-hours-only', 'An inspector may not enter a workplace after the close of business.'],
  ['working-hours-only', 'Inspections may be carried out on working days from nine in the morning to five in the afternoon.'],
  ['prior-notice', 'The labour officer shall inform the employer of the date of the visit not less than two days beforehand.'],
  ['prior-notice', 'Each inspection shall be announced to the employer by registered letter.'],
  ['prior-notice', 'An inspector intending to visit a workplace shall first give notice to the employer.'],
  ['consent-or-approval', 'The inspector may enter the undertaking with the agreement of its management.'],
  ['consent-or-approval', 'Inspectors may only enter workplaces with the prior consent of the owner.'],
  ['entry-after-identification', 'The inspector may begin the inspection only after he has informed the employer of his presence.'],
]

/** Fourth batch, written after the rules were fixed for the third and scored before any change for it. */
export const fourthTraps: ReadonlyArray<readonly [TrapFamily, string]> = [
  // working hours
  ['working-hours', 'The labour controller shall have access to the enterprise at every hour of the day and of the night.'],
  ['working-hours', 'Visits may be made at any moment, including during rest days and outside the hours of work of the personnel.'],
  ['working-hours', 'The inspector is authorised to penetrate freely, at any hour, into every establishment subject to the control of the inspectorate.'],
  ['working-hours', 'In seasonal undertakings the hours of work may be extended to ten a day, with the authorisation of the labour inspector.'],
  ['working-hours', 'Night work by women in industrial undertakings shall be subject to the prior agreement of the labour inspection.'],
  ['working-hours', 'The inspector who ascertains that workers are employed beyond the legal hours of work shall draw up a report.'],
  ['working-hours', 'Hotels and restaurants may keep their staff at work until midnight, provided that the rest between two days of work is not less than ten hours.'],
  ['working-hours', 'An inspection begun during the working day may be pursued after the end of that day if the inspector so decides.'],
  // prior notice
  ['prior-notice', 'The employer shall be notified, on the spot, of the samples and documents removed, against receipt.'],
  ['prior-notice', 'A copy of the minutes of the inspection shall be handed to the employer, who shall acknowledge receipt of it.'],
  ['prior-notice', 'The collective agreement shall be deposited with the labour inspectorate, and notice of its deposit published in the official journal.'],
  ['prior-notice', 'The employer who intends to resort to temporary lay-off shall notify the labour inspector at least eight days before.'],
  ['prior-notice', 'The arbitration committee shall summon the parties by registered letter at least five days before the session.'],
  ['prior-notice', 'Where a worker is injured, the employer shall report the accident to the labour inspectorate within forty-eight hours.'],
  ['prior-notice', 'The labour inspector may summon the employer to his office by a notice stating the day and hour at which he must appear.'],
  ['prior-notice', 'The inspector shall not announce his visits, save in the cases provided for in article 12, where notice may assist the inspection.'],
  ['prior-notice', 'The employer shall inform the workers of the findings of the inspection by posting them on the notice board.'],
  ['prior-notice', 'The staff delegates shall be informed of the inspector\'s visit and may accompany him during it.'],
  // consent
  ['consent', 'Inspectors shall not enter the residence of the employer without his consent, unless it is also used as a workshop.'],
  ['consent', 'A worker may not be examined by the occupational physician against his will.'],
  ['consent', 'The employer may not, without the agreement of the worker, alter the place of work fixed in the contract.'],
  ['consent', 'Entry into workplaces shall not be subject to the agreement of the employer or of his agents.'],
  ['consent', 'The inspector may record the statements of workers, with their agreement, by audio or video means.'],
  // presence notification
  ['presence-notification', 'At the beginning of each visit, the controller shall announce his presence to the head of the enterprise, unless such announcement risks harming the effectiveness of the control.'],
  ['presence-notification', 'The inspector is exempted from notifying his presence where he considers that such notice might compromise the purpose of the inspection.'],
  ['presence-notification', 'The notification of presence provided for in the preceding paragraph may be omitted where it would prejudice the performance of the inspector\'s duties.'],
  ['presence-notification', 'The inspector shall, where appropriate, notify the employer of his presence and show his professional card.'],
]

export const fourthFlagged: ReadonlyArray<readonly [string, string]> = [
  ['working-hours-only', 'The controller may enter the enterprise only during the hours in which its personnel are at work.'],
  ['working-hours-only', 'Visits at night are forbidden save on the written order of the Minister.'],
  ['working-hours-only', 'Inspection shall take place during the hours the establishment is open to the public.'],
  ['prior-notice', 'The controller shall notify the head of the enterprise of the forthcoming inspection three days before it.'],
  ['prior-notice', 'The visit shall be preceded by a letter to the employer indicating its date and object.'],
  ['consent-or-approval', 'The inspector may penetrate into the workplace only with the agreement of the head of the enterprise.'],
  ['entry-after-identification', 'The controller may enter only after having presented himself to the head of the enterprise.'],
]

/** Fifth batch, written after the rules were fixed for the fourth and scored before any change for it. */
export const fifthTraps: ReadonlyArray<readonly [TrapFamily, string]> = [
  // working hours
  ['working-hours', 'Officers of the inspectorate may visit the undertakings under their supervision on any day and at any hour.'],
  ['working-hours', 'The power to enter conferred by subsection (1) may be exercised at night as well as by day.'],
  ['working-hours', 'Labour inspectors need not confine their visits to the hours during which the workplace is in operation.'],
  ['working-hours', 'An employer shall not require an employee to work on a public holiday unless the employee agrees.'],
  ['working-hours', 'The inspector shall verify that the daily hours of work posted in the workplace are observed.'],
  ['working-hours', 'Pharmacies shall take turns to remain open at night and on public holidays, according to a roster fixed by the municipality.'],
  ['working-hours', 'Visits may be carried out during and outside working hours, by day and by night.'],
  ['working-hours', 'Where the undertaking works in shifts, the inspector may visit each shift, including the night shift.'],
  ['working-hours', 'The employer shall record the hours worked by each employee every working day and keep the record at the disposal of the inspectorate.'],
  ['working-hours', 'Domestic workers shall be entitled to at least ten consecutive hours of rest at night.'],
  // prior notice
  ['prior-notice', 'The inspector shall leave with the employer a written notice of the contraventions noted during the visit.'],
  ['prior-notice', 'Where the inspector intends to take samples, he shall first inform the employer of the samples to be taken.'],
  ['prior-notice', 'The Minister shall give notice in the Gazette of any order made under this section before it takes effect.'],
  ['prior-notice', 'An employer shall give not less than thirty days\' notice to the labour office before he lays off workers for economic reasons.'],
  ['prior-notice', 'The Tribunal shall cause a notice of the hearing to be served on the employer at least seven days beforehand.'],
  ['prior-notice', 'The inspector shall, after each visit, inform the employer and the workers\' representatives of the results.'],
  ['prior-notice', 'A visit made without notice shall not be void by reason only that the employer was absent.'],
  ['prior-notice', 'The inspector may, if he thinks fit, inform the employer in advance of a visit to discuss technical matters.'],
  ['prior-notice', 'Before the inspector leaves, the employer shall be told of any order the inspector proposes to make and the reasons for it.'],
  ['prior-notice', 'No prior notice of inspection shall be required, except where the premises are a private dwelling.'],
  // consent
  ['consent', 'A labour inspector may enter a home used as a workplace only with the consent of the householder or by warrant.'],
  ['consent', 'No personal information about a worker shall be given to any person without that worker\'s written consent.'],
  ['consent', 'The employer shall not make deductions from wages except with the written consent of the worker.'],
  ['consent', 'An inspector may enter any workplace without the consent of its owner, occupier or manager.'],
  ['consent', 'A worker may, with his consent, be questioned by the inspector at his home.'],
  // presence notification
  ['presence-notification', 'Upon arriving at the workplace, the inspector shall notify the employer of his presence, unless doing so may, in his opinion, prejudice the inspection.'],
  ['presence-notification', 'The inspector may refrain from notifying the employer of his presence where notification would defeat the object of the inspection.'],
  ['presence-notification', 'The employer or his representative shall be notified of the inspector\'s presence, except where the inspector believes this would impede the performance of his duties.'],
  ['presence-notification', 'The inspector shall notify his presence to the employer, who shall assign a person to accompany him if the inspector so requests.'],
  ['presence-notification', 'The inspector is not bound to inform the employer that he is present if he considers that to do so would be detrimental to the inspection.'],
]

export const fifthFlagged: ReadonlyArray<readonly [string, string]> = [
  ['working-hours-only', 'Officers may exercise their power of entry only at times when work is being done in the premises.'],
  ['working-hours-only', 'Labour inspectors shall not visit establishments on Fridays or on official holidays.'],
  ['working-hours-only', 'Entry shall take place between sunrise and sunset.'],
  ['working-hours-only', 'Inspection visits may be made only during the normal business hours of the employer.'],
  ['prior-notice', 'The employer shall be given written notice of an inspection a week before it is carried out.'],
  ['prior-notice', 'The inspector shall arrange the visit with the employer in advance.'],
  ['entry-conditional', 'No inspection visit may take place before the employer has received notice of it.'],
  ['consent-or-approval', 'The inspector shall obtain the consent of the employer before entering the premises.'],
  ['consent-or-approval', 'Inspectors may enter only where the management has given its agreement.'],
  ['entry-after-identification', 'The inspector shall introduce himself to the employer before he enters the workplace.'],
]

/** Sixth batch, written after the rules were fixed for the fifth and scored before any change for it. */
export const sixthTraps: ReadonlyArray<readonly [TrapFamily, string]> = [
  // working hours
  ['working-hours', 'The Labour Inspector may at any time of the day or night enter and inspect any place in which workers are employed.'],
  ['working-hours', 'There shall be no restriction on the hours at which inspection visits may be made.'],
  ['working-hours', 'Inspections may take place during the working hours of the establishment or, where the inspector deems it necessary, outside them.'],
  ['working-hours', 'Employers shall not compel workers to work more than ten hours in a day, including overtime.'],
  ['working-hours', 'The working hours of the labour department shall be fixed by the Public Service Commission.'],
  ['working-hours', 'A supermarket may open on a Sunday between ten o\'clock and four o\'clock.'],
  ['working-hours', 'An inspector finding workers at work during prohibited hours may order them to stop work at once.'],
  ['working-hours', 'Inspectors shall receive an allowance for visits made outside their own working hours.'],
  ['working-hours', 'Visits at night, on weekends and on holidays are permitted under the same conditions as visits during working hours.'],
  ['working-hours', 'A time sheet showing the hours each worker starts and ends work shall be shown to any inspector who asks for it.'],
  // prior notice
  ['prior-notice', 'The employer shall be notified of the inspector\'s findings in writing within a reasonable time after the visit.'],
  ['prior-notice', 'Any person served with an improvement notice may appeal to the tribunal within twenty-one days.'],
  ['prior-notice', 'An employer who proposes to employ more than ten workers at night shall give the inspector fourteen days\' notice of that intention.'],
  ['prior-notice', 'The Registrar shall give the union not less than two months\' notice of his intention to cancel its registration.'],
  ['prior-notice', 'Notice of the time and place of the enquiry into the accident shall be given to the relatives of the deceased.'],
  ['prior-notice', 'The inspector may give notice of a visit only where this is necessary to secure the presence of a particular person, and it shall not prejudice the inspection.'],
  ['prior-notice', 'Notwithstanding any provision of this Act, no notice shall be required before entry by an inspector.'],
  ['prior-notice', 'The owner shall give notice to the inspector before any boiler is used for the first time.'],
  ['prior-notice', 'The inspector shall inform the employer, when the inspection is concluded, of the measures he considers necessary.'],
  ['prior-notice', 'An employer shall give each worker a written statement of the hours of work at least seven days before the start of each roster.'],
  // consent
  ['consent', 'A photograph of a worker shall not be published without his consent.'],
  ['consent', 'Inspectors may enter a dwelling used for outwork only with the consent of the occupier or under a warrant of a magistrate.'],
  ['consent', 'Inspectors may enter and inspect without the agreement of the owner, the manager or any other person.'],
  ['consent', 'A minor may enter into a contract of employment with the consent of his guardian.'],
  ['consent', 'The inspector may interview a worker with the worker\'s agreement at a place away from the workplace.'],
  // presence notification
  ['presence-notification', 'On the occasion of an inspection visit the inspector shall inform the employer or his representative that he is on the premises, save where he is of the view that this may prejudice the discharge of his duties.'],
  ['presence-notification', 'The inspector shall identify himself to the person in charge on arrival unless identification would hamper the inspection.'],
  ['presence-notification', 'It is left to the inspector to decide whether his presence should be made known to the employer.'],
  ['presence-notification', 'An inspector who thinks that announcing his presence would frustrate the visit may carry out the inspection without doing so.'],
  ['presence-notification', 'The inspector shall tell the employer that he is there, where that will not undermine the purpose of the inspection.'],
]

export const sixthFlagged: ReadonlyArray<readonly [string, string]> = [
  ['working-hours-only', 'Inspectors may visit establishments only while they are open to the public.'],
  ['working-hours-only', 'No visit may be made outside the hours during which the establishment is operating.'],
  ['working-hours-only', 'Inspections shall be carried out during the day.'],
  ['working-hours-only', 'The power of entry may be exercised on weekdays between the hours of eight and five.'],
  ['prior-notice', 'The employer shall receive notice of the inspection at least forty-eight hours in advance.'],
  ['prior-notice', 'Inspectors must give reasonable notice to the occupier before entering any workplace.'],
  ['prior-notice', 'The date of every inspection shall be communicated to the employer before it takes place.'],
  ['consent-or-approval', 'An inspector may enter the workplace provided the employer consents.'],
  ['consent-or-approval', 'Inspections require the consent of the owner of the establishment.'],
  ['entry-after-identification', 'An inspector may enter only after he has made his presence known to the employer.'],
]

/**
 * Seventh batch, written last and scored on the rules of the round's end without any change for it: the held-out
 * figure of docs/rules.md. Since the follow-ups it gets none wrong.
 */
export const seventhTraps: ReadonlyArray<readonly [TrapFamily, string]> = [
  // working hours
  ['working-hours', 'Such visits may be made at whatever hour the inspector chooses.'],
  ['working-hours', 'The inspector may enter at all times, and his entry shall not be refused because the workplace is closed to the public.'],
  ['working-hours', 'Entry outside the normal hours of operation does not require any special authorisation.'],
  ['working-hours', 'The employer shall inform the inspectorate of the working hours of the undertaking and of any shift system.'],
  ['working-hours', 'Work on Sundays shall be paid at double the normal rate.'],
  ['working-hours', 'Banks shall be open to the public from nine in the morning until three in the afternoon on weekdays.'],
  ['working-hours', 'The inspector may require the employer to produce, during the visit, the records of overtime worked in the preceding month.'],
  ['working-hours', 'No limitation as to time shall apply to the powers of entry of labour inspectors.'],
  ['working-hours', 'An inspector may carry out a visit on a day of rest where he believes that work is being done on that day.'],
  ['working-hours', 'Inspectors shall work thirty-five hours a week, and visits outside those hours shall count as overtime.'],
  // prior notice
  ['prior-notice', 'The labour officer shall hand the employer, at the end of the inspection, a notice listing the matters to be remedied.'],
  ['prior-notice', 'Notice of any change in the address of the undertaking shall be given to the inspectorate within fourteen days.'],
  ['prior-notice', 'The Director may, after giving the employer notice and an opportunity to be heard, cancel the licence of the agency.'],
  ['prior-notice', 'A worker who intends to take annual leave shall notify his employer at least two weeks in advance.'],
  ['prior-notice', 'The employer shall notify the labour inspector of the date on which building works will begin, not less than ten days before.'],
  ['prior-notice', 'Inspectors need not announce their visits; where a visit has been announced, it may nonetheless take place earlier.'],
  ['prior-notice', 'The results of the analysis of the samples shall be communicated to the employer within thirty days.'],
  ['prior-notice', 'The conciliation officer shall notify both parties of the date of the meeting not less than seven days before it.'],
  ['prior-notice', 'An inspector who intends to visit a private dwelling used as a workplace shall give the occupier twenty-four hours\' notice.'],
  ['prior-notice', 'The employer shall be informed of the outcome of the inspection before the report is sent to the Minister.'],
  // consent
  ['consent', 'No worker shall be required to undergo an HIV test as a condition of employment, and any test shall be made only with his informed consent.'],
  ['consent', 'The inspector may enter the workplace even if the employer does not consent.'],
  ['consent', 'Entry into the premises of an agricultural undertaking shall not depend on the approval of its owner.'],
  ['consent', 'A place used solely as the family\'s living quarters may be entered only with the consent of a member of the household.'],
  ['consent', 'The worker\'s consent shall be obtained before his personal data are transferred to a third party.'],
  // presence notification
  ['presence-notification', 'The inspector shall notify the employer of his arrival, except where he considers that advance knowledge of the inspection may allow evidence to be concealed.'],
  ['presence-notification', 'Where the inspector considers that making his presence known would prejudice the inspection, he is not required to do so.'],
  ['presence-notification', 'Notification of the inspector\'s presence shall not be required in cases where it could endanger the effectiveness of the control.'],
  ['presence-notification', 'The inspector shall inform the employer of his presence, but may first observe the workplace where he considers this necessary for the inspection.'],
  ['presence-notification', 'At the start of the visit the inspector shall make himself known to the employer, who shall then provide the facilities required.'],
]

export const seventhFlagged: ReadonlyArray<readonly [string, string]> = [
  ['working-hours-only', 'Inspectors may enter workplaces only during the period in which work is performed.'],
  ['working-hours-only', 'An inspection may not begin before eight o\'clock in the morning or continue after six o\'clock in the evening.'],
  ['working-hours-only', 'Visits shall be made in the hours of daylight.'],
  ['working-hours-only', 'The inspector may visit only on days on which the undertaking is working.'],
  ['prior-notice', 'The employer shall be told of the date and hour of the inspection visit beforehand.'],
  ['prior-notice', 'An inspection may take place only after a notice has been sent to the employer.'],
  ['prior-notice', 'Inspectors shall give the employer at least one day\'s warning of their visit.'],
  ['consent-or-approval', 'The inspector may enter only if the employer agrees to the visit.'],
  ['consent-or-approval', 'Access to the workplace shall be granted to the inspector with the employer\'s permission.'],
  ['entry-after-identification', 'Inspectors may start the inspection only after they have presented themselves to the management.'],
]


/**
 * The follow-ups' batch, in the families the seventh batch and the inspectorate round's known misses touch, written
 * and scored before the rules were changed for it (docs/rules.md, "Follow-ups after the traps and inspectorate
 * rounds": 3 of 9 conflicts found, 1 of 6 traps flagged). Since the sixth round all are found.
 */
export const followUpFlagged: ReadonlyArray<readonly [string, string]> = [
  ['working-hours-only', 'Labour inspectors may visit a workplace only while work is in progress there.'],
  ['working-hours-only', 'No inspection shall start earlier than seven in the morning or go on later than seven in the evening.'],
  ['working-hours-only', 'An inspector may carry out visits only on the days when the establishment is open for business.'],
  ['prior-notice', 'The inspector shall give the occupier two days\' warning before any inspection.'],
  ['consent-or-approval', 'Inspectors shall be admitted to the premises with the permission of the owner.'],
  ['consent-or-approval', 'Entry to the establishment shall be allowed to the inspector with the permission of the person in charge.'],
  ['inspection-moratorium', 'Workshops employing not more than ten workers shall be exempt from inspection by the labour inspectorate.'],
  ['inspection-moratorium', 'No labour inspector shall inspect an undertaking that was inspected within the previous twelve months.'],
  ['inspection-moratorium', 'New investors shall be inspected only with the prior agreement of the Investment Board during their first five years.'],
]

export const followUpTraps: ReadonlyArray<readonly [TrapFamily | 'moratorium', string]> = [
  ['working-hours', 'Inspections outside normal working hours shall not require any prior permission.'],
  ['prior-notice', 'An employee who wishes to resign shall notify his employer one month in advance.'],
  ['prior-notice', 'Visits need not be announced; where the inspector has announced a visit, he may still carry it out at another time.'],
  ['consent', 'The inspector may enter without the permission of the employer.'],
  ['moratorium', 'Undertakings employing not more than ten workers shall also be subject to inspection by the labour inspectorate.'],
  ['moratorium', 'The labour inspectorate shall keep an inspection register in which every visit is recorded.'],
]

