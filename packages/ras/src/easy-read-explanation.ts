import { formatPence } from '@open-sds/kernel'
import { ILLUSTRATIVE_NOTICE, INDICATIVE_NOTICE, type Step } from './explanation.js'

/**
 * The Easy Read telling of a budget's explanation: short sentences, one idea each, no bands or percentages. Made from
 * the stored steps (their kind and amounts), so a budget worked out long ago can be told in Easy Read too.
 */
export function easyReadExplanation(steps: readonly Step[]): string[] {
  const told: string[] = []
  for (const step of steps) {
    const money = step.weeklyPence === undefined ? '' : formatPence(step.weeklyPence)
    switch (step.kind) {
      case 'domain-points':
        if (!told.includes(LOOKED)) told.push(LOOKED)
        break
      case 'total-points':
        told.push(`Your answers add up to ${String(step.points ?? 0)} points.`)
        break
      case 'informal-support':
        told.push(`Help from family and friends counts too. Your points are now ${String(step.points ?? 0)}.`)
        break
      case 'money':
        told.push(`Your points mean ${money} a week.`)
        break
      case 'subtotal':
        told.push(`All together that is ${money} a week.`)
        break
      case 'result':
        told.push(`Your money for support is ${money} a week.`)
        told.push(`That is ${formatPence((step.weeklyPence ?? 0) * 52)} in a year.`)
        break
      case 'by-hand':
        told.push('A practitioner worked out your money for support.')
        told.push(`They said how: ${sentence(step.text.slice(step.text.indexOf(': ') + 2))}`)
        break
      case 'notice':
        told.push(NOTICES[step.text] ?? sentence(step.text))
        break
      // Additions and limits already say one thing each, with the amount.
      case 'addition':
      case 'limit':
        told.push(sentence(step.text))
        break
    }
  }
  return told
}

const LOOKED = 'We looked at your answers about each part of your life.'

const NOTICES: Record<string, string> = {
  [INDICATIVE_NOTICE]: 'This is a first guess. It can change when you plan your support.',
  [ILLUSTRATIVE_NOTICE]: 'These are example figures. They are not a real council’s money.',
}

const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`)
