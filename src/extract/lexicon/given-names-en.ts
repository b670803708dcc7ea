import { lines } from './lines';

/**
 * Given names that are nearly always a woman's or a man's, so that "she said" is not given to a David nor
 * "he said" to a Margaret. Names used for both (Alex, Jordan, Sam, Taylor) are in neither list. Source: the
 * most frequent given names of the US Social Security Administration and UK ONS birth lists, by hand.
 */
export const EN_FEMALE_NAMES: readonly string[] = lines(`
Alice
Amanda
Amy
Angela
Ann
Anna
Anne
Barbara
Caroline
Catherine
Claire
Elizabeth
Emily
Emma
Helen
Jane
Jennifer
Jessica
Julia
Karen
Laura
Linda
Lisa
Margaret
Maria
Mary
Michelle
Nancy
Patricia
Rachel
Sarah
Susan
Victoria
`);

/** Given names that are nearly always a man's (see EN_FEMALE_NAMES). */
export const EN_MALE_NAMES: readonly string[] = lines(`
Andrew
Brian
Charles
Daniel
David
Edward
George
Henry
James
John
Joseph
Kevin
Mark
Matthew
Michael
Paul
Peter
Richard
Robert
Stephen
Steven
Thomas
William
`);
