// The page's side of the exports: sends the laid-out document to the export worker, reports its progress, and
// hands the bytes to the platform (a download in a browser, a save dialog on the desktop).
import type {ExportFormat} from '../src/ipc/index.ts'
import type {ExportReply, ExportRequest} from './export-worker.ts'
import {platform} from './platform.ts'

/** Where an export stands, for the progress line of a view. */
export interface ExportProgress {
  phase: string
  /** 0 to 1, or undefined while the share is unknown (an indeterminate bar). */
  share?: number | undefined
}

let next = 1

/** Builds an export in a worker (or, where workers cannot start, on the main thread) and resolves with its bytes. */
export function buildInBackground(
  format: ExportRequest['format'],
  document: ExportRequest['document'],
  onProgress: (progress: ExportProgress) => void
): Promise<Uint8Array> {
  const request: ExportRequest = {id: next++, format, document}
  const onMainThread = async (): Promise<Uint8Array> => {
    const {buildExport} = await import('./export-worker.ts')
    return buildExport(request, (phase, share) => onProgress({phase, share}))
  }
  let worker: Worker
  try {
    worker = new Worker(new URL('./export-worker.ts', import.meta.url), {type: 'module'})
  } catch {
    return onMainThread()
  }
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<ExportReply>) => {
      const reply = event.data
      if (reply.id !== request.id) return
      if (reply.type === 'progress') onProgress({phase: reply.phase, share: reply.share})
      else {
        worker.terminate()
        if (reply.type === 'done') resolve(reply.bytes)
        else reject(new Error(reply.message))
      }
    })
    worker.addEventListener('error', () => {
      worker.terminate()
      onMainThread().then(resolve, reject)
    })
    worker.postMessage(request)
  })
}

/** Offers the bytes to the user under `name`; resolves to false when they cancelled the save dialog. */
export function offerFile(name: string, bytes: Uint8Array, format: ExportFormat): Promise<boolean> {
  return platform.saveFile(name, bytes, format)
}
