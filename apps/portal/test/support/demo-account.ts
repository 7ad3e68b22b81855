import { demoAccounts, type DemoAccount } from '@open-sds/db'

/** A demo account by its key (citizen, representative, practitioner, finance, council-admin, ulo-admin). */
export function demoAccount(key: string): DemoAccount {
  const found = demoAccounts.find((candidate) => candidate.key === key)
  if (!found) throw new Error(`There is no demo account with the key ${key}`)
  return found
}
