// The one contract between the renderer and the Electron main process. The preload builds
// `window.synoptic` from `operations`, the main process validates every request against the same
// schemas, and `SynopticBridge` (the type of `window.synoptic`) is derived from them, never written by hand.
import {z} from 'zod'
import {maxDocumentBytes, maxExportBytes, utf8ByteLength} from './limits.ts'

// The app's CSP forbids eval. Zod would probe for it with `Function('')` to compile faster validators, and every
// probe is reported as a CSP violation in the page; the plain validators are fast enough for these messages.
z.config({jitless: true})

/**
 * Where a document sits in the workspace: drafts the user writes, instruments the user imported, and comparisons
 * the user made (YAML, in the schema of corpus/data/aspects.yaml).
 */
export const documentKindSchema = z.enum(['draft', 'instrument', 'comparison'])
export type DocumentKind = z.infer<typeof documentKindSchema>

/** The ending each kind of document has: corpus Markdown, and YAML for comparisons. */
export const documentEndings: Readonly<Record<DocumentKind, RegExp>> = {draft: /\.md$/iu, instrument: /\.md$/iu, comparison: /\.ya?ml$/iu}

/** True when `file` is a name a document of this kind may have (the file schema, and its kind's ending). */
export function isDocumentFile(kind: DocumentKind, file: string): boolean {
  return documentFileSchema.safeParse(file).success && documentEndings[kind].test(file)
}

/**
 * The file name of a document inside its workspace folder, never a path: no separators, no `..`, no leading
 * dot (those are the store's own temporary files), no control characters, and a `.md` (or for comparisons a
 * `.yaml`) ending.
 */
