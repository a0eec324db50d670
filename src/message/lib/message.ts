import type {Point, Position} from '../../model/index.ts'
import type {Severity, SynopticMessage} from './types.ts'

/** Fields of a message other than its reason and severity. */
export interface MessageOptions {
  file: string
  place?: Position | Point | undefined
  source: string
  ruleId: string
  note?: string | undefined
}

/** Makes a message; line and column come from the start of `place` (1:1 when there is none). */
export function createMessage(severity: Severity, reason: string, options: MessageOptions): SynopticMessage {
  const start = options.place === undefined ? undefined : 'start' in options.place ? options.place.start : options.place
  return {
    reason,
    severity,
    file: options.file,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    place: options.place,
    source: options.source,
    ruleId: options.ruleId,
    note: options.note
  }
}

/** `file:line:column: severity: reason [source:ruleId]`, the one way messages are shown in the CLI and the UI. */
export function formatMessage(message: SynopticMessage): string {
  const note = message.note ? ` (${message.note})` : ''
  return `${message.file}:${message.line}:${message.column}: ${message.severity}: ${message.reason}${note} [${message.source}:${message.ruleId}]`
}

/** True when any message is an error. */
export function hasErrors(messages: ReadonlyArray<SynopticMessage>): boolean {
  return messages.some((m) => m.severity === 'error')
}

/** Messages in file, line, column order, so output is stable. */
export function sortMessages(messages: ReadonlyArray<SynopticMessage>): Array<SynopticMessage> {
  return [...messages].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
}
