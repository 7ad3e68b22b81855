import type { ReactNode } from 'react'

/**
 * Holds a table that can be wider than a phone: the table scrolls inside this region rather than the page scrolling
 * sideways at 320px. The region is named and focusable so a keyboard or screen reader user can find and scroll it.
 */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
