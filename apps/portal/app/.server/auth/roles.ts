import type { Role } from '@open-sds/db'

export type { Role }

export const ROLE_LABELS: Record<Role, string> = {
  citizen: 'Person or representative',
  practitioner: 'Practitioner',
  'finance-officer': 'Finance officer',
  'council-admin': 'Council administrator',
  'ulo-admin': 'User-led organisation administrator',
}

/**
 * Whether the viewer holds `role`, as their main role or one given besides it (decision 047). Ask this, not
 * `viewer.role === ...`, wherever the answer decides what someone may see or do: `viewer.role` is only the main role,
 * which decides their start page.
 */
export function hasRole(viewer: { roles: readonly Role[] }, role: Role): boolean {
  return viewer.roles.includes(role)
}

/** Each role's own landing page, which later work fills. */
export const ROLE_HOME: Record<Role, string> = {
  citizen: '/my-care',
  practitioner: '/practitioner',
  'finance-officer': '/finance',
  'council-admin': '/admin',
  'ulo-admin': '/organisation',
}
