// `#/draft/<id>`: a draft's articles with their redline against the base, edited in place. Every edit goes
// through the core's pure edit functions, so undo and redo are a history of drafts; the redline and the
// conformity findings follow as one types. The draft is saved after every change: in a browser to local
// storage (with import and export of the draft file), on the desktop to the workspace through the bridge.
import {useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent, type ReactNode} from 'react'
import type {Finding} from '../../src/conformity/index.ts'
import {parseInstrument} from '../../src/corpus/index.ts'
import {
  acceptBaseWording, amendArticle, articleBodyText, canRedo, canUndo, closeGroup, declareAmendment, draftFileText, findingsByArticle, insertArticle,
  planDraftExport, record, redlineArticle, redo, refusal, removeArticle, repealArticle, replaceArticleText, setArticleHeading, startHistory,
  summarizeRedline, undo, type History, type Redline, type RedlineArticle, type RedlineRun, type WordingVariant
} from '../../src/drafting/index.ts'
import {comparisonTables, draftToMarkdown, findingsMemo, type ExportMode} from '../../src/export/index.ts'
import {compareAspect} from '../../src/compare/index.ts'
import {createMessage, formatMessage, type SynopticMessage} from '../../src/message/index.ts'
import {articlesOf, findInstrument, type Article, type Instrument} from '../../src/model/index.ts'
import {offerAkomaNtoso} from '../akn-export.ts'
import {buildInBackground, offerFile, type ExportProgress} from '../exporter.ts'
import {platform} from '../platform.ts'
import {documents, type DocumentAutosave} from '../documents.ts'
import type {AutosaveStatus} from '../../src/ipc/index.ts'
import {useViewReady} from '../perf.ts'
import {href, type ViewProps} from '../router.ts'
import {useWorkspace} from '../workspace.tsx'
import {STATUS_LABEL, STATUS_SYMBOL} from '../components/finding-badge.tsx'
import {NotFound} from './not-found.tsx'
import './draft.css'

type Format = 'docx' | 'pdf' | 'md'

/** Where a draft was loaded from and how it is kept. */
interface Loaded {
  draft: Instrument
  /** Said once above the draft: "restored your edits saved in this browser", a workspace note. */
  note?: string | undefined
  autosave?: DocumentAutosave | undefined
  /** Counts loads: a new load is a new editor (with its own undo history). */
  generation?: number | undefined
}

/** A workspace draft that does not parse: shown as its errors (file:line:column) with its text, never saved over. */
interface Broken {
  broken: {file: string; text: string; messages: Array<SynopticMessage>}
  generation?: number | undefined
}

const storageKey = (id: string) => `draft:${id}`

/** Reads a draft file; the draft, or the messages that say why it cannot be used. */
function readDraftText(text: string, file: string): {draft?: Instrument | undefined; messages: Array<SynopticMessage>} {
  const {value, messages} = parseInstrument(text, file)
  const errors = messages.filter((m) => m.severity === 'error')
  if (!value || errors.length > 0) return {messages: errors.length > 0 ? errors : messages}
  if (value.kind !== 'draft') return {messages: [createMessage('error', `${file} is a ${value.kind}, not a draft (kind: draft)`, {file, source: 'synoptic-drafting', ruleId: 'not-a-draft'})]}
  return {draft: value, messages}
}

/** Loads the draft: the workspace's file (desktop) or this browser's saved copy, else the corpus's own. */
async function loadDraft(id: string, builtIn: Instrument | undefined): Promise<Loaded | Broken | undefined> {
  if (documents.available) {
    const ref = {kind: 'draft' as const, file: `${id}.md`}
    const read = await documents.read(ref)
    if (read.ok) {
      const {draft, messages} = readDraftText(read.value.text, `drafts/${id}.md`)
      if (draft) return {draft, autosave: documents.autosave({ref, version: read.value.version}), note: `Editing drafts/${id}.md of the workspace.`}
      return {broken: {file: `drafts/${id}.md`, text: read.value.text, messages}}
    }
    if (!builtIn) return undefined
    return {draft: builtIn, autosave: documents.autosave({ref, version: null}), note: `Your edits are saved to drafts/${id}.md of the workspace.`}
  }
  const saved = platform.readSetting(storageKey(id))
  if (saved) {
    const {draft} = readDraftText(saved, `drafts/${id}.md`)
    if (draft) return {draft, note: 'Restored the edits saved in this browser.'}
  }
  return builtIn ? {draft: builtIn} : undefined
}

