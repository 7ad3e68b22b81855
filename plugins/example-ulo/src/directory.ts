import type { DirectorySlot } from '@open-sds/plugin-sdk'

// Riverside Disability Voice's own directory (issue 17): the support its members recommend to each other, in its own
// kinds of support, with its own words around the search. All fictional, like the organisation.

const uuid = (group: number, n: number) =>
  `e5170000-0000-4000-80${String(group).padStart(2, '0')}-${String(n).padStart(12, '0')}`

const terms = {
  peerSupport: { id: uuid(2, 1), name: 'Peer support', description: 'Support from other disabled people' },
  advocacy: { id: uuid(2, 2), name: 'Advocacy', description: 'Someone on your side to help you speak up' },
  employingPa: {
    id: uuid(2, 3),
    name: 'Employing a personal assistant',
    description: 'Finding, employing and paying a PA with a direct payment',
  },
  gettingOut: {
    id: uuid(2, 4),
    name: 'Getting out and about',
    description: 'Accessible transport, mobility aids and places to go',
  },
}

type Organization = { id: string; name: string; description: string; email: string; website?: string }

const voice: Organization = {
  id: uuid(3, 1),
  name: 'Riverside Disability Voice',
  description: 'A user-led organisation run by and for disabled people in Riverside.',
  email: 'hello@riverside-voice.example.org',
  website: 'https://riverside-voice.example.org',
}
const shopmobility: Organization = {
  id: uuid(3, 2),
  name: 'Riverside Shopmobility',
  description: 'Lends mobility scooters and wheelchairs in the town centre.',
  email: 'loans@riverside-shopmobility.example.org',
}

const oldLibrary = (n: number) => ({
  id: uuid(9, n),
  location: {
    id: uuid(4, n),
    location_type: 'physical' as const,
    name: 'The Old Library',
    latitude: 52.486,
    longitude: -1.89,
    addresses: [
      {
        id: uuid(5, n),
        address_1: '12 Water Lane',
        city: 'Riverside',
        state_province: 'Riverside',
        postal_code: 'RV1 2AB',
        country: 'GB',
        address_type: 'physical' as const,
      },
    ],
  },
})

const service = (
  n: number,
  name: string,
  description: string,
  organization: Organization,
  term: { id: string },
  extra: Record<string, unknown> = {},
) => ({
  id: uuid(6, n),
  organization_id: organization.id,
  organization,
  name,
  description,
  status: 'active' as const,
  email: organization.email,
  minimum_age: 18,
  assured_date: '2026-11-02',
  assurer_email: 'directory@riverside-voice.example.org',
  service_at_locations: [oldLibrary(n)],
  attributes: [{ id: uuid(7, n), link_id: uuid(6, n), link_type: 'service', taxonomy_term_id: term.id }],
  ...extra,
})

const free = (n: number) => ({ cost_options: [{ id: uuid(8, n), option: 'Free', amount: 0 }] })

export const riversideDirectory: DirectorySlot = {
  places: [
    { name: 'Riverside', latitude: 52.486, longitude: -1.89 },
    { name: 'RV1', latitude: 52.486, longitude: -1.89 },
    { name: 'RV2', latitude: 52.503, longitude: -1.862 },
  ],
  assurerEmail: 'directory@riverside-voice.example.org',
  taxonomy: {
    id: uuid(1, 1),
    name: 'Riverside Disability Voice kinds of support',
    description: 'The kinds of support our members look for, in our own words.',
    taxonomy_terms: Object.values(terms),
  },
  introduction:
    'Support that disabled people in Riverside use and recommend, collected by Riverside Disability Voice, a ' +
    'user-led organisation. We check every listing ourselves.\n\n' +
    'You do not need to be a member, or to have asked the council for care and support, to use any of it.',
  nothingFits:
    'Ring our peer supporters on 01632 960 500 (Monday to Thursday, 10am to 4pm): they know what is out there and ' +
    'will help you look.\n\nRiverside Council’s own directory lists more services across the whole area.',
  services: [
    service(
      1,
      'Peer Support Drop-in',
      'Talk to a disabled person who has done it: personal budgets, direct payments and support plans.',
      voice,
      terms.peerSupport,
      {
        schedules: [{ id: uuid(10, 1), freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '13:00' }],
        ...free(1),
      },
    ),
    service(
      2,
      'Independent Advocacy',
      'An advocate helps you say what you want in assessments, reviews and complaints.',
      voice,
      terms.advocacy,
      free(2),
    ),
    service(
      3,
      'PA Employer Support',
      'Help to recruit, employ and pay a personal assistant: contracts, payroll and insurance.',
      voice,
      terms.employingPa,
      { cost_options: [{ id: uuid(8, 3), option: 'Payroll, per month', amount: 12.5 }] },
    ),
    service(
      4,
      'Direct Payments Group',
      'Meet others who manage a direct payment, on the first Wednesday of the month.',
      voice,
      terms.employingPa,
      free(4),
    ),
    service(
      5,
      'Scooter and Wheelchair Loans',
      'Borrow a scooter or wheelchair for the day to get round the town centre.',
      shopmobility,
      terms.gettingOut,
      { cost_options: [{ id: uuid(8, 5), option: 'Per day', amount: 3 }] },
    ),
  ],
}
