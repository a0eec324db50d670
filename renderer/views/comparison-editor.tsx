// The comparison editor: `#/compare/new` makes a comparison, `#/compare/<id>/edit` changes one of the workspace,
// `#/compare/new?from=table-1` (or `?from=<aspect>`) starts from the review's Table 1, which stays read-only.
// Columns, topics, provisions (typed, dragged, or accepted from the suggestions), pairs and notes; saved through
// the document service with the version it was opened at, so a change made on disk meanwhile is a conflict to
// settle, never overwritten. Reading, checking, suggesting and writing the file are the core's.
import {useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode, type RefObject} from 'react'
import {suggestProvisions, type RuleEvidence} from '../../src/compare/index.ts'
import {aspectsAsComparison, comparisonDraftOf, comparisonIdOf, comparisonYaml, loadComparison, type ComparisonDraft} from '../../src/review/index.ts'
import type {FileVersion} from '../../src/ipc/index.ts'
import {formatMessage, hasErrors} from '../../src/message/index.ts'
import {articlesOf, findInstrument, findProvision, walkProvisions, type Corpus} from '../../src/model/index.ts'
import {currentQuery, href, navigate, useHash, type ViewProps} from '../router.ts'
import {useWorkspace} from '../workspace.tsx'
import {useViewReady} from '../perf.ts'
import {documents} from '../documents.ts'
import {citationText, instrumentName} from '../components/cite.tsx'
import {useComparisons} from './comparison.tsx'
import './comparison-editor.css'

type Column = {key: string; title: string; instruments: Array<string>}
type Cited = {provision: string; note?: string | undefined}
type PairDraft = {provisions: Record<string, string>; basis?: 'review' | 'editorial' | undefined; note?: string | undefined}
interface TopicDraft {
  id: string
  title: string
  note: string
  rule?: string | undefined
  cited: Record<string, Array<Cited>>
  pairs: Array<PairDraft>
  unpaired: Array<Cited>
  standards: Array<{instrument: string; article: string}>
  /** Suggestions the author dismissed (saved with the comparison, so they stay dismissed). */
  dismissed: Array<string>
}
interface EditorState {
  title: string
  note: string
  columns: Array<Column>
  topics: Array<TopicDraft>
}

const emptyState: EditorState = {title: '', note: '', columns: [], topics: []}

function stateOf(draft: ComparisonDraft): EditorState {
  return {
    title: draft.title,
    note: draft.note ?? '',
    columns: draft.columns.map((c) => ({key: c.key, title: c.title, instruments: [...c.instruments]})),
    topics: draft.topics.map((t) => ({
      id: t.id,
      title: t.title,
      note: t.note ?? '',
      cited: Object.fromEntries(draft.columns.map((c) => [c.key, (t.cited[c.key] ?? []).map((x) => ({...x}))])),
      pairs: t.pairs.map((p) => ({provisions: {...p.provisions}, basis: p.basis, note: p.note})),
      unpaired: (t.unpaired ?? []).map((u) => ({...u})),
      standards: (t.standards ?? []).map((s) => ({...s})),
      dismissed: [...(t.dismissed ?? [])]
    }))
  }
}

function draftOf(id: string, s: EditorState): ComparisonDraft {
  return {
    id,
    title: s.title.trim(),
    note: s.note.trim() || undefined,
    columns: s.columns,
    topics: s.topics.map((t) => ({
      id: t.id, title: t.title.trim() || t.id, note: t.note.trim() || undefined, cited: t.cited,
      pairs: t.pairs.map((p) => ({provisions: p.provisions, basis: p.basis ?? 'editorial', note: p.note})),
      unpaired: t.unpaired, standards: t.standards, dismissed: t.dismissed
    }))
  }
}

const slug = (text: string): string => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'comparison'
const move = <T,>(list: ReadonlyArray<T>, from: number, to: number): Array<T> => {
  if (to < 0 || to >= list.length) return [...list]
  const out = [...list]
  const [item] = out.splice(from, 1)
  out.splice(to, 0, item!)
  return out
}

