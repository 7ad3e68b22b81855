import { pathToFileURL } from 'node:url'
import { parseService, searchServices, costKind, type Result, type Service } from '@open-sds/directory'

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.errors.map((issue) => `${issue.path}: ${issue.message}`).join('\n'))
  return result.value
}

export function main() {
  // 1. A listing as another system sends it (Open Referral UK 3.0), checked field by field.
  const cafe: Service = must(
    parseService({
      id: '0c9a7f52-6a0e-4f8e-8d67-3a1b2c3d4e01',
      name: 'Moorside Memory Café',
      status: 'active',
      minimum_age: 18,
      cost_options: [{ id: '7f8091a2-b3c4-45d6-8e7f-8a9b0c1d2e01', option: 'Tea and cake', amount: 0 }],
      service_at_locations: [
        {
          id: '3b4c5d6e-7f80-4192-8a3b-4c5d6e7f8a01',
          location: {
            id: '4c5d6e7f-8091-42a3-9b4c-5d6e7f8a9b01',
            location_type: 'physical',
            latitude: 53.9612,
            longitude: -1.9874,
          },
        },
      ],
    }),
  )

  // 2. A listing with faults: each is named, nothing throws.
  const refused = parseService({ id: 'not-a-uuid', status: 'open', email: 'nobody' })
  const refusals = refused.ok ? [] : refused.errors.map((issue) => issue.message)

  // 3. Free things for a 70-year-old within 5 km of a point, nearest first.
  const hits = searchServices([cafe], {
    age: 70,
    cost: 'free',
    near: { latitude: 53.96, longitude: -1.98, withinMetres: 5000 },
  })
  return {
    refusals,
    found: hits.map((hit) => `${hit.service.name}, ${Math.round(hit.distanceMetres ?? 0)} m, ${costKind(hit.service)}`),
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(main())
