// The peer of `synoptic import`: mammoth alone turning a .docx into HTML. `node bench/peers/mammoth.mjs <file.docx>`
import mammoth from 'mammoth'

const {value} = await mammoth.convertToHtml({path: process.argv[2]})
process.stdout.write(`${value.length} characters of HTML\n`)
