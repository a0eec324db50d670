/// <reference types="vite/client" />

/** The built-in corpus, parsed at build time (scripts/vite-corpus.ts). */
declare module 'virtual:synoptic-corpus' {
  const parsed: {corpus: import('../src/model/index.ts').Corpus; messages: Array<import('../src/message/index.ts').SynopticMessage>}
  export default parsed
}
