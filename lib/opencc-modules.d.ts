// opencc-js locale modules (`opencc-js/from/tw`, `opencc-js/to/cn`, …) ship without type
// declarations. Each default-exports a list of dictionary groups for `ConverterFactory`.
declare module 'opencc-js/from/*' {
  import type { DictGroup } from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}

declare module 'opencc-js/to/*' {
  import type { DictGroup } from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}
