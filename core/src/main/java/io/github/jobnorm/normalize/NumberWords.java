package io.github.jobnorm.normalize;

import java.util.Map;

/** Small numbers written as words, in the languages of the postings ("five", "drei", "deux"). */
final class NumberWords {
  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
      Map.entry("twenty", 20), Map.entry("einem", 1), Map.entry("einer", 1),
      Map.entry("zwei", 2), Map.entry("drei", 3), Map.entry("vier", 4), Map.entry("funf", 5),
      Map.entry("sechs", 6), Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2),
      Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("een", 1),
      Map.entry("twee", 2));

  private NumberWords() {}

  /** The value of digits or a number word, or null. */
  static Integer value(String word) {
    if (word.isEmpty()) {
      return null;
    }
    if (Character.isDigit(word.charAt(0))) {
      return Integer.parseInt(word);
    }
    return WORDS.get(Fold.key(word));
  }
}
