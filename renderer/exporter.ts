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

/**
 * Builds an export in the worker and resolves with its bytes. The worker is the only place pdfmake and the
 * fonts are loaded (once, when a PDF is first made), so the app carries one copy of pdfmake, outside the page.
 */
export function buildInBackground(
  format: ExportRequest['format'],
  document: ExportRequest['document'],
  onProgress: (progress: ExportProgress) => void
): Promise<Uint8Array> {
  const request: ExportRequest = {id: next++, format, document}
  let worker: Worker
  try {
    worker = new Worker(new URL('./export-worker.ts', import.meta.url), {type: 'module'})
  } catch (error) {
    return Promise.reject(new Error(`the export worker could not start (${(error as Error).message})`))
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
    worker.addEventListener('error', (event) => {
      worker.terminate()
      reject(new Error(`the export worker stopped: ${event.message || 'unknown error'}`))
    })
    worker.postMessage(request)
  })
}

/** Offers the bytes to the user under `name`; resolves to false when they cancelled the save dialog. */
export function offerFile(name: string, bytes: Uint8Array, format: ExportFormat): Promise<boolean> {
  return platform.saveFile(name, bytes, format)
}
