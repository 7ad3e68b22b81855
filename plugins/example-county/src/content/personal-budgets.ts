import type { ContentPage } from '@open-sds/plugin-sdk'
import { FICTIONAL_NOTICE } from './fictional-notice.js'

export const personalBudgets: ContentPage = {
  slug: 'personal-budgets',
  title: 'Personal budgets and self-directed support',
  summary: 'How we work out the money for your support, and the choices you have about how it is spent.',
  markdown: `${FICTIONAL_NOTICE}

A personal budget is the amount of money it will cost to meet your eligible care and support needs. Self-directed
support means you are in charge of how that money is used, as much as you want to be. You know your own life: we
agree with you what you want to achieve, and you decide how to get there.

## How it works

1. **Tell us about your life.** Answer the questions in this service about what you can do, what you find hard and
   what matters to you. A family member, friend or advocate can help, or do it with you.
2. **See your estimated budget.** Straight away, the service shows an estimate of your personal budget and how it
   was worked out. It is a starting point, not a final answer.
3. **Plan your support.** Write your support plan: what you want to achieve, and how you will use the money to do
   it. You can plan on your own, with people who know you, with Riverside Disability Voice, or with us.
4. **Agree your plan and budget.** Your social worker checks the plan with you. We agree the final budget together,
   and say why if it is different from the estimate.
5. **Get going.** Your support starts, arranged the way you chose.
6. **Review.** We check with you how things are going about 6 to 8 weeks after your plan starts, and then at least
   once a year. You can ask for a review at any time.

## Ways to receive your budget

You can choose one of these, or a mix:

- **Direct payment.** The money is paid into a separate bank account, and you buy your own support. You can employ
  a personal assistant, use an agency, or pay for an activity that meets your needs. Northmoor's direct payment
  support service can help with payroll and employment.
- **Council-managed budget.** We arrange the support you choose with care providers, and pay them for you.
- **Individual service fund.** A provider you choose holds the money and works with you to arrange support in a
  flexible way.

## Using your budget flexibly

Once your plan is agreed, you can change how you spend your budget without asking us first, as long as the money
still goes on the outcomes in your plan and it is safe and legal. For example, you could swap two hours of help at
home for a session at a local club that gets you out and meeting people. Keep receipts, and tell us about the
change at your next review.

## Paying towards your care

Most people pay something towards the cost of their care, depending on their income and savings. We will offer you
a financial assessment to work out what you can afford. You will always be left with enough money to live on. Your
personal budget shows the full cost; what you pay comes out of it.

## Get help

Call 01632 960 100 or email adultcare@northmoor.example.org. Riverside Disability Voice, a local organisation run
by disabled people, offers free peer support to anyone planning their support.
`,
}
