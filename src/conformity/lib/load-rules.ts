import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap} from 'yaml'
import {createMessage, type Result, type SynopticMessage} from '../../message/index.ts'
import {instrumentKinds, type Point, type Position} from '../../model/index.ts'
import {matchRule, unitOf} from './match.ts'
import type {Language} from './language.ts'
import {compilePattern, compilePatterns, type Terms} from './pattern.ts'
import type {FindingStatus, FrameworkId, Pattern, Rule, RuleContext, Standard} from './types.ts'

const SOURCE = 'synoptic-rules'
const kinds: ReadonlyArray<FindingStatus> = ['conflict', 'gap', 'conforms', 'harmonization', 'partial']
const frameworkIds: ReadonlyArray<FrameworkId> = ['labour', 'social-security']
const ruleKeys = [
  'id', 'title', 'kind', 'standards', 'scope', 'triggers', 'neutralisers', 'satisfied-by', 'cleared-by', 'frameworks',
  'instrument-kinds', 'context', 'reason', 'recommendation', 'examples'
]
const contextKeys = ['id', 'title', 'actors', 'subjects', 'headings', 'outside', 'other-authorities']

/** A rule as read, before its context names are resolved against the context files. */
type ReadRule = Rule & {contextNames?: {names: Array<string>; node: Node | undefined} | undefined}
const standardKeys = ['instrument', 'article', 'provision', 'note']

/** Whether a source path is a rule file. */
export function isRuleFile(path: string): boolean {
  return /(^|\/)rules\//.test(path.replace(/\\/g, '/')) && /\.ya?ml$/i.test(path)
}

/** Reads one file's rules, reporting every problem with its place. */
class RuleFileReader {
  readonly messages: Array<SynopticMessage> = []
  readonly contexts: Array<RuleContext> = []
  private readonly lines = new LineCounter()

  constructor(readonly file: string, readonly text: string, private readonly language?: Language, private readonly terms?: Terms) {}

  point(offset: number): Point {
    const {line, col} = this.lines.linePos(offset)
    return {line: Math.max(line, 1), column: Math.max(col, 1), offset}
  }

  place(node: Node | null | undefined, shift = 0): Position {
    const [start, , end] = node?.range ?? [0, 0, 0]
    return {start: this.point(start + shift), end: this.point(Math.max(end, start + shift))}
  }

  error(reason: string, node: Node | null | undefined, ruleId: string, note?: string, shift = 0): void {
    this.messages.push(createMessage('error', reason, {file: this.file, place: this.place(node, shift), source: SOURCE, ruleId, note}))
  }

  /** A context file: `contexts:` and a list of contexts (see RuleContext). */
  private readContexts(root: YAMLMap): void {
    this.unknownKeys(root, ['contexts'], 'a context file')
    for (const node of this.list(root, 'contexts', 'a context file')) {
      if (!isMap(node)) {
        this.error('each context is a set of "key: value" lines starting with "id:"', node, 'not-a-context')
        continue
      }
      const id = this.string(node, 'id', true, 'a context')
      const owner = id ? `context "${id.value}"` : 'a context'
      this.unknownKeys(node, contextKeys, owner)
      const title = this.string(node, 'title', true, owner)
      const actors = this.patterns(node, 'actors', owner)
      const subjects = this.patterns(node, 'subjects', owner)
      const headings = this.patterns(node, 'headings', owner)
      const outside = this.patterns(node, 'outside', owner)
      const otherAuthorities = this.patterns(node, 'other-authorities', owner)
      if (actors.length === 0 && subjects.length === 0 && headings.length === 0) this.error(`${owner} needs "actors", "subjects" or "headings": the words that put a provision in it`, node, 'missing-key')
      if (id && title) this.contexts.push({id: id.value, title: title.value, actors, subjects, headings, outside, otherAuthorities, file: this.file, position: this.place(node)})
    }
  }

