import type { Kind } from '../extract/types';
import { t } from '../i18n';

const SINGULAR: Record<Kind, string> = { figure: 'kindFigure', quote: 'kindQuote', company: 'kindCompany' };
const PLURAL: Record<Kind, string> = {
  figure: 'kindFigurePlural',
  quote: 'kindQuotePlural',
  company: 'kindCompanyPlural',
};

/** The localised name of one entity of `kind` ("Figure", "数字"). */
export const kindLabel = (kind: Kind): string => t(SINGULAR[kind]);

/** The localised name of the kind as a group ("Figures", "数字"). */
export const kindPluralLabel = (kind: Kind): string => t(PLURAL[kind]);
