// The package ships no types; this is the one method the generator calls.
declare module 'popular-english-words' {
  export const words: { getMostPopular(count: number): string[] };
}
