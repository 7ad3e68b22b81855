import type { DirectorySlot } from '@open-sds/plugin-sdk'

// The towns and postcode districts of the fictional Northmoor County, each with a point near its middle, for the
// directory's "near a place" (issue 17). Made up, like the county: the NM postcode area does not exist.

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

export const northmoorPlaces: DirectorySlot = {
  places: [...towns, ...districts],
  assurerEmail: 'directory@northmoor.example.org',
}