  read(): Array<ReadRule> {
    const doc = parseDocument(this.text, {lineCounter: this.lines, prettyErrors: false, uniqueKeys: true})
    for (const e of doc.errors) {
      const at = this.point(e.pos[0])
      this.messages.push(createMessage('error', `the YAML cannot be read: ${e.message.split('\n')[0]}`, {
        file: this.file, place: at, source: SOURCE, ruleId: 'yaml-syntax'
      }))
    }
    if (doc.errors.length > 0) return []
    const root = doc.contents
    if (root === null) return []
    if (isMap(root) && root.has('contexts')) {
      this.readContexts(root)
      return []
    }
    // The article catalogue of the whole-law assessment (src/assessment reads it).
    if (isMap(root) && root.has('articles')) return []
    // Terms are read before any file's patterns (readTerms).
    if (isMap(root) && root.has('terms')) return []
    const entries = isSeq(root) ? root.items : isMap(root) ? [root] : undefined
    if (!entries) {
      this.error('a rule file holds a list of rules (each starting with "- id: …")', root as Node, 'not-a-rule-list')
      return []
    }
    const rules: Array<ReadRule> = []
    for (const entry of entries) {
      if (!isMap(entry)) {
        this.error('each entry of a rule file is a rule: a set of "key: value" lines starting with "id:"', entry as Node, 'not-a-rule')
        continue
      }
      const rule = this.readRule(entry)
      if (rule) rules.push(rule)
    }
    return rules
  }

  private string(map: YAMLMap, key: string, required: boolean, owner: string): {value: string; node: Node | undefined} | undefined {
    const node = map.get(key, true) as Node | undefined
    if (node === undefined || (isScalar(node) && (node.value === null || node.value === ''))) {
      if (required) this.error(`${owner} lacks "${key}"`, map, 'missing-key')
      return undefined
    }
    if (!isScalar(node) || typeof node.value === 'object') {
      this.error(`"${key}" of ${owner} must be plain text`, node, 'bad-value')
      return undefined
    }
    return {value: String(node.value).trim(), node}
  }

  private list(map: YAMLMap, key: string, owner: string): Array<Node> {
    const node = map.get(key, true) as Node | undefined
    if (node === undefined || (isScalar(node) && node.value === null)) return []
    if (isSeq(node)) return node.items as Array<Node>
    this.error(`"${key}" of ${owner} must be a list (lines starting with "- ")`, node, 'bad-value')
    return []
  }

  private unknownKeys(map: YAMLMap, allowed: ReadonlyArray<string>, owner: string): void {
    for (const pair of map.items as Array<Pair<Node, Node>>) {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      if (!allowed.includes(key)) {
        this.error(`${owner} has an unknown key "${key}"`, pair.key, 'unknown-key', `the keys are: ${allowed.join(', ')}`)
      }
    }
  }

  private patterns(map: YAMLMap, key: string, owner: string): Array<Pattern> {
    const out: Array<Pattern> = []
    for (const node of this.list(map, key, owner)) {
      if (!isScalar(node) || typeof node.value !== 'string') {
        this.error(`each of the ${key} of ${owner} is a pattern written as text`, node, 'bad-pattern')
        continue
      }
      const compiled = compilePatterns(node.value, this.language, this.terms)
      if ('reason' in compiled) {
        const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0
        this.error(`pattern "${node.value}" of ${owner}: ${compiled.reason}`, node, 'bad-pattern', 'see docs/rules.md for the pattern language', quoted + compiled.index)
        continue
      }
      out.push(...compiled)
    }
    return out
  }

  private oneOf<T extends string>(map: YAMLMap, key: string, allowed: ReadonlyArray<T>, owner: string, fallback: T | undefined): T | undefined {
    const found = this.string(map, key, fallback === undefined, owner)
    if (!found) return fallback
    if (!allowed.includes(found.value as T)) {
      this.error(`"${key}" of ${owner} is "${found.value}"; it must be one of: ${allowed.join(', ')}`, found.node, 'bad-value')
      return undefined
    }
    return found.value as T
  }

  private listOf<T extends string>(map: YAMLMap, key: string, allowed: ReadonlyArray<T>, owner: string): Array<T> {
    const out: Array<T> = []
    for (const node of this.list(map, key, owner)) {
      const value = isScalar(node) ? String(node.value) : ''
      if (allowed.includes(value as T)) out.push(value as T)
      else this.error(`"${value}" in "${key}" of ${owner} must be one of: ${allowed.join(', ')}`, node, 'bad-value')
    }
    return out
  }

