import type { Detector, Entity } from './types';

/** Finds figures (GUIDELINE.md). Placeholder until the figure rules land: finds nothing. */
export const figureDetector: Detector = {
  kind: 'figure',
  detect(): Entity[] {
    return [];
  },
};
