import type { Role } from '@open-sds/db'

export type { Role }

export const ROLE_LABELS: Record<Role, string> = {
  citizen: 'Person or representative',
  practitioner: 'Practitioner',
  'finance-officer': 'Finance officer',
  'council-admin': 'Council administrator',
  'ulo-admin': 'User-led organisation administrator',
}

/** Each role's own landing page, which later work fills. */
export const ROLE_HOME: Record<Role, string> = {
  citizen: '/my-care',
  practitioner: '/practitioner',
  'finance-officer': '/finance',
  'council-admin': '/admin',
  'ulo-admin': '/organisation',
}
