// Tables for the charging domain (issue work in progress); re-exported by ../schema.ts.
export {}
