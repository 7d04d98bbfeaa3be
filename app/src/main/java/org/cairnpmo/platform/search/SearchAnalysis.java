package org.cairnpmo.platform.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers every full-text index of Cairn shares, so that a word is cut the same way in every
 * module's search. {@value #TEXT}: words in lower case without accents, common English words left
 * out and endings cut by the Porter stemmer ("suppliers", "supplier" and "supplying" meet); {@value
 * #KEY}: a keyword compared without case or accents.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

  /** For prose: titles, descriptions, recommendations. */
  public static final String TEXT = "cairn_text";

  /**
   * For the same prose with whole words (lower case, no accents, common words out, no stemming):
   * where a typo is forgiven, an edit distance means something only between whole words.
   */
  public static final String WORDS = "cairn_words";

  /** For keywords compared without case, e.g. a phase's name. */
  public static final String KEY = "cairn_key";

  /**
   * The {@value #WORDS} analyzer outside the index, for building a query of Lucene's own ({@link
   * SearchText#nearWord}): the same tokenizer and filters as configured below. Null if it cannot be
   * built (the callers then fall back to the search DSL).
   */
  static Analyzer wordsAnalyzer() {
    return WordsAnalyzer.INSTANCE;
  }

  private static final class WordsAnalyzer {
    static final Analyzer INSTANCE = build();

    private static Analyzer build() {
      try {
        return CustomAnalyzer.builder()
            .withTokenizer("standard")
            .addTokenFilter("englishPossessive")
            .addTokenFilter("lowercase")
            .addTokenFilter("asciiFolding")
            .addTokenFilter("stop")
            .build();
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
  }

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context
        .analyzer(TEXT)
        .custom()
        .tokenizer("standard")
        .tokenFilter("englishPossessive")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("stop")
        .tokenFilter("porterStem");
    context
        .analyzer(WORDS)
        .custom()
        .tokenizer("standard")
        .tokenFilter("englishPossessive")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("stop");
    context.normalizer(KEY).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
  }
}
