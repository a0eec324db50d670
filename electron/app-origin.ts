// The app's own origin, synoptic://app/. No Node imports here: the sandboxed preload uses it too.

export const appScheme = 'synoptic'
export const appHost = 'app'
/** The page the window loads. */
export const appEntryUrl = `${appScheme}://${appHost}/index.html`

/** True for a URL of the app's own origin. (Node's URL gives non-special schemes the origin "null", so compare parts.) */
export function isAppUrl(url: string): boolean {
  if (!URL.canParse(url)) return false
  const parsed = new URL(url)
  return parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === '' && parsed.port === ''
}