import {checkDraftInBackground} from '../draft-checker.ts'

/** The redline of each article, remembered per article object: an edit makes a new object only for the article it touches. */
const redlineCache = new WeakMap<Article, {base: Instrument; value: RedlineArticle}>()
function redlineFor(article: Article, base: Instrument, language: string): RedlineArticle {
  const hit = redlineCache.get(article)
  if (hit && hit.base === base) return hit.value
  const value = redlineArticle(article, base, language)
  redlineCache.set(article, {base, value})
  return value
}

/** `#/draft/:id` */
export function DraftView({params}: ViewProps): ReactNode {
  const {corpus, bundled} = useWorkspace()
  const id = params.id ?? ''
  // The shipped draft, not the workspace's version of it that stands in for it in the other views.
  const builtIn = findInstrument(bundled, id) ?? findInstrument(corpus, id)
  const [loaded, setLoaded] = useState<Loaded | Broken | 'loading' | 'missing'>('loading')
  // The workspace object changes when the background findings arrive; the draft is loaded once per address.
  const builtInRef = useRef(builtIn)
  builtInRef.current = builtIn
  const generation = useRef(0)
  useEffect(() => {
    let live = true
    const own = builtInRef.current?.kind === 'draft' ? builtInRef.current : undefined
    setLoaded('loading')
    loadDraft(id, own).then(
      (result) => live && setLoaded(result ? {...result, generation: ++generation.current} : 'missing'),
      () => live && setLoaded(own ? {draft: own, generation: ++generation.current} : 'missing')
    )
    return () => {
      live = false
    }
  }, [id])
  useEffect(() => () => {
    if (typeof loaded === 'object' && 'draft' in loaded) {
      void loaded.autosave?.flush()
      loaded.autosave?.dispose()
    }
  }, [loaded])
  if (loaded === 'loading') return <article className="page"><p aria-busy="true">Opening the draft…</p></article>
  if (loaded === 'missing') return <NotFound what={`draft “${id}”`} />
  if ('broken' in loaded) return <BrokenDraft {...loaded.broken} />
  const base = loaded.draft.base ? findInstrument(corpus, loaded.draft.base) : undefined
  if (!base) return <NotFound what={`base instrument “${loaded.draft.base ?? '(none)'}” of the draft “${id}”`} />
  return <DraftEditor key={`${id}:${loaded.generation ?? 0}`} id={id} initial={loaded.draft} base={base} builtIn={builtIn} note={loaded.note} autosave={loaded.autosave} />
}

/** The workspace's draft file does not parse: what is wrong and where, and the text as it is on disk. */
function BrokenDraft({file, text, messages}: Broken['broken']): ReactNode {
  return (
    <article className="page">
      <h1>{file} does not open as a draft</h1>
      <p>The file is left exactly as it is. Correct it in any text editor at the places below, then open the draft again.</p>
      <ul className="draft-messages" aria-label="Messages">
        {messages.map((m, i) => <li key={i} className={m.severity}>{formatMessage(m)}</li>)}
      </ul>
      <pre className="broken-draft" aria-label={`The text of ${file}`}>{text}</pre>
    </article>
  )
}

interface EditorProps {
  id: string
  initial: Instrument
  base: Instrument
  builtIn: Instrument | undefined
  note?: string | undefined
  autosave?: DocumentAutosave | undefined
}

/** The text being typed into one article, kept even while it cannot be read (a half-typed list). */
interface Typing {
  articleId: string
  text: string
  messages: Array<SynopticMessage>
}

