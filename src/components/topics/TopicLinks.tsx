import type { TopicLink } from '@/site/data/topics'
import { urls } from '@/site/urls'

/** "Chuyên đề: …" under an article: the published topics that hold it. */
export function TopicLinks({ topics }: { topics: TopicLink[] }) {
  const linked = topics.filter((t) => t.slug)
  if (linked.length === 0) return null
  return (
    <nav className="article-topics" aria-label="Chuyên đề">
      <span className="article-topics__label">Chuyên đề:</span>{' '}
      <ul className="article-topics__list">
        {linked.map((topic) => (
          <li key={topic.id}>
            <a href={urls.topic(topic.slug ?? '')}>{topic.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
