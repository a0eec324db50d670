// `#/import`: drop a law (Word, text, Markdown, HTML) on the app, see the structure the importer found beside the
// source with its warnings marked, fix the id and title, and save the corpus file into the workspace (desktop) or
// download it (browser). All reading and detection is the core's (src/import); this view only shows and asks.
import {useEffect, useMemo, useRef, useState, type DragEvent, type ReactNode} from 'react'
import {
  checkImportFile, importExtensions, importSource, readWordDocument, summaryLine, WordDocumentTooLarge, wordReaderFromZip, zipEntries,
  type ImportedDocument, type ImportSource, type SourceBlock, type ZipArchive
} from '../../src/import/index.ts'
import {formatMessage, type Result, type SynopticMessage} from '../../src/message/index.ts'
import {instrumentKinds as kinds, type Article, type Division, type InstrumentKind, type Provision} from '../../src/model/index.ts'
import {InlineText} from '../components/inline.tsx'
import {useViewReady} from '../perf.ts'
import {platform} from '../platform.ts'
import {documents} from '../documents.ts'
import {href} from '../router.ts'
import './import.css'

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A file as read from the drop or the file picker, before or after the Word reader ran. */
type Loaded =
  | {state: 'reading'; name: string}
  | {state: 'refused'; name: string; reason: string}
  | {state: 'ready'; name: string; source: ImportSource; messages: Array<SynopticMessage>}

/** What saving did, for the line under the buttons. */
type Saved =
  | {state: 'idle'}
  | {state: 'saving'}
  | {state: 'saved'; text: string; id?: string | undefined}
  | {state: 'exists'; file: string}
  | {state: 'failed'; text: string}

/** `Labour Law No 43.docx` → `labour-law-no-43`: a first guess at an id the drafter then fixes. */
function idFromName(name: string): string {
  return name.replace(/\.[^.]+$/, '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'imported'
}

/** Reads a .docx in the browser: jszip and mammoth, loaded only when a Word file comes. */
async function readWordInBrowser(name: string, bytes: Uint8Array): Promise<Result<ImportSource>> {
  const [{default: JSZip}, {default: mammoth}] = await Promise.all([import('jszip'), import('mammoth')])
  const zip = await JSZip.loadAsync(bytes)
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  // jszip's internalStream (unpacking without keeping) is public at run time but missing from its types.
  const reader = wordReaderFromZip(zip as unknown as ZipArchive, (transform) => mammoth.convertToHtml({arrayBuffer: buffer}, {transformDocument: transform}))
  return readWordDocument(reader, name, zipEntries(bytes) ?? [])
}

async function load(file: File): Promise<Loaded> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  const checked = checkImportFile(file.name, bytes)
  if (checked.status === 'refused') return {state: 'refused', name: file.name, reason: checked.reason}
  if (checked.status === 'text') {
    const note: Array<SynopticMessage> = checked.encoding === 'utf-8' ? [] : [{
      reason: `read as ${checked.encoding} text`, severity: 'info', file: file.name, line: 1, column: 1, source: 'synoptic-import', ruleId: 'encoding'
    }]
    return {state: 'ready', name: file.name, source: checked.source, messages: note}
  }
  try {
    const read = await readWordInBrowser(file.name, bytes)
    return {state: 'ready', name: file.name, source: read.value, messages: read.messages}
  } catch (error) {
    if (error instanceof WordDocumentTooLarge) return {state: 'refused', name: file.name, reason: error.message}
    const reason = String((error as Error).message ?? error).split('\n')[0]!.replace(/\s+/g, ' ').trim()
    return {state: 'refused', name: file.name, reason: `${file.name} is damaged: it cannot be read as a Word document (${reason})`}
  }
}

