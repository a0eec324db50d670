// The one gateway that owns ipcMain. Every request is checked before any handler runs: it must come from the app's
// own window, from its main frame (not an iframe), showing the app's own origin; and it must match its schema.
// Answers and errors go back as plain data ({ok, value} or {ok, error}); nothing is thrown across the bridge.
import type {z} from 'zod'
import {operations, type BridgeError, type BridgeResult, type OperationName, type OperationResponse} from '../src/ipc/index.ts'
import {isAppUrl} from './app-protocol.ts'
import {WorkspaceError} from './workspace/index.ts'

/** The parts of an Electron frame the check reads. */
export interface SenderFrame {
  url: string
  parent: SenderFrame | null
}

/** The parts of IpcMainInvokeEvent the gateway reads (Electron's event has them all). */
export interface InvokeEvent<Sender = unknown> {
  sender: Sender
  senderFrame: SenderFrame | null
}

/** The part of ipcMain the gateway uses. */
export interface IpcMainLike<Sender = unknown> {
  handle: (channel: string, listener: (event: InvokeEvent<Sender>, ...args: Array<unknown>) => Promise<unknown>) => void
  removeHandler: (channel: string) => void
}

/** What each operation does once its request is known to be valid and from the app. */
export type OperationHandlers = {
  [K in OperationName]: (request: z.output<(typeof operations)[K]['request']>) => Promise<OperationResponse<K>>
}

export interface GatewayOptions<Sender> {
  /** True for the web contents of the app's own window (main.ts: BrowserWindow.fromWebContents(sender) === window). */
  isAppWindow: (sender: Sender) => boolean
  /** Where refusals and failures are logged (main.ts: console.warn). */
  log?: (line: string) => void
}

/** Why a sender is refused, or undefined when it is the app's own main frame. */
export function refusalOf<Sender>(event: InvokeEvent<Sender>, isAppWindow: (sender: Sender) => boolean): string | undefined {
  if (!isAppWindow(event.sender)) return 'the request does not come from the app window'
  const frame = event.senderFrame
  if (frame === null) return 'the sending frame is gone'
  if (frame.parent !== null) return 'the request comes from a frame inside the page'
  if (!isAppUrl(frame.url)) return `the sending page is not the app (${frame.url.slice(0, 80)})`
  return undefined
}

/** Runs one request through the checks and its handler; always resolves, to a BridgeResult. */
export async function answerRequest<K extends OperationName, Sender>(
  name: K,
  handlers: OperationHandlers,
  options: GatewayOptions<Sender>,
  event: InvokeEvent<Sender>,
  args: Array<unknown>
): Promise<BridgeResult<OperationResponse<K>>> {
  const refusal = refusalOf(event, options.isAppWindow)
  if (refusal) return refused(name, `Refused: ${refusal}.`, options.log)
  if (args.length !== 1) return refused(name, `${operations[name].channel} takes one request object, not ${args.length}.`, options.log, 'invalid-request')
  return dispatchOperation(name, handlers, args[0], options.log)
}

/** A request turned away before its handler, logged as every failure is. */
export function refused<T>(name: OperationName, message: string, log?: (line: string) => void, code: BridgeError['code'] = 'refused'): BridgeResult<T> {
  log?.(`${operations[name].channel}: ${code}: ${message}`)
  return {ok: false, error: {code, message}}
}

/**
 * The one dispatch of the contract, whatever carried the request (Electron's IPC, or the browser fallback's local
 * HTTP server): the request is checked against its schema, the handler runs, and its answer is checked too.
 * Always resolves, to a BridgeResult; errors of the workspace keep their code.
 */
export async function dispatchOperation<K extends OperationName>(
  name: K,
  handlers: OperationHandlers,
  raw: unknown,
  log?: (line: string) => void
): Promise<BridgeResult<OperationResponse<K>>> {
  const operation = operations[name]
  const fail = (error: BridgeError): BridgeResult<OperationResponse<K>> => {
    log?.(`${operation.channel}: ${error.code}: ${error.message}`)
    return {ok: false, error}
  }
  const request = operation.request.safeParse(raw)
  if (!request.success) return fail({code: 'invalid-request', message: `Invalid request to ${operation.channel}: ${describeIssues(request.error)}`})
  try {
    const handler = handlers[name] as (request: unknown) => Promise<unknown>
    const value = await handler(request.data)
    // The answer is checked too: a bug in the main process must not hand the page something off-contract.
    const response = operation.response.safeParse(value)
    if (!response.success) return fail({code: 'failed', message: `The app produced an invalid answer to ${operation.channel}: ${describeIssues(response.error)}`})
    return {ok: true, value: response.data as OperationResponse<K>}
  } catch (error) {
    if (error instanceof WorkspaceError) return fail({code: error.code, message: error.message})
    return fail({code: 'failed', message: error instanceof Error ? error.message : String(error)})
  }
}

/** Registers a handler for every operation of the contract; returns the function that removes them all. */
export function registerIpcGateway<Sender>(ipcMain: IpcMainLike<Sender>, handlers: OperationHandlers, options: GatewayOptions<Sender>): () => void {
  const names = Object.keys(operations) as Array<OperationName>
  for (const name of names) {
    ipcMain.handle(operations[name].channel, (event, ...args) => answerRequest(name, handlers, options, event, args))
  }
  return () => {
    for (const name of names) ipcMain.removeHandler(operations[name].channel)
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') + ': ' : ''}${issue.message}`)
    .join('; ')
}
