import type { DirectorySlot } from '@open-sds/plugin-sdk'

// Northmoor's service directory (issue 17): the county's own kinds of support, its towns and postcode districts, and
// its words when nothing fits. A council changes these here; the portal checks them when it starts and puts the kinds
// of support into the directory at each start. Made up, like the county: the NM postcode area does not exist.

const taxonomyId = 'd1700000-0000-4000-8001-000000000001'
/** Term ids are fixed: listings and the demo services are tagged with them, and a feed's ids must not move. */
const termId = (n: number) => `d1700000-0000-4000-8002-${String(n).padStart(12, '0')}`

/** What people come to the directory for: a small local taxonomy in the spirit of the LGA's Needs list. */
const needs = [
  ['Befriending and company', 'Regular company from a volunteer, at home, on the phone or out and about.'],
  ['Day opportunities', 'Things to do in the day with other people: clubs, groups, classes.'],
  ['Carers’ support', 'Help, breaks and advice for people who look after someone.'],
  ['Dementia support', 'Groups, cafés and advice for people living with dementia and their families.'],
  ['Getting out and about', 'Community transport, walking groups and help to get to places.'],
  ['Staying active', 'Gentle exercise, falls prevention and sport for all abilities.'],
  ['Advice and information', 'Benefits, money, housing and where to turn.'],
  ['Help at home', 'Shopping, small repairs, gardening and meals.'],
] as const

/** Where the towns and postcode districts are, each with a point near its middle, for "near a place". */
const towns = [
  { name: 'Northmoor', latitude: 53.958, longitude: -1.982 },
  { name: 'Moorside', latitude: 53.991, longitude: -2.041 },
  { name: 'Eastby', latitude: 53.944, longitude: -1.874 },
  { name: 'Fellbridge', latitude: 54.032, longitude: -1.955 },
  { name: 'Harlow Green', latitude: 53.902, longitude: -2.013 },
]

const districts = [
  { name: 'NM1', latitude: 53.958, longitude: -1.982 },
  { name: 'NM2', latitude: 53.969, longitude: -1.951 },
  { name: 'NM3', latitude: 53.902, longitude: -2.013 },
  { name: 'NM4', latitude: 53.991, longitude: -2.041 },
  { name: 'NM5', latitude: 54.008, longitude: -2.002 },
  { name: 'NM6', latitude: 53.944, longitude: -1.874 },
  { name: 'NM7', latitude: 53.921, longitude: -1.93 },
  { name: 'NM8', latitude: 54.032, longitude: -1.955 },
]

export const northmoorDirectory: DirectorySlot = {
  places: [...towns, ...districts],
  assurerEmail: 'directory@northmoor.example.org',
  taxonomy: {
    id: taxonomyId,
    name: 'Northmoor needs',
    description: 'What people come to the Northmoor directory for.',
    version: '2026.1',
    taxonomy_terms: needs.map(([name, description], index) => ({ id: termId(index + 1), name, description })),
  },
  nothingFits:
    'Ring Northmoor adult social care on 01632 960 100, Monday to Friday, 8:30am to 5pm. We can tell you about support that is not listed here, and whether you could get help from us.',
}
