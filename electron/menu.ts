// The application menu as plain data: which items exist, their shortcuts, and whether each is one of Electron's
// built-in roles (undo, copy, …, which act on the focused text field) or a command sent to the page. main.ts turns
// it into a Menu; the tests read the data.
import type {MenuItemConstructorOptions} from 'electron'
import type {MenuCommand} from '../src/ipc/index.ts'

type Role = NonNullable<MenuItemConstructorOptions['role']>

/** One menu entry: a separator, a built-in role, a command for the page, or a submenu. */
export type MenuEntry =
  | {type: 'separator'}
  | {label?: string; role: Role; accelerator?: string}
  | {label: string; command: MenuCommand; accelerator: string}
  | {label: string; submenu: Array<MenuEntry>}

export interface MenuOptions {
  platform: NodeJS.Platform
  /** Development builds get reload and the developer tools. */
  development?: boolean
}

const separator = {type: 'separator'} as const

/** The menu of the app window, per platform (macOS has an app menu and no Quit under File). */
export function menuTemplate({platform, development = false}: MenuOptions): Array<MenuEntry> {
  const mac = platform === 'darwin'
  const appMenu: Array<MenuEntry> = mac
    ? [{label: 'Synoptic', submenu: [{role: 'about'}, separator, {role: 'hide'}, {role: 'hideOthers'}, {role: 'unhide'}, separator, {role: 'quit'}]}]
    : []
  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        {label: 'Open Workspace…', command: 'open-workspace', accelerator: 'CmdOrCtrl+O'},
        {label: 'Save Now', command: 'save', accelerator: 'CmdOrCtrl+S'},
        separator,
        {label: 'Export as Word (DOCX)…', command: 'export-docx', accelerator: 'CmdOrCtrl+E'},
        {label: 'Export as PDF…', command: 'export-pdf', accelerator: 'CmdOrCtrl+Shift+E'},
        {label: 'Export as Markdown…', command: 'export-markdown', accelerator: 'CmdOrCtrl+Alt+E'},
        ...(mac ? [] : [separator, {role: 'quit', accelerator: 'CmdOrCtrl+Q'} as const])
      ]
    },
    {
      label: '&Edit',
      submenu: [
        {role: 'undo', accelerator: 'CmdOrCtrl+Z'},
        // Windows users expect Ctrl+Y; elsewhere Shift+Z.
        {role: 'redo', accelerator: platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z'},
        separator,
        {role: 'cut', accelerator: 'CmdOrCtrl+X'},
        {role: 'copy', accelerator: 'CmdOrCtrl+C'},
        {role: 'paste', accelerator: 'CmdOrCtrl+V'},
        {role: 'selectAll', accelerator: 'CmdOrCtrl+A'},
        separator,
        {label: 'Find…', command: 'find', accelerator: 'CmdOrCtrl+F'}
      ]
    },
    {
      label: '&View',
      submenu: [
        {label: 'Projector Mode', command: 'projector', accelerator: 'F5'},
        {role: 'togglefullscreen', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11'},
        separator,
        {role: 'zoomIn', accelerator: 'CmdOrCtrl+='},
        {role: 'zoomOut', accelerator: 'CmdOrCtrl+-'},
        {role: 'resetZoom', accelerator: 'CmdOrCtrl+0'},
        ...(development ? [separator, {role: 'reload'} as const, {role: 'toggleDevTools'} as const] : [])
      ]
    },
    ...(mac ? [{label: 'Window', submenu: [{role: 'minimize'}, {role: 'zoom'}, separator, {role: 'front'}] as Array<MenuEntry>}] : [])
  ]
}

/** Electron's template from the data: a command item sends its command to the page through `send`. */
export function toElectronTemplate(entries: Array<MenuEntry>, send: (command: MenuCommand) => void): Array<MenuItemConstructorOptions> {
  return entries.map((entry): MenuItemConstructorOptions => {
    if ('type' in entry) return {type: 'separator'}
    if ('submenu' in entry) return {label: entry.label, submenu: toElectronTemplate(entry.submenu, send)}
    if ('command' in entry) {
      const {command} = entry
      // The id lets tests (and Menu.getApplicationMenu().getMenuItemById) find the item by its command.
      return {id: command, label: entry.label, accelerator: entry.accelerator, click: () => send(command)}
    }
    return {role: entry.role, ...(entry.label ? {label: entry.label} : {}), ...(entry.accelerator ? {accelerator: entry.accelerator} : {})}
  })
}
