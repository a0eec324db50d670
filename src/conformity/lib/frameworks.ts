import {consolidatedArticles} from '../../amendment/index.ts'
import type {Article, Instrument} from '../../model/index.ts'
import type {Framework} from './types.ts'

/** The two national frameworks the ILO review compares, lead law first. */
export const frameworks: ReadonlyArray<Framework> = [
  {id: 'labour', name: 'labour inspection', instruments: ['ll-2013', 'md-4277']},
  {id: 'social-security', name: 'social security inspection', instruments: ['ssl-2018', 'md-4139', 'md-0897']}
]

/**
 * How checkCorpus consolidates a draft by default: the amendment model's, the same the drafting view uses, so the
 * CLI and the app find the same things in a draft.
 */
export const consolidateDraft: (draft: Instrument, base: Instrument) => Array<Article> = consolidatedArticles
