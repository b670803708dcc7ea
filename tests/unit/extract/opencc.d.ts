// opencc-js ships its dictionaries as modules without declarations; the pack test reads one of them.
declare module 'opencc-js/dict/TSCharacters' {
  /** OpenCC's traditional → simplified characters: "T S|T S|…" (a few with several simplified forms). */
  const pairs: string;
  export default pairs;
}