function DraftEditor({id, initial, base, builtIn, note, autosave}: EditorProps): ReactNode {
  const {corpus, sources} = useWorkspace()
  const [history, setHistory] = useState<History<Instrument>>(() => startHistory(initial))
  const draft = history.present
  const [typing, setTyping] = useState<Typing | undefined>(() => {
    const saved = platform.readSetting(`${storageKey(id)}:typing`)
    try {
      return saved ? (JSON.parse(saved) as Typing) : undefined
    } catch {
      return undefined
    }
  })
  const [messages, setMessages] = useState<Array<SynopticMessage>>([])
  const [saveState, setSaveState] = useState<string>(note ?? '')
  const [conflict, setConflict] = useState(false)
  const [mode, setMode] = useState<ExportMode>('redline')
  const [progress, setProgress] = useState<ExportProgress | undefined>()
  const [exportError, setExportError] = useState<string | undefined>()
  const [exportDone, setExportDone] = useState<string | undefined>()
  const [findings, setFindings] = useState<{for: Instrument; list: Array<Finding>} | undefined>()
  const language = draft.language || base.language
  useViewReady('draft', id)
  // The toolbar sticks just under the app's header (itself sticky), so it stays reachable while scrolling.
  const toolbarRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const header = document.querySelector<HTMLElement>('.app-header')
    const bar = toolbarRef.current
    if (!header || !bar) return
    const place = () => { bar.style.top = `${header.offsetHeight}px` }
    place()
    const observer = new ResizeObserver(place)
    observer.observe(header)
    return () => observer.disconnect()
  }, [])

  // Save after every change (not on opening). Browser: the draft file in local storage, read back to be sure.
  const opened = useRef<Instrument | undefined>(initial)
  useEffect(() => {
    if (draft === opened.current) return
    opened.current = undefined
    const text = draftFileText(draft)
    if (autosave) {
      autosave.edit(text)
      return
    }
    platform.writeSetting(storageKey(id), text)
    setSaveState(platform.readSetting(storageKey(id)) === text
      ? 'Saved in this browser.'
      : 'This browser did not keep the draft (storage full or disabled): export the draft file to keep your edits.')
  }, [draft, id, autosave])
  useEffect(() => {
    platform.writeSetting(`${storageKey(id)}:typing`, typing && typing.messages.length > 0 ? JSON.stringify(typing) : '')
  }, [typing, id])
  useEffect(() => {
    if (!autosave) return
    const show = (s: AutosaveStatus = autosave.status()) => {
      // Until the first edit, the note on where the draft is kept stays (nothing was saved yet).
      if (opened.current !== undefined && s.state === 'saved') return
      setConflict(s.state === 'conflict')
      setSaveState(
        s.state === 'saved' ? `Saved to drafts/${id}.md.`
          : s.state === 'pending' || s.state === 'saving' ? 'Saving…'
            : s.state === 'conflict' ? 'The file changed on disk: your text is kept here, nothing was written.'
              : `Not saved: ${s.error.message}. Your text stays here; the next edit tries again.`
      )
    }
    show()
    return autosave.onStatus(show)
  }, [autosave, id])

  const apply = useCallback((next: Instrument, group?: string) => {
    setHistory((h) => record(group === undefined ? closeGroup(h) : h, next, group))
  }, [])

  // Someone changed the file on disk: keep this text (theirs becomes a backup) or take theirs (undoable).
  const keepMine = () => void autosave?.keepMine()
  const takeTheirs = () => {
    const disk = autosave?.takeTheirs()
    if (!disk) return
    const {draft: read, messages: problems} = readDraftText(disk.text, `drafts/${id}.md`)
    setMessages(problems)
    if (read) {
      setTyping(undefined)
      apply(read)
    }
  }

  // The redline, article by article (cached per article), and the summary of changes.
  const redline: Redline = useMemo(() => ({
    draft: {id: draft.id, title: draft.title, author: draft.author, date: draft.date, status: draft.draftStatus, file: draft.file},
    base: {id: base.id, title: base.title, number: base.number},
    language,
    articles: articlesOf(draft).map((a) => redlineFor(a, base, language))
  }), [draft, base, language])
  const summary = useMemo(() => summarizeRedline(redline), [redline])

  // Findings follow the typing, a moment after it pauses, computed in a worker: typing never waits for the check.
  useEffect(() => {
    let live = true
    const timer = window.setTimeout(() => {
      checkDraftInBackground(draft, corpus, sources).then((list) => live && setFindings({for: draft, list}), () => undefined)
    }, 300)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [draft, corpus, sources])

  const doUndo = useCallback(() => {
    setTyping(undefined)
    setHistory((h) => undo(h))
  }, [])
  const doRedo = useCallback(() => {
    setTyping(undefined)
    setHistory((h) => redo(h))
  }, [])

  const onType = (article: Article, text: string) => {
    const result = replaceArticleText(draft, article.id, text)
    setTyping({articleId: article.id, text, messages: result.messages.filter((m) => m.severity === 'error')})
    if (result.value !== draft) apply(result.value, `text:${article.id}`)
  }

  const runExport = useCallback(async (format: Format) => {
    if (progress) return
    setExportError(undefined)
    setExportDone(undefined)
    const refused = refusal(mode, format)
    if (refused) {
      setExportError(`${refused}.`)
      return
    }
    try {
      const planned = planDraftExport({draft, base, mode, format, redline, today: new Date().toISOString().slice(0, 10)})
      const plan = planned.value
      if (!plan) {
        setExportError(planned.messages.map((m) => m.reason).join(' '))
        return
      }
      setMessages(planned.messages.filter((m) => m.ruleId === 'character-removed'))
      let saved: boolean
      if (format === 'md') {
        saved = await offerFile(plan.fileName, new TextEncoder().encode(draftToMarkdown(plan.layout)), 'md')
      } else {
        setProgress({phase: 'Preparing'})
        const bytes = await buildInBackground(format, {kind: 'draft', layout: plan.layout, docx: plan.docx}, setProgress)
        setProgress({phase: 'Saving', share: 1})
        saved = await offerFile(plan.fileName, bytes, format)
      }
      setExportDone(saved
        ? platform.kind === 'browser' ? `Exported ${plan.fileName}: your browser saved it to its downloads folder.` : `Exported ${plan.fileName} where you chose in the save dialog.`
        : 'The export was cancelled: nothing was written.')
    } catch (error) {
      setExportError(`The export failed: ${(error as Error).message}`)
    } finally {
      setProgress(undefined)
    }
  }, [progress, mode, draft, base, redline])

  // Shortcuts: undo/redo, and the export shortcuts of the desktop menu (which sends them itself on the desktop).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey
      if (!mod) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault()
        doUndo()
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault()
        doRedo()
      } else if (key === 'e' && platform.kind === 'browser') {
        event.preventDefault()
        void runExport(event.altKey ? 'md' : event.shiftKey ? 'pdf' : 'docx')
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [doUndo, doRedo, runExport])
  useEffect(() => platform.onMenuCommand((command) => {
    if (command === 'export-docx') void runExport('docx')
    if (command === 'export-pdf') void runExport('pdf')
    if (command === 'export-markdown') void runExport('md')
  }), [runExport])

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    const {draft: read, messages: problems} = readDraftText(await file.text(), file.name)
    if (!read) {
      setMessages(problems)
      return
    }
    if (read.id !== draft.id) {
      setMessages([createMessage('info', `${file.name} is the draft “${read.id}”, not “${draft.id}”: it opens under its own address`, {file: file.name, source: 'synoptic-drafting', ruleId: 'other-draft'})])
      platform.writeSetting(storageKey(read.id), draftFileText(read))
      window.location.hash = `#/draft/${encodeURIComponent(read.id)}`
      return
    }
    setMessages(problems)
    setTyping(undefined)
    apply(read)
  }

  const inDraft = new Set(articlesOf(draft).map((a) => a.id.slice(a.id.indexOf('/') + 1)))
  const baseChoices = articlesOf(base).filter((a) => !inDraft.has(a.id.slice(a.id.indexOf('/') + 1)))
  const grouped = findingsByArticle(draft, findings?.list ?? [])
  const findingsFor = (article: Article) => grouped.byArticle.get(article.id) ?? []
  const frameworkFindings = grouped.framework

  return (
    <article className={`page draft-page mode-${mode}`}>
      <header className="page-head">
        <p className="kicker">Draft amending <a href={href('instrument', base.id)}>{base.title}</a>{base.number ? ` (${base.number})` : ''}</p>
        <h1>{draft.title}</h1>
        <p className="meta">
          {[draft.author && `Author: ${draft.author}`, draft.date && `Date: ${draft.date}`, draft.draftStatus && `Status: ${draft.draftStatus}`].filter(Boolean).join(' · ')}
        </p>
      </header>

      <div className="draft-toolbar" role="toolbar" aria-label="Draft" ref={toolbarRef}>
        <button type="button" onClick={doUndo} disabled={!canUndo(history)} title="Undo (Ctrl+Z)">Undo</button>
        <button type="button" onClick={doRedo} disabled={!canRedo(history)} title="Redo (Ctrl+Shift+Z)">Redo</button>
        <label>
          Mode{' '}
          <select value={mode} onChange={(e) => setMode(e.target.value as ExportMode)} aria-label="Export mode">
            <option value="redline">Redline (red inclusions)</option>
            <option value="track-changes">Word tracked changes</option>
            <option value="clean">Clean consolidated text</option>
          </select>
        </label>
        <details className="export-menu">
          <summary>Export</summary>
          <ul role="menu">
            <li role="none"><button role="menuitem" type="button" onClick={() => void runExport('docx')} disabled={!!progress}>Word (DOCX) <kbd>Ctrl+E</kbd></button></li>
            <li role="none"><button role="menuitem" type="button" onClick={() => void runExport('pdf')} disabled={!!progress}>PDF <kbd>Ctrl+Shift+E</kbd></button></li>
            <li role="none"><button role="menuitem" type="button" onClick={() => void runExport('md')} disabled={!!progress}>Markdown <kbd>Ctrl+Alt+E</kbd></button></li>
            <li role="none"><button role="menuitem" type="button" onClick={() => void offerFile(`${draft.id}.md`, new TextEncoder().encode(draftFileText(draft)), 'md')}>The draft file (.md)</button></li>
            <li role="none"><button role="menuitem" type="button" onClick={() => void offerAkomaNtoso(draft, base).then(setExportError)}>Akoma Ntoso (XML)</button></li>
          </ul>
        </details>
        <label className="import-draft">
          Import draft file…
          <input type="file" accept=".md,text/markdown" onChange={(e) => void importFile(e)} />
        </label>
        {builtIn && builtIn !== draft && (
          <button type="button" onClick={() => { setTyping(undefined); apply(builtIn) }} title="Your edits stay in the undo history">Reload the corpus version</button>
        )}
        <span className="save-state" role="status">{saveState}</span>
        {conflict && (
          <span className="conflict-actions">
            <button type="button" onClick={keepMine}>Keep my text</button>{' '}
            <button type="button" onClick={takeTheirs}>Take the file on disk</button>
          </span>
        )}
      </div>

      {progress && (
        <div className="export-progress" role="status">
          {progress.phase}…{' '}
          <progress max={1} {...(progress.share !== undefined ? {value: progress.share} : {})} aria-label="Export progress" />
        </div>
      )}
      {exportError && <p className="error" role="alert">{exportError}</p>}
      {exportDone && <p className="export-done" role="status">{exportDone}</p>}
      {messages.length > 0 && (
        <ul className="draft-messages" aria-label="Messages">
          {messages.map((m, i) => <li key={i} className={m.severity}>{formatMessage(m)}</li>)}
        </ul>
      )}

      <section className="draft-summary" aria-labelledby="summary-title">
        <h2 id="summary-title">Changes</h2>
        <p>
          {summary.amended.length} amended, {summary.inserted.length} new, {summary.repealed.length} repealed
          {summary.notComparable.length > 0 ? `, ${summary.notComparable.length} whose current text is not available` : ''}
          {summary.unchanged.length > 0 ? `, ${summary.unchanged.length} unchanged` : ''}
          {summary.variants > 0 ? `; ${summary.variants} wording variant${summary.variants === 1 ? '' : 's'} (not amendments)` : ''}.
          {' '}<span className="legend"><ins>inserted</ins> <del>deleted</del> <span className="redline"><ins className="variant">wording variant</ins></span></span>
        </p>
        <p className="findings-line">
          Findings: {findings === undefined ? 'checking…' : findings.list.length === 0 ? 'none' : (['conflict', 'gap', 'harmonization', 'conforms'] as const)
            .map((s) => `${findings.list.filter((f) => f.status === s).length} ${STATUS_LABEL[s].toLowerCase()}`).join(', ')}
          {findings && findings.for !== draft ? ' (updating…)' : ''}
        </p>
        {frameworkFindings.length > 0 && (
          <details>
            <summary>Findings on the framework as a whole ({frameworkFindings.length})</summary>
            <FindingList findings={frameworkFindings} />
          </details>
        )}
        <AddArticle
          choices={baseChoices}
          onAmend={(articleId) => { const r = amendArticle(draft, base, articleId); setMessages(r.messages); apply(r.value) }}
          onRepeal={(articleId) => { const r = repealArticle(draft, base, articleId); setMessages(r.messages); apply(r.value) }}
          onInsertFirst={() => { const r = insertArticle(draft, base, undefined, 'New article'); setMessages(r.messages); apply(r.value) }}
        />
      </section>

      {articlesOf(draft).map((article) => (
        <DraftArticle
          key={article.id}
          article={article}
          draft={draft}
          redline={redlineFor(article, base, language)}
          typing={typing?.articleId === article.id ? typing : undefined}
          findings={findingsFor(article)}
          onType={(text) => onType(article, text)}
          onHeading={(heading, noteText) => apply(setArticleHeading(draft, article.id, heading, noteText === '' ? null : noteText), `heading:${article.id}`)}
          onInsertAfter={() => { const r = insertArticle(draft, base, article.id, 'New article'); setMessages(r.messages); apply(r.value) }}
          onRepeal={() => { const target = redlineFor(article, base, language).baseId; if (target) { const r = repealArticle(draft, base, target); setMessages(r.messages); apply(r.value) } }}
          onRemove={() => { setTyping(undefined); apply(removeArticle(draft, article.id)) }}
          onAcceptBase={(v) => { setTyping(undefined); apply(acceptBaseWording(draft, base, article.id, v)) }}
          onDeclare={(v) => { setTyping(undefined); apply(declareAmendment(draft, article.id, v)) }}
        />
      ))}
    </article>
  )
}