  private standard(node: Node, owner: string): Standard | undefined {
    if (!isMap(node)) {
      this.error(`each standard of ${owner} is written {instrument: C081, article: "12(1)(a)"}`, node, 'bad-standard')
      return undefined
    }
    this.unknownKeys(node, standardKeys, `a standard of ${owner}`)
    const instrument = this.string(node, 'instrument', true, `a standard of ${owner}`)
    const article = this.string(node, 'article', false, `a standard of ${owner}`)
    const provision = this.string(node, 'provision', false, `a standard of ${owner}`)
    const note = this.string(node, 'note', false, `a standard of ${owner}`)
    if (!instrument) return undefined
    if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(instrument.value)) {
      this.error(`"${instrument.value}" is not an instrument id (C081, C129, ILO-GP-2022, ll-2013, …)`, instrument.node, 'bad-standard')
      return undefined
    }
    if (!article && !note) {
      this.error(`a standard of ${owner} without an article must say in "note" why (e.g. the instrument's text is not available)`, node, 'bad-standard')
    }
    return {
      instrument: instrument.value,
      article: article?.value ?? '',
      ...(provision ? {provision: provision.value} : {}),
      ...(note ? {note: note.value} : {})
    }
  }

  private readRule(map: YAMLMap): ReadRule | undefined {
    const idNode = this.string(map, 'id', true, 'a rule')
    const owner = idNode ? `rule "${idNode.value}"` : 'a rule'
    this.unknownKeys(map, ruleKeys, owner)
    if (idNode && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(idNode.value)) {
      this.error(`rule id "${idNode.value}" must be lower case words joined by dashes, e.g. prior-notice`, idNode.node, 'bad-value')
    }
    const title = this.string(map, 'title', true, owner)
    const kind = this.oneOf(map, 'kind', kinds, owner, undefined)
    const scope = this.oneOf(map, 'scope', ['provision', 'article'] as const, owner, 'provision')
    const reason = this.string(map, 'reason', true, owner)
    const recommendation = this.string(map, 'recommendation', true, owner)
    const standardNodes = this.list(map, 'standards', owner)
    if (standardNodes.length === 0) this.error(`${owner} must name at least one standard it rests on`, map, 'missing-key')
    const standards = standardNodes.map((n) => this.standard(n, owner)).filter((s): s is Standard => s !== undefined)
    const triggers = this.patterns(map, 'triggers', owner)
    const neutralisers = this.patterns(map, 'neutralisers', owner)
    const satisfiedByNodes = this.list(map, 'satisfied-by', owner)
    const satisfiedBy = satisfiedByNodes.map((n) => (isScalar(n) ? String(n.value) : ''))
    const clearedByNodes = this.list(map, 'cleared-by', owner)
    const clearedBy = clearedByNodes.map((n) => (isScalar(n) ? String(n.value) : ''))
    if (kind && kind !== 'conflict' && clearedByNodes.length > 0) {
      this.error(`"cleared-by" is for conflict rules; ${owner} is a ${kind} rule`, map.get('cleared-by', true) as Node, 'bad-value')
    }
    const frameworks = map.has('frameworks') ? this.listOf(map, 'frameworks', frameworkIds, owner) : [...frameworkIds]
    const kindsOf = this.listOf(map, 'instrument-kinds', instrumentKinds, owner)
    const examples = {match: [] as Array<string>, noMatch: [] as Array<string>}
    const exampleNode = map.get('examples', true) as Node | undefined
    if (exampleNode !== undefined) {
      if (!isMap(exampleNode)) this.error(`"examples" of ${owner} has two lists: match and no-match`, exampleNode, 'bad-value')
      else {
        this.unknownKeys(exampleNode, ['match', 'no-match'], `the examples of ${owner}`)
        for (const [key, target] of [['match', examples.match], ['no-match', examples.noMatch]] as const) {
          for (const n of this.list(exampleNode, key, owner)) {
            if (isScalar(n) && typeof n.value === 'string') target.push(n.value)
            else this.error(`each example of ${owner} is a sentence written as text`, n, 'bad-value')
          }
        }
      }
    }
    if (kind && (kind === 'conflict' || kind === 'conforms' || kind === 'partial') && triggers.length === 0 && !map.has('triggers')) {
      this.error(`${owner} is a ${kind} rule: it needs "triggers", the words that trip it`, map, 'missing-key')
    }
    if (kind && (kind === 'conflict' || kind === 'conforms' || kind === 'partial') && satisfiedByNodes.length > 0) {
      this.error(`"satisfied-by" is for gap and harmonization rules; ${owner} is a ${kind} rule`, map.get('satisfied-by', true) as Node, 'bad-value')
    }
    if (kind && (kind === 'gap' || kind === 'harmonization') && triggers.length === 0 && satisfiedBy.length === 0 && !map.has('triggers')) {
      this.error(`${owner} is a ${kind} rule: it needs "triggers" or "satisfied-by" to recognise the provision it looks for`, map, 'missing-key')
    }
    const contextNode = map.get('context', true) as Node | undefined
    let contextNames: ReadRule['contextNames']
    if (contextNode !== undefined) {
      const names = isSeq(contextNode) ? contextNode.items.map((n) => (isScalar(n) ? String(n.value) : '')) : isScalar(contextNode) ? [String(contextNode.value)] : []
      if (kind && kind !== 'conflict' && kind !== 'conforms' && kind !== 'partial') this.error(`"context" is for conflict, partial and conforms rules; ${owner} is a ${kind} rule`, contextNode, 'bad-value')
      contextNames = {names: names.filter((n) => n !== 'any'), node: contextNode}
    }
    if (!idNode || !title || !kind || !scope || !reason || !recommendation || standards.length === 0) return undefined
    return {
      id: idNode.value, title: title.value, kind, standards, scope, triggers, neutralisers, satisfiedBy, clearedBy, contexts: [], frameworks,
      instrumentKinds: kindsOf, reason: reason.value, recommendation: recommendation.value, examples,
      file: this.file, position: this.place(map), contextNames, ...(this.language ? {language: this.language} : {})
    }
  }
}

