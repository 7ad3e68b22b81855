import { calendarDate, type CalendarDate } from '@open-sds/kernel'

/**
 * Each year's rates take effect on 6 April, the date the annual amending regulations give (SI 2023/277 "come into
 * force on 6th April 2023"; SI 2024/325 likewise). Councils that bill from the first Monday of April align with the
 * benefit week; that is their practice, not the law (charging.md, "When each year's rates take effect").
 */
export function ratesTakeEffect(year: number): CalendarDate {
  return calendarDate(year, 4, 6)
}
