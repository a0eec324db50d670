import type {CommandEntry} from '../command.ts'

/**
 * Every CLI command, in the order `--help` lists them. Add a command with one line: its name, its summary (as in
 * its module) and the import of its module, which then loads only when the command runs, so `list` never pays
 * for pdfmake or mammoth.
 */
export const commands: Array<CommandEntry> = [
  {name: 'validate', summary: 'Check corpus, draft, review-data and rule files; print file:line:column for every problem.', load: async () => (await import('./validate.ts')).validate},
  {name: 'list', summary: 'List the instruments of the corpus with their article counts.', load: async () => (await import('./list.ts')).list},
  {name: 'show', summary: 'Show an instrument or one provision (article, paragraph or item) with its text and provenance.', load: async () => (await import('./show.ts')).show},
  {name: 'check', summary: 'Check provisions against ILO Conventions 81 and 129: conflicts, gaps, conforming provisions, harmonization.', load: async () => (await import('./check.ts')).check},
  {name: 'diff', summary: 'Word-level differences between two instruments (ids or .md files) or two corpus folders, article by article.', load: async () => (await import('./diff.ts')).diff},
  {name: 'export', summary: 'Export a draft as DOCX, PDF or Markdown: redline (red inclusions), Word tracked changes, or the clean consolidated text.', load: async () => (await import('./export.ts')).exportDraft},
  {name: 'export-table', summary: 'Export a comparison as landscape DOCX or PDF: an aspect of the review (labour and social security side by side), all of them, or a comparison of the workspace.', load: async () => (await import('./export-table.ts')).exportTable},
  {name: 'export-memo', summary: 'Export the conformity findings as a review memo (provision, current text, standard, assessment, recommendation), DOCX or PDF.', load: async () => (await import('./export-memo.ts')).exportMemo},
  {name: 'import', summary: 'Read a law from Word (.docx), text, Markdown, HTML or Akoma Ntoso (.xml) into a corpus file, with its articles and items found.', load: async () => (await import('./import.ts')).importCommand},
  {name: 'assess', summary: 'Assess a whole law or framework against C81 and C129: per article, conflict, partial, conforms or gap, with provisions and words.', load: async () => (await import('./assess.ts')).assess}
]
