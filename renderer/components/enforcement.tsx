import type {ReactNode} from 'react'
import {daysBeforeSanction, type EnforcementProcedure, type Fine, type FineAmount, type SanctionDelay} from '../../src/review/index.ts'
import {href} from '../router.ts'
import {Cite} from './cite.tsx'

const KIP = new Intl.NumberFormat('en')

const WARNINGS: Record<Fine['warnings'], string> = {
  required: 'only after the warning steps',
  'not-required': 'at once',
  'not-stated': 'not stated'
}

function amountText(amount: FineAmount): string {
  const sum = amount.kind === 'fixed' ? `${KIP.format(amount.kip)} kip` : amount.rule
  return amount.condition ? `${sum} (${amount.condition})` : sum
}

/** The fines of one framework as a table (the review's Tables 10 and 11, from corpus/data). */
export function FinesTable({fines, caption}: {fines: ReadonlyArray<Fine>; caption: string}): ReactNode {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Offence</th>
          <th scope="col">Fine</th>
          <th scope="col">Issued</th>
          <th scope="col">Provision</th>
        </tr>
      </thead>
      <tbody>
        {fines.map((f) => (
          <tr key={f.id}>
            <td>{f.offence[0]!.toUpperCase() + f.offence.slice(1)}{f.note && <span className="meta"> {f.note}</span>}</td>
            <td>
              {f.amounts.map((a, i) => <span key={i} className="amount">{amountText(a)}</span>)}
              {f.per.length > 0 && <span className="meta"> per {f.per.join(' per ')}</span>}
            </td>
            <td>{WARNINGS[f.warnings]}</td>
            <td><Cite id={f.provision} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** An enforcement procedure as its ordered steps (the review's Tables 8 and 9), with the delay before a sanction. */
export function ProcedureSteps({procedure}: {procedure: EnforcementProcedure}): ReactNode {
  const delay = daysBeforeSanction(procedure)
  return (
    <div className="procedure">
      <p>
        <a className="cite" href={href('article', procedure.provision)}>{procedure.title}</a>
      </p>
      <ol className="steps">
        {procedure.steps.map((step) => (
          <li key={step.id} className={step.sanction ? 'sanction' : undefined}>
            <strong>{step.title}</strong>
            {step.sanction && <span className="tag">sanction</span>}
            <div>{step.trigger[0]!.toUpperCase() + step.trigger.slice(1)}.</div>
            <div className="meta">
              {step.days === null ? 'No number of days set' : step.days === 0 ? 'At once' : `${step.days} days`}
              {step.daysNote && ` (${step.daysNote})`} · <Cite id={step.provision} />
            </div>
          </li>
        ))}
      </ol>
      <p className="delay">
        {sanctionDelayText(delay)}
      </p>
    </div>
  )
}

/** What a procedure's delay before its first sanction comes to, in words: never "at least 0 days". */
export function sanctionDelayText(delay: SanctionDelay): string {
  if (!delay.sanctionStep) return 'The procedure never reaches a sanction.'
  const unstated = delay.unstated.length
  const steps = `${unstated} step${unstated === 1 ? '' : 's'} with no set period`
  if (delay.days === 0) return unstated ? `No number of days is set before the first sanction (${steps} ${unstated === 1 ? 'comes' : 'come'} first).` : 'The first sanction may come at once.'
  const days = `${delay.days} day${delay.days === 1 ? '' : 's'}`
  return unstated ? `At least ${days} before the first sanction, plus ${steps}.` : `${days[0]!.toUpperCase()}${days.slice(1)} before the first sanction.`
}
