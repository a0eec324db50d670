// The corpus id scheme, in one place: the parser and the importer both give every node its id here, so an
// imported instrument has exactly the ids its written file reads back with (docs/corpus-format.md, "Ids").
import type {Article, Division, Instrument, Provision} from '../../model/index.ts'
import {cleanNum, SegmentCounter} from './ids.ts'

/** The id segment of a division: `title-2`, `chapter-1`, `schedule-nn` for an unnumbered Schedule. */
export function divisionSegment(kind: Division['kind'], number: string): string {
  return `${kind}-${cleanNum(number)}`
}

/**
 * A division's id: its parent division's id (or the instrument's) and its own segment, made unique among the
 * parent's divisions. Chapters numbered afresh in each Title are `title-2/chapter-1`, never `chapter-1_2`.
 */
export function divisionId(parentId: string, kind: Division['kind'], number: string, siblings: SegmentCounter): string {
  return `${parentId}/${siblings.next(divisionSegment(kind, number))}`
}

/**
 * Gives every division, article, paragraph and item of an instrument its id, in reading order, as the parser
 * does for the file `serializeInstrument` writes. Also sets the `after` of a draft's new articles that have none.
 */
export function assignIds(instrument: Instrument): void {
  let newArticles = 0
  let previous: Article | undefined
  const visit = (nodes: Array<Division | Article>, parentId: string) => {
    const divisions = new SegmentCounter()
    for (const node of nodes) {
      if (node.type === 'division') {
        node.id = divisionId(parentId, node.kind, node.number, divisions)
        if (node.content) provisionIds(node.id, node.content)
        visit(node.children, node.id)
        continue
      }
      const isNew = node.number.toLowerCase() === 'new'
      node.id = isNew ? `${instrument.id}/art-new-${++newArticles}` : `${instrument.id}/art-${cleanNum(node.number)}`
      // A new article of a draft follows the article before it (the base's article, or an earlier new one).
      if (isNew && previous && node.after === undefined) {
        node.after = previous.number.toLowerCase() === 'new' || !instrument.base ? previous.id : `${instrument.base}/${previous.id.split('/')[1]}`
      }
      provisionIds(node.id, node.children)
      previous = node
    }
  }
  visit(instrument.body, instrument.id)
  if (instrument.preamble) {
    instrument.preamble.id = `${instrument.id}/preamble`
    instrument.preamble.children.forEach((p, i) => (p.id = `${instrument.id}/preamble/para-${i + 1}`))
  }
}

/**
 * Ids of an article's or item's children. Unlabelled bullets count within each Markdown list the serialiser
 * writes: a run of items broken by a paragraph or by a change between numbered and bulleted items.
 */
function provisionIds(parentId: string, children: Array<Provision>): void {
  const ids = new SegmentCounter()
  let paragraphs = 0
  let unlabelled = 0
  let previous: 'ordered' | 'bullet' | 'paragraph' | undefined
  for (const child of children) {
    if (child.type === 'paragraph') {
      paragraphs++
      child.id = `${parentId}/${ids.next(`para-${paragraphs}`)}`
      previous = 'paragraph'
      continue
    }
    const marker = /^\d{1,9}[.)]$/u.test(child.label) ? 'ordered' : 'bullet'
    if (previous !== marker) unlabelled = 0
    previous = marker
    const segment = child.label === '' ? `item-nn-${++unlabelled}` : `item-${cleanNum(child.label)}`
    child.id = `${parentId}/${ids.next(segment)}`
    provisionIds(child.id, child.children)
  }
}
