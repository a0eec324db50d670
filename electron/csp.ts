// The Content-Security-Policy of the app's page. The main process sends it as a header with every file of the
// renderer bundle, and renderer/index.html carries the same policy in a meta tag (a test keeps the two equal), so
// the page is covered however it is loaded. Everything comes from the app's own origin: no remote scripts, styles,
// fonts, images or connections, no eval, no inline script or style elements, no frames, no plugins, no forms.
const directives = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'"
]

/** The policy of the meta tag in renderer/index.html. */
export const metaContentSecurityPolicy = directives.join('; ')

/** The header: the same, plus frame-ancestors, which browsers ignore in a meta tag. */
export const contentSecurityPolicy = [...directives, "frame-ancestors 'none'"].join('; ')
