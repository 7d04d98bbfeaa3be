package org.cairnpmo.practices.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.cairnpmo.platform.search.SearchText;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.LessonStatus;
import org.cairnpmo.projects.ProjectView;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons found in the full-text index (Hibernate Search over an embedded Lucene index), ranked by
 * Lucene's BM25. Every query leaves out, inside Lucene, the lessons of the projects the caller may
 * not see ({@code hidden}), so that neither a hit nor a count nor a facet can reveal them, and the
 * merged lessons unless asked for. Two uses:
 *
 * <ul>
 *   <li>{@link #relevant}: what matters for work about to happen. The text's words are matched in
 *       the title (weight {@value #TITLE_BOOST}), the tags ({@value #TAG_BOOST}) and the other
 *       texts (1), with typos forgiven at a lower weight ({@value #FUZZY_WEIGHT}); the same
 *       category adds {@value #CATEGORY_BOOST}, the same phase {@value #PHASE_BOOST}, a project of
 *       the same department {@value #DEPARTMENT_BOOST}. A lesson must match at least one of them.
 *   <li>{@link #find}: the search page. Every word of the query must match (or, failing that, a
 *       near spelling of it), with highlighted snippets and counts per category, phase, tag and
 *       project (from which the caller sums departments).
 * </ul>
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LessonSearch {

  static final float TITLE_BOOST = 3f;
  static final float TAG_BOOST = 2.5f;
  static final float FUZZY_WEIGHT = 0.4f;
  static final float CATEGORY_BOOST = 2f;
  static final float PHASE_BOOST = 1.5f;
  static final float DEPARTMENT_BOOST = 1f;

  private static final String[] TEXTS = {"whatHappened", "impact", "rootCause", "recommendation"};
  private static final String WORDS = "Words";
  private static final String[] NEAR_TEXTS = {
    "whatHappenedWords", "impactWords", "rootCauseWords", "recommendationWords"
  };

  private static final AggregationKey<Map<LessonCategory, Long>> CATEGORIES =
      AggregationKey.of("category");
  private static final AggregationKey<Map<String, Long>> PHASES = AggregationKey.of("phase");
  private static final AggregationKey<Map<String, Long>> TAGS = AggregationKey.of("tag");
  private static final AggregationKey<Map<String, Long>> PROJECTS = AggregationKey.of("project");

  private final EntityManager em;

  /** A lesson found, with its score. */
  record Scored(long id, float score) {}

  /**
   * One lesson of the search page: its title and the best snippets of its texts with the matched
   * words in {@code <mark>}, the rest HTML-escaped (empty when there was no text to match).
   */
  record Hit(long id, float score, String titleHtml, List<String> snippetsHtml) {}

  /** A page of the search, its total and the counts of each facet over every hit. */
  record Found(
      List<Hit> hits,
      long total,
      Map<LessonCategory, Long> categories,
      Map<String, Long> phases,
      Map<String, Long> tags,
      Map<Long, Long> perProject) {

    /**
     * The facets as shown, departments summed from the hits' projects as the register has them now
     * ({@code visible}: the projects the viewer may see, by id).
     */
    LessonResults.Facets facets(Map<Long, ProjectView> visible) {
      List<LessonResults.Count> categoryCounts =
          categories.entrySet().stream()
              .map(
                  e -> new LessonResults.Count(e.getKey().name(), e.getKey().label(), e.getValue()))
              .toList();
      Map<Long, long[]> perDepartment = new HashMap<>();
      Map<Long, String> departmentNames = new HashMap<>();
      perProject.forEach(
          (projectId, count) -> {
            ProjectView p = visible.get(projectId);
            if (p != null && p.departmentId() != null) {
              perDepartment.computeIfAbsent(p.departmentId(), k -> new long[1])[0] += count;
              departmentNames.put(p.departmentId(), p.departmentName());
            }
          });
      List<LessonResults.Count> departments =
          perDepartment.entrySet().stream()
              .map(
                  e ->
                      new LessonResults.Count(
                          e.getKey().toString(), departmentNames.get(e.getKey()), e.getValue()[0]))
              .sorted(
                  Comparator.comparingLong(LessonResults.Count::count)
                      .reversed()
                      .thenComparing(LessonResults.Count::label))
              .toList();
      return new LessonResults.Facets(categoryCounts, counts(phases), counts(tags), departments);
    }

    private static List<LessonResults.Count> counts(Map<String, Long> counts) {
      return counts.entrySet().stream()
          .map(e -> new LessonResults.Count(e.getKey(), e.getKey(), e.getValue()))
          .toList();
    }
  }

  /**
   * The lessons that matter most, best first, at most {@code limit}; none when nothing is given to
   * match. {@code departmentProjects}: the projects of the department to boost (may be empty).
   */
  @Transactional(readOnly = true)
  List<Scored> relevant(
      LessonCategory category,
      String phase,
      String text,
      Collection<Long> departmentProjects,
      Long excludeProjectId,
      int limit,
      Set<Long> hidden) {
    String words = hasWords(text) ? cut(text) : null;
    String phaseKey = phase == null || phase.isBlank() ? null : phase.trim();
    boolean department = departmentProjects != null && !departmentProjects.isEmpty();
    if (limit <= 0 || (words == null && category == null && phaseKey == null && !department)) {
      return List.of();
    }
    return Search.session(em)
        .search(Lesson.class)
        .select(f -> f.composite().from(f.id(Long.class), f.score()).as(Scored::new))
        .where(
            f ->
                f.bool(
                    b -> {
                      visibleUnmerged(f, b, hidden, null);
                      if (excludeProjectId != null) {
                        b.mustNot(
                            f.match().field("project").matching(Long.toString(excludeProjectId)));
                      }
                      if (words != null) {
                        b.should(text(f, words, false));
                      }
                      if (category != null) {
                        b.should(
                            f.match()
                                .field("category")
                                .matching(category)
                                .constantScore()
                                .boost(CATEGORY_BOOST));
                      }
                      if (phaseKey != null) {
                        b.should(
                            f.match()
                                .field("phaseKey")
                                .matching(phaseKey)
                                .constantScore()
                                .boost(PHASE_BOOST));
                      }
                      if (department) {
                        b.should(
                            lucene(
                                f,
                                new BoostQuery(
                                    new ConstantScoreQuery(projectIn(departmentProjects)),
                                    DEPARTMENT_BOOST)));
                      }
                      b.minimumShouldMatchNumber(1);
                    }))
        .fetchHits(limit);
  }

  /** A page of the search, best first when there is text to match, otherwise newest first. */
  @Transactional(readOnly = true)
  Found find(
      LessonFilter filter, Collection<Long> onlyProjects, int offset, int limit, Set<Long> hidden) {
    String words = hasWords(filter.text()) ? cut(filter.text()) : null;
    SearchResult<Hit> result =
        Search.session(em)
            .search(Lesson.class)
            .select(
                f ->
                    f.composite(
                        LessonSearch::hit,
                        f.id(Long.class),
                        f.score(),
                        f.highlight("title"),
                        f.highlight("titleWords"),
                        f.highlight(TEXTS[0]),
                        f.highlight(TEXTS[3]),
                        f.highlight(TEXTS[2]),
                        f.highlight(TEXTS[1]),
                        f.highlight(TEXTS[0] + WORDS),
                        f.highlight(TEXTS[3] + WORDS),
                        f.highlight(TEXTS[2] + WORDS),
                        f.highlight(TEXTS[1] + WORDS)))
            .where(
                f ->
                    f.bool(
                        b -> {
                          b.filter(f.matchAll());
                          visibleUnmerged(f, b, hidden, filter.status());
                          if (onlyProjects != null) {
                            b.filter(lucene(f, projectIn(onlyProjects)));
                          }
                          if (filter.category() != null) {
                            b.filter(f.match().field("category").matching(filter.category()));
                          }
                          if (filter.phase() != null && !filter.phase().isBlank()) {
                            b.filter(f.match().field("phaseKey").matching(filter.phase().trim()));
                          }
                          if (filter.tag() != null && !filter.tag().isBlank()) {
                            b.filter(f.match().field("tag").matching(Lesson.tag(filter.tag())));
                          }
                          if (filter.positive() != null) {
                            b.filter(f.match().field("positive").matching(filter.positive()));
                          }
                          if (words != null) {
                            b.must(text(f, words, true));
                          }
                        }))
            .sort(f -> words != null ? f.score() : f.field("seq").desc())
            .highlighter(
                // Unified: a fragment is a whole sentence, and words matched through a typo are
                // highlighted too; the text is HTML-escaped around the marks.
                h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML))
            .aggregation(CATEGORIES, f -> f.terms().field("category", LessonCategory.class))
            .aggregation(PHASES, f -> f.terms().field("phase", String.class).maxTermCount(30))
            .aggregation(TAGS, f -> f.terms().field("tag", String.class).maxTermCount(30))
            .aggregation(
                PROJECTS, f -> f.terms().field("project", String.class).maxTermCount(100_000))
            .fetch(offset, limit);
    Map<Long, Long> perProject = new HashMap<>();
    result.aggregation(PROJECTS).forEach((k, v) -> perProject.put(Long.valueOf(k), v));
    return new Found(
        result.hits(),
        result.total().hitCount(),
        result.aggregation(CATEGORIES),
        result.aggregation(PHASES),
        result.aggregation(TAGS),
        perProject);
  }

  /**
   * A hit from its projections: id, score, the title's highlights (stemmed, then whole words), then
   * those of each text, stemmed then whole words. A text's whole-word highlights count only where
   * its stemmed ones found nothing (a word reached through a typo).
   */
  @SuppressWarnings("unchecked")
  private static Hit hit(List<?> values) {
    List<String> title = (List<String>) values.get(2);
    if (title.isEmpty()) {
      title = (List<String>) values.get(3);
    }
    List<String> snippets = new ArrayList<>();
    for (int i = 4; i < 8; i++) {
      snippets.addAll((List<String>) values.get(i));
    }
    if (snippets.isEmpty()) {
      for (int i = 8; i < 12; i++) {
        snippets.addAll((List<String>) values.get(i));
      }
    }
    return new Hit(
        (Long) values.get(0),
        (Float) values.get(1),
        title.isEmpty() ? null : title.get(0),
        snippets.stream().limit(2).toList());
  }

  /**
   * The text matched in the title, tags and texts by BM25; and each word of it again, as a whole
   * word with typos forgiven ({@link #nearWords}), at a lower weight. {@code everyWord}: all words
   * must match, exactly or nearly (the search page); otherwise any word counts and more matches
   * rank higher (suggestions, where the text is a whole description).
   */
  private static PredicateFinalStep text(
      SearchPredicateFactory f, String words, boolean everyWord) {
    List<String> near = SearchText.nearWords(words);
    if (everyWord) {
      var exact =
          f.simpleQueryString()
              .field("title")
              .boost(TITLE_BOOST)
              .field("tagText")
              .boost(TAG_BOOST)
              .fields(TEXTS)
              .matching(words)
              .defaultOperator(BooleanOperator.AND);
      if (near.isEmpty()) {
        return exact;
      }
      return f.or(
          exact, f.bool().with(b -> near.forEach(w -> b.must(near(f, w)))).boost(FUZZY_WEIGHT));
    }
    var exact =
        f.match()
            .field("title")
            .boost(TITLE_BOOST)
            .field("tagText")
            .boost(TAG_BOOST)
            .fields(TEXTS)
            .matching(words);
    if (near.isEmpty()) {
      return exact;
    }
    return f.or(
        exact, f.bool().with(b -> near.forEach(w -> b.should(near(f, w)))).boost(FUZZY_WEIGHT));
  }

  /**
   * One word matched with typos forgiven: one edit up to six letters, two from seven. The fuzzy
   * queries of the five fields share one set of automata ({@link SearchText#nearWord}): the
   * highlighter rewrites the query for each hit and field, and building them each time was most of
   * the time of a search with many hits.
   */
  private static PredicateFinalStep near(SearchPredicateFactory f, String word) {
    Query shared = SearchText.nearWord(word, Map.of("titleWords", TITLE_BOOST), NEAR_TEXTS);
    if (shared != null) {
      return lucene(f, shared);
    }
    return f.match()
        .field("titleWords")
        .boost(TITLE_BOOST)
        .fields(NEAR_TEXTS)
        .matching(word)
        .fuzzy(SearchText.editDistance(word), 1);
  }

  /** Only lessons of projects the caller may see; merged ones only when asked for. */
  private static void visibleUnmerged(
      SearchPredicateFactory f,
      BooleanPredicateClausesStep<?, ?> b,
      Set<Long> hidden,
      LessonStatus status) {
    if (!hidden.isEmpty()) {
      b.mustNot(lucene(f, projectIn(hidden)));
    }
    if (status == null) {
      b.mustNot(f.match().field("status").matching(LessonStatus.MERGED));
    } else {
      b.filter(f.match().field("status").matching(status));
    }
  }

  /** Lessons of these projects, as one Lucene query whatever their number. */
  private static Query projectIn(Collection<Long> projectIds) {
    return SearchText.termsIn("project", projectIds);
  }

  private static PredicateFinalStep lucene(SearchPredicateFactory f, Query query) {
    return f.extension(LuceneExtension.get()).fromLuceneQuery(query);
  }

  static boolean hasWords(String text) {
    return SearchText.hasWords(text);
  }

  private static String cut(String text) {
    return SearchText.cut(text);
  }
}
