import type { DirectoryListerKind } from '@open-sds/db'

/** The kinds of organisation that list services, as a person choosing one reads them. */
export const LISTER_KIND_LABELS: Record<DirectoryListerKind, string> = {
  provider: 'A provider of care or support',
  'user-led organisation': 'A user-led organisation',
  'community group': 'A community or voluntary group',
}
