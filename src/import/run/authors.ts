import type { Payload } from 'payload'

import { foldKey } from './fold'

interface KnownAuthor {
  id: string
  name: string
  unit?: string | null
}

/**
 * Finds or creates bylines for one batch. All authors are loaded once (a portal has hundreds,
 * not millions) because the match ignores case and diacritics, which the database `like`
 * does not do for Vietnamese letters.
 */
export class AuthorResolver {
  private byKey = new Map<string, KnownAuthor>()

  private constructor(private readonly payload: Payload) {}

  static async load(payload: Payload): Promise<AuthorResolver> {
    const resolver = new AuthorResolver(payload)
    const { docs } = await payload.find({
      collection: 'authors',
      pagination: false,
      depth: 0,
      select: { name: true, unit: true },
      overrideAccess: true,
    })
    for (const doc of docs) resolver.remember({ id: doc.id, name: doc.name, unit: doc.unit })
    return resolver
  }

  private remember(author: KnownAuthor): void {
    const key = foldKey(author.name)
    // Keep the first one: duplicates that already exist are an editor's call to merge.
    if (key && !this.byKey.has(key)) this.byKey.set(key, author)
  }

  /** Existing author for a byline, if any (used by dry runs too). */
  find(name: string): KnownAuthor | undefined {
    return this.byKey.get(foldKey(name))
  }

  /** Id of the author with this name, created (with unit) when new; a missing unit is filled in. */
  async resolve(name: string, unit: string | undefined): Promise<string> {
    const known = this.find(name)
    if (known) {
      if (unit && !known.unit) {
        await this.payload.update({
          collection: 'authors',
          id: known.id,
          data: { unit },
          overrideAccess: true,
        })
        known.unit = unit
      }
      return known.id
    }
    const created = await this.payload.create({
      collection: 'authors',
      data: { name, ...(unit ? { unit } : {}) },
      overrideAccess: true,
    })
    this.remember({ id: created.id, name: created.name, unit: created.unit })
    return created.id
  }
}
