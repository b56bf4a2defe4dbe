import type { Metadata } from 'next'

import { ArticleCard } from '@/components/lists/ArticleCard'
import { CardList } from '@/components/lists/CardList'
import { DocumentList } from '@/components/lists/DocumentList'
import { Section } from '@/components/lists/Section'
import { MostRead } from '@/components/readership/MostRead'
import { TopicStrip } from '@/components/topics/TopicStrip'
import { getHomeData } from '@/site/data/home'
import { getSite } from '@/site/data/site'
import { featuredTopics } from '@/site/data/topics'
import { siteOrigin } from '@/site/env'
import { siteFeedAlternate } from '@/site/seo/feed-links'
import { urls } from '@/site/urls'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite()
  return {
    title: { absolute: site.name },
    // A page's `alternates` replaces the layout's, so the site feed is named here again.
    alternates: { canonical: `${siteOrigin()}/`, types: siteFeedAlternate(site.name) },
  }
}

export default async function HomePage() {
  const [site, home, topics] = await Promise.all([getSite(), getHomeData(), featuredTopics()])
  const links = site.links ?? []
  return (
    <div className="wrap">
      <h1 className="visually-hidden">{site.name}</h1>
      <div className="home-top section">
        {home.lead ? (
          <section aria-label="Tin nổi bật">
            <ArticleCard article={home.lead} variant="lead" priority headingLevel={2} />
          </section>
        ) : (
          <p className="empty-state">Chưa có bài viết nào được xuất bản.</p>
        )}
        {home.latest.length > 0 ? (
          <Section id="tin-moi" title="Tin mới">
            <CardList articles={home.latest} variant="compact" />
          </Section>
        ) : null}
      </div>
      {topics.length > 0 ? (
        <Section id="chuyen-de" title="Chuyên đề">
          <TopicStrip topics={topics} />
        </Section>
      ) : null}
      <MostRead />
      {home.sections.map(({ category, articles }) => (
        <Section
          key={category.id}
          id={`cm-${category.slug}`}
          title={category.title}
          href={category.slug ? urls.category(category.slug) : undefined}
          moreLabel={`Xem thêm ${category.title}`}
        >
          <CardList articles={articles} />
        </Section>
      ))}
      {home.documents.length > 0 ? (
        <Section
          id="van-ban-moi"
          title="Văn bản mới"
          href={urls.documents()}
          moreLabel="Xem thư viện văn bản"
        >
          <DocumentList articles={home.documents} />
        </Section>
      ) : null}
      {home.photos.length > 0 ? (
        <Section id="phong-su-anh" title="Phóng sự ảnh">
          <CardList articles={home.photos} className="photo-strip" variant="compact" />
        </Section>
      ) : null}
      {links.length > 0 ? (
        <Section id="lien-ket" title="Liên kết website">
          <ul className="links-grid">
            {links.map((link) => (
              <li key={link.id ?? link.url}>
                <a href={link.url} rel="noopener">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  )
}
