import { isIPv6 } from 'node:net'

/**
 * The unit the login throttle counts an address in. An IPv4 address is one client; an IPv6
 * client routinely holds a whole /64 (and can pick a new address per request), so its
 * failures are counted for the /64, or a stranger would get fresh free attempts with every
 * address of his prefix.
 */
export function addressBucket(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip)
  if (mapped?.[1]) return mapped[1]
  if (!isIPv6(ip)) return ip
  const [head = '', tail = ''] = ip.split('::')
  const groups = (part: string) => (part ? part.split(':') : [])
  const front = groups(head)
  const back = groups(tail)
  // A dotted IPv4 tail stands for two groups.
  const backSize = back.reduce((n, group) => n + (group.includes('.') ? 2 : 1), 0)
  const zeros = Array.from({ length: Math.max(0, 8 - front.length - backSize) }, () => '0')
  const all = ip.includes('::') ? [...front, ...zeros, ...back] : front
  return `${all
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`
}
