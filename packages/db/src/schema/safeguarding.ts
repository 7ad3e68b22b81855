// Tables for the safeguarding domain (issue work in progress); re-exported by ../schema.ts.
export {}
