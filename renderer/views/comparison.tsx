// Comparisons a user makes: `#/compare/new` to make one (columns, topics, provisions, pairs, notes), saved as
// `comparisons/<id>.yaml` in the workspace; `#/compare/<id>` to read one, with word differences between paired
// items, projector mode and a DOCX export. The file format is docs/comparisons.md; reading, layout and writing
// are the core's (src/review, src/compare, src/export).
import {useEffect, useMemo, useState, type ReactNode} from 'react'
import {compareTopic, type CitedProvision, type TopicComparison} from '../../src/compare/index.ts'
import {checkComparison, comparisonIdOf, comparisonYaml, loadComparison, type ComparisonDraft, type ComparisonFile} from '../../src/review/index.ts'
import {topicTables} from '../../src/export/index.ts'
import {formatMessage} from '../../src/message/index.ts'
import {articlesOf, findInstrument, walkProvisions, type Corpus} from '../../src/model/index.ts'
import {href, navigate, type ViewProps} from '../router.ts'
import {useDisplay, useWorkspace} from '../workspace.tsx'
import {useViewReady} from '../perf.ts'
import {useRowStepper} from '../projector.ts'
import {documents} from '../documents.ts'
import {buildInBackground, offerFile} from '../exporter.ts'
import {citationText, instrumentName} from '../components/cite.tsx'
import {ArticleBody, ProvisionView} from '../components/provision.tsx'
import {OneSide} from '../components/changes.tsx'
import {RowPager} from '../components/columns.tsx'
import {FindingBadges} from '../components/finding-badge.tsx'

/** The workspace's comparison files, read. */
export function useComparisons(): Array<{file: string; comparison?: ComparisonFile | undefined; messages: Array<string>}> {
  const {comparisons, corpus} = useWorkspace()
  return useMemo(
    () =>
      comparisons.map((source) => {
        const read = loadComparison({path: source.path, text: source.text})
        // The ids' form is checked on reading; whether each names a provision, against the corpus the views show.
        const unknown = read.value ? checkComparison(read.value, corpus) : []
        return {file: source.path, comparison: read.value, messages: [...read.messages, ...unknown].map(formatMessage)}
      }),
    [comparisons, corpus]
  )
}

function Cited({cited, changes, side}: {cited: CitedProvision; changes?: TopicComparison['rows'][number]['changes']; side?: 'a' | 'b' | undefined}): ReactNode {
  if (!cited.found) return <p className="error">{cited.id}: the corpus has no provision with this id.</p>
  const target = cited.found.provision ?? cited.found.article
  return (
    <div className="cited">
      <p className="cite-line">
        <a className="cite" href={href('article', target.id)}>{citationText(cited.found)}</a>
        {cited.note && <span className="note"> ({cited.note})</span>} <FindingBadges id={target.id} />
      </p>
      {changes && side ? <p className="pair-text" dir="auto"><OneSide changes={changes} side={side} /></p>
        : cited.found.provision ? <ProvisionView provision={cited.found.provision} /> : <ArticleBody article={cited.found.article} />}
    </div>
  )
}

