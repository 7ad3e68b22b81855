// Tables for the support-planning domain (issue work in progress); re-exported by ../schema.ts.
export {}
