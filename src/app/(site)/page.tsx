import Link from 'next/link'

import { getPayloadClient } from '@/lib/payload'
import { getSite } from '@/lib/site'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const [site, payload] = await Promise.all([getSite(), getPayloadClient()])
  const { docs } = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    sort: '-publishedAt',
    limit: 20,
    depth: 0,
    overrideAccess: false,
    select: { title: true, slug: true, sapo: true, publishedAt: true },
  })
  return (
    <main>
      <h1>{site.name}</h1>
      <ul>
        {docs.map((doc) => (
          <li key={doc.id}>
            <Link href={`/bai-viet/${doc.slug}`}>{doc.title}</Link>
            {doc.sapo ? <p>{doc.sapo}</p> : null}
          </li>
        ))}
      </ul>
    </main>
  )
}
