export {createMessage, formatMessage, hasErrors, sortMessages} from './lib/message.ts'
export type {MessageOptions} from './lib/message.ts'
export type {Severity, SynopticMessage, Result} from './lib/types.ts'
