// The synoptic://app protocol handler and the window's policies, with real Request and Response objects.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {appEntryUrl, createAppProtocolHandler, isAppUrl} from '../../electron/app-protocol.ts'
import {contentSecurityPolicy} from '../../electron/csp.ts'
import {isNavigationAllowed, isPermissionAllowed, isRequestAllowed} from '../../electron/policy.ts'

const outside = mkdtempSync(join(tmpdir(), 'synoptic-outside-'))
const root = join(outside, 'renderer')
mkdirSync(join(root, 'assets'), {recursive: true})
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Synoptic</title>')
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
writeFileSync(join(root, 'assets', 'lao.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]))
writeFileSync(join(outside, 'secret.txt'), 'not for the page')
afterAll(() => rmSync(outside, {recursive: true, force: true}))

const handle = createAppProtocolHandler(root)
const get = (url: string, method = 'GET') => handle(new Request(url, {method}))

describe('the app protocol', () => {
  it('serves the bundle with its content type and the CSP on every answer', async () => {
    const page = await get(appEntryUrl)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('<title>Synoptic</title>')
    const script = await get('synoptic://app/assets/app.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    const font = await get('synoptic://app/assets/lao.woff2')
    expect(font.headers.get('content-type')).toBe('font/woff2')
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]))
    const missing = await get('synoptic://app/assets/none.js')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
  })

  it('answers the root and extension-less routes with index.html', async () => {
    for (const url of ['synoptic://app/', 'synoptic://app/compare/forms']) {
      const answer = await get(url)
      expect(answer.status).toBe(200)
      expect(await answer.text()).toContain('<title>Synoptic</title>')
    }
  })

  it('never serves a file outside the bundle folder, however the path is spelled', async () => {
    for (const url of [
      'synoptic://app/../secret.txt',
      'synoptic://app/%2e%2e/secret.txt',
      'synoptic://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'synoptic://app/..%5csecret.txt',
      'synoptic://app/%00index.html'
    ]) {
      const answer = await get(url)
      expect(answer.status, url).not.toBe(200)
      expect(await answer.text()).not.toContain('not for the page')
    }
  })

  it('refuses other hosts and methods that change things', async () => {
    expect((await get('synoptic://other/index.html')).status).toBe(404)
    expect((await get('synoptic://app/index.html', 'POST')).status).toBe(405)
    const head = await get('synoptic://app/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('knows its own origin', () => {
    expect(isAppUrl('synoptic://app/index.html')).toBe(true)
    expect(isAppUrl('synoptic://app')).toBe(true)
    for (const url of ['synoptic://app.evil/index.html', 'synoptic://user@app/', 'synoptic://app:8080/', 'https://app/', 'file:///app/index.html', 'not a url']) {
      expect(isAppUrl(url), url).toBe(false)
    }
  })
})

describe('the window policies', () => {
  it('denies every permission but clipboard writing and full screen, and those only to the app', () => {
    expect(isPermissionAllowed('fullscreen', 'synoptic://app/index.html')).toBe(true)
    expect(isPermissionAllowed('clipboard-sanitized-write', 'synoptic://app')).toBe(true)
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'usb', 'hid', 'serial', 'midi', 'unknown']) {
      expect(isPermissionAllowed(permission, 'synoptic://app/index.html'), permission).toBe(false)
    }
    expect(isPermissionAllowed('fullscreen', 'https://example.org/')).toBe(false)
  })

  it('lets no request leave the bundle', () => {
    expect(isRequestAllowed('synoptic://app/assets/app.js')).toBe(true)
    expect(isRequestAllowed('data:image/png;base64,AAAA')).toBe(true)
    expect(isRequestAllowed('blob:synoptic://app/4f1c8e2a-0000-4000-8000-000000000000')).toBe(true)
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:5173/', 'ws://localhost/', 'file:///etc/passwd', 'blob:https://example.org/x', 'ftp://example.org/']) {
      expect(isRequestAllowed(url), url).toBe(false)
    }
  })

  it('keeps the window on the app', () => {
    expect(isNavigationAllowed('synoptic://app/index.html#/compare')).toBe(true)
    for (const url of ['https://www.ilo.org/', 'file:///tmp/x.html', 'javascript:alert(1)', 'synoptic://other/']) {
      expect(isNavigationAllowed(url), url).toBe(false)
    }
  })
})
