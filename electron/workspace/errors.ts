import {access, constants} from 'node:fs/promises'
import {FileRefusal, type RefusalReason} from '../../rooted-files/index.ts'
import type {BridgeErrorCode} from '../../src/ipc/index.ts'

/** A workspace failure the drafter can act on; `code` is what the bridge sends back with the message. */
export class WorkspaceError extends Error {
  override name = 'WorkspaceError'
  constructor(readonly code: BridgeErrorCode, message: string, options?: {cause?: unknown}) {
    super(message, options)
  }
}

const refusalCodes: Record<RefusalReason, BridgeErrorCode> = {
  link: 'invalid-request',
  'not-regular': 'invalid-request',
  'not-folder': 'invalid-request',
  outside: 'invalid-request',
  'too-large': 'too-large',
  'too-many': 'failed',
  'not-utf8': 'not-text',
  'not-found': 'not-found'
}

/** A refusal of the safe file operations as the bridge sends it; `after` adds what it meant for the request. */
export function refusalError(refusal: FileRefusal, after = ''): WorkspaceError {
  return new WorkspaceError(refusalCodes[refusal.reason], after ? `${refusal.message} ${after}` : refusal.message, {cause: refusal})
}

/** The errno code of a Node file-system error, if it is one. */
export function errnoOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

/**
 * Like describeSaveError, but first asks the folder whether it takes writes: on a read-only file system some
 * calls fail with a misleading code (a recursive mkdir there returns quietly and the next call says ENOENT).
 */
export async function explainSaveError(error: unknown, shown: string, folder: string): Promise<WorkspaceError> {
  if (error instanceof WorkspaceError || error instanceof FileRefusal) return describeSaveError(error, shown, folder)
  const code = errnoOf(error)
  if (code !== undefined && !['ENOSPC', 'EDQUOT', 'EROFS', 'EFBIG'].includes(code)) {
    const refusal = await access(folder, constants.W_OK).then(() => undefined, (e: unknown) => e)
    if (['EROFS', 'EACCES', 'EPERM'].includes(errnoOf(refusal) ?? '')) return describeSaveError(refusal, shown, folder)
    // The folder takes writes, so a refusal is about the file itself: on Windows a file open in another program
    // cannot be replaced.
    if (refusal === undefined && ['EACCES', 'EPERM', 'EBUSY'].includes(code)) {
      return new WorkspaceError(
        'failed',
        `${shown} could not be replaced (${code}): it may be open in another program, or protected. The previous version on disk is unchanged. Close it there, then save again.`,
        {cause: error}
      )
    }
  }
  return describeSaveError(error, shown, folder)
}

/**
 * Turns a file-system error met while saving `shown` into a sentence a drafter understands. Every save failure says
 * that the previous version is unchanged, because the atomic write guarantees it.
 */
export function describeSaveError(error: unknown, shown: string, folder: string): WorkspaceError {
  if (error instanceof WorkspaceError) return error
  if (error instanceof FileRefusal) return refusalError(error, `${shown} was not saved; the previous version on disk is unchanged.`)
  const code = errnoOf(error)
  const kept = 'The previous version on disk is unchanged.'
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new WorkspaceError('disk-full', `The disk is full: ${shown} was not saved. ${kept} Free some space, then save again.`, {cause: error})
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new WorkspaceError(
        'read-only',
        `The folder ${folder} is read-only (${code}): ${shown} was not saved. ${kept} Make the folder writable or choose another workspace.`,
        {cause: error}
      )
    case 'ENOENT':
      return new WorkspaceError(
        'not-found',
        `The folder ${folder} is not there any more (was a drive removed?): ${shown} was not saved. Your text is still in the app; open a workspace and save again.`,
        {cause: error}
      )
    case 'EFBIG':
      return new WorkspaceError('too-large', `${shown} is too large for this disk: it was not saved. ${kept}`, {cause: error})
    default:
      return new WorkspaceError('failed', `${shown} was not saved (${code ?? (error as Error).message}). ${kept}`, {cause: error})
  }
}
