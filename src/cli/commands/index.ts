import type {Command} from '../command.ts'
import {validate} from './validate.ts'
import {list} from './list.ts'
import {show} from './show.ts'
import {check} from './check.ts'
import {exportDraft} from './export.ts'
import {exportTable} from './export-table.ts'
import {exportMemo} from './export-memo.ts'
import {importCommand} from './import.ts'
import {assess} from './assess.ts'

/** Every CLI command, in the order `--help` lists them. Add a command by adding its module here. */
export const commands: Array<Command> = [validate, list, show, check, exportDraft, exportTable, exportMemo, importCommand, assess]
