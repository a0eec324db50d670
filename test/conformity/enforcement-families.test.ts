// The enforcement, confidentiality and status families on wordings written for this test (not rows of the
// development set): each conflict sentence draws the named rule, each trap draws no conflict.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {checkText, loadRules} from '../../src/conformity/index.ts'

const rulesDir = join(import.meta.dirname, '../../corpus/rules')
const sources = readdirSync(rulesDir).filter((f) => f.endsWith('.yaml')).map((f) => ({path: `rules/${f}`, text: readFileSync(join(rulesDir, f), 'utf8')}))
const {value: rules} = loadRules(sources)
const conflicts = (text: string) => checkText(text, rules).filter((f) => f.status === 'conflict').map((f) => f.rule)

const flagged: Array<[string, string]> = [
  ['orders-need-approval', 'The closure of an establishment ordered by a labour inspector shall be confirmed by the Minister before it is carried out.'],
  ['orders-need-approval', 'An order to cease work shall be submitted to the head of the inspection service for approval before it is served on the employer.'],
  ['orders-need-approval', 'The decision to suspend the work lies with the Regional Director of Labour.'],
  ['no-stop-power', 'Labour inspectors have no power to order the immediate cessation of dangerous work.'],
  ['stop-after-warning', 'In the event of imminent danger, the inspector shall notify the employer in writing and allow him forty-eight hours to take the necessary measures before ordering the evacuation of the premises.'],
  ['appeal-suspends-order', 'Lodging an appeal against a prohibition order stays its execution until the appeal is determined.'],
  ['compliance-period-before-sanction', 'The inspector shall serve a notice of contravention giving the employer not less than fourteen days to comply, and shall prosecute only if the contravention continues thereafter.'],
  ['compliance-period-before-sanction', 'Where a violation is found for the first time, the inspector shall issue a written warning; a fine may be imposed only on a repeat violation.'],
  ['sanction-waived-on-compliance', 'An employer who has paid the wages due after the inspection shall not be prosecuted for the underpayment.'],
  ['obstruction-not-penalised', 'Obstruction of inspectors is not subject to any sanction under the Code.'],
  ['penalty-nominal', 'Refusing to admit an inspector is punishable by a fine of twenty dollars.'],
  ['penalties-not-enforced', 'The Minister may waive the fines imposed for violations of this Code.'],
  ['complaint-disclosure', 'Before the visit, the employer shall receive written notice of the complaint that gave rise to it.'],
  ['complaint-disclosure', 'The labour officer shall notify the employer that a complaint has been received against him and of its contents.'],
  ['discretionary-dismissal', 'Inspectors shall be appointed on the recommendation of the ruling party.'],
  ['discretionary-dismissal', 'Labour inspectors shall be engaged on fixed-term contracts of two years.'],
  ['report-signature', 'The record of inspection has no legal force unless signed by the employer or his representative.'],
  // Wordings added with the eight tuning countries of the third round (numbers in words, passive voice, "save where").
  ['orders-need-approval', 'A closure order made by an inspector shall not be carried out until the Commissioner has approved it.'],
  ['orders-need-approval', 'Having obtained the written approval of the Chief Inspector, the inspector may order the evacuation of the site.'],
  ['appeal-suspends-order', 'An order to suspend operations shall be executed only once it has become final.'],
  ['penalty-nominal', 'Hindering a labour officer is punishable by a fine of one hundred and fifty dollars.'],
  ['penalty-nominal', 'The fines for obstructing inspectors are still expressed in the old currency.'],
  ['obstruction-not-penalised', 'An employer who refuses an inspector access commits an offence for which the Code prescribes no penalty.'],
  ['penalties-not-enforced', 'Fines imposed by the labour inspectorate are seldom recovered.'],
  ['compliance-period-before-sanction', 'No prosecution shall be brought without first giving the employer notice of the breach.'],
  ['sanction-waived-on-compliance', 'An employer that rectifies the breach before the hearing shall not be fined.'],
  ['complaint-disclosure', 'Inspection files, complaints included, are public records open to inspection by any interested party.'],
  ['trade-secrets-disclosed', 'Inspectors are bound to secrecy only for as long as they remain in office.'],
]

const traps = [
  'The inspector may order the immediate stoppage of work where there is imminent danger; the employer may appeal, but the appeal shall not suspend the order.',
  'In the event of an imminent threat the inspector may take measures with immediate effect, and the decision shall be referred to a higher level for confirmation within 24 hours.',
  'Work ordered to stop shall remain suspended until the court lifts the order.',
  'The inspector may, at his discretion, give the employer an opportunity to comply instead of instituting proceedings.',
  'The penalty may be reduced by half if the employer remedies the breach within the time limit.',
  'Any employer who obstructs an inspector is liable to a fine of five hundred dinars.',
  'Any person who obstructs an inspector shall be liable to a fine not exceeding fifty thousand dollars or to imprisonment for six months.',
  'An inspection following a complaint shall be carried out without prior notice.',
  'The annual report shall include the number of complaints received and dealt with.',
  'The union may lodge a complaint with the Registrar, who shall send a copy to the employer.',
  'The labour inspector shall verify that fixed-term contracts of employment are made in writing.',
  "The employer's refusal to sign shall not render the report invalid.",
  'Where there is imminent danger, the inspector may, without the approval of his superiors, order the evacuation of the workplace.',
  'A fine shall be enforceable only when the decision imposing it has become final.',
  'Any person who obstructs an inspector shall be liable to a fine of four hundred thousand shillings.',
  'Any person who obstructs an inspector shall be liable to a fine of 500 dollars or to imprisonment for six months.',
  'A worker may refer his claim to the court only after a period of thirty days of conciliation.',
  'The inspector shall notify the employer of his presence, unless notification would defeat the purpose of the visit.',
  'Fines which are too low shall be increased every two years in line with prices.',
  'Any person may inspect the register of trade unions kept by the Registrar.',
]

describe('enforcement, confidentiality and status families', () => {
  test.each(flagged)('%s: %s', (rule, text) => {
    expect(conflicts(text)).toContain(rule)
  })
  test.each(traps)('no conflict: %s', (text) => {
    expect(conflicts(text)).toEqual([])
  })
})
