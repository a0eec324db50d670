import {articleLabel, findProvision, inlineToText} from '../../model/index.ts'
import type {Corpus, Found} from '../../model/index.ts'
import type {WordChange} from './diff-words.ts'
import {fullText} from './diff-provisions.ts'

// The shapes this module reads from the review data (src/review): only the fields it needs, so the review's own
// types, which carry more, fit them as they are.

/** A provision cited for one side of an aspect, with Table 1's remark on it ("includes social security"). */
export interface AspectCitation {
  provision: string
  note?: string | undefined
}

/** Two provisions, one per framework, that the review (or the editors) set against each other. */
export interface AspectPair {
  labour: string
  socialSecurity: string
  /** `review` when the review itself pairs them, `editorial` when the pairing is read from the wording. */
  basis?: string | undefined
  note?: string | undefined
}

/** An ILO article an aspect is measured against: `{instrument: 'C081', article: '12(1)(a)'}`. */
export interface AspectStandard {
  instrument: string
  article: string
  /** The corpus id, when the review data has already resolved it. */
  provision?: string | undefined
}

/** One aspect of Table 1 (one row of the review's overview). */
export interface AspectData {
  id: string
  title: string
  labour: ReadonlyArray<AspectCitation>
  socialSecurity: ReadonlyArray<AspectCitation>
  standards?: ReadonlyArray<AspectStandard> | undefined
  pairs?: ReadonlyArray<AspectPair> | undefined
  /** Provisions the review says have no counterpart in the other framework. */
  unpaired?: ReadonlyArray<AspectCitation> | undefined
  /** Provisions another table of the review quotes for the aspect, shown with the cited ones of their side. */
  quoted?: {labour?: ReadonlyArray<AspectCitation> | undefined; socialSecurity?: ReadonlyArray<AspectCitation> | undefined} | undefined
}

/** A cited provision as the comparison shows it: its id, what the id resolved to, and Table 1's remark. */
export interface CitedProvision {
  id: string
  /** Absent when the corpus has no such provision (the view says so rather than hiding the citation). */
  found?: Found | undefined
  note?: string | undefined
}

/**
 * One row of an aspect's comparison.
 * - `pair`: two provisions the review sets against each other, with their word difference;
 * - `unpaired`: a provision the review says the other framework lacks;
 * - `text`: the full text of the provisions cited from instruments of one rank (laws, decisions), side by side;
 * - `quoted`: provisions another table of the review quotes for the aspect beyond Table 1's citations.
 */
export interface ComparisonRow {
  kind: 'pair' | 'unpaired' | 'text' | 'quoted'
  /** Short row heading: "Sudden inspection / Emergency inspections", "Laws", "Ministerial decisions". */
  title: string
  labour: Array<CitedProvision>
  socialSecurity: Array<CitedProvision>
  /** For pairs whose texts are both available: from the labour wording (a) to the social security wording (b). */
  changes?: Array<WordChange> | undefined
  basis?: string | undefined
  note?: string | undefined
}

/** An aspect laid out for the comparison workspace. */
export interface AspectComparison {
  aspect: AspectData
  rows: Array<ComparisonRow>
  /** The ILO articles the aspect is measured against, resolved in the corpus where it has them. */
  standards: Array<CitedProvision & {standard: AspectStandard}>
  /** Citations of the review data that the corpus lacks, by id. */
  unresolved: Array<string>
}

/** A short name for a cited item: its bold words ("Sudden inspection"), else "Item 3" or "Article 6". */
export function shortName(found: Found | undefined): string {
  if (!found) return '\u2014'
  const p = found.provision
  if (p?.type === 'item') {
    const strong = p.content.find((n) => n.type === 'strong')
    const text = strong ? inlineToText([strong]).trim() : ''
    if (text) return text[0]!.toUpperCase() + text.slice(1)
    return `Item ${p.label}`.trim()
  }
  if (p) {
    // A paragraph: its first words ("Any labour inspection must…").
    const words = inlineToText(p.content).trim().split(/\s+/)
    return words.length > 4 ? `${words.slice(0, 4).join(' ')}\u2026` : words.join(' ') || 'Paragraph'
  }
  return articleLabel(found.article)
}

