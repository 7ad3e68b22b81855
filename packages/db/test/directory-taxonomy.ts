import type { Taxonomy } from '@open-sds/directory'

// The example county plugin brings the directory's kinds of support (plugins/example-county/src/directory.ts); the
// database package cannot depend on a plugin, so its tests put this stand-in with the same ids the demo services are
// tagged with. The names are the tests' own.

const termId = (n: number) => `d1700000-0000-4000-8002-${String(n).padStart(12, '0')}`

export const demoDirectoryTaxonomy: Taxonomy = {
  id: 'd1700000-0000-4000-8001-000000000001',
  name: 'Northmoor needs',
  description: 'Test kinds of support with the ids of the example county’s.',
  taxonomy_terms: Array.from({ length: 8 }, (_, i) => ({
    id: termId(i + 1),
    name: `Test need ${String(i + 1)}`,
    description: `The test taxonomy's term ${String(i + 1)}.`,
  })),
}
