import type { BoxFacts } from './box-facts';

/** What the chart's colour says. Each band is also a pattern and a word, never colour alone. */
export type ColourBy = 'cover' | 'flight-risk' | 'braid-index' | 'side';

export interface ColourBand {
  id: string;
  label: string;
  /** What the band means, for the legend. */
  meaning: string;
}

export const COLOUR_BY: Record<ColourBy, { label: string; bands: ColourBand[] }> = {
  cover: {
    label: 'Readiness cover',
    bands: [
      { id: 'ready-now', label: 'Covered now', meaning: 'a successor is ready now for every critical role they hold' },
      { id: 'ready-soon', label: 'Covered in 1–2 years', meaning: 'the nearest successor is 1–2 years away' },
      { id: 'ready-later', label: 'Covered in 3–5 years', meaning: 'the nearest successor is 3–5 years away' },
      { id: 'uncovered', label: 'No successor', meaning: 'a critical role they hold has nobody on its slate' },
      { id: 'none', label: 'No critical role', meaning: 'holds no critical role' },
    ],
  },
  'flight-risk': {
    label: 'Flight risk',
    bands: [
      { id: 'high', label: 'High flight risk', meaning: 'likely to leave' },
      { id: 'medium', label: 'Medium flight risk', meaning: 'may leave' },
      { id: 'low', label: 'Low flight risk', meaning: 'expected to stay' },
      { id: 'none', label: 'Flight risk not rated', meaning: 'no rating recorded' },
    ],
  },
  'braid-index': {
    label: 'Braid index',
    bands: [
      { id: 'braided', label: 'Braid index 67–100', meaning: 'time on both sides and strong threads' },
      { id: 'partly', label: 'Braid index 34–66', meaning: 'partly braided' },
      { id: 'single', label: 'Braid index 0–33', meaning: 'mostly single-sided' },
    ],
  },
  side: {
    label: 'Side',
    bands: [
      { id: 'front', label: 'Front', meaning: 'home domain is client-facing' },
      { id: 'back', label: 'Back', meaning: 'home domain is technical' },
      { id: 'none', label: 'Side unknown', meaning: 'home domain has no side' },
    ],
  },
};

/** The band a box falls in when the chart is coloured by `by`. */
export function bandOf(facts: BoxFacts, by: ColourBy): ColourBand {
  const bands = COLOUR_BY[by].bands;
  const find = (id: string) => bands.find((b) => b.id === id)!;
  switch (by) {
    case 'cover':
      return find(facts.cover ?? 'none');
    case 'flight-risk':
      return find(facts.flightRisk ?? 'none');
    case 'braid-index':
      return find(facts.braidIndex >= 67 ? 'braided' : facts.braidIndex >= 34 ? 'partly' : 'single');
    case 'side':
      return find(facts.side ?? 'none');
  }
}
