// opencc-js ships its dictionaries as plain modules without type declarations.
declare module 'opencc-js/dict/*' {
  const data: string;
  export default data;
}
