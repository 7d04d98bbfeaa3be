package org.cairnpmo.practices.domain;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.practices.LessonCategory;

/**
 * How well a lesson matches what someone is about to do: the words they share (title and tags count
 * double the texts), each counted once, scaled by the length of the query, then boosted when the
 * lesson has the same category (+1.5) or phase (+1). Words are compared in lower case, short and
 * common words left out, and plural and -ing/-ed endings cut, so "suppliers" meets "supplier". A
 * simple measure, kept behind {@link #score} so that a search index can replace it.
 */
public final class LessonRelevance {

  static final double CATEGORY_BOOST = 1.5;
  static final double PHASE_BOOST = 1.0;

  private static final Set<String> COMMON =
      Set.of(
          "the", "and", "for", "with", "that", "this", "was", "were", "are", "from", "into", "our",
          "not", "but", "has", "had", "have", "its", "their", "they", "when", "than", "then", "all",
          "any", "too", "more", "less", "each", "per", "via", "who", "what", "which");

  private LessonRelevance() {}

  /** The words of a text as they are compared. */
  public static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    if (text == null) {
      return words;
    }
    for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (raw.length() < 3 || COMMON.contains(raw)) {
        continue;
      }
      words.add(stem(raw));
    }
    return words;
  }

  static String stem(String word) {
    if (word.length() > 5 && word.endsWith("ing")) {
      return word.substring(0, word.length() - 3);
    }
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 4 && word.endsWith("ed")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** The score of {@code lesson} for the query; 0 when nothing matches. */
  public static double score(
      Set<String> queryWords, LessonCategory category, String phase, Lesson lesson) {
    Map<String, Double> weights = new HashMap<>();
    weigh(weights, lesson.getTitle(), 2.0);
    lesson.getTags().forEach(t -> weigh(weights, t.replace('-', ' '), 2.0));
    weigh(weights, lesson.getWhatHappened(), 1.0);
    weigh(weights, lesson.getRootCause(), 1.0);
    weigh(weights, lesson.getRecommendation(), 1.0);
    weigh(weights, lesson.getImpact(), 1.0);
    double overlap = 0;
    for (String word : queryWords) {
      overlap += weights.getOrDefault(word, 0.0);
    }
    double score = queryWords.isEmpty() ? 0 : overlap / Math.sqrt(queryWords.size());
    if (category != null && category == lesson.getCategory()) {
      score += CATEGORY_BOOST;
    }
    if (phase != null
        && !phase.isBlank()
        && lesson.getPhaseName() != null
        && lesson.getPhaseName().equalsIgnoreCase(phase.trim())) {
      score += PHASE_BOOST;
    }
    return score;
  }

  private static void weigh(Map<String, Double> weights, String text, double weight) {
    for (String word : words(text)) {
      weights.merge(word, weight, Math::max);
    }
  }
}
