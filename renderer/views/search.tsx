import {useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode} from 'react'
import {searchCorpus, type SearchHit} from '../../src/compare/index.ts'
import {citeInDivision, citedInstrument} from '../../src/model/index.ts'
import {href, navigate} from '../router.ts'
import {useWorkspace} from '../workspace.tsx'
import {MarkedText} from '../components/inline.tsx'
import {citationText} from '../components/cite.tsx'

/**
 * Search across the whole corpus, opened with `/` or Ctrl+K. Typing filters at once; ↓/↑ move through the
 * results, Enter opens one, Escape closes and gives focus back to where it was.
 */
export function SearchDialog({onClose}: {onClose: () => void}): ReactNode {
  const {corpus} = useWorkspace()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const list = useRef<HTMLUListElement>(null)
  const hits = useMemo(() => (query.trim().length >= 2 ? searchCorpus(corpus, query, {limit: 100}) : []), [corpus, query])

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    input.current?.focus()
    return () => previous?.focus?.()
  }, [])
  useEffect(() => setActive(0), [query])
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({block: 'nearest'})
  }, [active])

  const open = (hit: SearchHit): void => {
    onClose()
    navigate(target(hit).slice(1))
  }
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault()
      onClose()
    } else if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault()
      setActive((a) => Math.min(hits.length - 1, a + 1))
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault()
      setActive((a) => Math.max(0, a - 1))
    } else if (event.key === 'Enter' && hits[active] && event.target === input.current) {
      event.preventDefault()
      open(hits[active])
    } else if (event.key === 'Tab') {
      // Keep focus inside the dialog while it is open.
      const focusable = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('input, button, a[href]')]
      const first = focusable[0]
      const last = focusable.at(-1)
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault()
        last?.focus()
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault()
        first?.focus()
      }
    }
  }
  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby="search-title" className="search-dialog" onKeyDown={onKeyDown}>
        <div className="search-head">
          <h2 id="search-title">Search the corpus</h2>
          <button type="button" className="close" onClick={onClose} aria-label="Close search">Esc</button>
        </div>
        <input
          ref={input}
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="search-results"
          aria-activedescendant={hits[active] ? `hit-${active}` : undefined}
          aria-label="Words to find"
          placeholder="e.g. advance notice, fine, ກວດກາ"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <p className="search-count" aria-live="polite">
          {query.trim().length < 2 ? 'Type at least two characters.' : hits.length === 0 ? 'No provision contains these words.' : `${hits.length}${hits.length === 100 ? '+' : ''} matches`}
        </p>
        <ul id="search-results" role="listbox" ref={list} className="search-results">
          {hits.map((hit, i) => (
            <li key={`${hit.id}-${i}`} id={`hit-${i}`} role="option" aria-selected={i === active} onMouseEnter={() => setActive(i)}>
              <a href={target(hit)} onClick={(e) => { e.preventDefault(); open(hit) }} tabIndex={-1}>
                <span className="hit-cite">{hitCitation(hit)}</span>
                <span className="hit-text"><MarkedText text={hit.text} ranges={hit.matches} /></span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}

/** An article's hit opens its article page; a Schedule's, the instrument page at the Schedule's text. */
function target(hit: SearchHit): string {
  return hit.article ? href('article', hit.id) : `${href('instrument', hit.instrument.id)}?focus=${encodeURIComponent(hit.id)}`
}

function hitCitation(hit: SearchHit): string {
  if (hit.article) return citationText({instrument: hit.instrument, article: hit.article, provision: hit.provision})
  return `${citedInstrument(hit.instrument)}, ${hit.division ? citeInDivision(hit.division, hit.provision) : ''}`
}
