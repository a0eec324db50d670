// Reads XML into a small element tree with places, refusing what an Akoma Ntoso document never needs and an
// attacker would use: a DOCTYPE (entity declarations, external entities: XXE, "billion laughs"), a file past
// the size limit, nesting too deep to walk. saxes checks well-formedness and the XML 1.0 characters; it does
// not read DTDs, so no entity is ever expanded besides the five predefined ones and character references.
import {SaxesParser, type SaxesTagNS} from 'saxes'
import {createMessage, type SynopticMessage} from '../../message/index.ts'
import type {Point} from '../../model/index.ts'

/** An element, with its namespace, attributes and children in document order. */
export interface XmlElement {
  type: 'element'
  /** The local name: `act`, `article`. */
  name: string
  /** The namespace URI ('' for none). */
  ns: string
  /** Attributes without a namespace by local name; namespaced ones as `{uri}local`. */
  attributes: Record<string, string>
  children: Array<XmlNode>
  /** Where the start tag begins. */
  start: Point
}

/** Character data (text and CDATA). */
export interface XmlText {
  type: 'text'
  value: string
}

export type XmlNode = XmlElement | XmlText

/** The largest XML file read: an act of 10,000 articles is about 10 MB. */
export const MAX_XML_CHARACTERS = 32 * 1024 * 1024
/** Deeper nesting than this is no legal text: refused before a recursive walk could exhaust the stack. */
export const MAX_XML_DEPTH = 200

/** Parses `text`; on refusal gives undefined and one error naming the place. */
export function readXml(text: string, file: string): {root: XmlElement | undefined; messages: Array<SynopticMessage>} {
  const refuse = (reason: string, place: Point, ruleId: string, note?: string) => ({
    root: undefined,
    messages: [createMessage('error', reason, {file, place, source: 'synoptic-akn', ruleId, note})]
  })
  const origin: Point = {line: 1, column: 1, offset: 0}
  if (text.length > MAX_XML_CHARACTERS) {
    return refuse(`the file is too large to import (${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_XML_CHARACTERS / 1048576} MB)`, origin, 'too-large')
  }
  // Before parsing: a DOCTYPE anywhere (saxes would accept one) is refused outright, whatever it declares.
  const doctype = /<!DOCTYPE/iu.exec(text) ?? /<!ENTITY/iu.exec(text)
  if (doctype) {
    return refuse('the file declares a DOCTYPE or entities, which Synoptic refuses: Akoma Ntoso needs neither, and entities can read local files or expand without bound',
      pointAt(text, doctype.index), 'doctype-refused', 'remove the <!DOCTYPE …> declaration')
  }
  const parser = new SaxesParser({xmlns: true, position: true})
  const stack: Array<XmlElement> = []
  let root: XmlElement | undefined
  let failure: {reason: string; place: Point} | undefined
  const here = (): Point => ({line: parser.line, column: parser.column + 1, offset: parser.position})
  let tagStart: Point = origin
  parser.on('opentagstart', (tag) => {
    // The parser stands just past the name and the character that ended it; the tag began at its `<`.
    const back = tag.name.length + 1
    tagStart = {line: parser.line, column: parser.column - back, offset: parser.position - back - 1}
  })
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= MAX_XML_DEPTH) throw new XmlFailure(`elements are nested more than ${MAX_XML_DEPTH} deep`, here())
    const attributes: Record<string, string> = {}
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue
      attributes[attribute.uri ? `{${attribute.uri}}${attribute.local}` : attribute.local] = attribute.value
    }
    const element: XmlElement = {type: 'element', name: tag.local, ns: tag.uri, attributes, children: [], start: tagStart}
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(element)
    else root = element
    if (!tag.isSelfClosing) stack.push(element)
  })
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop()
  })
  const addText = (value: string) => {
    const parent = stack[stack.length - 1]
    if (!parent) return
    const last = parent.children[parent.children.length - 1]
    if (last?.type === 'text') last.value += value
    else parent.children.push({type: 'text', value})
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.on('doctype', () => {
    throw new XmlFailure('the file declares a DOCTYPE, which Synoptic refuses', here())
  })
  parser.on('error', (error) => {
    throw new XmlFailure(error.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /u, ''), here())
  })
  try {
    parser.write(text).close()
  } catch (error) {
    if (!(error instanceof XmlFailure)) throw error
    failure = {reason: error.reason, place: error.place}
  }
  if (failure) return refuse(`this is not well-formed XML: ${failure.reason}`, failure.place, 'not-xml', 'a damaged or truncated file, or not XML at all')
  if (!root) return refuse('this is not XML: no root element', origin, 'not-xml')
  return {root, messages: []}
}

class XmlFailure extends Error {
  constructor(readonly reason: string, readonly place: Point) {
    super(reason)
  }
}

function pointAt(text: string, offset: number): Point {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return {line, column: offset - lineStart + 1, offset}
}

/** The element children of an element. */
export function elementsOf(element: XmlElement): Array<XmlElement> {
  return element.children.filter((c): c is XmlElement => c.type === 'element')
}

/** The first child element with this local name. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c): c is XmlElement => c.type === 'element' && c.name === name)
}

/** All the text inside an element, markup removed. */
export function textOf(node: XmlNode): string {
  return node.type === 'text' ? node.value : node.children.map(textOf).join('')
}
