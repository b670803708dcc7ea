import { lines } from './lines';

/**
 * English speech verbs that attribute a quotation ("…," she said / Jane Doe told reporters: "…").
 * Source: reporting verbs used in English news wire style (said/says first), collected by hand.
 */
export const SPEECH_VERBS_EN: readonly string[] = lines(`
acknowledged
added
adds
admitted
agreed
announced
argued
argues
asked
asks
believed
believes
boasted
called
calls
cautioned
claimed
claims
commented
complained
conceded
concluded
confirmed
continued
countered
declared
described
describes
emphasised
emphasized
estimated
explained
explains
hopes
insisted
insists
joked
maintained
mused
noted
notes
observed
pointed out
points out
posted
predicted
put it
quipped
recalled
reckoned
recounted
reiterated
reiterates
remarked
replied
responded
said
say
says
spoke
stated
states
stressed
suggested
tells
testified
thinks
thought
told
tweeted
urged
warned
warns
was quoted
were quoted
writes
wrote
`);