/**
 * Reads the rule files among `sources` (paths containing `rules/` and ending in `.yaml`): one rule per list entry.
 * Every problem is a message with file, line and column; a rule with a problem is left out, the others load.
 * Each rule's examples are checked too, so a rule that does not do what it shows is reported where the example is.
 */
export interface LoadRulesOptions {
  /**
   * The language library (`await loadLanguage()`): with it, `~word` in a pattern matches every form of the word,
   * and a trigger in the scope of a negation before it does not trip its rule. Without it, `~word` is an error.
   */
  language?: Language | undefined
}

/**
 * The terms of every file with `terms:` (a map of names to pattern fragments, docs/rules.md), read before the
 * rules so that any file's patterns may use `@name`. A name defined twice, a name that is not lower case with
 * dashes, or a definition that is not a pattern is an error at its place.
 */
function readTerms(sources: ReadonlyArray<{path: string; text: string}>, language: Language | undefined, messages: Array<SynopticMessage>): Terms {
  const terms = new Map<string, string>()
  const where = new Map<string, string>()
  for (const source of sources) {
    if (!/^terms\s*:/mu.test(source.text)) continue
    const lines = new LineCounter()
    const doc = parseDocument(source.text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true})
    const root = doc.contents
    if (doc.errors.length > 0 || !isMap(root) || !root.has('terms')) continue
    const at = (node: Node | null | undefined): Position => {
      const [start, , end] = node?.range ?? [0, 0, 0]
      const point = (offset: number): Point => {
        const {line, col} = lines.linePos(offset)
        return {line: Math.max(line, 1), column: Math.max(col, 1), offset}
      }
      return {start: point(start), end: point(Math.max(end, start))}
    }
    const error = (reason: string, node: Node | null | undefined, ruleId: string) =>
      messages.push(createMessage('error', reason, {file: source.path, place: at(node), source: SOURCE, ruleId}))
    const map = root.get('terms', true) as Node | undefined
    if (!isMap(map)) {
      error('"terms" is a set of "name: words" lines, e.g. stop: "stop*|suspen*|(shut down)"', map ?? root, 'bad-value')
      continue
    }
    for (const pair of map.items as Array<Pair<Node, Node>>) {
      const name = isScalar(pair.key) ? String(pair.key.value) : ''
      if (!/^[a-z][a-z0-9-]*$/u.test(name)) {
        error(`term name "${name}" must be lower case letters, digits and dashes`, pair.key, 'bad-term')
        continue
      }
      if (!isScalar(pair.value) || typeof pair.value.value !== 'string' || pair.value.value.trim() === '') {
        error(`the term "${name}" is a pattern written as text`, pair.value ?? pair.key, 'bad-term')
        continue
      }
      const first = where.get(name)
      if (first !== undefined) {
        error(`the term "${name}" is defined twice; the first is at ${first}`, pair.key, 'duplicate-term')
        continue
      }
      const definition = pair.value.value
      if (definition.includes('@')) {
        error(`the term "${name}" uses another term; a term's definition is words and groups only`, pair.value, 'bad-term')
        continue
      }
      const compiled = compilePattern(`(${definition})`, language)
      if ('reason' in compiled) {
        error(`the term "${name}": ${compiled.reason}`, pair.value, 'bad-term')
        continue
      }
      terms.set(name, definition)
      where.set(name, `${source.path}:${at(pair.key).start.line}`)
    }
  }
  return terms
}