function Runs({runs}: {runs: ReadonlyArray<RedlineRun>}): ReactNode {
  return runs.map((r, i) => {
    let node: ReactNode = r.text
    if (r.strong) node = <strong>{node}</strong>
    if (r.emphasis) node = <em>{node}</em>
    const variant = r.variant ? 'variant' : undefined
    const title = r.variant ? 'Wording variant: not declared as an amendment' : undefined
    return r.change === 'insert' ? <ins key={i} className={variant} title={title}>{node}</ins> : r.change === 'delete' ? <del key={i} className={variant} title={title}>{node}</del> : <span key={i}>{node}</span>
  })
}

/** The wording variants of an article, each to take in the base's wording or to declare. */
function Variants({variants, onAccept, onDeclare}: {variants: ReadonlyArray<WordingVariant>; onAccept: (v: WordingVariant) => void; onDeclare: (v: WordingVariant) => void}): ReactNode {
  if (variants.length === 0) return null
  return (
    <details className="variants">
      <summary>{variants.length} wording variant{variants.length === 1 ? '' : 's'}: the draft differs from the current text without declaring an amendment</summary>
      <ul>
        {variants.map((v, i) => (
          <li key={i}>
            <strong>{v.where}</strong>: current “{v.base || '—'}”, draft “{v.draft || '—'}”{' '}
            {v.start !== undefined && <button type="button" onClick={() => onAccept(v)}>Use the current wording</button>}{' '}
            {v.start !== undefined && v.id !== undefined && !v.where.endsWith('heading') && <button type="button" onClick={() => onDeclare(v)}>Declare as amendment</button>}
          </li>
        ))}
      </ul>
    </details>
  )
}

