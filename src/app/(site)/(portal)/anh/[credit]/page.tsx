import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { Picture } from '@/components/media/Picture'
import { photosByCredit } from '@/site/data/credits'
import { absoluteUrl } from '@/site/env'
import { urls } from '@/site/urls'

interface Props {
  params: Promise<{ credit: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = decodeURIComponent((await params).credit)
  const { name } = await photosByCredit(slug)
  if (!name) return { title: 'Không tìm thấy tác giả ảnh' }
  return { title: `Ảnh của ${name}`, alternates: { canonical: absoluteUrl(urls.credit(slug)) } }
}

/** All photos credited to one photographer, each linking to the story it appeared in. */
export default async function CreditPage({ params }: Props) {
  const slug = decodeURIComponent((await params).credit)
  const { name, photos } = await photosByCredit(slug)
  if (!name) notFound()
  return (
    <div className="wrap">
      <Breadcrumbs items={[{ label: 'Trang chủ', href: urls.home() }, { label: `Ảnh: ${name}` }]} />
      <h1 className="page-title">Ảnh của tác giả {name}</h1>
      <p className="search-summary">{photos.length} ảnh</p>
      <ul className="photo-strip">
        {photos.map((photo, i) => (
          <li key={`${photo.media.id}-${i}`}>
            <figure className="figure">
              <Picture
                media={photo.media}
                shape="crop"
                sizes="(min-width: 700px) 280px, 50vw"
                priority={i < 2}
              />
              <figcaption>
                {photo.caption ? <span className="figure__caption">{photo.caption} </span> : null}
                <span className="figure__credit">Ảnh: {name}</span>
                {photo.article ? (
                  <>
                    <br />
                    <a href={urls.article(photo.article.slug)}>{photo.article.title}</a>
                  </>
                ) : null}
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </div>
  )
}