export function ImportView(): ReactNode {
  const [loaded, setLoaded] = useState<Loaded | undefined>()
  const [id, setId] = useState('')
  const [title, setTitle] = useState<string | undefined>()
  const [kind, setKind] = useState<InstrumentKind>('law')
  const [base, setBase] = useState('')
  const [selected, setSelected] = useState<number | undefined>()
  const [dragging, setDragging] = useState(false)
  const [saved, setSaved] = useState<Saved>({state: 'idle'})
  const picker = useRef<HTMLInputElement>(null)
  useViewReady('import', loaded ? `${loaded.name}:${loaded.state}` : 'empty')

  const open = async (file: File | undefined) => {
    if (!file) return
    setLoaded({state: 'reading', name: file.name})
    setSaved({state: 'idle'})
    setSelected(undefined)
    setTitle(undefined)
    setId(idFromName(file.name))
    const next = await load(file)
    if (next.state === 'ready' && next.source.format === 'akn') {
      // Akoma Ntoso says what it is: start from the document's own id, kind and base; refuse what cannot be read.
      const own = importSource(next.source, {id: '', file: file.name})
      const refusal = own.messages.find((m) => m.severity === 'error' && m.source === 'synoptic-akn')
      if (refusal) {
        setLoaded({state: 'refused', name: file.name, reason: formatMessage(refusal)})
        return
      }
      setId(own.value.instrument.id)
      setKind(own.value.instrument.kind)
      setBase(own.value.instrument.base ?? '')
    }
    setLoaded(next)
  }

  const ready = loaded?.state === 'ready' ? loaded : undefined
  const validId = idPattern.test(id)
  const result = useMemo(() => {
    if (!ready) return undefined
    const imported = importSource(ready.source, {
      id: validId ? id : 'imported',
      file: ready.name,
      title: title?.trim() || undefined,
      kind,
      base: kind === 'draft' ? base.trim() || undefined : undefined
    })
    return {value: imported.value, messages: [...ready.messages, ...imported.messages]}
  }, [ready, id, validId, title, kind, base])

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    void open(event.dataTransfer.files[0])
  }

  return (
    <article
      className={`page import-view${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false)
      }}
      onDrop={onDrop}
    >
      <h1>Import a law</h1>
      <div className="import-drop">
        <p>
          Drop a Word (.docx), text (.txt), Markdown (.md), HTML or Akoma Ntoso (.xml) file here, or{' '}
          <button type="button" onClick={() => picker.current?.click()}>choose a file</button>
          <input
            ref={picker}
            className="visually-hidden"
            type="file"
            tabIndex={-1}
            aria-label="File to import"
            accept={importExtensions.join(',')}
            onChange={(event) => void open(event.target.files?.[0] ?? undefined)}
          />
        </p>
        <p className="muted">Text from a PDF: export or copy it into a .txt file first. Nothing is saved until you save it.</p>
      </div>

      {loaded?.state === 'reading' && <p role="status">Reading {loaded.name}…</p>}
      {loaded?.state === 'refused' && <p className="import-refused" role="alert">{loaded.reason}. Nothing was imported.</p>}
      {ready && result && (
        <ImportResultView
          name={ready.name}
          result={result}
          id={id}
          validId={validId}
          onId={setId}
          title={title ?? result.value.instrument.title}
          onTitle={setTitle}
          kind={kind}
          onKind={setKind}
          base={base}
          onBase={setBase}
          selected={selected}
          onSelect={setSelected}
          saved={saved}
          onSave={(overwrite) => void save(result.value, id, kind, overwrite, setSaved)}
        />
      )}
    </article>
  )
}

/**
 * Saves into the workspace (never replacing a file unless asked): instruments to instruments/, drafts to drafts/.
 * The document service tells the views, so the instrument is in Instruments, search and findings at once. A page
 * served as files only (`npm run web`) has no workspace: the file is downloaded.
 */
async function save(imported: ImportedDocument, id: string, kind: InstrumentKind, overwrite: boolean, report: (s: Saved) => void): Promise<void> {
  const file = `${id}.md`
  report({state: 'saving'})
  try {
    if (!documents.available) {
      await platform.saveFile(file, new TextEncoder().encode(imported.markdown), 'md')
      report({state: 'saved', text: `Downloaded ${file}. This page has no workspace (it is served as files only); open Synoptic with npm start to keep imports in a workspace.`})
      return
    }
    const ref = {kind: kind === 'draft' ? ('draft' as const) : ('instrument' as const), file}
    const where = kind === 'draft' ? `drafts/${file}` : `instruments/${file}`
    let answer = await documents.save(ref, imported.markdown, {expected: null, overwrite: false})
    if (answer.ok && answer.value.status === 'conflict') {
      if (!overwrite || !answer.value.disk) {
        report({state: 'exists', file: where})
        return
      }
      answer = await documents.save(ref, imported.markdown, {expected: answer.value.disk.version, overwrite: true})
    }
    if (!answer.ok) report({state: 'failed', text: answer.error.message})
    else if (answer.value.status === 'saved') report({state: 'saved', text: `Saved as ${where} in the workspace: it is now in Instruments, search and findings.`, id})
    else report({state: 'exists', file: where})
  } catch (error) {
    report({state: 'failed', text: (error as Error).message})
  }
}

interface ResultProps {
  name: string
  result: {value: ImportedDocument; messages: Array<SynopticMessage>}
  id: string
  validId: boolean
  onId: (id: string) => void
  title: string
  onTitle: (title: string) => void
  kind: InstrumentKind
  onKind: (kind: InstrumentKind) => void
  base: string
  onBase: (base: string) => void
  selected: number | undefined
  onSelect: (line: number) => void
  saved: Saved
  onSave: (overwrite: boolean) => void
}

function ImportResultView(props: ResultProps): ReactNode {
  const {result, selected, onSelect} = props
  const {value, messages} = result
  const unit = value.source.unit
  const errors = messages.filter((m) => m.severity === 'error')
  const warnings = messages.filter((m) => m.severity === 'warning')
  const notes = messages.filter((m) => m.severity === 'info')
  const blockOf = (line: number): SourceBlock | undefined => value.source.blocks.find((b) => line >= b.line && line <= b.endLine)
  const problems = new Map<SourceBlock, Array<SynopticMessage>>()
  for (const m of messages) {
    if (m.severity === 'info') continue
    const block = blockOf(m.line)
    if (block) problems.set(block, [...(problems.get(block) ?? []), m])
  }
  const draftWithoutBase = props.kind === 'draft' && props.base.trim() === ''
  const canSave = props.validId && errors.length === 0 && !draftWithoutBase && props.saved.state !== 'saving'

  // Bring the selected source block into view when a node of the structure is chosen.
  useEffect(() => {
    if (selected === undefined) return
    document.getElementById(`import-source-${selected}`)?.scrollIntoView({block: 'center'})
  }, [selected])

  return (
    <>
      <form className="import-fields" onSubmit={(event) => event.preventDefault()}>
        <label>
          Id
          <input value={props.id} onChange={(e) => props.onId(e.target.value.trim())} aria-invalid={!props.validId} spellCheck={false} />
        </label>
        <label className="import-title">
          Title
          <input value={props.title} onChange={(e) => props.onTitle(e.target.value)} />
        </label>
        <label>
          Kind
          <select value={props.kind} onChange={(e) => props.onKind(e.target.value as InstrumentKind)}>
            {kinds.map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </label>
        {props.kind === 'draft' && (
          <label>
            Amends (base id)
            <input value={props.base} onChange={(e) => props.onBase(e.target.value.trim())} aria-invalid={draftWithoutBase} spellCheck={false} />
          </label>
        )}
      </form>
      {!props.validId && <p className="import-refused" role="alert">The id takes lower case letters, digits and single dashes, e.g. ll-2013.</p>}

      <p className="import-summary" role="status">
        <strong>{props.name}</strong>: {summaryLine(value.summary)}
        {errors.length > 0 && <span className="import-error"> — {errors.length} error{errors.length === 1 ? '' : 's'}: the file cannot be saved</span>}
      </p>

      {messages.length > 0 && (
        <details className="import-messages" open={warnings.length + errors.length > 0 && warnings.length + errors.length <= 8}>
          <summary>
            {[
              errors.length > 0 ? `${errors.length} error${errors.length === 1 ? '' : 's'}` : '',
              `${warnings.length} warning${warnings.length === 1 ? '' : 's'}`,
              notes.length > 0 ? `${notes.length} note${notes.length === 1 ? '' : 's'} (what was left out or guessed)` : ''
            ].filter(Boolean).join(', ')}
          </summary>
          <ul>
            {[...errors, ...warnings, ...notes].map((m, i) => (
              <li key={i} className={m.severity}>
                <button type="button" className="link-button" onClick={() => onSelect(blockOf(m.line)?.line ?? m.line)}>
                  {unit} {m.line}
                </button>{' '}
                {m.reason}
                <span className="visually-hidden"> ({formatMessage(m)})</span>
              </li>
            ))}
          </ul>
        </details>
      )}

      <div className="import-columns">
        <section aria-labelledby="import-source-heading">
          <h2 id="import-source-heading">Source</h2>
          <ol className="import-source">
            {value.source.blocks.map((block) => {
              const found = problems.get(block)
              return (
                <li
                  key={`${block.line}-${block.endLine}`}
                  id={`import-source-${block.line}`}
                  className={[found ? 'has-warning' : '', selected === block.line ? 'selected' : '', block.kind === 'heading' ? 'heading' : ''].filter(Boolean).join(' ')}
                >
                  <span className="import-line">{block.line}</span>
                  <span className="import-text">
                    {block.listLabel ? <span className="import-list-label">{block.listLabel} </span> : null}
                    <InlineText nodes={block.content} />
                    {found?.map((m, i) => <span key={i} className="import-note" role="note">⚠ {m.reason}</span>)}
                  </span>
                </li>
              )
            })}
          </ol>
        </section>
        <section aria-labelledby="import-structure-heading">
          <h2 id="import-structure-heading">Detected structure</h2>
          <div className="import-structure">
            {value.instrument.preamble && (
              <div className="import-node preamble">
                <button type="button" className="link-button" onClick={() => onSelect(value.instrument.preamble!.position.start.line)}>Preamble</button>
                <span className="muted"> {value.instrument.preamble.children.length} paragraph{value.instrument.preamble.children.length === 1 ? '' : 's'}</span>
              </div>
            )}
            <Nodes nodes={value.instrument.body} onSelect={onSelect} selected={selected} />
          </div>
        </section>
      </div>

      <details className="import-output">
        <summary>The corpus file ({props.id || '…'}.md)</summary>
        <pre>{value.markdown}</pre>
      </details>

      <p className="import-actions">
        <button type="button" disabled={!canSave} onClick={() => props.onSave(false)}>
          {documents.available ? 'Save into the workspace' : `Download ${props.id || '…'}.md`}
        </button>
        {props.saved.state === 'exists' && (
          <>
            {' '}
            <button type="button" onClick={() => props.onSave(true)}>Replace the existing {props.saved.file}</button>
          </>
        )}
      </p>
      {props.saved.state !== 'idle' && (
        <p role="status" className={props.saved.state === 'failed' ? 'import-refused' : 'muted'}>
          {props.saved.state === 'saving' && 'Saving…'}
          {props.saved.state === 'saved' && props.saved.text}
          {props.saved.state === 'saved' && props.saved.id && <> <a href={href('instrument', props.saved.id)}>Open it</a></>}
          {props.saved.state === 'exists' && `The workspace already has ${props.saved.file}: nothing was written. Change the id, or replace it.`}
          {props.saved.state === 'failed' && `Not saved: ${props.saved.text}`}
        </p>
      )}
    </>
  )
}

function Nodes({nodes, onSelect, selected}: {nodes: Array<Division | Article>; onSelect: (line: number) => void; selected: number | undefined}): ReactNode {
  return (
    <ul className="import-tree">
      {nodes.map((node) => {
        const line = node.position.start.line
        const here = selected === line ? ' selected' : ''
        if (node.type === 'division') {
          return (
            <li key={node.id} className={`import-node division${here}`}>
              <button type="button" className="link-button" onClick={() => onSelect(line)}>
                {node.kind[0]!.toUpperCase() + node.kind.slice(1)} {node.number}
              </button>{' '}
              {node.heading}
              <Nodes nodes={node.children} onSelect={onSelect} selected={selected} />
            </li>
          )
        }
        return (
          <li key={node.id} className={`import-node article${here}`}>
            <button type="button" className="link-button" onClick={() => onSelect(line)}>
              {node.number === 'New' ? 'New Article' : `Article ${node.number}`}
            </button>{' '}
            {node.amended && <span className="import-badge">amended</span>} {node.heading}
            {node.note && <span className="muted"> ({node.note})</span>}
            {node.status !== 'in-force' && node.status !== 'proposed' && <span className="import-badge">{node.status === 'not-available' ? 'text not available' : node.status}</span>}
            <Provisions provisions={node.children} onSelect={onSelect} selected={selected} />
          </li>
        )
      })}
    </ul>
  )
}

function Provisions({provisions, onSelect, selected}: {provisions: Array<Provision>; onSelect: (line: number) => void; selected: number | undefined}): ReactNode {
  if (provisions.length === 0) return null
  return (
    <ul className="import-provisions">
      {provisions.map((p) => {
        const line = p.position.start.line
        return (
          <li key={p.id} className={selected === line ? 'selected' : undefined}>
            <button type="button" className="import-label" onClick={() => onSelect(line)} title={p.id} aria-label={`${p.type === 'item' ? `item ${p.label || '(bullet)'}` : 'paragraph'}, ${p.id}`}>
              {p.type === 'item' ? p.label || '•' : '¶'}
            </button>{' '}
            <InlineText nodes={p.content} />
            {p.type === 'item' && <Provisions provisions={p.children} onSelect={onSelect} selected={selected} />}
          </li>
        )
      })}
    </ul>
  )
}
