import type { ContentPage } from '@open-sds/plugin-sdk'
import { FICTIONAL_NOTICE } from './fictional-notice.js'

export const aboutUs: ContentPage = {
  slug: 'about-us',
  title: 'About adult social care in Northmoor',
  summary: 'Who we are, who we help and how this online service works.',
  markdown: `${FICTIONAL_NOTICE}

Northmoor County Council's adult social care team helps adults who live in Northmoor, and the people who care for
them, to live the lives they choose. Northmoor is a large rural county: two market towns, many small villages and a
lot of moor in between. Getting to services can be hard here, so we want you to be able to do as much as you like
online, at a time that suits you.

## What you can do with this service

- tell us about your needs and what you want to achieve, in your own words
- see an early estimate of your personal budget, with how we worked it out
- plan how you will use your budget, on your own or with someone who knows you
- tell us how your support is going, and what we could do better

You can save your answers and come back later. Nothing you type is lost if you stop half way.

## Who we help

We help adults aged 18 and over who need care and support because of a disability, an illness or getting older,
and unpaid carers who look after them. Anyone can ask us for an assessment, whatever their money situation.

## Working with people who use our services

We design this service with the people who use it. The Northmoor Care Voices panel, made up of people who draw on
care and support and their carers, reviews every change before it goes live. If you would like to join the panel,
[get in touch](/pages/contact).

## Other ways to get help

If you would rather not use a computer, or you need help to use one, call us on 01632 960 100. We can go through
the questions with you on the phone or visit you at home.
`,
}
