// The peer of `synoptic validate`: bare remark-parse (with front matter) over every .md file of a folder, the
// Markdown parse alone with no model, checks or output. `node bench/peers/remark-parse.mjs <folder>`
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const dir = process.argv[2]
let nodes = 0
for (const file of readdirSync(dir, {recursive: true}).map(String).filter((f) => f.endsWith('.md')).sort()) {
  nodes += processor.parse(readFileSync(join(dir, file), 'utf8')).children.length
}
process.stdout.write(`${nodes} top-level nodes\n`)
