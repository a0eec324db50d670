// What the app's page may do beyond showing itself: decisions as plain functions, so they are tested under Node
// and main.ts only wires them to Electron.
import {isAppUrl} from './app-protocol.ts'

/**
 * Permissions the page may have, and only from the app's own origin: writing to the clipboard (the "copy" buttons)
 * and full screen (projector mode). Everything else (camera, microphone, location, notifications, USB, MIDI,
 * opening external apps, …) is denied, as is anything asked by another origin.
 */
const allowedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'fullscreen'])

export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return allowedPermissions.has(permission) && isAppUrl(requestingUrl)
}

/** The page loads nothing from the network or the disk outside its bundle: requests to anything else are cancelled. */
export function isRequestAllowed(url: string): boolean {
  if (isAppUrl(url)) return true
  // Inline images, blobs the page made itself (an export before it is saved), and the developer tools.
  if (/^(?:data|devtools):/iu.test(url)) return true
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length))
}

/** A navigation of the window stays on the app's page; anything else (a link, a script, a drop) is refused. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url)
}
