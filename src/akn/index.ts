// Akoma Ntoso 3.0 (OASIS LegalDocML): instruments and drafts to AKN XML and back, for exchange with
// parliaments' and publishers' systems. Strings in, strings and models out; no I/O.
export {toAkomaNtoso} from './lib/to-akn.ts'
export type {AknOptions} from './lib/to-akn.ts'
export {fromAkomaNtoso} from './lib/from-akn.ts'
export type {AknReadOptions, AknDocument, AknBlock} from './lib/from-akn.ts'
export {eIdOf, frbrUris, AKN_NS} from './lib/naming.ts'
export type {FrbrUris} from './lib/naming.ts'