function FindingList({findings}: {findings: ReadonlyArray<Finding>}): ReactNode {
  return (
    <ul className="draft-findings">
      {findings.map((f, i) => (
        <li key={`${f.rule}-${i}`} className={`badge-${f.status}`}>
          <span aria-hidden="true">{STATUS_SYMBOL[f.status]}</span> <strong>{STATUS_LABEL[f.status]}</strong>: {f.title}
          {f.match ? <> — “{f.match.text}”</> : null}
          <span className="muted"> ({f.standards.map((s) => (s.article ? `${s.instrument} ${s.article}` : s.instrument)).join('; ')})</span>
          <div className="muted">{f.recommendation}</div>
        </li>
      ))}
    </ul>
  )
}

interface ArticleProps {
  article: Article
  draft: Instrument
  redline: RedlineArticle
  typing: Typing | undefined
  findings: Array<Finding>
  onType: (text: string) => void
  onHeading: (heading: string, note: string) => void
  onInsertAfter: () => void
  onRepeal: () => void
  onRemove: () => void
  onAcceptBase: (variant: WordingVariant) => void
  onDeclare: (variant: WordingVariant) => void
}

const CHANGE_LABEL: Record<RedlineArticle['change'], string> = {
  unchanged: 'unchanged',
  amended: 'amended',
  inserted: 'new article',
  repealed: 'repealed',
  'not-comparable': 'current text not available'
}

