// What the app remembers between runs: which workspace folder was open. A small JSON file in the app's data
// folder, written atomically; a damaged one is ignored rather than stopping the app.
import {readFile} from 'node:fs/promises'
import {z} from 'zod'
import {writeFileAtomic} from './workspace/index.ts'

const settingsSchema = z.object({
  /** The workspace folder the drafter chose last; absent means the default one. */
  workspace: z.string().min(1).optional()
})
export type Settings = z.infer<typeof settingsSchema>

export async function loadSettings(file: string): Promise<Settings> {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

export async function saveSettings(file: string, settings: Settings): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(settings, null, 2) + '\n')
}
