// The application menu as data: every command of the contract has an item and a shortcut, no shortcut is used
// twice, undo/redo/find/export/projector are there on every platform, and a click sends its command to the page.
import {describe, expect, it} from 'vitest'
import type {MenuItemConstructorOptions} from 'electron'
import {menuTemplate, toElectronTemplate, type MenuEntry} from '../../electron/menu.ts'
import {menuCommands, type MenuCommand} from '../../src/ipc/index.ts'

function flatten(entries: Array<MenuEntry>): Array<MenuEntry> {
  return entries.flatMap((e) => ('submenu' in e ? [e, ...flatten(e.submenu)] : [e]))
}

/** `CmdOrCtrl+Shift+E` as the key it is on that platform, for spotting clashes. */
function keyOn(platform: NodeJS.Platform, accelerator: string): string {
  return accelerator
    .replace(/CmdOrCtrl|CommandOrControl/gu, platform === 'darwin' ? 'Cmd' : 'Ctrl')
    .split('+')
    .sort()
    .join('+')
    .toLowerCase()
}

const platforms: Array<NodeJS.Platform> = ['linux', 'win32', 'darwin']

describe.each(platforms)('the menu on %s', (platform) => {
  const entries = flatten(menuTemplate({platform}))

  it('has one item with a shortcut for every menu command', () => {
    const commands = entries.filter((e): e is Extract<MenuEntry, {command: MenuCommand}> => 'command' in e)
    expect(commands.map((e) => e.command).sort()).toEqual([...menuCommands].sort())
    for (const item of commands) expect(item.accelerator).toMatch(/\S/u)
  })

  it('has undo, redo, cut, copy, paste and select-all with their usual shortcuts', () => {
    const roles = new Map(entries.flatMap((e) => ('role' in e ? [[e.role, e.accelerator] as const] : [])))
    expect(roles.get('undo')).toBe('CmdOrCtrl+Z')
    expect(roles.get('redo')).toBe(platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z')
    for (const role of ['cut', 'copy', 'paste', 'selectAll'] as const) expect(roles.get(role)).toMatch(/^CmdOrCtrl\+[XCVA]$/u)
  })

  it('uses no shortcut twice', () => {
    const keys = entries.flatMap((e) => ('accelerator' in e && e.accelerator ? [keyOn(platform, e.accelerator)] : []))
    expect(keys.length).toBeGreaterThan(10)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('has no developer tools or reload outside development', () => {
    const roles = entries.flatMap((e) => ('role' in e ? [e.role] : []))
    expect(roles).not.toContain('toggleDevTools')
    expect(roles).not.toContain('reload')
    const dev = flatten(menuTemplate({platform, development: true})).flatMap((e) => ('role' in e ? [e.role] : []))
    expect(dev).toContain('toggleDevTools')
  })

  it('puts the app menu first on macOS only, and Quit under File elsewhere', () => {
    const top = menuTemplate({platform}).map((e) => ('label' in e ? e.label : ''))
    if (platform === 'darwin') expect(top[0]).toBe('Synoptic')
    else expect(top[0]).toBe('&File')
    const file = menuTemplate({platform}).find((e) => 'label' in e && e.label === '&File')
    const quit = file && 'submenu' in file ? file.submenu.some((e) => 'role' in e && e.role === 'quit') : false
    expect(quit).toBe(platform !== 'darwin')
  })
})

describe('the Electron template', () => {
  it('sends each command item to the page when clicked, and keeps roles as roles', () => {
    const sent: Array<MenuCommand> = []
    const template = toElectronTemplate(menuTemplate({platform: 'linux'}), (command) => sent.push(command))
    const items: Array<MenuItemConstructorOptions> = []
    const walk = (list: Array<MenuItemConstructorOptions>) => {
      for (const item of list) {
        items.push(item)
        if (Array.isArray(item.submenu)) walk(item.submenu)
      }
    }
    walk(template)
    const clickable = items.filter((i) => i.click)
    for (const item of clickable) (item.click as () => void)()
    expect(sent.sort()).toEqual([...menuCommands].sort())
    const exportDocx = items.find((i) => i.label === 'Export as Word (DOCX)…')
    expect(exportDocx?.accelerator).toBe('CmdOrCtrl+E')
    expect(items.find((i) => i.role === 'undo')).toEqual({role: 'undo', accelerator: 'CmdOrCtrl+Z'})
  })
})