/** Provision ids of an instrument, articles and their paragraphs and items, for the pickers. */
function provisionIds(corpus: Corpus, instrumentId: string): Array<{id: string; label: string}> {
  const instrument = findInstrument(corpus, instrumentId)
  if (!instrument) return []
  const out: Array<{id: string; label: string}> = []
  for (const article of articlesOf(instrument)) {
    out.push({id: article.id, label: `${article.id} ${article.heading}`.trim()})
    walkProvisions(article.children, (p) => out.push({id: p.id, label: p.id}))
  }
  return out
}

/** The instrument a provision id belongs to, by id or alias. */
const instrumentOf = (corpus: Corpus, id: string): string | undefined => findInstrument(corpus, id.split('/')[0] ?? '')?.id
const belongs = (corpus: Corpus, column: Column, id: string): boolean => {
  const instrument = instrumentOf(corpus, id)
  return column.instruments.length === 0 || (instrument !== undefined && column.instruments.some((i) => findInstrument(corpus, i)?.id === instrument))
}
const label = (corpus: Corpus, id: string): string => {
  const found = findProvision(corpus, id)
  return found ? citationText(found) : id
}

/** A provision being moved: by the mouse (drag) or the keyboard (picked up, then put down with Enter). */
interface Carried {
  id: string
  /** Where it comes from when it is moved out of a topic; absent for a provision from the list or the suggestions. */
  from?: {topic: number; column: string} | undefined
}
const dragType = 'application/x-synoptic-provision'

/** Focus for the keyboard after a change takes away the focused control (once React has rendered the change). */
function focusSoon(selector: string, fallback?: string): void {
  window.setTimeout(() => {
    const target = document.querySelector<HTMLElement>(selector) ?? (fallback ? document.querySelector<HTMLElement>(fallback) : null)
    target?.focus()
  }, 0)
}

/** `#/compare/new`, and `#/compare/new?from=table-1` or `?from=<aspect id>` to copy the review's Table 1. */
export function NewComparisonView(_props: ViewProps): ReactNode {
  const {aspects} = useWorkspace()
  useHash()
  const from = currentQuery().get('from') ?? undefined
  const initial = useMemo(() => {
    if (!from) return undefined
    const chosen = from === 'table-1' ? aspects : aspects.filter((a) => a.id === from)
    if (chosen.length === 0) return undefined
    const title = from === 'table-1' ? 'Table 1 of the review (copy)' : `${chosen[0]!.title} (copy of Table 1)`
    return stateOf(aspectsAsComparison(chosen, slug(title), title))
  }, [aspects, from])
  useViewReady('new-comparison', from ?? '')
  return <ComparisonEditor key={from ?? 'new'} initial={initial ?? emptyState} copiedFrom={initial ? from : undefined} />
}

