import { payloadClient } from '@/site/data/client'
import { getSite } from '@/site/data/site'
import { icsResponse, scheduleIcs } from '@/site/feeds/schedule-ics'

export const dynamic = 'force-dynamic'

/** The whole work schedule as a calendar feed to subscribe to. */
export async function GET(): Promise<Response> {
  const [payload, site] = await Promise.all([payloadClient(), getSite()])
  return icsResponse(await scheduleIcs(payload, { siteName: site.name }), 'lich-cong-tac.ics')
}