export const documentFileSchema = z
  .string()
  .min(4)
  .max(200)
  .refine((name) => /\.(?:md|ya?ml)$/iu.test(name), {message: 'a document name ends in .md (or .yaml for a comparison)'})
  .refine((name) => !/[/\\]/u.test(name), {message: 'a document name may not contain / or \\'})
  .refine((name) => !name.startsWith('.'), {message: 'a document name may not start with a dot'})
  .refine((name) => !/\p{Cc}/u.test(name), {message: 'a document name may not contain control characters'})
  // Names Windows cannot store: reserved characters and device names (a workspace may be shared with Windows).
  .refine((name) => !/[<>:"|?*]/u.test(name), {message: 'a document name may not contain < > : " | ? *'})
  .refine((name) => !isWindowsDeviceName(name), {message: 'a document name may not be a device name (CON, NUL, COM1, …)'})
  // Windows drops trailing dots and spaces from a name, so `a.md.` or `a.md ` would be `a.md` there.
  .refine((name) => !/[. ]$/u.test(name), {message: 'a document name may not end in a dot or a space'})
  // File systems cap names at 255 bytes; the store's temporary files add 38. (Bytes counted without TextEncoder,
  // which the core does not have: every %XX of encodeURIComponent is one byte.)
  .refine((name) => encodeURIComponent(name).replace(/%[0-9A-F]{2}/gu, 'x').length <= 200, {
    message: 'a document name is at most 200 bytes long'
  })

/**
 * Names Windows keeps for devices, in every form it reads as one: any case, with any extension (`CON.md`,
 * `con.tar.md`), with spaces or dots before the extension (`con .md`), and COM and LPT with a digit or a
 * superscript one, two or three (`COM¹.md`). CONIN$, CONOUT$ and CLOCK$ too.
 */
export function isWindowsDeviceName(name: string): boolean {
  const stem = (name.split('.')[0] ?? '').replace(/[ .]+$/u, '')
  return /^(?:con|prn|aux|nul|conin\$|conout\$|clock\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])$/iu.test(stem)
}

/** A document of the workspace: `{kind: 'draft', file: 'annex-1.md'}` is `drafts/annex-1.md` in the folder. */
export const documentRefSchema = z
  .strictObject({
    kind: documentKindSchema,
    file: documentFileSchema
  })
  .refine((ref) => documentEndings[ref.kind].test(ref.file), {message: 'drafts and instruments end in .md, comparisons in .yaml', path: ['file']})
export type DocumentRef = z.infer<typeof documentRefSchema>

/** What a save compares against to notice that someone else changed the file: the hash decides, mtime is shown. */
export const fileVersionSchema = z.strictObject({
  /** Modification time on disk, milliseconds since the epoch. */
  mtimeMs: z.number().nonnegative(),
  size: z.number().int().nonnegative(),
  /** SHA-256 of the bytes on disk, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/u)
})
export type FileVersion = z.infer<typeof fileVersionSchema>

/** A SynopticMessage as it crosses the bridge (the span is left out: line and column are enough to jump). */
export const messageSchema = z.object({
  reason: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  source: z.string(),
  ruleId: z.string(),
  note: z.string().optional()
})
export type BridgeMessage = z.infer<typeof messageSchema>

/** One document as the workspace lists it. */
export const documentEntrySchema = z.object({
  ref: documentRefSchema,
  version: fileVersionSchema,
  /** The front matter's `id` and `title`, when it has them. */
  id: z.string().optional(),
  title: z.string().optional(),
  /**
   * Why the file is not a corpus document at a glance (no front matter, not UTF-8, …). Listing reads only the front
   * matter, to stay fast; the full parse, with every error's line and column, comes with readDocument.
   */
  problem: z.string().optional()
})
export type DocumentEntry = z.infer<typeof documentEntrySchema>

/** What the workspace did on opening about a save that was interrupted (a crash, a power cut, a full disk). */
export const recoveryNoteSchema = z.object({
  /** The document concerned, as `drafts/annex-1.md`. */
  file: z.string(),
  /**
   * - `restored`: a complete version that was being saved is now the file (the one it replaced is a backup);
   * - `set-aside`: an incomplete or conflicting version was moved to `.synoptic/recovered/`, the file is unchanged;
   * - `discarded`: a leftover identical to the file was removed;
   * - `failed`: the leftover could not be settled (a read-only folder) and is still where it was.
   */
  action: z.enum(['restored', 'set-aside', 'discarded', 'failed']),
  /** One sentence for the drafter. */
  detail: z.string(),
  /** Where the set-aside text now is, relative to the workspace. */
  keptAs: z.string().optional()
})
export type RecoveryNote = z.infer<typeof recoveryNoteSchema>

export const workspaceSummarySchema = z.object({
  /** The folder's name. */
  name: z.string(),
  /** The folder's full path, for display only: requests never carry paths. */
  location: z.string(),
  documents: z.array(documentEntrySchema),
  recovered: z.array(recoveryNoteSchema)
})
export type WorkspaceSummary = z.infer<typeof workspaceSummarySchema>

/** The formats the app exports through a native save dialog. */
export const exportFormatSchema = z.enum(['docx', 'pdf', 'md', 'html', 'xml'])
export type ExportFormat = z.infer<typeof exportFormatSchema>

/**
 * The links the system browser or mail program may be asked to open: http(s) to a public host named by a DNS name
 * or a public IPv4 address, and mailto to one address with no parameters (`?attach=`, `?body=` can attach files or
 * fill a message). Refused: user names in the URL, localhost and `.localhost`, `.local` and `.internal` names,
 * loopback, private, link-local (169.254) and other reserved addresses, IPv6 literals, numeric hosts a browser
 * would read as an address (`0x7f.1`, `2130706433`), and any control, space, NUL or non-ASCII character. Written
 * without URL: the core has no DOM or Node globals; the main process checks the URL's own reading too.
 */
export function isExternalLink(url: string): boolean {
  if (!/^[\x21-\x7e]+$/u.test(url)) return false
  const mail = /^mailto:([a-z0-9.!#$'*+^_`{|}~-]+)@([a-z0-9.-]+)$/iu.exec(url)
  if (mail) return isPublicHostName(mail[2] ?? '')
  const web = /^https?:\/\/([a-z0-9.-]+)(?::(\d{1,5}))?(?:[/?#][^\\]*)?$/iu.exec(url)
  if (!web) return false
  const port = web[2] === undefined ? undefined : Number(web[2])
  if (port !== undefined && (port < 1 || port > 65535)) return false
  const host = (web[1] ?? '').toLowerCase().replace(/\.$/u, '')
  return /^\d+\.\d+\.\d+\.\d+$/u.test(host) ? isPublicIpv4(host) : isPublicHostName(host)
}

function isPublicHostName(host: string): boolean {
  const labels = host.toLowerCase().replace(/\.$/u, '').split('.')
  if (labels.length < 2 || labels.some((l) => !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/u.test(l))) return false
  const top = labels[labels.length - 1] ?? ''
  // The last label is letters (or an IDN's xn--): a numeric one makes the whole host an address to a browser.
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/u.test(top)) return false
  // Names that resolve only on the drafter's machine or network (RFC 6761, 6762 and common private zones).
  return !['localhost', 'local', 'internal', 'localdomain', 'home', 'lan', 'intranet', 'corp', 'arpa', 'test', 'invalid'].includes(top)
}

function isPublicIpv4(host: string): boolean {
  const parts = host.split('.')
  // Canonical decimal only: a leading zero is octal to a browser.
  if (parts.some((p) => p.length > 1 && p.startsWith('0'))) return false
  const [a = 0, b = 0, c = 0] = parts.map(Number)
  if (parts.map(Number).some((n) => n > 255)) return false
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false // this network, private, loopback, multicast, reserved
  if (a === 100 && b >= 64 && b <= 127) return false // shared address space (carrier NAT)
  if (a === 169 && b === 254) return false // link-local, where cloud metadata services answer
  if (a === 172 && b >= 16 && b <= 31) return false
  if (a === 192 && b === 168) return false
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return false
  if (a === 198 && (b === 18 || b === 19)) return false // benchmarking
  if ((a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return false // documentation
  return true
}


const empty = z.strictObject({})

/** Every request-response operation of the bridge: its channel `synoptic:<capability>/<verb>` and schemas. */
export const operations = {
  /** Opens the last workspace (or the default one under the app's data folder), or asks for a folder. */
  openWorkspace: {
    channel: 'synoptic:workspace/open',
    request: z.strictObject({choose: z.boolean()}),
    response: z.discriminatedUnion('status', [
      z.object({status: z.literal('opened'), workspace: workspaceSummarySchema}),
      z.object({status: z.literal('cancelled')})
    ])
  },
  /** The drafts, imported instruments and comparisons of the open workspace. */
  listDocuments: {
    channel: 'synoptic:workspace/list',
    request: empty,
    response: z.object({documents: z.array(documentEntrySchema)})
  },
  /** A document's text as it is on disk, with the parse errors that name file, line and column. */
  readDocument: {
    channel: 'synoptic:workspace/read',
    request: z.strictObject({ref: documentRefSchema}),
    response: z.object({
      ref: documentRefSchema,
      text: z.string(),
      version: fileVersionSchema,
      messages: z.array(messageSchema)
    })
  },
  /**
   * Saves a document atomically. `expected` is the version the text was based on (null for a new file); when the
   * disk holds anything else the answer is a conflict carrying the disk's text, and nothing is written unless the
   * drafter then chooses `overwrite` (the version on disk is kept as a backup first).
   */
  saveDocument: {
    channel: 'synoptic:workspace/save',
    request: z.strictObject({
      ref: documentRefSchema,
      // Characters first (never fewer than bytes), so an oversized text is refused before it is counted.
      text: z
        .string()
        .max(maxDocumentBytes, {message: 'a document is at most 8 MB'})
        .refine((text) => utf8ByteLength(text) <= maxDocumentBytes, {message: 'a document is at most 8 MB of UTF-8'}),
      expected: fileVersionSchema.nullable(),
      overwrite: z.boolean()
    }),
    response: z.discriminatedUnion('status', [
      z.object({status: z.literal('saved'), version: fileVersionSchema}),
      z.object({
        status: z.literal('conflict'),
        /** What is on disk now; null when the file was deleted. */
        disk: z.object({text: z.string(), version: fileVersionSchema}).nullable()
      })
    ])
  },
  /** Writes an exported file where the drafter chooses in a native save dialog. */
  exportFile: {
    channel: 'synoptic:export/save',
    request: z.strictObject({
      /** Suggested file name for the dialog, e.g. `annex-1.docx`; the dialog decides the path. */
      suggestedName: z.string().min(1).max(200).refine((n) => !/[/\\]/u.test(n), {message: 'a file name, not a path'}),
      format: exportFormatSchema,
      bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= maxExportBytes, {message: 'export larger than 64 MB'})
    }),
    response: z.discriminatedUnion('status', [
      /** `token` names the written file in later requests (reveal) without giving its path to the page. */
      z.object({status: z.literal('saved'), fileName: z.string(), token: z.string()}),
      z.object({status: z.literal('cancelled')})
    ])
  },
  /** Shows a workspace document or an exported file in the system's file manager. */
  revealFile: {
    channel: 'synoptic:shell/reveal',
    request: z.strictObject({
      target: z.discriminatedUnion('kind', [
        z.strictObject({kind: z.literal('document'), ref: documentRefSchema}),
        z.strictObject({kind: z.literal('export'), token: z.string().min(1).max(100)})
      ])
    }),
    response: z.object({revealed: z.boolean()})
  },
  /** Opens a web link in the system browser. The preload sends it only while a click is being handled. */
  openExternal: {
    channel: 'synoptic:shell/open-external',
    request: z.strictObject({
      url: z.string().max(2000).refine(isExternalLink, {message: 'only http(s) and mailto links open outside the app (to public hosts, mailto without parameters)'})
    }),
    response: z.object({opened: z.boolean()})
  }
} as const

/** The names of the bridge's request-response functions. */
export type OperationName = keyof typeof operations
export type OperationRequest<K extends OperationName> = z.input<(typeof operations)[K]['request']>
export type OperationResponse<K extends OperationName> = z.output<(typeof operations)[K]['response']>

/** Why a request failed, as data: the renderer shows `message`; `code` lets it choose what to offer. */
export const bridgeErrorSchema = z.object({
  code: z.enum([
    'refused', // the sender is not the app's own window
    'invalid-request', // the request does not match the schema
    'no-workspace', // no workspace is open
    'not-found',
    'disk-full',
    'read-only',
    'too-large',
    'not-text',
    'failed'
  ]),
  message: z.string()
})
export type BridgeError = z.infer<typeof bridgeErrorSchema>
export type BridgeErrorCode = BridgeError['code']

/** Every answer crosses the bridge as data: errors are values, not exceptions, so nothing is lost on the way. */
export type BridgeResult<T> = {ok: true; value: T} | {ok: false; error: BridgeError}

/** Commands the application menu sends to the page (their shortcuts are in the menu, see electron/menu.ts). */
export const menuCommands = [
  'open-workspace',
  'save',
  'export-docx',
  'export-pdf',
  'export-markdown',
  'find',
  'projector'
] as const
export const menuCommandSchema = z.enum(menuCommands)
export type MenuCommand = z.infer<typeof menuCommandSchema>

/** Messages the main process pushes to the page. */
export const events = {
  /** A menu item or its shortcut was used. */
  menuCommand: {channel: 'synoptic:menu/command', payload: z.object({command: menuCommandSchema})},
  /**
   * Someone else created, changed or deleted workspace documents (another editor, git, a sync client): each with
   * its new version, or null when deleted. The app's own saves are not reported.
   */
  workspaceChange: {
    channel: 'synoptic:workspace/changed',
    payload: z.object({documents: z.array(z.object({ref: documentRefSchema, version: fileVersionSchema.nullable()}))})
  }
} as const
export type EventName = keyof typeof events
export type EventPayload<K extends EventName> = z.output<(typeof events)[K]['payload']>

/** Every channel name, for the gateway's check that nothing else is listened to. */
export const channelNames: ReadonlyArray<string> = [
  ...Object.values(operations).map((o) => o.channel),
  ...Object.values(events).map((e) => e.channel)
]

/** The type of `window.synoptic` in the desktop app. */
export type SynopticBridge = {
  [K in OperationName]: (request: OperationRequest<K>) => Promise<BridgeResult<OperationResponse<K>>>
} & {
  /** Listens to menu commands; returns the function that stops listening. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void
  /** Listens to changes made to workspace documents by someone else; returns the function that stops listening. */
  onWorkspaceChange: (listener: (change: EventPayload<'workspaceChange'>) => void) => () => void
}
