import { Picture } from '@/components/media/Picture'
import type { PublicTopic } from '@/site/data/topics'
import { urls } from '@/site/urls'

/** The home page's strip of featured topics: banner and title, one link each. */
export function TopicStrip({ topics }: { topics: PublicTopic[] }) {
  return (
    <ul className="topic-strip">
      {topics.map(({ topic, banner }) =>
        topic.slug ? (
          <li key={topic.id} className="topic-strip__item">
            <a href={urls.topic(topic.slug)}>
              {banner ? (
                <Picture
                  media={banner}
                  shape="crop"
                  sizes="(min-width: 700px) 280px, 100vw"
                  className="topic-strip__image"
                  decorative
                />
              ) : null}
              <span className="topic-strip__title">{topic.title}</span>
            </a>
          </li>
        ) : null,
      )}
    </ul>
  )
}
