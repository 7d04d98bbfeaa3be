package org.cairnpmo.platform.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * What every full-text search of Cairn does the same way with the words typed and the ids to filter
 * by: which words are worth matching with typos forgiven, and how far, and a set of ids of any size
 * as one Lucene query.
 */
public final class SearchText {

  /** A query longer than this is cut: a description typed into a form may be long. */
  public static final int MAX_QUERY = 2000;

  /** How many words of a query are also matched with typos forgiven (each costs a fuzzy query). */
  public static final int MAX_NEAR_WORDS = 30;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");

  private SearchText() {}

  public static boolean hasWords(String text) {
    return text != null && WORD.matcher(text).find();
  }

  /** The query in lower case, at most {@value #MAX_QUERY} characters. */
  public static String cut(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return t.length() > MAX_QUERY ? t.substring(0, MAX_QUERY) : t;
  }

  /**
   * The words of a query worth matching with typos: of four letters or more (a short word is a typo
   * away from too many others), not a query operator, at most {@value #MAX_NEAR_WORDS}.
   */
  public static List<String> nearWords(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 4 && !words.contains(w) && words.size() < MAX_NEAR_WORDS) {
        words.add(w);
      }
    }
    return words;
  }

  /** The typos forgiven in a word: one edit up to six letters, two from seven. */
  public static int editDistance(String word) {
    return word.length() >= 7 ? 2 : 1;
  }

  /**
   * The query of {@code word} with typos forgiven ({@link #editDistance}, the first letter exact)
   * in each of these fields ({@code boosted} with their weight, {@code fields} with weight 1), as
   * the match predicate builds it, but with {@link SharedFuzzyQuery}s sharing one set of automata;
   * null when the words analyzer does not make exactly one term of it (the caller then uses the
   * predicate).
   */
  public static Query nearWord(String word, Map<String, Float> boosted, String... fields) {
    String term = wordsTerm(word);
    if (term == null) {
      return null;
    }
    SharedFuzzyQuery.Automata automata = new SharedFuzzyQuery.Automata();
    int edits = editDistance(word);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boosted.forEach(
        (field, boost) ->
            b.add(
                new BoostQuery(
                    new SharedFuzzyQuery(new Term(field, term), edits, 1, automata), boost),
                BooleanClause.Occur.SHOULD));
    for (String field : fields) {
      b.add(
          new SharedFuzzyQuery(new Term(field, term), edits, 1, automata),
          BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** The one term the words analyzer makes of {@code word}; null for none or several. */
  private static String wordsTerm(String word) {
    Analyzer analyzer = SearchAnalysis.wordsAnalyzer();
    if (analyzer == null) {
      return null;
    }
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      return null;
    }
    return terms.size() == 1 ? terms.get(0) : null;
  }

  /** Documents whose keyword {@code field} is one of {@code ids}, as one Lucene query. */
  public static PredicateFinalStep keywordIn(
      SearchPredicateFactory f, String field, Collection<Long> ids) {
    return f.extension(LuceneExtension.get()).fromLuceneQuery(termsIn(field, ids));
  }

  /** A Lucene query for a keyword field holding one of {@code ids}, whatever their number. */
  public static Query termsIn(String field, Collection<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      return new MatchNoDocsQuery();
    }
    if (ids.size() == 1) {
      return new TermQuery(new Term(field, Long.toString(ids.iterator().next())));
    }
    return new TermInSetQuery(
        field, ids.stream().distinct().map(id -> new BytesRef(Long.toString(id))).toList());
  }
}