export function loadRules(sources: ReadonlyArray<{path: string; text: string}>, options: LoadRulesOptions = {}): Result<Array<Rule>> {
  const messages: Array<SynopticMessage> = []
  const rules: Array<ReadRule> = []
  const readers: Array<RuleFileReader> = []
  const ruleFiles = sources.filter((s) => isRuleFile(s.path)).sort((a, b) => a.path.localeCompare(b.path))
  const terms = readTerms(ruleFiles, options.language, messages)
  for (const source of ruleFiles) {
    const reader = new RuleFileReader(source.path, source.text, options.language, terms)
    readers.push(reader)
    for (const rule of reader.read()) {
      const twin = rules.find((r) => r.id === rule.id)
      if (twin) {
        messages.push(createMessage('error', `rule id "${rule.id}" is used twice; the first is at ${twin.file}:${twin.position.start.line}`, {
          file: rule.file, place: rule.position, source: SOURCE, ruleId: 'duplicate-rule'
        }))
        continue
      }
      rules.push(rule)
    }
    messages.push(...reader.messages)
  }
  // Contexts: each rule's names resolved; conflict and conforms rules default to "inspection" when it is defined.
  const contexts = new Map<string, RuleContext>()
  for (const reader of readers) {
    for (const context of reader.contexts) {
      if (contexts.has(context.id)) {
        messages.push(createMessage('error', `context id "${context.id}" is used twice`, {file: context.file, place: context.position, source: SOURCE, ruleId: 'duplicate-context'}))
      } else contexts.set(context.id, context)
    }
  }
  for (const rule of rules) {
    const named = rule.contextNames
    delete rule.contextNames
    if (named) {
      for (const name of named.names) {
        const context = contexts.get(name)
        if (context) rule.contexts.push(context)
        else {
          const reader = readers.find((r) => r.file === rule.file)
          messages.push(createMessage('error', `rule "${rule.id}" names the context "${name}", which no context file defines (known: ${[...contexts.keys(), 'any'].join(', ')})`, {
            file: rule.file, place: reader && named.node ? reader.place(named.node) : rule.position, source: SOURCE, ruleId: 'unknown-context'
          }))
        }
      }
    } else if ((rule.kind === 'conflict' || rule.kind === 'conforms' || rule.kind === 'partial') && contexts.has('inspection')) {
      rule.contexts.push(contexts.get('inspection')!)
    }
  }
  const byId = new Map(rules.map((r) => [r.id, r]))
  const valid: Array<Rule> = []
  for (const rule of rules) {
    let ok = true
    for (const [verb, id] of [...rule.satisfiedBy.map((x) => ['satisfied', x] as const), ...rule.clearedBy.map((x) => ['cleared', x] as const)]) {
      const other = byId.get(id)
      if (!other || other.kind !== 'conforms') {
        ok = false
        messages.push(createMessage('error', `rule "${rule.id}" is ${verb} by "${id}", which is ${other ? `a ${other.kind} rule, not a conforms rule` : 'not a rule of the corpus'}`, {
          file: rule.file, place: rule.position, source: SOURCE, ruleId: 'unknown-rule'
        }))
      }
    }
    if (ok) valid.push(rule)
  }
  const validById = new Map(valid.map((r) => [r.id, r]))
  for (const rule of valid) {
    for (const [expected, list] of [[true, rule.examples.match], [false, rule.examples.noMatch]] as const) {
      for (const example of list) {
        // An example is read as a provision under a heading of the rule's context: words outside it still count.
        const found = matchRule(unitOf(example), rule, validById, {around: [], headings: [], underHeading: true})
        if (Boolean(found) !== expected) {
          messages.push(createMessage('error', expected
            ? `rule "${rule.id}" does not match its own example: "${example}"`
            : `rule "${rule.id}" matches "${found?.text}" in an example it should not match: "${example}"`, {
            file: rule.file, place: examplePlace(readers, rule, example), source: SOURCE, ruleId: 'example-failed'
          }))
        }
      }
    }
  }
  return {value: valid, messages}
}

/** Where an example sentence stands in its rule file (the rule's start when it cannot be found). */
function examplePlace(readers: ReadonlyArray<RuleFileReader>, rule: Rule, example: string): Position {
  const reader = readers.find((r) => r.file === rule.file)
  if (!reader) return rule.position
  const at = reader.text.indexOf(example.slice(0, 40), rule.position.start.offset)
  if (at < 0) return rule.position
  return {start: reader.point(at), end: reader.point(at + example.length)}
}
