// Names after the Akoma Ntoso naming convention: eIds from Synoptic's ids, FRBR URIs from the front matter,
// and the three-letter language codes FRBR uses. One place, so export and import agree.
import type {Instrument} from '../../model/index.ts'

/** The Akoma Ntoso 3.0 namespace. */
export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'
/** The namespace of Synoptic's own metadata inside `<proprietary>`. */
export const SYNOPTIC_NS = 'urn:synoptic:akn:1'

/** Synoptic's id segment kinds and the abbreviations the naming convention gives their elements. */
const abbreviations: Record<string, string> = {art: 'art', item: 'point', para: 'para', part: 'part', chapter: 'chp', section: 'sec'}

/**
 * The eId of a node from its Synoptic id: the instrument prefix dropped, each segment `kind-number` written
 * `abbr_number`, levels joined by `__`. `ssl-2018/art-112/item-2` → `art_112__point_2`,
 * `c081/part-i` → `part_i`, `c081/preamble/para-1` → `preamble__para_1`. Synoptic's ids are derived from the
 * numbers as written and kept stable across edits, so the eIds are too.
 */
export function eIdOf(id: string): string {
  return id
    .split('/')
    .slice(1)
    .map((segment) => {
      const dash = segment.indexOf('-')
      if (dash < 0) return segment
      const kind = segment.slice(0, dash)
      return `${abbreviations[kind] ?? kind}_${segment.slice(dash + 1)}`
    })
    .join('__')
}

/** ISO 639-1 → 639-2/T, for the languages legal texts of the corpus and its neighbours come in. */
const languages: Record<string, string> = {
  en: 'eng', fr: 'fra', es: 'spa', pt: 'por', ar: 'ara', lo: 'lao', th: 'tha', vi: 'vie', km: 'khm', my: 'mya', zh: 'zho',
  ru: 'rus', de: 'deu', it: 'ita', nl: 'nld', sw: 'swa', ti: 'tir', am: 'amh', id: 'ind', ms: 'msa', tl: 'tgl', af: 'afr'
}

/** The FRBR language code of a BCP 47 tag: `en` → `eng`; a tag already of three letters is kept. */
export function frbrLanguage(tag: string): string {
  const primary = tag.toLowerCase().split('-')[0] ?? ''
  return languages[primary] ?? primary
}

/** The BCP 47 tag of an FRBR language code: `eng` → `en`. */
export function languageTag(code: string): string {
  const lower = code.toLowerCase()
  for (const [two, three] of Object.entries(languages)) if (three === lower) return two
  return lower
}

/** The number part of a work URI: `No. 54/NA` → `54`, `C081` → `c081`, none → the instrument's id. */
export function uriNumber(instrument: Pick<Instrument, 'number' | 'id'>): string {
  const written = (instrument.number ?? '').replace(/^\s*(?:no\.?|n°|nº|number)\s*/iu, '').split('/')[0]!.trim()
  const cleaned = written.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/gu, '')
  return cleaned || instrument.id
}

/** The Work, Expression and Manifestation URIs of an instrument, after the naming convention. */
export interface FrbrUris {
  work: string
  expression: string
  manifestation: string
  /** The date in the URIs: the instrument's own, else the date of the export. */
  date: string
  /** True when `date` is the instrument's own date. */
  dated: boolean
  country: string
  documentType: 'act' | 'bill'
  language: string
}

/** `/akn/la/act/2018/54`, `/akn/la/act/2018/54/eng@2018-06-27`, `/akn/la/act/2018/54/eng@2018-06-27/!main.xml`. */
export function frbrUris(instrument: Instrument, exportDate: string): FrbrUris {
  const documentType = instrument.kind === 'draft' ? 'bill' : 'act'
  const country = instrument.jurisdiction.toLowerCase()
  const date = instrument.date ?? exportDate
  const language = frbrLanguage(instrument.language)
  const work = `/akn/${country}/${documentType}/${date.slice(0, 4)}/${uriNumber(instrument)}`
  const expression = `${work}/${language}@${date}`
  return {work, expression, manifestation: `${expression}/!main.xml`, date, dated: instrument.date !== undefined, country, documentType, language}
}
