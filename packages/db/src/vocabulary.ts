// The fixed words the database stores for roles and relationships. They live apart from the drizzle schema and the
// zod records so both can use them, and so drizzle-kit can load the schema without loading zod.

export const roles = ['citizen', 'practitioner', 'finance-officer', 'council-admin', 'ulo-admin'] as const
export type Role = (typeof roles)[number]

// How an account stands to a person's record: the person themselves, someone acting for them, or a practitioner
// with the person on their caseload.
export const relationships = ['self', 'representative', 'practitioner'] as const
export type Relationship = (typeof relationships)[number]

// Where a self-assessment stands: being filled in (and saved to come back to), or sent in and fixed for good.
export const assessmentStatuses = ['draft', 'submitted'] as const
export type AssessmentStatus = (typeof assessmentStatuses)[number]
