export default defineBackground(() => {
  // The background has no work of its own yet: jieba and the phrase-level converter move here later.
});
