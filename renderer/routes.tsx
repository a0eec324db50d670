// The route table: one entry per view, first match wins. To add a view, add one entry (with `nav` to list it in
// the navigation bar). Patterns: literal segments, `:name` parameters, a trailing `*` for ids that contain `/`.
import {lazy} from 'react'
import type {Route} from './router.ts'
import {CompareOverview} from './views/compare-overview.tsx'
import {CompareAspectView} from './views/compare-aspect.tsx'
import {DiffView} from './views/diff.tsx'
import {InstrumentsView} from './views/instruments.tsx'
import {InstrumentView} from './views/instrument.tsx'
import {ArticleView} from './views/article.tsx'
import {FindingsView} from './views/findings.tsx'
import {NotFoundView} from './views/not-found.tsx'

// Drafting and import need the corpus parser (and import the Word reader): loaded when first opened, so the
// start-up script holds neither.
const DraftView = lazy(async () => ({default: (await import('./views/draft.tsx')).DraftView}))
const DraftsView = lazy(async () => ({default: (await import('./views/draft.tsx')).DraftsView}))
const ImportView = lazy(async () => ({default: (await import('./views/import.tsx')).ImportView}))
// The comparison editor holds the suggestions' stemmer: loaded when a comparison is made or edited.
const NewComparisonView = lazy(async () => ({default: (await import('./views/comparison-editor.tsx')).NewComparisonView}))
const EditComparisonView = lazy(async () => ({default: (await import('./views/comparison-editor.tsx')).EditComparisonView}))
const AssessView = lazy(async () => ({default: (await import('./views/assess.tsx')).AssessView}))

export const routes: Array<Route> = [
  {pattern: '/', view: CompareOverview},
  {pattern: '/compare', view: CompareOverview, nav: 'Table 1'},
  {pattern: '/compare/new', view: NewComparisonView},
  {pattern: '/compare/:id/edit', view: EditComparisonView},
  {pattern: '/compare/:aspect', view: CompareAspectView},
  {pattern: '/diff', view: DiffView, nav: 'Differences'},
  {pattern: '/diff/*', view: DiffView},
  {pattern: '/instruments', view: InstrumentsView, nav: 'Instruments'},
  {pattern: '/instrument/:id', view: InstrumentView},
  {pattern: '/article/*', view: ArticleView},
  {pattern: '/findings', view: FindingsView, nav: 'Findings'},
  // Drafting (`/draft/:id`) and import views are added here by their own entries.
  {pattern: '/draft', view: DraftsView, nav: 'Drafting'},
  {pattern: '/draft/:id', view: DraftView},
  {pattern: '/import', view: ImportView, nav: 'Import'},
  {pattern: '/assess/:id', view: AssessView},
  {pattern: '/*', view: NotFoundView}
]
