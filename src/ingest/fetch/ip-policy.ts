/**
 * @module
 * Which IP addresses a fetch may connect to. In: an address as DNS returns it (IPv4 or IPv6
 * text). Out: the name of the non-public range it falls in (`'loopback'`, `'private'`, …) or
 * null for a public address. IPv6 forms that carry an IPv4 address inside (mapped `::ffff:`,
 * compatible `::a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are judged by that address,
 * so `::ffff:127.0.0.1` is loopback too. The SSRF guard refuses anything named here.
 */
import { BlockList, isIP } from 'node:net'

/** Decides whether an address may be reached; null means public, a string names the range. */
export type BlockedRange = (ip: string) => string | null

const V4: readonly [net: string, prefix: number, name: string][] = [
  ['0.0.0.0', 8, 'this-network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
]

const V6: readonly [net: string, prefix: number, name: string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['100::', 64, 'discard'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'unique-local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
]

const lists = new Map<string, BlockList>()
for (const [net, prefix, name] of [...V4, ...V6]) {
  const list = lists.get(name) ?? new BlockList()
  list.addSubnet(net, prefix, isIP(net) === 4 ? 'ipv4' : 'ipv6')
  lists.set(name, list)
}

/** The eight 16-bit words of an IPv6 address (an embedded dotted quad allowed), or null. */
export function ipv6Words(ip: string): number[] | null {
  let text = ip.replace(/%.*$/, '')
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (quad) {
    const b = quad.slice(1).map(Number)
    if (b.some((n) => n > 255)) return null
    const hi = ((b[0] ?? 0) << 8) | (b[1] ?? 0)
    const lo = ((b[2] ?? 0) << 8) | (b[3] ?? 0)
    text = `${text.slice(0, quad.index)}${hi.toString(16)}:${lo.toString(16)}`
  }
  const halves = text.split('::')
  if (halves.length > 2) return null
  const part = (s: string | undefined) => (s ? s.split(':') : [])
  const head = part(halves[0])
  const tail = part(halves[1])
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0
  if (fill < 0 || (halves.length === 1 && head.length !== 8)) return null
  const words = [...head, ...Array<string>(fill).fill('0'), ...tail]
  if (words.length !== 8 || words.some((w) => !/^[0-9a-f]{1,4}$/i.test(w))) return null
  return words.map((w) => Number.parseInt(w, 16))
}

/** The IPv4 address an IPv6 address stands for (mapped, compatible, NAT64, 6to4), or null. */
export function embeddedIpv4(ip: string): string | null {
  const w = ipv6Words(ip)
  if (!w) return null
  const quad = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`
  const zero = (from: number, to: number) => w.slice(from, to).every((x) => x === 0)
  if (zero(0, 5) && w[5] === 0xffff) return quad(w[6] ?? 0, w[7] ?? 0)
  // ::a.b.c.d (deprecated "compatible"); :: and ::1 are IPv6's own and stay as they are.
  if (zero(0, 6) && ((w[6] ?? 0) !== 0 || (w[7] ?? 0) > 1)) return quad(w[6] ?? 0, w[7] ?? 0)
  if (w[0] === 0x64 && w[1] === 0xff9b && zero(2, 6)) return quad(w[6] ?? 0, w[7] ?? 0)
  if (w[0] === 0x2002) return quad(w[1] ?? 0, w[2] ?? 0)
  return null
}

/** The default policy: the name of the non-public range `ip` is in, or null when public. */
export const blockedRange: BlockedRange = (address) => {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  const family = isIP(ip)
  if (family === 0) return 'not an IP address'
  const v4 = family === 6 ? embeddedIpv4(ip) : ip
  const [addr, type] = v4 ? [v4, 'ipv4' as const] : [ip, 'ipv6' as const]
  for (const [name, list] of lists) if (list.check(addr, type)) return name
  return null
}
