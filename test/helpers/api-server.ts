import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type SanitizedConfig } from 'payload'

import { refusedLocale, withDefaultLocale } from '@/api/default-locale'

export interface ApiServer {
  url: string
  close: () => Promise<void>
}

/**
 * A real HTTP server in front of Payload's own REST and GraphQL handlers (the same ones the
 * Next route files export), so access rules are exercised over the wire without compiling Next.
 */
export async function startApiServer(
  config: Promise<SanitizedConfig> | SanitizedConfig,
): Promise<ApiServer> {
  const graphql = GRAPHQL_POST(Promise.resolve(config))
  const server = http.createServer(async (req, res) => {
    try {
      // As the Express server does: an unknown locale is refused, API requests without a locale
      // read and write Vietnamese.
      const refused = refusedLocale(req.url ?? '/')
      if (refused) {
        res.statusCode = 400
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ errors: [{ message: refused }] }))
        return
      }
      const url = `http://${req.headers.host}${withDefaultLocale(req.url ?? '/')}`
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
      const chunks: Buffer[] = []
      if (hasBody) for await (const chunk of req) chunks.push(chunk as Buffer)
      const request = new Request(url, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: hasBody ? Buffer.concat(chunks) : undefined,
      })
      const pathname = new URL(url).pathname
      const response =
        pathname === '/api/graphql'
          ? await graphql(request)
          : await handleEndpoints({ config: Promise.resolve(config), request })
      res.statusCode = response.status
      response.headers.forEach((value, key) => res.setHeader(key, value))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      res.statusCode = 599
      res.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
