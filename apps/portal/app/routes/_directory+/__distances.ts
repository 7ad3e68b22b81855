/** How far a person may choose to travel to find local support, in miles, and how far when they do not say. */
export const DISTANCES = ['1', '3', '5', '10', '25'] as const
export const DEFAULT_DISTANCE = '5'
