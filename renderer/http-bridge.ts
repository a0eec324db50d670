// `window.synoptic` for the browser fallback of `npm start`: the same contract, carried over loopback HTTP to the
// server that printed this page's address (electron/http-gateway.ts). Every request sends the run's token in a
// header; changes made on disk by someone else arrive as server-sent events, read with fetch (so the token stays
// in a header, never in an address).
import type {BridgeResult, EventPayload, OperationName, OperationRequest, OperationResponse, SynopticBridge} from '../src/ipc/index.ts'

/** The header the server reads the token from (electron/http-gateway.ts). */
const tokenHeader = 'x-synoptic-token'

/** Where the page keeps the token for this tab, after taking it out of the address bar. */
export const tokenKey = 'synoptic:server-token'

/**
 * The run's token: from the address `npm start` printed (`?token=…`, removed from the address bar at once, so it
 * is not bookmarked or shared) or from this tab's session storage; undefined for a page served without one.
 */
export function takeToken(): string | undefined {
  try {
    const url = new URL(window.location.href)
    const given = url.searchParams.get('token')
    if (given) {
      window.sessionStorage.setItem(tokenKey, given)
      url.searchParams.delete('token')
      window.history.replaceState(null, '', url.pathname + url.search + url.hash)
      return given
    }
    return window.sessionStorage.getItem(tokenKey) ?? undefined
  } catch {
    return undefined
  }
}

/** What an answer says when the server could not be reached, as the bridge's errors say it. */
export const unreachable = 'The Synoptic server on this computer does not answer (was `npm start` stopped?). Your text is kept on this page; it is saved when the server is back.'

export function createHttpBridge(token: string): SynopticBridge {
  const call = <K extends OperationName>(name: K) =>
    async (request: OperationRequest<K>): Promise<BridgeResult<OperationResponse<K>>> => {
      let response: Response
      try {
        response = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: {'content-type': 'application/json', [tokenHeader]: token},
          body: JSON.stringify(request),
          cache: 'no-store',
          credentials: 'omit'
        })
      } catch {
        return {ok: false, error: {code: 'failed', message: unreachable}}
      }
      try {
        return (await response.json()) as BridgeResult<OperationResponse<K>>
      } catch {
        return {ok: false, error: {code: 'failed', message: `The server answered ${response.status} without a readable body.`}}
      }
    }
  const notHere = (what: string) => async () => ({ok: false as const, error: {code: 'refused' as const, message: `${what} is done by the browser itself here.`}})
  const changeListeners = new Set<(change: EventPayload<'workspaceChange'>) => void>()
  let streaming = false
  const stream = (): void => {
    if (streaming) return
    streaming = true
    void listenForChanges(token, (change) => changeListeners.forEach((listener) => listener(change)))
  }
  return {
    openWorkspace: call('openWorkspace'),
    listDocuments: call('listDocuments'),
    readDocument: call('readDocument'),
    saveDocument: call('saveDocument'),
    exportFile: notHere('Exporting'),
    revealFile: notHere('Showing a file'),
    openExternal: notHere('Opening a link'),
    onMenuCommand: () => () => undefined,
    onWorkspaceChange: (listener) => {
      changeListeners.add(listener)
      stream()
      return () => changeListeners.delete(listener)
    }
  }
}

/** Reads the server's event stream for as long as the page lives, reconnecting (after a pause) when it drops. */
async function listenForChanges(token: string, deliver: (change: EventPayload<'workspaceChange'>) => void): Promise<void> {
  let pause = 1000
  for (;;) {
    try {
      const response = await fetch('/api/events', {headers: {[tokenHeader]: token}, cache: 'no-store', credentials: 'omit'})
      if (response.status === 403) return // a token of an earlier run: the page says so on its next request
      if (!response.ok || !response.body) throw new Error(String(response.status))
      pause = 1000
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffer = ''
      for (;;) {
        const {value, done} = await reader.read()
        if (done) break
        buffer += value
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n')
          if (!data) continue
          try {
            deliver(JSON.parse(data) as EventPayload<'workspaceChange'>)
          } catch {
            // a damaged event is skipped; the next save still meets any conflict
          }
        }
      }
    } catch {
      // the server went away; try again shortly
    }
    await new Promise((resolve) => setTimeout(resolve, pause))
    pause = Math.min(pause * 2, 10_000)
  }
}
