import { payloadClient } from '@/site/data/client'
import { findPublishedLeader } from '@/site/data/schedule'
import { getSite } from '@/site/data/site'
import { icsResponse, scheduleIcs } from '@/site/feeds/schedule-ics'
import { decodeSlug } from '@/site/slug-param'

export const dynamic = 'force-dynamic'

const FEED_FILE = /^([a-z0-9-]{1,120})\.ics$/

/** One leader's schedule as a calendar feed: /lich-cong-tac/<leader-slug>.ics. */
export async function GET(
  _req: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const slug = FEED_FILE.exec(decodeSlug((await params).file))?.[1] ?? ''
  const payload = await payloadClient()
  const leader = await findPublishedLeader(payload, slug)
  if (!leader) {
    return new Response('Không tìm thấy lịch công tác của lãnh đạo này.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const site = await getSite()
  return icsResponse(await scheduleIcs(payload, { siteName: site.name, leader }), `${slug}.ics`)
}
