import { CardList } from '@/components/lists/CardList'
import { Section } from '@/components/lists/Section'
import { getReadership } from '@/site/data/readership'

/** "Đọc nhiều": the most viewed articles of the last seven days; nothing when none was read. */
export async function MostRead() {
  const { mostRead } = await getReadership()
  if (!mostRead.length) return null
  return (
    <Section id="doc-nhieu" title="Đọc nhiều">
      <CardList articles={mostRead} variant="compact" className="cards most-read" />
    </Section>
  )
}