/** The words of a cited provision, or undefined when the sources give no text for it. */
export function textOf(found: Found | undefined): string | undefined {
  if (!found) return undefined
  if (!found.provision && found.article.status === 'not-available') return undefined
  const text = found.provision ? fullText(found.provision) : fullText(found.article)
  return text.trim() ? text : undefined
}

/**
 * Resolves a convention article as the review data names it (`C081`, `12(1)(a)`) to the deepest provision of the
 * corpus that holds it: `c081/art-12/item-1/item-a`, else `c081/art-12/item-1`, else `c081/art-12`.
 */
export function resolveStandard(corpus: Corpus, standard: AspectStandard): Found | undefined {
  if (standard.provision) return findProvision(corpus, standard.provision)
  const match = /^\s*([0-9]+\s*[a-z]*)\s*((?:\([^)]+\)\s*)*)$/i.exec(standard.article)
  if (!match) return undefined
  const segments = [`art-${match[1]!.replace(/\s+/g, '').toLowerCase()}`]
  for (const part of match[2]!.matchAll(/\(([^)]+)\)/g)) segments.push(`item-${part[1]!.trim().toLowerCase()}`)
  for (let n = segments.length; n > 0; n--) {
    const found = findProvision(corpus, `${standard.instrument.toLowerCase()}/${segments.slice(0, n).join('/')}`)
    if (found) return found
  }
  return undefined
}

/** Whether a citation covers a provision: the same id, or one is inside the other (an article and its items). */
function covers(citation: string, id: string): boolean {
  return citation === id || id.startsWith(`${citation}/`) || citation.startsWith(`${id}/`)
}

/** A provision of the other framework that the review data compares with a given one. */
export interface Counterpart {
  /** The given provision (or the part of it the pairing names). */
  from: string
  /** The other framework's provision. */
  id: string
  /** The aspect the comparison comes from. */
  aspect: string
  /** `pair` when the two are paired item by item, `aspect` when both are cited for the same aspect. */
  via: 'pair' | 'aspect'
  note?: string | undefined
}

/** The aspects that cite a provision or article, or a part of it. */
export function aspectsCiting(aspects: ReadonlyArray<AspectData>, id: string): Array<AspectData> {
  return aspects.filter((a) =>
    [...a.labour, ...a.socialSecurity, ...(a.unpaired ?? []), ...(a.quoted?.labour ?? []), ...(a.quoted?.socialSecurity ?? [])].some((c) => covers(c.provision, id)) ||
    (a.pairs ?? []).some((p) => covers(p.labour, id) || covers(p.socialSecurity, id))
  )
}

/** The provisions of the other framework that the review data compares with `id`: paired items first. */
export function counterparts(aspects: ReadonlyArray<AspectData>, id: string): Array<Counterpart> {
  const out: Array<Counterpart> = []
  const seen = new Set<string>()
  const add = (c: Counterpart): void => {
    if (seen.has(c.id) || c.id === id) return
    seen.add(c.id)
    out.push(c)
  }
  for (const aspect of aspects) {
    for (const p of aspect.pairs ?? []) {
      if (covers(p.labour, id) && !covers(p.socialSecurity, id)) add({from: p.labour, id: p.socialSecurity, aspect: aspect.id, via: 'pair', note: p.note})
      if (covers(p.socialSecurity, id) && !covers(p.labour, id)) add({from: p.socialSecurity, id: p.labour, aspect: aspect.id, via: 'pair', note: p.note})
    }
  }
  for (const aspect of aspects) {
    const inLabour = aspect.labour.some((c) => covers(c.provision, id))
    const inSocial = aspect.socialSecurity.some((c) => covers(c.provision, id))
    if (inLabour === inSocial) continue
    // Compare like with like: the cited provision that holds `id` against each cited on the other side.
    const from = (inLabour ? aspect.labour : aspect.socialSecurity).find((c) => covers(c.provision, id))!.provision
    for (const c of inLabour ? aspect.socialSecurity : aspect.labour) add({from, id: c.provision, aspect: aspect.id, via: 'aspect', note: c.note})
  }
  return out
}
