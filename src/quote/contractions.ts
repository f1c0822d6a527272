// English contractions and what they stand for, so "don't" meets "do not" (as a changed word, not
// an omission). Data: one entry per line, sorted; each a contraction of the language as folded
// (apostrophes removed), mapped to its words. Possessive-looking `'s` forms are listed only for
// the pronouns and question words where `'s` is a verb ("it's" = "it is", "China's" is not).

const ENTRIES = `
aint=am not
arent=are not
cant=can not
couldnt=could not
couldve=could have
didnt=did not
doesnt=does not
dont=do not
hadnt=had not
hasnt=has not
havent=have not
hed=he would
hell=he will
hes=he is
heres=here is
hows=how is
id=i would
ill=i will
im=i am
isnt=is not
itll=it will
its=it is
ive=i have
lets=let us
mightnt=might not
mustnt=must not
neednt=need not
shed=she would
shell=she will
shes=she is
shouldnt=should not
shouldve=should have
thatll=that will
thats=that is
theres=there is
theyd=they would
theyll=they will
theyre=they are
theyve=they have
wasnt=was not
wed=we would
well=we will
were=we are
weve=we have
werent=were not
whats=what is
wheres=where is
wholl=who will
whos=who is
wont=will not
wouldnt=would not
wouldve=would have
youd=you would
youll=you will
youre=you are
youve=you have
`;

/** Folded contraction (apostrophe removed) -> the words it stands for. */
export const CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map(
  ENTRIES.trim()
    .split('\n')
    .map((line) => {
      const [key, words] = line.split('=');
      return [key!, words!.split(' ')] as const;
    }),
);
