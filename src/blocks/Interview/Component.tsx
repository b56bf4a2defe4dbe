import type { InterviewBlock } from '@/payload-types'

/** Question/answer turns as printed interviews set them: the speaker in bold, questions set off. */
export function InterviewBlockComponent({ block }: { block: InterviewBlock }) {
  const turns = block.turns ?? []
  if (turns.length === 0) return null
  return (
    <div className="interview">
      {turns.map((turn, i) => {
        const role = turn.role === 'answer' ? 'answer' : 'question'
        return (
          <p key={i} className={`interview__turn interview__turn--${role}`}>
            <strong className="interview__speaker">
              {turn.speaker || (role === 'question' ? 'P.V' : '')}:
            </strong>{' '}
            {turn.text}
          </p>
        )
      })}
    </div>
  )
}
