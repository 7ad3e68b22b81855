import type { Service, TaxonomyTerm } from '../src/index.js'

// A fictional service in the fictional Northmoor County (the example county plugin): no real organisation or person.

export const befriendingTerm: TaxonomyTerm = {
  id: '5b0b8a3e-3c1e-4c4e-9a55-0d6a1f0c1a01',
  name: 'Befriending',
  description: 'Regular company from a volunteer, at home or out and about.',
  taxonomy_id: 'e7f3c1a2-8a0b-4c55-9f1d-2b7a6d3c4e01',
}

export const dayOpportunitiesTerm: TaxonomyTerm = {
  id: '5b0b8a3e-3c1e-4c4e-9a55-0d6a1f0c1a02',
  name: 'Day opportunities',
  description: 'Things to do in the day with other people.',
  taxonomy_id: 'e7f3c1a2-8a0b-4c55-9f1d-2b7a6d3c4e01',
}

/** A fully nested service: organisation, schedule, costs, contact with a phone, language, area, location. */
export const moorsideCafe: Service = {
  id: '0c9a7f52-6a0e-4f8e-8d67-3a1b2c3d4e01',
  organization_id: '9d1e2f30-4b5c-4d6e-8f70-8192a3b4c501',
  name: 'Moorside Memory Café',
  description: 'A friendly café afternoon for people living with dementia and the people who care for them.',
  url: 'https://www.moorside-cafe.example.org/',
  email: 'hello@moorside-cafe.example.org',
  status: 'active',
  minimum_age: 18,
  assured_date: '2026-11-02',
  assurer_email: 'directory@northmoor.example.org',
  last_modified: '2026-11-02T09:15:30.000Z',
  organization: {
    id: '9d1e2f30-4b5c-4d6e-8f70-8192a3b4c501',
    name: 'Moorside Community Trust',
    description: 'A small charity running groups in Moorside village hall.',
    website: 'https://www.moorside-cafe.example.org/',
  },
  schedules: [
    {
      id: '1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a01',
      freq: 'WEEKLY',
      byday: 'TU',
      opens_at: '14:00',
      closes_at: '16:00',
      description: 'Every Tuesday, 2pm to 4pm',
    },
  ],
  service_areas: [{ id: '2a3b4c5d-6e7f-4081-9a2b-3c4d5e6f7a01', name: 'Moorside and the villages around it' }],
  service_at_locations: [
    {
      id: '3b4c5d6e-7f80-4192-8a3b-4c5d6e7f8a01',
      location_id: '4c5d6e7f-8091-42a3-9b4c-5d6e7f8a9b01',
      location: {
        id: '4c5d6e7f-8091-42a3-9b4c-5d6e7f8a9b01',
        location_type: 'physical',
        name: 'Moorside Village Hall',
        latitude: 53.9612,
        longitude: -1.9874,
        addresses: [
          {
            id: '5d6e7f80-91a2-43b4-8c5d-6e7f8a9b0c01',
            address_1: 'Church Lane',
            city: 'Moorside',
            state_province: 'Northmoor',
            postal_code: 'NM4 2QT',
            country: 'GB',
            address_type: 'physical',
          },
        ],
      },
    },
  ],
  languages: [{ id: '6e7f8091-a2b3-44c5-9d6e-7f8a9b0c1d01', name: 'English', code: 'en' }],
  cost_options: [
    {
      id: '7f8091a2-b3c4-45d6-8e7f-8a9b0c1d2e01',
      option: 'Tea and cake',
      amount: 0,
      amount_description: 'Free; donations welcome',
    },
  ],
  contacts: [
    {
      id: '8091a2b3-c4d5-46e7-9f80-9a0b1c2d3e01',
      name: 'Café organiser',
      phones: [{ id: '91a2b3c4-d5e6-47f8-8091-a0b1c2d3e4f1', number: '01632 960 412' }],
    },
  ],
  attributes: [
    {
      id: 'a2b3c4d5-e6f7-4809-91a2-b1c2d3e4f501',
      link_id: '0c9a7f52-6a0e-4f8e-8d67-3a1b2c3d4e01',
      link_type: 'service',
      taxonomy_term_id: dayOpportunitiesTerm.id,
      taxonomy_term: dayOpportunitiesTerm,
    },
  ],
}

/** The same service with some fields changed: a quick way to make the others a search needs. */
export const variant = (changes: Partial<Service> & { id: string; name: string }): Service => ({
  ...moorsideCafe,
  ...changes,
})
