import { obj, str } from '@/site/lexical/nodes'

/** Question/answer turns as printed interviews set them: the speaker in bold, questions set off. */
export function InterviewBlock({ fields }: { fields: Record<string, unknown> }) {
  const turns = Array.isArray(fields.turns) ? fields.turns.map(obj) : []
  if (turns.length === 0) return null
  return (
    <div className="interview">
      {turns.map((turn, i) => {
        const role = turn.role === 'answer' ? 'answer' : 'question'
        return (
          <p key={i} className={`interview__turn interview__turn--${role}`}>
            <strong className="interview__speaker">
              {str(turn.speaker) || (role === 'question' ? 'P.V' : '')}:
            </strong>{' '}
            {str(turn.text)}
          </p>
        )
      })}
    </div>
  )
}
