import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap} from 'yaml'
import {createMessage, type SynopticMessage} from '../../message/index.ts'
import type {Point, Position} from '../../model/index.ts'
import type {DataLocation} from './types.ts'

/**
 * Reads one YAML data file into plain values, reporting every problem at the node it concerns
 * (`corpus/data/fines.yaml:12:5: error: …`). A bad field is reported and skipped; reading goes on.
 */
export class YamlReader {
  readonly messages: Array<SynopticMessage> = []
  private readonly lines = new LineCounter()

  constructor(readonly file: string, private readonly text: string) {}

  /** The document's top node, or undefined (with messages) when the file is not valid YAML. */
  parse(): YamlNode | undefined {
    const doc = parseDocument(this.text, {lineCounter: this.lines, prettyErrors: false, uniqueKeys: true})
    for (const error of doc.errors) {
      this.error(`Not valid YAML: ${error.message.split('\n')[0]}`, error.pos[0], 'review-yaml')
    }
    if (doc.errors.length > 0) return undefined
    return (doc.contents ?? undefined) as YamlNode | undefined
  }

  point(offset: number): Point {
    const p = this.lines.linePos(offset)
    return {line: p.line, column: p.col, offset}
  }

  position(node: YamlNode | null | undefined, fallback = 0): Position {
    const [start, end] = node?.range ?? [fallback, fallback]
    return {start: this.point(start), end: this.point(end)}
  }

  location(node: YamlNode | null | undefined): DataLocation {
    return {file: this.file, position: this.position(node)}
  }

  /** Records an error at a YAML node, an offset in the file, or a span already worked out. */
  error(reason: string, at: YamlNode | Position | null | undefined | number, ruleId: string, note?: string): void {
    const place = typeof at === 'number' ? this.point(at) : at && 'start' in at ? at : this.position(at)
    this.messages.push(createMessage('error', reason, {file: this.file, place, source: 'synoptic-review', ruleId, note}))
  }

  /**
   * The fields of a mapping, by key. Reports keys that are not `required` or `optional`, and required keys that
   * are missing; returns undefined when `node` is not a mapping.
   */
  fields(node: YamlNode | null | undefined, what: string, required: ReadonlyArray<string>, optional: ReadonlyArray<string>): Fields | undefined {
    if (!isMap(node)) {
      this.error(`${what} must be a mapping of \`key: value\` lines (${required.join(', ')})`, node, 'review-shape')
      return undefined
    }
    const found = new Map<string, YamlNode | null>()
    for (const pair of (node as YAMLMap<unknown, unknown>).items) {
      const keyNode = pair.key as YamlNode | null
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode)
      if (!required.includes(key) && !optional.includes(key)) {
        this.error(`Unknown key \`${key}\` in ${what}`, keyNode, 'review-unknown-key', `allowed: ${[...required, ...optional].join(', ')}`)
        continue
      }
      found.set(key, (pair.value ?? null) as YamlNode | null)
    }
    for (const key of required) {
      if (!found.has(key)) this.error(`${what} lacks \`${key}\``, node, 'review-missing-key')
    }
    return new Fields(this, node, what, found)
  }

  /** The items of a sequence (an absent key gives none); reports anything else. */
  items(node: YamlNode | null | undefined, what: string): Array<YamlNode | null> {
    if (node === undefined || node === null) return []
    if (isSeq(node)) return node.items as Array<YamlNode | null>
    this.error(`${what} must be a list (lines starting with \`-\`)`, node, 'review-shape')
    return []
  }
}

/** The fields of one mapping, with typed getters that report wrong types at the value. */
export class Fields {
  constructor(
    private readonly reader: YamlReader,
    readonly node: YamlNode,
    private readonly what: string,
    private readonly values: Map<string, YamlNode | null>
  ) {}

  has(key: string): boolean {
    return this.values.has(key)
  }

  valueNode(key: string): YamlNode | null | undefined {
    return this.values.get(key)
  }

  /** A non-empty text value; undefined (reported if present but wrong) otherwise. */
  text(key: string): string | undefined {
    const node = this.values.get(key)
    if (node === undefined) return undefined
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') && String(node.value).trim() !== '') {
      return String(node.value).trim()
    }
    this.reader.error(`\`${key}\` in ${this.what} must be text`, node, 'review-type')
    return undefined
  }

  /** One of the allowed words. */
  oneOf<T extends string>(key: string, allowed: ReadonlyArray<T>): T | undefined {
    const value = this.text(key)
    if (value === undefined) return undefined
    if ((allowed as ReadonlyArray<string>).includes(value)) return value as T
    this.reader.error(`\`${key}\` in ${this.what} is \`${value}\`; use one of ${allowed.join(', ')}`, this.values.get(key), 'review-value')
    return undefined
  }

  /** A whole number of zero or more, or null when written `null`. Undefined when absent or wrong. */
  count(key: string, nullable: boolean): number | null | undefined {
    const node = this.values.get(key)
    if (node === undefined) return undefined
    if ((node === null || (isScalar(node) && node.value === null)) && nullable) return null
    if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= 0) return node.value
    this.reader.error(`\`${key}\` in ${this.what} must be a whole number of zero or more${nullable ? ', or null' : ''}`, node, 'review-type')
    return undefined
  }

  flag(key: string): boolean | undefined {
    const node = this.values.get(key)
    if (node === undefined) return undefined
    if (isScalar(node) && typeof node.value === 'boolean') return node.value
    this.reader.error(`\`${key}\` in ${this.what} must be true or false`, node, 'review-type')
    return undefined
  }
}
