// Fictional names for the person-search benchmark, spread the way a county's are: a few surnames shared by many
// people (so a search for "Smith" finds thousands and must say there are more), a long tail of rarer ones, and some
// with accents and apostrophes that staff type without them.
import { prng } from './seeded-random.ts'

const givenNames = [
  'Margaret',
  'Patricia',
  'Susan',
  'Linda',
  'Elizabeth',
  'Barbara',
  'Jean',
  'Mary',
  'Christine',
  'Sandra',
  'Janet',
  'Pauline',
  'Valerie',
  'Sheila',
  'Doreen',
  'Brenda',
  'Joan',
  'Irene',
  'Kathleen',
  'Ann',
  'John',
  'David',
  'Michael',
  'Peter',
  'Robert',
  'Alan',
  'Brian',
  'Anthony',
  'Christopher',
  'Keith',
  'Kevin',
  'Stephen',
  'Paul',
  'Richard',
  'Graham',
  'Derek',
  'Colin',
  'Kenneth',
  'Raymond',
  'Trevor',
  'Sarah',
  'Emma',
  'Claire',
  'Rachel',
  'Helen',
  'Laura',
  'Zoë',
  'Chloë',
  'Siobhán',
  'Aoife',
  'José',
  'Łukasz',
  'Agnieszka',
  'Priya',
  'Amrit',
  'Mohammed',
  'Fatima',
  'Aisha',
  'Olusegun',
  'Chiamaka',
  'Gareth',
  'Rhys',
  'Ffion',
  'Eilidh',
  'Niamh',
  'Seán',
  'Ciarán',
  'Bartholomew',
  'Hermione',
  'Wilfred',
]

const commonSurnames = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Robinson',
  'Wright',
  'Thompson',
  'Evans',
  'Walker',
  'White',
  'Roberts',
  'Green',
  'Hall',
  'Wood',
  'Jackson',
  'Clarke',
]

const rarerSurnames = [
  'Ashdown',
  'Blackwood',
  'Carrington',
  'Delacourt',
  'Ellwood',
  'Fairbairn',
  'Greenhalgh',
  'Hollingworth',
  'Illingworth',
  'Jessop',
  'Kettleborough',
  'Lightfoot',
  'Merriweather',
  'Nettleship',
  'Ormerod',
  'Pilkington',
  'Quarmby',
  'Rowbotham',
  'Sowerby',
  'Thistlethwaite',
  'Uttley',
  'Varley',
  'Whitfield',
  'Yeadon',
  'Zouch',
  "O'Brien",
  "O'Connor",
  'McAllister',
  'MacDonald',
  'Müller',
  'Nowak',
  'Kowalczyk',
  'Brontë',
  'Gonçalves',
  'Núñez',
  'Ó Súilleabháin',
  'Patel',
  'Khan',
  'Begum',
  'Okonkwo',
  'Adeyemi',
  'Nguyen',
  'Chowdhury',
  'Ahmed',
  'Fitzgerald',
  'Featherstonehaugh',
  'Cholmondeley',
  'Postlethwaite',
  'Higginbottom',
  'Winterbottom',
]

export type SyntheticName = { displayName: string; given: string; surname: string }

/**
 * The next person's name: the same sequence on every run with the same seed. Half the people have one of twenty
 * common surnames; the rest a rarer one, or a two-part surname built from two rarer ones.
 */
export function nameMaker(seed: number): () => SyntheticName {
  const random = prng(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  return () => {
    const given = pick(givenNames)
    const surname =
      random() < 0.5
        ? pick(commonSurnames)
        : random() < 0.7
          ? pick(rarerSurnames)
          : `${pick(rarerSurnames)}-${pick(rarerSurnames)}`
    return { displayName: `${given} ${surname}`, given, surname }
  }
}
