import { describe, expect, it } from 'vitest'

import { isBotAgent } from '@/site/readership/bots'

const BROWSERS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36 Zalo/24.6.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
]
const BOTS = [
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
  'Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)',
  'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36',
  'curl/8.5.0',
  'python-requests/2.31.0',
  'UptimeRobot/2.0 (http://www.uptimerobot.com/)',
]

describe('bot detection by user agent', () => {
  it.each(BROWSERS)('counts a browser: %s', (ua) => expect(isBotAgent(ua)).toBe(false))
  it.each(BOTS)('excludes a bot: %s', (ua) => expect(isBotAgent(ua)).toBe(true))
  it('excludes requests with no or an empty user agent', () => {
    expect(isBotAgent(undefined)).toBe(true)
    expect(isBotAgent('  ')).toBe(true)
  })
  it('answers the same the second time (remembered)', () => {
    expect(isBotAgent(BOTS[0])).toBe(true)
    expect(isBotAgent(BROWSERS[0])).toBe(false)
  })
})
