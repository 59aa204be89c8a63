/** Set on `req.context` by the invoice service for the writes only it may make (numbering, status moves). */
export const INVOICE_SERVICE = 'invoiceService'

/** The calendar day (YYYY-MM-DD) of `now` in Luxembourg, where the vendors' invoices are dated. */
const luxembourgDays = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Luxembourg',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

export function luxembourgDay(now: Date): string {
  const parts = luxembourgDays.formatToParts(now)
  const get = (type: string) => parts.find((part) => part.type === type)!.value
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** YYYY-MM-DD of a stored date (Payload keeps dates as UTC midnight timestamps). */
export const dayOf = (value: string | Date | null | undefined): string | null =>
  value === null || value === undefined ? null : (typeof value === 'string' ? value : value.toISOString()).slice(0, 10)

/** The stored form of a day: its UTC midnight. */
export const dayToStored = (day: string): string => `${day}T00:00:00.000Z`

export function addDays(day: string, days: number): string {
  const date = new Date(dayToStored(day))
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
