import type {Position, Point} from '../../model/index.ts'

/** How serious a message is: an error makes `validate` fail; warnings and notes do not. */
export type Severity = 'error' | 'warning' | 'info'

/**
 * A problem found in a corpus file, draft or import, with its place.
 * Shaped like a vfile message, with the severity spelled out.
 */
export interface SynopticMessage {
  /** What is wrong, in words a drafter understands. */
  reason: string
  severity: Severity
  /** Path of the file, as the user gave it or relative to the corpus folder. */
  file: string
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
  /** The span, when there is one. */
  place?: Position | Point | undefined
  /** Which check produced it: `synoptic-parse`, `synoptic-validate`, `synoptic-import`, … */
  source: string
  /** Stable id of the check, e.g. `duplicate-article`. */
  ruleId: string
  /** A hint on how to fix it. */
  note?: string | undefined
}

/** A value together with the messages produced while making it. */
export interface Result<T> {
  value: T
  messages: Array<SynopticMessage>
}
