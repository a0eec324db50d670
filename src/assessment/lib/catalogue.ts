// Reads the article catalogue of the whole-law assessment (`corpus/rules/articles.yaml`), every problem with its
// file:line:column.
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap} from 'yaml'
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import type {Standard} from '../../conformity/index.ts'
import type {Position} from '../../model/index.ts'
import type {CatalogueArticle, Requirement} from './types.ts'

const SOURCE = 'synoptic-assessment'
const keys = ['id', 'title', 'standards', 'requirements', 'missing', 'recommendation', 'silent']

/** Whether a source is the article catalogue: a rule file whose top key is `articles`. */
export function isCatalogueFile(path: string, text: string): boolean {
  return /(^|\/)rules\//u.test(path.replace(/\\/gu, '/')) && /\.ya?ml$/iu.test(path) && /^articles:/mu.test(text)
}

/** The catalogue rows of the sources (files under `rules/` whose top key is `articles:`). */
export function loadCatalogue(sources: ReadonlyArray<{path: string; text: string}>): Result<Array<CatalogueArticle>> {
  const messages: Array<SynopticMessage> = []
  const rows: Array<CatalogueArticle> = []
  for (const source of sources.filter((s) => isCatalogueFile(s.path, s.text))) {
    const lines = new LineCounter()
    const doc = parseDocument(source.text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true})
    const place = (node: Node | null | undefined): Position => {
      const [start, , end] = node?.range ?? [0, 0, 0]
      const at = (o: number) => {
        const {line, col} = lines.linePos(o)
        return {line: Math.max(line, 1), column: Math.max(col, 1), offset: o}
      }
      return {start: at(start), end: at(end)}
    }
    const error = (reason: string, node: Node | null | undefined, ruleId: string) =>
      messages.push(createMessage('error', reason, {file: source.path, place: place(node), source: SOURCE, ruleId}))
    if (doc.errors.length > 0) {
      for (const e of doc.errors) messages.push(createMessage('error', `the YAML cannot be read: ${e.message.split('\n')[0]}`, {file: source.path, source: SOURCE, ruleId: 'yaml-syntax'}))
      continue
    }
    const root = doc.contents as YAMLMap | null
    const list = root && isMap(root) ? (root.get('articles', true) as Node | undefined) : undefined
    if (!isSeq(list)) {
      error('"articles" is a list of rows, each starting with "- id:"', list ?? root, 'not-a-list')
      continue
    }
    for (const node of list.items as Array<Node>) {
      if (!isMap(node)) {
        error('each row of the catalogue is a set of "key: value" lines starting with "id:"', node, 'not-a-row')
        continue
      }
      const text = (key: string): string | undefined => {
        const v = node.get(key, true) as Node | undefined
        return isScalar(v) && v.value !== null ? String(v.value).trim() : undefined
      }
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : ''
        if (!keys.includes(key)) error(`a catalogue row has an unknown key "${key}" (the keys are: ${keys.join(', ')})`, pair.key as Node, 'unknown-key')
      }
      const id = text('id')
      const owner = id ? `row "${id}"` : 'a row'
      const missing: Array<string> = ['id', 'title', 'missing', 'recommendation'].filter((k) => !text(k))
      for (const k of missing) error(`${owner} of the catalogue lacks "${k}"`, node, 'missing-key')
      const standardsNode = node.get('standards', true) as Node | undefined
      const standards: Array<Standard> = []
      if (isSeq(standardsNode)) {
        for (const s of standardsNode.items as Array<Node>) {
          const instrument = isMap(s) ? s.get('instrument') : undefined
          const article = isMap(s) ? s.get('article') : undefined
          const note = isMap(s) ? s.get('note') : undefined
          if (typeof instrument !== 'string') error(`each standard of ${owner} is written {instrument: C081, article: "12(1)(a)"}`, s, 'bad-standard')
          else standards.push({instrument, article: article === undefined || article === null ? '' : String(article), ...(typeof note === 'string' ? {note} : {})})
        }
      }
      if (standards.length === 0) error(`${owner} must name the convention articles it reports on in "standards"`, node, 'missing-key')
      const requirements: Array<Requirement> = []
      const reqNode = node.get('requirements', true) as Node | undefined
      if (reqNode !== undefined) {
        if (!isSeq(reqNode)) error(`"requirements" of ${owner} is a list of {text, rules}`, reqNode, 'bad-value')
        else {
          for (const r of reqNode.items as Array<Node>) {
            const value = isMap(r) ? (r.toJSON() as {text?: unknown; rules?: unknown}) : {}
            if (typeof value.text !== 'string' || !Array.isArray(value.rules) || value.rules.some((x) => typeof x !== 'string')) {
              error(`each requirement of ${owner} is {text: "…", rules: [rule-id, …]}`, r, 'bad-requirement')
            } else requirements.push({text: value.text, rules: value.rules as Array<string>})
          }
        }
      }
      const silent = text('silent') ?? 'gap'
      if (silent !== 'gap' && silent !== 'conforms') error(`"silent" of ${owner} is gap or conforms`, node.get('silent', true) as Node, 'bad-value')
      if (missing.length > 0 || standards.length === 0) continue
      rows.push({
        id: id!, title: text('title')!, standards, requirements, missing: text('missing')!, recommendation: text('recommendation')!,
        silent: silent === 'conforms' ? 'conforms' : 'gap', file: source.path, position: place(node)
      })
    }
  }
  return {value: rows, messages}
}

/** Messages for requirements naming rules that do not exist (checked against the loaded rules). */
export function checkCatalogue(rows: ReadonlyArray<CatalogueArticle>, ruleIds: ReadonlySet<string>): Array<SynopticMessage> {
  return rows.flatMap((row) => row.requirements.flatMap((r) => r.rules.filter((id) => !ruleIds.has(id)).map((id) =>
    createMessage('error', `row "${row.id}" of the catalogue names the rule "${id}", which is not a rule of the corpus`, {
      file: row.file, place: row.position, source: SOURCE, ruleId: 'unknown-rule'
    }))))
}
