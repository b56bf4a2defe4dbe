/**
 * Reads an iCalendar text with node-ical, a real RFC 5545 parser (line unfolding, unescaping,
 * dates), and returns its events as plain values the schedule tests compare.
 */
import ical, { type VEvent } from 'node-ical'

export interface ParsedEvent {
  uid: string
  summary: string
  description: string
  location: string
  url: string
  start: Date
  end: Date
  dtstamp: Date
}

const text = (value: unknown): string => {
  if (value === undefined || value === null) return ''
  if (typeof value === 'object' && 'val' in value) return String((value as { val: unknown }).val)
  return String(value)
}

export function parseEvents(body: string): ParsedEvent[] {
  const parsed = ical.sync.parseICS(body)
  return Object.values(parsed)
    .filter((component): component is VEvent => component?.type === 'VEVENT')
    .map((event) => ({
      uid: event.uid,
      summary: text(event.summary),
      description: text(event.description),
      location: text(event.location),
      url: text(event.url),
      start: new Date(event.start),
      end: new Date(event.end ?? event.start),
      dtstamp: new Date(event.dtstamp),
    }))
}

/** The calendar's own properties (name, method), as node-ical reports them. */
export function parseCalendar(body: string): Record<string, unknown> {
  const parsed = ical.sync.parseICS(body)
  const calendar = Object.values(parsed).find((c) => c?.type === 'VCALENDAR')
  return (calendar ?? {}) as Record<string, unknown>
}
