import type { Detector, Entity } from './types';

/** Finds quotes (GUIDELINE.md). Placeholder until the quote rules land: finds nothing. */
export const quoteDetector: Detector = {
  kind: 'quote',
  detect(): Entity[] {
    return [];
  },
};