/** `#/compare/<id>/edit`: a comparison of the workspace, opened at the version on disk. */
export function EditComparisonView({params}: ViewProps): ReactNode {
  const id = params.id ?? ''
  const entry = useComparisons().find((c) => comparisonIdOf(c.file) === id)
  const file = entry?.file.replace(/^comparisons\//u, '')
  const [opened, setOpened] = useState<{text: string; version: FileVersion} | {error: string} | undefined>()
  useEffect(() => {
    if (!file) return
    let live = true
    void documents.read({kind: 'comparison', file}).then((answer) => {
      if (live) setOpened(answer.ok ? {text: answer.value.text, version: answer.value.version} : {error: answer.error.message})
    })
    return () => void (live = false)
  }, [file])
  useViewReady('edit-comparison', opened ? id : '')
  if (!entry || !file) return <article className="page"><h1>No comparison “{id}” in the workspace</h1><p><a href={href('compare')}>Comparisons</a></p></article>
  if (!opened) return <article className="page"><p role="status">Opening {entry.file}…</p></article>
  if ('error' in opened) return <article className="page"><p role="alert" className="error">{entry.file} cannot be opened: {opened.error}</p></article>
  const read = loadComparison({path: entry.file, text: opened.text})
  if (!read.value || hasErrors(read.messages)) {
    // Editing would write back only what could be read: the file is corrected in a text editor first.
    return (
      <article className="page">
        <h1>{entry.file} cannot be edited here</h1>
        <div role="alert" className="error"><p>It has errors; correct them in a text editor, and it opens here again:</p><ul>{read.messages.map((m) => <li key={formatMessage(m)}><code>{formatMessage(m)}</code></li>)}</ul></div>
      </article>
    )
  }
  return <ComparisonEditor key={opened.version.sha256} initial={stateOf(comparisonDraftOf(read.value))} existing={{id: read.value.id, file, version: opened.version}} />
}

/** The editor, for a new comparison or an existing one (`existing`: its id, file and the version it was read at). */
function ComparisonEditor({initial, existing, copiedFrom}: {initial: EditorState; existing?: {id: string; file: string; version: FileVersion} | undefined; copiedFrom?: string | undefined}): ReactNode {
  const {corpus, findings} = useWorkspace()
  const [state, setState] = useState<EditorState>(initial)
  const [version, setVersion] = useState<FileVersion | null>(existing?.version ?? null)
  const [conflict, setConflict] = useState<{disk: {text: string; version: FileVersion} | null} | undefined>()
  const [changedOnDisk, setChangedOnDisk] = useState(false)
  const [newColumn, setNewColumn] = useState('')
  const [newTopic, setNewTopic] = useState('')
  const [status, setStatus] = useState<string | undefined>()
  const [savedId, setSaved] = useState<string | undefined>()
  const [carried, setCarried] = useState<Carried | undefined>()
  const [announce, setAnnounce] = useState('')
  const {title, columns, topics} = state
  const set = (change: Partial<EditorState>): void => setState((s) => ({...s, ...change}))
  const setTopics = (change: (list: Array<TopicDraft>) => Array<TopicDraft>): void => setState((s) => ({...s, topics: change(s.topics)}))
  const update = (k: number, change: (t: TopicDraft) => TopicDraft): void => setTopics((list) => list.map((t, i) => (i === k ? change(t) : t)))
  const instruments = corpus.instruments.filter((i) => i.kind !== 'draft')
  const id = existing?.id ?? slug(title)

  // A change on disk by someone else while the editor is open is said at once; saving then asks what to keep.
  useEffect(() => {
    if (!existing) return
    return documents.onChange((refs, source) => {
      if (source === 'disk' && refs.some((r) => r.kind === 'comparison' && r.file === existing.file)) setChangedOnDisk(true)
    })
  }, [existing])

  // A conflict is asked where the drafter pressed Save (now disabled), and the keyboard goes to the question.
  const conflictRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (conflict) conflictRef.current?.querySelector('button')?.focus()
  }, [conflict])

  // The conformity rules' topics, as the findings name them: a rule's title and the provisions it points at.
  const rules = useMemo((): Array<RuleEvidence> => {
    const byRule = new Map<string, {rule: string; title: string; provisions: Set<string>}>()
    for (const f of findings) {
      const r = byRule.get(f.rule) ?? {rule: f.rule, title: f.title, provisions: new Set<string>()}
      if (f.provision) r.provisions.add(f.provision)
      for (const s of f.standards) if (s.provision) r.provisions.add(s.provision)
      byRule.set(f.rule, r)
    }
    return [...byRule.values()].map((r) => ({rule: r.rule, title: r.title, provisions: [...r.provisions]})).sort((a, b) => a.title.localeCompare(b.title))
  }, [findings])

  const addColumn = (): void => {
    const instrument = findInstrument(corpus, newColumn)
    if (!instrument) return
    let key = slug(instrument.id).replace(/-/g, '')
    if (!/^[a-z]/.test(key)) key = `c${key}`
    while (columns.some((c) => c.key === key)) key = `${key}x`
    set({columns: [...columns, {key, title: instrumentName(instrument), instruments: [instrument.id]}]})
    setNewColumn('')
  }
  // A column removed takes its provisions with it, and the pairs left with fewer than two sides.
  const removeColumn = (key: string): void =>
    setState((s) => ({
      ...s,
      columns: s.columns.filter((c) => c.key !== key),
      topics: s.topics.map((t) => {
        const {[key]: _gone, ...cited} = t.cited
        const pairs = t.pairs.map((p) => ({...p, provisions: Object.fromEntries(Object.entries(p.provisions).filter(([k]) => k !== key))})).filter((p) => Object.keys(p.provisions).length >= 2)
        return {...t, cited, pairs}
      })
    }))
  const addTopic = (name: string, rule?: string): void => {
    if (!name.trim()) return
    let topicId = slug(name)
    while (topics.some((t) => t.id === topicId)) topicId = `${topicId}-2`
    setTopics((list) => [...list, {id: topicId, title: name.trim(), note: '', rule, cited: {}, pairs: [], unpaired: [], standards: [], dismissed: []}])
    setNewTopic('')
  }
  const cite = (k: number, key: string, provision: string): void =>
    update(k, (t) => ((t.cited[key] ?? []).some((c) => c.provision === provision) ? t : {...t, cited: {...t.cited, [key]: [...(t.cited[key] ?? []), {provision}]}}))
  const uncite = (k: number, key: string, provision: string): void =>
    update(k, (t) => ({...t, cited: {...t.cited, [key]: (t.cited[key] ?? []).filter((c) => c.provision !== provision)}}))

  // Putting a carried provision under a topic's column (a drop, or Enter on "Put here"); a move takes it out of where it was.
  const put = (target: {topic: number; column: string}, what: Carried): void => {
    const column = columns.find((c) => c.key === target.column)
    if (!column) return
    if (!belongs(corpus, column, what.id)) {
      setAnnounce(`${label(corpus, what.id)} is not of ${column.title}; it was not put there.`)
      return
    }
    if (what.from && (what.from.topic !== target.topic || what.from.column !== target.column)) uncite(what.from.topic, what.from.column, what.id)
    cite(target.topic, target.column, what.id)
    setCarried(undefined)
    setAnnounce(`${label(corpus, what.id)} put under ${topics[target.topic]?.title ?? ''}, ${column.title}.`)
    // The "Put here" button goes with the move: focus follows the provision to its new place.
    const topicId = topics[target.topic]?.id ?? ''
    focusSoon(`[data-topic="${topicId}"] [data-column="${target.column}"] .cited-list button[data-provision="${what.id}"]`)
  }
  const pickUp = (what: Carried): void => {
    setCarried(what)
    setAnnounce(`${label(corpus, what.id)} picked up. Tab to a topic's "Put here" and press Enter; Escape puts it back.`)
  }
  const onEscape = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && carried) {
      setCarried(undefined)
      setAnnounce('Nothing moved.')
    }
  }

  const save = async (overwrite = false): Promise<void> => {
    if (!documents.available) return
    const file = existing?.file ?? `${id}.yaml`
    setStatus('Saving…')
    // Always the version the editor was based on: with `overwrite`, the store then keeps theirs as a backup first.
    const answer = await documents.save({kind: 'comparison', file}, comparisonYaml(draftOf(id, state)), {expected: version, overwrite})
    if (!answer.ok) return setStatus(`Not saved: ${answer.error.message}`)
    if (answer.value.status === 'conflict') {
      if (!existing) return setStatus(`Not saved: comparisons/${file} already exists in the workspace. Choose another title.`)
      setConflict({disk: answer.value.disk})
      return setStatus(undefined)
    }
    setVersion(answer.value.version)
    setConflict(undefined)
    setChangedOnDisk(false)
    setStatus(`Saved as comparisons/${file} in the workspace; opening it…`)
    setSaved(id)
  }
  const takeTheirs = (): void => {
    const disk = conflict?.disk
    if (!disk || !existing) return
    const read = loadComparison({path: `comparisons/${existing.file}`, text: disk.text})
    if (!read.value || hasErrors(read.messages)) {
      setStatus(`Their version has errors (${read.messages.map(formatMessage).join('; ')}); it is kept on disk, and your edits here.`)
      return
    }
    setState(stateOf(comparisonDraftOf(read.value)))
    setVersion(disk.version)
    setConflict(undefined)
    setChangedOnDisk(false)
    setStatus('Their version is in the editor now.')
  }
  // The workspace reads the file back (it settles, then parses): open the comparison once it is there.
  const comparisons = useComparisons()
  const saved = comparisons.find((c) => comparisonIdOf(c.file) === savedId)
  const savedText = saved?.comparison ? comparisonYaml(comparisonDraftOf(saved.comparison)) : undefined
  const mine = comparisonYaml(draftOf(id, state))
  useEffect(() => {
    if (!savedId || !saved) return
    if (savedText === mine) return navigate(`/compare/${savedId}`)
    // Read back but not (yet) as written, e.g. an id said twice in the file: open it after a moment anyway.
    const timer = window.setTimeout(() => navigate(`/compare/${savedId}`), 4000)
    return () => window.clearTimeout(timer)
  }, [savedId, saved, savedText, mine])

  const ready = title.trim() !== '' && columns.length >= 2 && topics.length > 0
  const sourceList = useRef<HTMLDivElement>(null)
  return (
    <article className="page new-comparison comparison-editor" onKeyDown={onEscape}>
      <p className="kicker">
        <a href={href('compare')}>Comparisons</a>
        {existing ? ` · comparisons/${existing.file} of your workspace` : copiedFrom ? ' · a copy of the review’s Table 1, to change and save in your workspace (the review’s own stays as it is)' : ''}
      </p>
      <h1>{existing ? `Edit “${initial.title}”` : 'New comparison'}</h1>
      {!documents.available && (
        <p role="alert" className="error">
          Comparisons cannot be saved here: this page is served as files only (npm run web) and has no workspace. Open Synoptic with npm start to make and keep comparisons.
        </p>
      )}
      {changedOnDisk && !conflict && <p role="alert" className="notice">comparisons/{existing?.file} was changed on disk by another program since you opened it. Saving will ask which version to keep.</p>}
      <label className="field">Title <input value={title} onChange={(e) => set({title: e.target.value})} placeholder="Eritrea and C81" /></label>
      <label className="field">Notes on the comparison <textarea value={state.note} onChange={(e) => set({note: e.target.value})} /></label>

      <section aria-labelledby="columns-title">
        <h2 id="columns-title">Columns</h2>
        <ol className="columns-list">
          {columns.map((c, i) => (
            <li key={c.key} data-column-key={c.key}>
              <input value={c.title} aria-label={`Heading of column ${i + 1}`} onChange={(e) => set({columns: columns.map((x) => (x.key === c.key ? {...x, title: e.target.value} : x))})} />{' '}
              <code>{c.instruments.join(', ')}</code>{' '}
              <button type="button" disabled={i === 0} aria-label={`Move column ${c.title} left`} onClick={() => set({columns: move(columns, i, i - 1)})}>←</button>
              <button type="button" disabled={i === columns.length - 1} aria-label={`Move column ${c.title} right`} onClick={() => set({columns: move(columns, i, i + 1)})}>→</button>{' '}
              <button type="button" aria-label={`Remove column ${c.title}`} onClick={() => { removeColumn(c.key); focusSoon('select[aria-label="Instrument for a new column"]') }}>Remove</button>
            </li>
          ))}
        </ol>
        <label>Instrument{' '}
          <select value={newColumn} onChange={(e) => setNewColumn(e.target.value)} aria-label="Instrument for a new column">
            <option value="">Choose…</option>
            {instruments.map((i) => <option key={i.id} value={i.id}>{instrumentName(i)} ({i.id})</option>)}
          </select>
        </label>{' '}
        <button type="button" onClick={addColumn} disabled={!newColumn}>Add column</button>
      </section>

      {columns.length > 0 && <ProvisionList columns={columns} carried={carried} onPickUp={pickUp} listRef={sourceList} />}
      <p className="visually-hidden" role="status" aria-live="polite">{announce}</p>

      <section aria-labelledby="topics-title">
        <h2 id="topics-title">Topics</h2>
        <p>
          <label>Topic <input value={newTopic} onChange={(e) => setNewTopic(e.target.value)} aria-label="New topic" /></label>{' '}
          <button type="button" onClick={() => addTopic(newTopic)} disabled={!newTopic.trim()}>Add topic</button>{' '}
          <label>or from a conformity rule{' '}
            <select value="" aria-label="Topic from a conformity rule" onChange={(e) => { const r = rules.find((x) => x.rule === e.target.value); if (r) addTopic(r.title, r.rule) }}>
              <option value="">Choose…</option>
              {rules.map((r) => <option key={r.rule} value={r.rule}>{r.title}</option>)}
            </select>
          </label>
        </p>
        {topics.map((t, k) => (
          <fieldset key={t.id} className="topic-editor" data-topic={t.id}>
            <legend>{t.title}</legend>
            <p className="topic-tools">
              <label>Name <input value={t.title} aria-label={`Name of topic ${k + 1}`} onChange={(e) => update(k, (x) => ({...x, title: e.target.value}))} /></label>{' '}
              <button type="button" disabled={k === 0} aria-label={`Move topic ${t.title} up`} onClick={() => setTopics((list) => move(list, k, k - 1))}>↑</button>
              <button type="button" disabled={k === topics.length - 1} aria-label={`Move topic ${t.title} down`} onClick={() => setTopics((list) => move(list, k, k + 1))}>↓</button>{' '}
              <button type="button" aria-label={`Remove topic ${t.title}`} onClick={() => { setTopics((list) => list.filter((_, i) => i !== k)); focusSoon('input[aria-label="New topic"]') }}>Remove</button>
            </p>
            <div className="topic-columns">
              {columns.map((c) => (
                <TopicColumn key={c.key} topic={t} k={k} column={c} rules={rules} carried={carried}
                  onCite={(id) => cite(k, c.key, id)} onUncite={(id) => uncite(k, c.key, id)} onPut={(what) => put({topic: k, column: c.key}, what)} onPickUp={pickUp}
                  onDismiss={(id) => update(k, (x) => ({...x, dismissed: [...x.dismissed, id]}))} />
              ))}
            </div>
            <PairPicker topic={t} columns={columns} onPair={(provisions) => update(k, (x) => ({...x, pairs: [...x.pairs, {provisions, basis: 'editorial'}]}))} />
            {t.pairs.length > 0 && (
              <ul className="pairs">
                {t.pairs.map((p, i) => (
                  <li key={i}>
                    {Object.values(p.provisions).join(' ↔ ')}{p.basis === 'review' && <span className="meta"> (the review’s)</span>}{' '}
                    <button type="button" aria-label={`Remove the link ${Object.values(p.provisions).join(' and ')}`} onClick={() => update(k, (x) => ({...x, pairs: x.pairs.filter((_, j) => j !== i)}))}>Remove</button>
                  </li>
                ))}
              </ul>
            )}
            <label className="field">Notes <textarea value={t.note} onChange={(e) => update(k, (x) => ({...x, note: e.target.value}))} aria-label={`Notes on ${t.title}`} /></label>
          </fieldset>
        ))}
      </section>
      {conflict && (
        <div role="alertdialog" aria-labelledby="conflict-title" className="conflict" ref={conflictRef}>
          <p id="conflict-title"><strong>comparisons/{existing?.file} was {conflict.disk ? 'changed' : 'deleted'} on disk since you opened it.</strong> Nothing was written.</p>
          <button type="button" onClick={() => void save(true)}>Keep mine</button>{' '}
          {conflict.disk && <button type="button" onClick={takeTheirs}>Take theirs</button>}
          <span className="meta"> (the version you replace is kept in .synoptic/backups)</span>
        </div>
      )}
      <p>
        <button type="button" onClick={() => void save()} disabled={!ready || !documents.available || conflict !== undefined}>Save comparison</button>{' '}
        {documents.available && ready && <span className="meta">as comparisons/{existing?.file ?? `${id}.yaml`} in the workspace</span>}
        {existing && <> <a href={href('compare', existing.id)}>Close without saving</a></>}
        {status && <span role="status"> {status}</span>}
      </p>
    </article>
  )
}

