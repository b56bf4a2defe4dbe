/**
 * Crawlers, monitors and link previewers are not readers. `isbot` keeps a maintained pattern list
 * of user agents (search engines, social previews, uptime checkers, headless browsers, HTTP
 * libraries); a request without any user agent is a script, not a browser, and is not counted.
 * The answer is remembered per user-agent string (a few hundred distinct ones a day), so the
 * list's large pattern runs once per agent, not once per request.
 */
import { isbot } from 'isbot'

const MAX_REMEMBERED = 2000
const remembered = new Map<string, boolean>()

export function isBotAgent(userAgent: string | undefined): boolean {
  if (!userAgent || !userAgent.trim()) return true
  const known = remembered.get(userAgent)
  if (known !== undefined) return known
  const bot = isbot(userAgent)
  if (remembered.size >= MAX_REMEMBERED) remembered.clear()
  remembered.set(userAgent, bot)
  return bot
}