/** `#/compare/<id>` for a comparison of the workspace. */
export function WorkspaceComparisonView({id}: {id: string}): ReactNode {
  const {corpus} = useWorkspace()
  const {projector} = useDisplay()
  const entry = useComparisons().find((c) => comparisonIdOf(c.file) === id || c.comparison?.id === id)
  const comparison = entry?.comparison
  const laid = useMemo(() => (comparison ? comparison.topics.map((t) => compareTopic(corpus, comparison.columns, t)) : []), [corpus, comparison])
  const rows = laid.flatMap((t, k) => t.rows.map((r, i) => ({topic: k, row: r, i})))
  const {row, setRow} = useRowStepper(rows.length, id)
  const [status, setStatus] = useState<string | undefined>()
  useViewReady('comparison', id)
  if (!entry) return null
  const exportDocx = async (): Promise<void> => {
    if (!comparison) return
    setStatus('Writing the Word document…')
    try {
      const doc = topicTables(laid, comparison.title, [`${comparison.topics.length} topics: ${comparison.columns.map((c) => c.title).join(', ')}`], corpus)
      const bytes = await buildInBackground('docx', {kind: 'tables', doc}, () => {})
      await offerFile(`${comparison.id}.docx`, bytes, 'docx')
      setStatus(`Exported ${comparison.id}.docx.`)
    } catch (e) {
      setStatus(`The export failed: ${(e as Error).message}`)
    }
  }
  return (
    <article className="page compare-page workspace-comparison">
      <p className="kicker"><a href={href('compare')}>Comparisons</a> · {entry.file} of your workspace</p>
      <h1>{comparison?.title ?? entry.file}</h1>
      {entry.messages.length > 0 && (
        <div role="alert" className="error"><p>This comparison file has errors:</p><ul>{entry.messages.map((m) => <li key={m}><code>{m}</code></li>)}</ul></div>
      )}
      {comparison && (
        <>
          {comparison.note && <p className="lead">{comparison.note}</p>}
          <p className="tools"><button type="button" onClick={() => void exportDocx()}>Export as DOCX</button> {status && <span role="status">{status}</span>}</p>
          <RowPager row={row} count={rows.length} setRow={setRow} labels={rows.map((r) => `${laid[r.topic]!.topic.title}: ${r.row.title}`)} />
          {laid.map((t, k) => (
            <section key={t.topic.id} className="topic" aria-labelledby={`topic-${t.topic.id}`}>
              <h2 id={`topic-${t.topic.id}`}>{t.topic.title}</h2>
              {t.topic.note && <p className="topic-note" dir="auto">{t.topic.note}</p>}
              <table className="comparison">
                <thead>
                  <tr>
                    <th scope="col" className="row-head">Provision</th>
                    {t.columns.map((c) => <th key={c.key} scope="col">{c.title}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {t.rows.map((r, i) => {
                    const at = rows.findIndex((x) => x.topic === k && x.i === i)
                    const filled = r.cells.map((c, j) => (c.length > 0 ? j : -1)).filter((j) => j >= 0)
                    return (
                      <tr key={i} data-row={at} className={[`row-${r.kind}`, projector && at === row ? 'current' : ''].filter(Boolean).join(' ')}>
                        <th scope="row" className="row-head">
                          <span className="row-title">{r.title}</span>
                          {r.kind === 'pair' && r.changes && filled.length >= 2 && (
                            <a className="row-link" href={href('diff', r.cells[filled[0]!]![0]!.id, r.cells[filled[1]!]![0]!.id)}>word difference</a>
                          )}
                          {r.note && <span className="row-note">{r.note}</span>}
                        </th>
                        {r.cells.map((cell, j) => (
                          <td key={j}>
                            {cell.map((c) => <Cited key={c.id} cited={c} changes={r.kind === 'pair' ? r.changes : undefined} side={j === filled[0] ? 'a' : j === filled[1] ? 'b' : undefined} />)}
                            {cell.length === 0 && <p className="none">No provision.</p>}
                          </td>
                        ))}
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </section>
          ))}
        </>
      )}
    </article>
  )
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

const slug = (text: string): string => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'comparison'

interface TopicDraft {
  id: string
  title: string
  note: string
  rule?: string | undefined
  cited: Record<string, Array<{provision: string}>>
  pairs: Array<{provisions: Record<string, string>}>
}

/** `#/compare/new`: make a comparison. */
export function NewComparisonView(_props: ViewProps): ReactNode {
  const {corpus, findings} = useWorkspace()
  const [title, setTitle] = useState('')
  const [columns, setColumns] = useState<Array<{key: string; title: string; instruments: Array<string>}>>([])
  const [topics, setTopics] = useState<Array<TopicDraft>>([])
  const [newColumn, setNewColumn] = useState('')
  const [newTopic, setNewTopic] = useState('')
  const [status, setStatus] = useState<string | undefined>()
  const [savedId, setSaved] = useState<string | undefined>()
  useViewReady('new-comparison', '')
  const instruments = corpus.instruments.filter((i) => i.kind !== 'draft')
  // The conformity rules' topics, as the findings name them: a rule's title and the convention articles it rests on.
  const ruleTopics = useMemo(() => {
    const byRule = new Map<string, {rule: string; title: string; standards: Array<string>}>()
    for (const f of findings) if (!byRule.has(f.rule)) byRule.set(f.rule, {rule: f.rule, title: f.title, standards: f.standards.map((s) => s.provision).filter((p): p is string => !!p)})
    return [...byRule.values()].sort((a, b) => a.title.localeCompare(b.title))
  }, [findings])
  const addColumn = (): void => {
    const instrument = findInstrument(corpus, newColumn)
    if (!instrument) return
    let key = slug(instrument.id).replace(/-/g, '')
    if (!/^[a-z]/.test(key)) key = `c${key}`
    while (columns.some((c) => c.key === key)) key = `${key}x`
    setColumns([...columns, {key, title: instrumentName(instrument), instruments: [instrument.id]}])
    setNewColumn('')
  }
  const addTopic = (name: string, rule?: string): void => {
    if (!name.trim()) return
    let id = slug(name)
    while (topics.some((t) => t.id === id)) id = `${id}-2`
    setTopics([...topics, {id, title: name.trim(), note: '', rule, cited: {}, pairs: []}])
    setNewTopic('')
  }
  const update = (k: number, change: (t: TopicDraft) => TopicDraft): void => setTopics(topics.map((t, i) => (i === k ? change(t) : t)))
  const cite = (k: number, key: string, provision: string): void =>
    update(k, (t) => ((t.cited[key] ?? []).some((c) => c.provision === provision) ? t : {...t, cited: {...t.cited, [key]: [...(t.cited[key] ?? []), {provision}]}}))
  const suggestions = (t: TopicDraft, column: {key: string; instruments: Array<string>}): Array<string> => {
    const rule = ruleTopics.find((r) => r.rule === t.rule)
    if (!rule) return []
    const inColumn = (id: string): boolean => column.instruments.some((i) => id.startsWith(`${i}/`))
    const out = new Set<string>()
    for (const f of findings) if (f.rule === rule.rule && f.provision && inColumn(f.provision)) out.add(f.provision)
    for (const s of rule.standards) if (inColumn(s)) out.add(s)
    return [...out].filter((id) => !(t.cited[column.key] ?? []).some((c) => c.provision === id))
  }
  const id = slug(title)
  const save = async (): Promise<void> => {
    if (!documents.available) return
    const draft: ComparisonDraft = {
      id,
      title: title.trim(),
      columns,
      topics: topics.map((t) => ({id: t.id, title: t.title, note: t.note.trim() || undefined, cited: t.cited, pairs: t.pairs.map((p) => ({provisions: p.provisions, basis: 'editorial' as const}))}))
    }
    setStatus('Saving…')
    const answer = await documents.save({kind: 'comparison', file: `${id}.yaml`}, comparisonYaml(draft), {expected: null, overwrite: false})
    if (!answer.ok) setStatus(`Not saved: ${answer.error.message}`)
    else if (answer.value.status === 'saved') setStatus(`Saved as comparisons/${id}.yaml in the workspace; opening it…`)
    else setStatus(`Not saved: comparisons/${id}.yaml already exists in the workspace. Choose another title.`)
    if (answer.ok && answer.value.status === 'saved') setSaved(id)
  }
  // The workspace reads the new file back (it settles, then parses): open the comparison once it is there.
  const saved = useComparisons().some((c) => comparisonIdOf(c.file) === savedId)
  useEffect(() => {
    if (savedId && saved) navigate(`/compare/${savedId}`)
  }, [savedId, saved])
  const ready = title.trim() !== '' && columns.length >= 2 && topics.length > 0
  return (
    <article className="page new-comparison">
      <h1>New comparison</h1>
      {!documents.available && (
        <p role="alert" className="error">
          Comparisons cannot be saved here: this page is served as files only (npm run web) and has no workspace. Open Synoptic with npm start to make and keep comparisons.
        </p>
      )}
      <label className="field">Title <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Eritrea and C81" /></label>
      <section aria-labelledby="columns-title">
        <h2 id="columns-title">Columns</h2>
        <ol className="columns-list">{columns.map((c) => <li key={c.key}>{c.title} <code>{c.instruments.join(', ')}</code></li>)}</ol>
        <label>Instrument{' '}
          <select value={newColumn} onChange={(e) => setNewColumn(e.target.value)} aria-label="Instrument for a new column">
            <option value="">Choose…</option>
            {instruments.map((i) => <option key={i.id} value={i.id}>{instrumentName(i)} ({i.id})</option>)}
          </select>
        </label>{' '}
        <button type="button" onClick={addColumn} disabled={!newColumn}>Add column</button>
      </section>
      <section aria-labelledby="topics-title">
        <h2 id="topics-title">Topics</h2>
        <p>
          <label>Topic <input value={newTopic} onChange={(e) => setNewTopic(e.target.value)} aria-label="New topic" /></label>{' '}
          <button type="button" onClick={() => addTopic(newTopic)} disabled={!newTopic.trim()}>Add topic</button>{' '}
          <label>or from a conformity rule{' '}
            <select value="" aria-label="Topic from a conformity rule" onChange={(e) => { const r = ruleTopics.find((x) => x.rule === e.target.value); if (r) addTopic(r.title, r.rule) }}>
              <option value="">Choose…</option>
              {ruleTopics.map((r) => <option key={r.rule} value={r.rule}>{r.title}</option>)}
            </select>
          </label>
        </p>
        {topics.map((t, k) => (
          <fieldset key={t.id} className="topic-editor" data-topic={t.id}>
            <legend>{t.title}</legend>
            <div className="topic-columns">
              {columns.map((c) => {
                const listId = `ids-${t.id}-${c.key}`
                const suggested = suggestions(t, c)
                return (
                  <div key={c.key} className="topic-column" data-column={c.key}>
                    <h3>{c.title}</h3>
                    <ul>{(t.cited[c.key] ?? []).map((x) => <li key={x.provision}><code>{x.provision}</code></li>)}</ul>
                    <form onSubmit={(e) => { e.preventDefault(); const input = e.currentTarget.elements.namedItem('provision') as HTMLInputElement; if (input.value.trim()) cite(k, c.key, input.value.trim()); input.value = '' }}>
                      <input name="provision" list={listId} aria-label={`Provision of ${c.title} for ${t.title}`} placeholder="search a provision id" />
                      <datalist id={listId}>{c.instruments.flatMap((i) => provisionIds(corpus, i)).map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}</datalist>
                      <button type="submit">Add</button>
                    </form>
                    {suggested.length > 0 && (
                      <p className="suggestions">Suggested: {suggested.slice(0, 6).map((s) => <button key={s} type="button" onClick={() => cite(k, c.key, s)}>{s}</button>)}</p>
                    )}
                  </div>
                )
              })}
            </div>
            <PairPicker topic={t} columns={columns} onPair={(provisions) => update(k, (x) => ({...x, pairs: [...x.pairs, {provisions}]}))} />
            {t.pairs.length > 0 && <ul className="pairs">{t.pairs.map((p, i) => <li key={i}>{Object.values(p.provisions).join(' ↔ ')}</li>)}</ul>}
            <label className="field">Notes <textarea value={t.note} onChange={(e) => update(k, (x) => ({...x, note: e.target.value}))} aria-label={`Notes on ${t.title}`} /></label>
          </fieldset>
        ))}
      </section>
      <p>
        <button type="button" onClick={() => void save()} disabled={!ready || !documents.available}>Save comparison</button>{' '}
        {documents.available && ready && <span className="meta">as comparisons/{id}.yaml in the workspace</span>}
        {status && <span role="status"> {status}</span>}
      </p>
    </article>
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