/** Keeps `--sticky-bottom` on the page at the lower edge of this sticky element (its `top` plus its height), so
 * that the page's scroll padding (comparison-editor.css) keeps what the keyboard focuses out from under it. */
function useStickyBottom(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const root = document.documentElement
    const measure = () => root.style.setProperty('--sticky-bottom', `${Math.ceil((Number.parseFloat(getComputedStyle(element).top) || 0) + element.offsetHeight)}px`)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => {
      observer.disconnect()
      root.style.removeProperty('--sticky-bottom')
    }
  }, [ref])
}

/** The column's provisions to drag under a topic, found by words of their heading or id. */
function ProvisionList({columns, carried, onPickUp, listRef}: {columns: ReadonlyArray<Column>; carried: Carried | undefined; onPickUp: (c: Carried) => void; listRef: RefObject<HTMLDivElement | null>}): ReactNode {
  const {corpus} = useWorkspace()
  const [column, setColumn] = useState(columns[0]?.key ?? '')
  const [query, setQuery] = useState('')
  const chosen = columns.find((c) => c.key === column) ?? columns[0]
  const words = query.toLowerCase().split(/\s+/u).filter(Boolean)
  const found = (chosen?.instruments ?? []).flatMap((i) => {
    const instrument = findInstrument(corpus, i)
    return instrument ? articlesOf(instrument) : []
  }).filter((a) => words.every((w) => `${a.id} ${a.number} ${a.heading}`.toLowerCase().includes(w))).slice(0, 40)
  useStickyBottom(listRef)
  return (
    <section aria-labelledby="provisions-title" className="provision-source" ref={listRef}>
      <h2 id="provisions-title">Provisions</h2>
      <p className="hint">Drag an article onto a topic's column, or press it (Enter) and then “Put here” under the topic.</p>
      <p>
        <label>Of{' '}
          <select value={chosen?.key ?? ''} aria-label="Column to list provisions of" onChange={(e) => setColumn(e.target.value)}>
            {columns.map((c) => <option key={c.key} value={c.key}>{c.title}</option>)}
          </select>
        </label>{' '}
        <label>Find <input value={query} onChange={(e) => setQuery(e.target.value)} aria-label="Find provisions by heading or number" /></label>
      </p>
      <ul className="draggables">
        {found.map((a) => (
          <li key={a.id}>
            <button type="button" draggable className="draggable" aria-pressed={carried?.id === a.id && !carried.from}
              aria-label={`${label(corpus, a.id)}${a.heading ? `, ${a.heading}` : ''}: pick up to put under a topic`}
              onDragStart={(e) => { e.dataTransfer.setData(dragType, JSON.stringify({id: a.id})); e.dataTransfer.setData('text/plain', a.id); e.dataTransfer.effectAllowed = 'copyMove' }}
              onClick={() => onPickUp({id: a.id})}>
              <span className="cite-label">{label(corpus, a.id)}</span> {a.heading && <span className="meta">{a.heading}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** One column of one topic: its provisions, the ways to add one (type, drop, put, suggestions). */
function TopicColumn(props: {
  topic: TopicDraft; k: number; column: Column; rules: ReadonlyArray<RuleEvidence>; carried: Carried | undefined
  onCite: (id: string) => void; onUncite: (id: string) => void; onPut: (c: Carried) => void; onPickUp: (c: Carried) => void; onDismiss: (id: string) => void
}): ReactNode {
  const {topic: t, k, column: c, rules, carried} = props
  const {corpus} = useWorkspace()
  const [over, setOver] = useState(false)
  const listId = `ids-${t.id}-${c.key}`
  const cited = t.cited[c.key] ?? []
  const suggested = useMemo(
    () => suggestProvisions(corpus, {instruments: c.instruments, title: t.title, note: t.note, cited: [...cited.map((x) => x.provision), ...t.dismissed], rules, rule: t.rule, limit: 5}),
    [corpus, c.instruments, t.title, t.note, cited, t.dismissed, rules, t.rule]
  )
  const suggestionsRef = useRef<HTMLUListElement>(null)
  // After accepting or dismissing, focus goes to the next suggestion (or the column's input), never to the page's top.
  const refocus = (i: number): void => {
    window.setTimeout(() => {
      const buttons = suggestionsRef.current?.querySelectorAll<HTMLButtonElement>('button.accept')
      const next = buttons?.[Math.min(i, (buttons?.length ?? 1) - 1)]
      if (next) next.focus()
      else (document.querySelector(`[data-topic="${t.id}"] [data-column="${c.key}"] input[name=provision]`) as HTMLInputElement | null)?.focus()
    }, 0)
  }
  const carriedHere = carried && belongs(corpus, c, carried.id) && !(carried.from?.topic === k && carried.from.column === c.key)
  const onDrop = (e: DragEvent): void => {
    e.preventDefault()
    setOver(false)
    const raw = e.dataTransfer.getData(dragType)
    if (!raw) return
    try {
      props.onPut(JSON.parse(raw) as Carried)
    } catch {
      // Not ours: ignored.
    }
  }
  return (
    <div className={`topic-column${over ? ' drop-over' : ''}`} data-column={c.key}
      onDragOver={(e) => { if (e.dataTransfer.types.includes(dragType)) { e.preventDefault(); setOver(true) } }}
      onDragLeave={() => setOver(false)} onDrop={onDrop} aria-label={`${c.title} in ${t.title}`} role="group">
      <h3>{c.title}</h3>
      <ul className="cited-list">
        {cited.map((x) => (
          <li key={x.provision}>
            <button type="button" draggable className="draggable" data-provision={x.provision} aria-pressed={carried?.id === x.provision && carried.from?.topic === k}
              aria-label={`${label(corpus, x.provision)}: pick up to move to another topic`}
              onDragStart={(e) => { e.dataTransfer.setData(dragType, JSON.stringify({id: x.provision, from: {topic: k, column: c.key}})); e.dataTransfer.effectAllowed = 'move' }}
              onClick={() => props.onPickUp({id: x.provision, from: {topic: k, column: c.key}})}>
              <code>{x.provision}</code>
            </button>
            {x.note && <span className="meta"> ({x.note})</span>}{' '}
            <button type="button" className="remove" aria-label={`Remove ${x.provision} from ${t.title}`} onClick={() => { props.onUncite(x.provision); focusSoon(`[data-topic="${t.id}"] [data-column="${c.key}"] input[name=provision]`) }}>×</button>
          </li>
        ))}
      </ul>
      {carriedHere && (
        <button type="button" className="put-here" onClick={() => props.onPut(carried)}>Put {label(corpus, carried.id)} here</button>
      )}
      <form onSubmit={(e) => { e.preventDefault(); const input = e.currentTarget.elements.namedItem('provision') as HTMLInputElement; if (input.value.trim()) props.onCite(input.value.trim()); input.value = '' }}>
        <input name="provision" list={listId} aria-label={`Provision of ${c.title} for ${t.title}`} placeholder="search a provision id" />
        <datalist id={listId}>{c.instruments.flatMap((i) => provisionIds(corpus, i)).map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}</datalist>
        <button type="submit">Add</button>
      </form>
      {suggested.length > 0 && (
        <div className="suggestions">
          <p className="meta">Suggested</p>
          <ul ref={suggestionsRef}>
            {suggested.map((s, i) => (
              <li key={s.id} data-suggestion={s.id}>
                <span className="cite-label">{label(corpus, s.id)}</span>
                <span className="why">{[s.rules.length > 0 ? `rule: ${s.rules.join('; ')}` : '', s.words.length > 0 ? `words: ${s.words.join(', ')}` : ''].filter(Boolean).join(' · ')}</span>
                <button type="button" className="accept" aria-label={`Accept ${label(corpus, s.id)} for ${t.title}`} onClick={() => { props.onCite(s.id); refocus(i) }}>Accept</button>
                <button type="button" className="dismiss" aria-label={`Dismiss ${label(corpus, s.id)} for ${t.title}`} onClick={() => { props.onDismiss(s.id); refocus(i) }}>Dismiss</button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}

/** Pairs one cited provision (or one of its items) per column. */
function PairPicker({topic, columns, onPair}: {topic: TopicDraft; columns: ReadonlyArray<{key: string; title: string}>; onPair: (p: Record<string, string>) => void}): ReactNode {
  const {corpus} = useWorkspace()
  const [chosen, setChosen] = useState<Record<string, string>>({})
  const options = (key: string): Array<string> =>
    (topic.cited[key] ?? []).flatMap((c) => {
      const instrument = c.provision.split('/')[0]!
      return provisionIds(corpus, instrument).map((p) => p.id).filter((id) => id === c.provision || id.startsWith(`${c.provision}/`))
    })
  const count = Object.values(chosen).filter(Boolean).length
  return (
    <div className="pair-picker">
      {columns.map((c) => (
        <label key={c.key}>{c.title}{' '}
          <select value={chosen[c.key] ?? ''} aria-label={`Pair: ${c.title} in ${topic.title}`} onChange={(e) => setChosen({...chosen, [c.key]: e.target.value})}>
            <option value="">—</option>
            {options(c.key).map((id) => <option key={id} value={id}>{id}</option>)}
          </select>
        </label>
      ))}{' '}
      <button type="button" disabled={count < 2} onClick={() => { onPair(Object.fromEntries(Object.entries(chosen).filter(([, v]) => v))); setChosen({}) }}>Pair</button>
    </div>
  )
}
