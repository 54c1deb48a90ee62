import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import { words } from './plan-rows';

export const ICS_TYPE = 'text/calendar; charset=utf-8';

/** Contracts still to be reprocured: they get the decision-by reminder. */
const OPEN = new Set(['NOT_STARTED', 'IN_PROGRESS']);

export const REPROCUREMENT_FEED_QUERY = `query ReprocurementFeed($filter: ReprocurementFilter, $after: String) {
  result: reprocurements(filter: $filter, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id version service supplier asWritten expiryDate status updatedAt objective { text } agency { name } }
  }
}`;

export interface FeedReprocurement {
  id: string;
  version: number;
  service: string;
  supplier: string | null;
  asWritten: string | null;
  expiryDate: string;
  status: string;
  updatedAt: string;
  objective: { text: string };
  agency: { name: string } | null;
}

/** A date `months` calendar months before `date` (YYYY-MM-DD), clamped to the month's last day. */
export function monthsBefore(date: string, months: number): Date {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 - months, 1, 9, 0, 0));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target;
}

/**
 * Reprocurement deadlines as an iCalendar feed (RFC 5545, ical-generator), for Outlook and Google
 * Calendar subscriptions: one all-day event per contract expiry, with a display alarm (VALARM), for a contract not yet awarded,
 * extended or cancelled, `alarmMonths` calendar months before at 09:00 UTC (the decision-by reminder), the supplier, the
 * status and the objective in the description. METHOD:PUBLISH, a calendar name (X-WR-CALNAME) and
 * a refresh interval (X-PUBLISHED-TTL, REFRESH-INTERVAL) for subscribing clients; UIDs are the
 * records' global IDs, so an event updates in place when the contract changes.
 */
export function reprocurementCalendar(items: readonly FeedReprocurement[], options: { name: string; alarmMonths: number; host: string }): string {
  const calendar = ical({
    name: options.name,
    description: 'Contract expiry dates from the delivery plan, with a reminder to decide on reprocurement.',
    prodId: { company: 'CDP Plan API', product: 'reprocurements', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60 * 12,
  });
  for (const r of items) {
    const [y, m, d] = r.expiryDate.split('-').map(Number);
    const start = new Date(Date.UTC(y, m - 1, d));
    const lines = [
      `Service: ${r.service}`,
      `Supplier: ${r.supplier ?? 'not named in the plan'}`,
      `Status: ${words(r.status)}`,
      ...(r.agency ? [`Commissioner: ${r.agency.name}`] : []),
      `Objective: ${r.objective.text}`,
      ...(r.asWritten ? [`In the plan: ${r.asWritten}`] : []),
    ];
    calendar.createEvent({
      id: `${r.id}@${options.host}`,
      start,
      allDay: true,
      summary: `Contract expires: ${r.service}${r.supplier ? ` (${r.supplier})` : ''}`,
      description: lines.join('\n'),
      // DTSTAMP: when the record last changed, so the same data gives the same bytes (and ETag).
      stamp: new Date(r.updatedAt),
      lastModified: new Date(r.updatedAt),
      // A changed contract is a newer version of the same event (RFC 5545 3.8.7.4).
      sequence: Math.max(0, r.version - 1),
      alarms:
        // Only a contract still to be reprocured needs the reminder (not one awarded, extended or cancelled).
        options.alarmMonths > 0 && OPEN.has(r.status)
          ? [
              {
                type: ICalAlarmType.display,
                trigger: monthsBefore(r.expiryDate, options.alarmMonths),
                description: `Decide on reprocurement: ${r.service} expires on ${r.expiryDate}`,
              },
            ]
          : [],
    });
  }
  return calendar.toString();
}
