import { lines } from './lines';

/**
 * Pronouns and anaphoric noun phrases a quote's attribution may use instead of a name; they are
 * resolved to the last named speaker (他说 → 吴振邦; she said → Alves). Chinese and English.
 * Source: Chinese and English personal pronouns and common anaphora in news, by hand.
 */
export const QUOTE_PRONOUNS: readonly string[] = lines(`
He
She
They
he
her
him
she
they
他
他们
其
前者
后者
她
她们
对方
此人
`);
