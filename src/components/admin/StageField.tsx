'use client'
/**
 * The article's stage field in the admin: Payload's own select, offering only the current stage
 * and the stages this person may move this article to, with a one-line hint naming who makes the
 * other moves. The choices come from the server (`GET /api/articles/stage-choices`, which applies
 * the transition table to the stored article and the person) and are asked for again whenever the
 * saved stage changes; the save hook remains the guard, so an offer gone stale is still refused
 * with the table's message.
 */
import {
  SelectField,
  useConfig,
  useDocumentEvents,
  useDocumentInfo,
  useFormFields,
} from '@payloadcms/ui'
import type { SelectFieldClientProps } from 'payload'
import { useEffect, useMemo, useState } from 'react'

interface Choices {
  choices: string[]
  hint: string
}

export function StageField(props: SelectFieldClientProps) {
  const { field, path } = props
  const { id, data } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const value = useFormFields(([fields]) => fields[path]?.value)
  // The edit view reports every save, autosaves included, with the saved document.
  const { mostRecentUpdate } = useDocumentEvents()
  const reported =
    mostRecentUpdate?.entitySlug === 'articles' && String(mostRecentUpdate.id) === String(id)
      ? (mostRecentUpdate.doc as { stage?: unknown } | undefined)?.stage
      : undefined
  const saved = reported ?? data?.stage
  const savedStage = typeof saved === 'string' ? saved : ''
  const [offer, setOffer] = useState<Choices | null>(null)
  const [state, setState] = useState<'pending' | 'loaded' | 'failed'>('pending')

  useEffect(() => {
    const controller = new AbortController()
    const query = id ? `?id=${encodeURIComponent(String(id))}` : ''
    fetch(`${api}/articles/stage-choices${query}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((res) => (res.ok ? (res.json() as Promise<Choices>) : null))
      .then((body) => {
        // Without an answer the select offers every stage; the save hook still decides.
        setOffer(body)
        setState(body ? 'loaded' : 'failed')
      })
      .catch(() => {
        if (controller.signal.aborted) return
        setOffer(null)
        setState('failed')
      })
    return () => controller.abort()
  }, [api, id, savedStage])

  const options = useMemo(() => {
    if (!offer) return field.options
    // The value in the form stays listed even when the offer no longer holds it (a move not
    // saved yet, or refused), so the select never shows an empty box.
    const keep = new Set([...offer.choices, typeof value === 'string' ? value : ''])
    return field.options.filter((option) =>
      keep.has(typeof option === 'string' ? option : option.value),
    )
  }, [field.options, offer, value])

  return (
    <div className="stage-field" data-stage-choices={state}>
      <SelectField {...props} field={{ ...field, options }} />
      {offer?.hint ? (
        <p className="field-description stage-field__hint" id="stage-field-hint">
          {offer.hint}
        </p>
      ) : null}
    </div>
  )
}
