// Acts numbered by section in the Commonwealth style, as their text comes out of a PDF. The first is written in
// our own words after the layout of Zambia's Occupational Health and Safety Act, 2010 (No. 36 of 2010), found on
// zambialii.org and global-regulation.com: a title block, an "Arrangement of Sections" that lists Parts and
// sections, the long title ("An Act to …") and enacting words, Parts whose title sits on the next line, marginal
// notes on a line of their own above "26. (1) …", subsections, paragraphs (a), (b) and sub-paragraphs (i), (ii),
// running heads with page numbers at each page break, and a Schedule at the end. The second is synthetic.

/** A section as the tests expect it: its number, heading and the labels of its items, nested. */
export interface ExpectedSection {
  number: string
  heading: string
  items: Array<string | [string, Array<string>]>
}

/** A short Act in our own words, with the layout features of a Commonwealth Act's PDF text. */
export function commonwealthAct(): {text: string; parts: Array<{number: string; heading: string; sections: Array<string>}>; sections: Array<ExpectedSection>} {
  const header = (page: number) => (page % 2 === 1 ? `Workplace Safety and Health [No. 12 of 2010 ${page}` : `${page} No. 12 of 2010] Workplace Safety and Health`)
  const pages = [
    [
      'THE WORKPLACE SAFETY AND HEALTH ACT, 2010',
      '',
      'ARRANGEMENT OF SECTIONS',
      'Section',
      'PART I',
      'PRELIMINARY',
      '1. Short title and commencement',
      '2. Interpretation',
      'PART II',
      'ENFORCEMENT',
      '3. Appointment of inspectors',
      '4. Powers of inspectors',
      '5. Improvement notices',
      'PART III',
      'GENERAL PROVISIONS',
      '6. Offences and penalties',
      '7. Regulations',
      'SCHEDULE'
    ],
    [
      'No. 12 of 2010',
      'An Act to provide for the safety, health and welfare of persons at work; to provide for the',
      'appointment and powers of inspectors; and to provide for matters connected with the foregoing.',
      'ENACTED by the Parliament.',
      'PART I',
      'PRELIMINARY',
      'Short title and commencement',
      '1. This Act may be cited as the Workplace Safety and Health Act, 2010, and shall come into',
      'operation on such date as the Minister may appoint by statutory instrument.',
      'Interpretation',
      '2. In this Act, unless the context otherwise requires—',
      '"inspector" means a person appointed as an inspector under section three;',
      '"workplace" means any place where a person works, and includes a vehicle, vessel or aircraft.',
      'PART II',
      'ENFORCEMENT',
      'Appointment of inspectors',
      '3. (1) The Minister shall appoint such number of inspectors as may be necessary for the',
      'purposes of this Act.',
      '(2) Every inspector shall be given a certificate of appointment, which he shall produce on',
      'request when exercising a power under this Act.'
    ],
    [
      'Powers of inspectors',
      '4. (1) An inspector may, at any reasonable time and without previous notice—',
      '(a) enter and inspect any workplace;',
      '(b) require the production of any register, certificate or record kept under this Act, and—',
      '(i) inspect and copy it; or',
      '(ii) remove it for the purpose of making copies; and',
      '(c) take samples of any article or substance found at the workplace.',
      '(2) An inspector who enters a workplace under subsection (1) shall inform the employer of his',
      'presence, unless he considers that doing so may prejudice the inspection.',
      '(3) Nothing in this section shall be taken to compel a person to answer a question that',
      'might tend to incriminate him.',
      'Improvement notices',
      '5. Where an inspector is of the opinion that a person is contravening a provision of this Act,',
      'he may serve on that person a notice requiring the contravention to be remedied within the',
      'period stated in the notice.',
      'PART III',
      'GENERAL PROVISIONS',
      'Offences and penalties',
      '6. (1) A person who obstructs an inspector in the exercise of his powers commits an offence.',
      '(2) A person who commits an offence under this Act is liable, on conviction, to a fine or to',
      'imprisonment, or to both.'
    ],
    [
      'Regulations',
      '7. The Minister may, by statutory instrument, make regulations for the better carrying out of',
      'the provisions of this Act.',
      'SCHEDULE',
      '(Section 3)',
      'FORM OF CERTIFICATE OF APPOINTMENT',
      '1. Name of the inspector.',
      '2. Date of the appointment.'
    ]
  ]
  const text = pages.map((lines, i) => [header(i + 1), ...lines, ''].join('\n')).join('\f')
  return {
    text,
    parts: [
      {number: 'I', heading: 'PRELIMINARY', sections: ['1', '2']},
      {number: 'II', heading: 'ENFORCEMENT', sections: ['3', '4', '5']},
      {number: 'III', heading: 'GENERAL PROVISIONS', sections: ['6', '7']}
    ],
    sections: [
      {number: '1', heading: 'Short title and commencement', items: []},
      {number: '2', heading: 'Interpretation', items: []},
      {number: '3', heading: 'Appointment of inspectors', items: ['1', '2']},
      {number: '4', heading: 'Powers of inspectors', items: [['1', ['a', 'b', 'c']], '2', '3']},
      {number: '5', heading: 'Improvement notices', items: []},
      {number: '6', heading: 'Offences and penalties', items: ['1', '2']},
      {number: '7', heading: 'Regulations', items: []}
    ]
  }
}

/**
 * A long synthetic Act: `parts` Parts of `perPart` sections each, every section with subsections and
 * paragraphs, marginal notes above the sections, an arrangement of sections first, and page breaks with
 * running heads every 40 lines.
 */
export function syntheticAct(parts: number, perPart: number): {text: string; sections: number; subsections: number; paragraphs: number} {
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX']
  const contents: Array<string> = ['THE SYNTHETIC LABOUR ACT, 2024', 'ARRANGEMENT OF SECTIONS', 'Section']
  const body: Array<string> = ['No. 99 of 2024', 'An Act to test the import of long Acts.', 'ENACTED by the Parliament.']
  let n = 0
  let subsections = 0
  let paragraphs = 0
  for (let p = 0; p < parts; p++) {
    contents.push(`PART ${roman[p]}`, `MATTERS OF GROUP ${p + 1}`)
    body.push(`PART ${roman[p]}`, `MATTERS OF GROUP ${p + 1}`)
    for (let s = 0; s < perPart; s++) {
      n++
      contents.push(`${n}. Duties of kind ${n}`)
      body.push(`Duties of kind ${n}`)
      body.push(`${n}. (1) Every employer shall observe the duties of kind ${n} set out in this section—`)
      body.push(`(a) by keeping a register of the workers engaged in work of kind ${n};`)
      body.push('(b) by reporting to an inspector every accident that happens at the workplace; and')
      body.push(`(c) by training every worker in the safe conduct of work of kind ${n}.`)
      body.push(`(2) An employer who fails to observe subsection (1) commits an offence.`)
      subsections += 2
      paragraphs += 3
    }
  }
  const lines = [...contents, ...body]
  const paged: Array<string> = []
  lines.forEach((line, i) => {
    if (i % 40 === 0) {
      if (i > 0) paged.push('', `${i / 40}`, '\f')
      paged.push('Synthetic Labour Act')
    }
    paged.push(line)
  })
  return {text: paged.join('\n'), sections: n, subsections, paragraphs}
}
