import {mkdtempSync, rmSync, writeFileSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, test} from 'vitest'
import {ESLint} from 'eslint'

const root = fileURLToPath(new URL('../../', import.meta.url))
const scratch = mkdtempSync(join(root, 'src', '.layering-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

/** Lints one throw-away file placed in the tree, so the real config and its folder globs apply. */
async function lint(relativeDir: string, source: string): Promise<Array<string>> {
  const dir = relativeDir === 'src' ? scratch : join(root, relativeDir)
  mkdirSync(dir, {recursive: true})
  const file = join(dir, `layering-probe-${Math.random().toString(36).slice(2)}.ts`)
  writeFileSync(file, source)
  try {
    const [result] = await new ESLint({cwd: root}).lintFiles([file])
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
  } finally {
    rmSync(file, {force: true})
  }
}

describe('layering: a lower layer never imports a higher one', () => {
  test('src/ may not import renderer/ or electron/', async () => {
    expect(await lint('src', "import {x} from '../../renderer/app.tsx'\nexport const y = x\n")).toEqual([
      expect.stringContaining('src/ is the pure core')
    ])
    expect(await lint('src', "import {x} from '../../electron/main.ts'\nexport const y = x\n")).toHaveLength(1)
  })
  test('src/ may not import Node modules', async () => {
    expect(await lint('src', "import {readFileSync} from 'node:fs'\nexport const y = readFileSync\n")).toHaveLength(1)
  })
  test('src/ may import the core', async () => {
    expect(await lint('src', "import {cleanNum} from '../corpus/index.ts'\nexport const y = cleanNum\n")).toEqual([])
  })
  test('rooted-files/ (safe file operations) serves electron/ and src/cli, and imports nothing of the app', async () => {
    expect(await lint('rooted-files', "import {loadCorpus} from '../src/corpus/index.ts'\nexport const y = loadCorpus\n")).toEqual([
      expect.stringContaining('rooted-files/ is plain Node')
    ])
    expect(await lint('rooted-files', "import {lstat} from 'node:fs/promises'\nexport const y = lstat\n")).toEqual([])
    expect(await lint('src/cli', "import {walkInside} from '../../rooted-files/index.ts'\nexport const y = walkInside\n")).toEqual([])
    expect(await lint('electron', "import {walkInside} from '../rooted-files/index.ts'\nexport const y = walkInside\n")).toEqual([])
    expect(await lint('src', "import {walkInside} from '../../rooted-files/index.ts'\nexport const y = walkInside\n")).toHaveLength(1)
  })
})
