import type { Detector, Entity } from './types';

/** Finds companies (GUIDELINE.md). Placeholder until the company rules land: finds nothing. */
export const companyDetector: Detector = {
  kind: 'company',
  detect(): Entity[] {
    return [];
  },
};
