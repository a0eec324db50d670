// The body's paragraphs are written as WordprocessingML text (src/export/lib/docx-draft.ts) instead of docx's
// object trees, for speed. This holds the two writers to the same word/document.xml, byte for byte, on Annex 1
// in every mode, in Lao, and on a draft that removes and adds whole paragraphs (revised paragraph marks).
import {unzipSync, strFromU8} from 'fflate'
import {describe, expect, test} from 'vitest'
import {planDraftExport} from '../../src/drafting/index.ts'
import {draftToDocx, type ExportMode} from '../../src/export/index.ts'
import type {Instrument} from '../../src/model/index.ts'
import {referenceDocx} from './docx-reference.ts'
import {annex1, instrumentFrom} from './fixtures.ts'

const documentXml = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)['word/document.xml']!)

const law = instrumentFrom(`---
id: law-x
title: Law X
kind: law
jurisdiction: LA
language: en
source: test
---

## Article 1 Inspections

Inspectors may enter & inspect "workplaces" &gt; freely.

1. at any hour;
2. without notice;
   - (a) in daylight;
3. with the police.

## Article 2 Fines

Fines are set by decree.
`, 'law-x.md')

const draft = instrumentFrom(`---
id: draft-x
title: Draft amending Law X
kind: draft
base: law-x
jurisdiction: LA
language: en
author: O'Brien & Co "drafting"
date: 2024-02-03
source: test
---

## Article 1 Inspections (Amended)

Inspectors may enter and inspect **workplaces** freely.

1. at any reasonable hour;
2. after giving notice, *save* where it would defeat the visit;
3. with the police.
4. with an interpreter.

## Article 2 Fines

> status: repealed
`, 'draft-x.md')

const cases: Array<[string, Instrument, Instrument]> = [
  ['Annex 1', annex1().draft, annex1().base],
  ['Annex 1 in Lao', {...annex1().draft, language: 'lo'}, annex1().base],
  ['a hand-made draft', draft, law]
]

describe('the DOCX body written as XML text is what docx writes', () => {
  for (const [name, d, b] of cases) {
    for (const mode of ['redline', 'track-changes', 'clean'] as Array<ExportMode>) {
      test(`${name}, ${mode}`, async () => {
        const plan = planDraftExport({draft: d, base: b, mode, format: 'docx', today: '2024-01-01'}).value!
        const ours = documentXml(await draftToDocx(plan.layout, plan.docx))
        const theirs = documentXml(await referenceDocx(plan.layout, plan.docx))
        expect(ours.length).toBeGreaterThan(2000)
        expect(ours).toBe(theirs)
      })
    }
  }
})
