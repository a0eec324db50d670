import type {EnforcementProcedure, Framework, FrameworkDelay, ReviewData, SanctionDelay} from './types.ts'

/**
 * Days a procedure gives a violator before its first sanction: the days of every step before the first step that
 * fines or prosecutes. Steps whose days the source does not state add nothing and are listed in `unstated`, so
 * that a view can say "at least N days". Decision 4139: 90 + 90 + 90 = 270 days before the fining step.
 */
export function daysBeforeSanction(procedure: EnforcementProcedure): SanctionDelay {
  let days = 0
  const unstated: Array<string> = []
  for (const step of procedure.steps) {
    if (step.sanction) return {procedure: procedure.id, framework: procedure.framework, days, unstated, sanctionStep: step.id}
    if (step.days === null) unstated.push(step.id)
    else days += step.days
  }
  return {procedure: procedure.id, framework: procedure.framework, days, unstated, sanctionStep: undefined}
}

const order: ReadonlyArray<Framework> = ['labour', 'social-security']

/**
 * The days before a sanction in each framework, for every procedure of it: the fastest and the slowest route to
 * a sanction. Procedures that never sanction are listed but are neither fastest nor slowest.
 */
export function sanctionDelays(data: ReviewData): Array<FrameworkDelay> {
  const out: Array<FrameworkDelay> = []
  for (const framework of order) {
    const procedures = data.procedures.filter((p) => p.framework === framework).map(daysBeforeSanction)
    if (procedures.length === 0) continue
    const sanctioning = procedures
      .filter((d) => d.sanctionStep !== undefined)
      .sort((a, b) => a.days - b.days || a.unstated.length - b.unstated.length)
    out.push({framework, fastest: sanctioning[0], slowest: sanctioning.at(-1), procedures})
  }
  return out
}