function DraftArticle({article, draft, redline, typing, findings, onType, onHeading, onInsertAfter, onRepeal, onRemove, onAcceptBase, onDeclare}: ArticleProps): ReactNode {
  const [editing, setEditing] = useState(typing !== undefined)
  const text = typing?.text ?? articleBodyText(article, draft)
  const title = redline.change === 'inserted' ? 'New Article' : `Article ${article.number}`
  const headingId = `h-${article.id.replace(/[^a-z0-9-]/giu, '-')}`
  return (
    <section className={`draft-article change-${redline.change}`} aria-labelledby={headingId} data-id={article.id}>
      <h2 id={headingId}>
        {title} {redline.amended && <ins className="amended">(Amended)</ins>} <Runs runs={redline.heading} />
        {redline.change === 'repealed' && <ins> (Repealed)</ins>}
        {article.note && <ins className="note"> ({article.note})</ins>}
        <span className="tag">{CHANGE_LABEL[redline.change]}</span>
      </h2>
      {redline.notice && <p className="not-available">{redline.notice}</p>}
      <div className="redline">
        {redline.blocks.map((b, i) => (
          <p key={i} className={`block block-${b.type} depth-${Math.min(b.depth, 4)} block-${b.change}${b.moved ? ' block-moved' : ''}`}>
            {b.label.length > 0 && <span className="label"><Runs runs={b.label} /></span>}
            <span className="block-text"><Runs runs={b.text} /></span>
            {b.moved && <span className="moved-note">{b.moved === 'from' ? `moved to ${b.movedLabel || 'below'}` : `moved from ${b.movedLabel || 'above'}`}</span>}
            {b.relation && <span className="relation-note">{b.relation.kind === 'split' ? `split from ${b.relation.label}` : `merged into ${b.relation.label}`}</span>}
          </p>
        ))}
      </div>
      <Variants variants={redline.variants} onAccept={onAcceptBase} onDeclare={onDeclare} />
      {findings.length > 0 && <FindingList findings={findings} />}
      <div className="article-tools">
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>{editing ? 'Close the editor' : 'Edit text'}</button>
        <button type="button" onClick={onInsertAfter}>Insert a new article after</button>
        {redline.baseId && redline.change !== 'repealed' && <button type="button" onClick={onRepeal}>Repeal</button>}
        <button type="button" onClick={onRemove} title="Amended articles go back to the base text; new articles are dropped">Withdraw from the draft</button>
      </div>
      {editing && (
        <div className="article-editor">
          <label>
            Heading{' '}
            <input type="text" value={article.heading} onChange={(e) => onHeading(e.target.value, article.note ?? '')} />
          </label>
          <label>
            Note{' '}
            <input type="text" value={article.note ?? ''} placeholder="e.g. to be discussed" onChange={(e) => onHeading(article.heading, e.target.value)} />
          </label>
          <label className="body-label">
            Text (paragraphs; items as <code>1.</code>, <code>- (a)</code>; sub-items indented)
            <textarea value={text} rows={Math.min(24, Math.max(6, text.split('\n').length + 2))} spellCheck onChange={(e) => onType(e.target.value)} />
          </label>
          {typing && typing.messages.length > 0 && (
            <ul className="draft-messages" role="alert">
              {typing.messages.map((m, i) => <li key={i} className={m.severity}>Line {m.line}, column {m.column}: {m.reason}</li>)}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}

interface AddProps {
  choices: Array<Article>
  onAmend: (id: string) => void
  onRepeal: (id: string) => void
  onInsertFirst: () => void
}

function AddArticle({choices, onAmend, onRepeal, onInsertFirst}: AddProps): ReactNode {
  const [choice, setChoice] = useState('')
  const picked = choices.find((a) => a.id === choice) ?? choices[0]
  return (
    <div className="add-article">
      {choices.length > 0 && (
        <>
          <label>
            Base article{' '}
            <select value={picked?.id ?? ''} onChange={(e) => setChoice(e.target.value)}>
              {choices.map((a) => <option key={a.id} value={a.id}>Article {a.number}{a.heading ? ` ${a.heading}` : ''}{a.status === 'not-available' ? ' (text not available)' : ''}</option>)}
            </select>
          </label>{' '}
          <button type="button" onClick={() => picked && onAmend(picked.id)}>Amend</button>{' '}
          <button type="button" onClick={() => picked && onRepeal(picked.id)}>Repeal</button>{' '}
        </>
      )}
      <button type="button" onClick={onInsertFirst}>Insert a new article at the start</button>
    </div>
  )
}

/** `#/draft`: the drafts of the corpus, to open one, and the review's other exports (tables, findings memo). */
export function DraftsView(): ReactNode {
  const {corpus, aspects, findings, findingsPending} = useWorkspace()
  const drafts = corpus.instruments.filter((i) => i.kind === 'draft')
  const [progress, setProgress] = useState<ExportProgress | undefined>()
  const [error, setError] = useState<string | undefined>()
  useViewReady('drafts', String(drafts.length))
  const run = async (what: 'tables' | 'memo', format: 'docx' | 'pdf') => {
    if (progress) return
    setError(undefined)
    try {
      setProgress({phase: 'Preparing'})
      const doc = what === 'tables'
        ? comparisonTables(aspects.map((a) => compareAspect(corpus, a)), undefined, corpus)
        : findingsMemo(corpus, findings.filter((f) => f.status !== 'conforms'), 'Conformity review memo', ['Checked: the whole corpus, against ILO Conventions No. 81 and No. 129'])
      const bytes = await buildInBackground(format, {kind: 'tables', doc}, setProgress)
      await offerFile(`${what === 'tables' ? 'comparison-tables' : 'findings-memo'}.${format}`, bytes, format)
    } catch (e) {
      setError(`The export failed: ${(e as Error).message}`)
    } finally {
      setProgress(undefined)
    }
  }
  return (
    <article className="page">
      <h1>Drafting</h1>
      {drafts.length === 0 ? <p>The corpus has no drafts.</p> : (
        <ul>
          {drafts.map((d) => {
            const base = d.base ? findInstrument(corpus, d.base) : undefined
            return (
              <li key={d.id}>
                <a href={href('draft', d.id)}>{d.title}</a>
                <span className="meta"> — amends {base ? base.title : d.base}; {articlesOf(d).length} articles{d.draftStatus ? `; ${d.draftStatus}` : ''}</span>
              </li>
            )
          })}
        </ul>
      )}
      <section aria-labelledby="exports-title">
        <h2 id="exports-title">Exports of the review</h2>
        <p>
          Comparison tables (labour and social security side by side, landscape):{' '}
          <button type="button" disabled={!!progress || aspects.length === 0} onClick={() => void run('tables', 'docx')}>Word</button>{' '}
          <button type="button" disabled={!!progress || aspects.length === 0} onClick={() => void run('tables', 'pdf')}>PDF</button>
        </p>
        <p>
          Findings memo (provision, current text, standard, assessment, recommendation):{' '}
          <button type="button" disabled={!!progress || findingsPending} onClick={() => void run('memo', 'docx')}>Word</button>{' '}
          <button type="button" disabled={!!progress || findingsPending} onClick={() => void run('memo', 'pdf')}>PDF</button>
          {findingsPending ? <span className="muted"> (the conformity check is still running)</span> : null}
        </p>
        {progress && (
          <div className="export-progress" role="status">
            {progress.phase}… <progress max={1} {...(progress.share !== undefined ? {value: progress.share} : {})} aria-label="Export progress" />
          </div>
        )}
        {error && <p className="error" role="alert">{error}</p>}
      </section>
    </article>
  )
}
