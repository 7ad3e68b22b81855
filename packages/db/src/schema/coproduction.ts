// Tables for the coproduction domain (issue work in progress); re-exported by ../schema.ts.
export {}
