import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import type {Root} from 'mdast'
import type {Position as UnistPosition} from 'unist'
import type {Run} from './runs.ts'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/**
 * micromark's tree of one run, its positions those of the whole file: the parser's general path, for what the
 * plain-run fast path leaves to it, and the reference that fast path must equal.
 */
export function micromarkRun(run: Run): Root {
  const tree = processor.parse(run.text) as Root
  if (run.lines === 0 && run.offset === 0) return tree
  const shift = (node: {position?: UnistPosition | undefined; children?: Array<unknown>}) => {
    const p = node.position
    if (p) {
      p.start = {line: p.start.line + run.lines, column: p.start.column, offset: (p.start.offset ?? 0) + run.offset}
      p.end = {line: p.end.line + run.lines, column: p.end.column, offset: (p.end.offset ?? 0) + run.offset}
    }
    if (node.children) for (const child of node.children) shift(child as typeof node)
  }
  shift(tree)
  return tree
}
