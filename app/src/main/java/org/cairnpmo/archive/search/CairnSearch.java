package org.cairnpmo.archive.search;

import static org.cairnpmo.platform.search.SearchFields.DEPARTMENT;
import static org.cairnpmo.platform.search.SearchFields.KIND;
import static org.cairnpmo.platform.search.SearchFields.LINK;
import static org.cairnpmo.platform.search.SearchFields.PROJECT;
import static org.cairnpmo.platform.search.SearchFields.PROPOSAL;
import static org.cairnpmo.platform.search.SearchFields.SELF_PROJECT;
import static org.cairnpmo.platform.search.SearchFields.TEXT;
import static org.cairnpmo.platform.search.SearchFields.TEXT_WORDS;
import static org.cairnpmo.platform.search.SearchFields.TITLE;
import static org.cairnpmo.platform.search.SearchFields.TITLE_WORDS;
import static org.cairnpmo.platform.search.SearchFields.TYPE;
import static org.cairnpmo.platform.search.SearchFields.YEAR;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.search.SearchText;
import org.cairnpmo.portfolio.PortfolioApi;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The search across Cairn: one query over the indexes of projects, proposals, documents, lessons,
 * status reports and RAID entries, each mapped by its own module to the common fields of {@link
 * org.cairnpmo.platform.search.SearchFields}. The indexes are named by entity name, so this class
 * knows no module's entity.
 *
 * <p>Every word must match in the title (weight {@value #TITLE_BOOST}) or the texts, stemmed; or
 * failing that, as a whole word with typos forgiven, at a lower weight ({@value #FUZZY_WEIGHT}).
 * Ranked by Lucene's BM25. The records the viewer may not see are left out <em>inside</em> the
 * query (records of hidden projects, the hidden projects themselves, proposals the viewer may not
 * read and their documents), so that no hit, total or facet count reveals them.
 */
@Service
public class CairnSearch {

  /** The entity names of the indexes searched. */
  static final List<String> ENTITIES =
      List.of(
          "Project",
          "Proposal",
          "Document",
          "Lesson",
          "StatusReport",
          "Risk",
          "Issue",
          "Assumption",
          "Decision",
          "Dependency");

  static final float TITLE_BOOST = 3f;
  static final float FUZZY_WEIGHT = 0.4f;

  /** How deep pages go: past this, a narrower search serves better than another page. */
  public static final int WINDOW = 1000;

  private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kinds");
  private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("types");
  private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");
  private static final AggregationKey<Map<String, Long>> PROJECTS = AggregationKey.of("projects");
  private static final AggregationKey<Map<String, Long>> SELVES = AggregationKey.of("selves");
  private static final AggregationKey<Map<String, Long>> DEPARTMENTS =
      AggregationKey.of("departments");

  private final EntityManager em;
  private final ProjectsApi projects;
  private final PortfolioApi portfolio;
  private final OrganizationApi organization;

  CairnSearch(
      EntityManager em,
      ProjectsApi projects,
      PortfolioApi portfolio,
      OrganizationApi organization) {
    this.em = em;
    this.projects = projects;
    this.portfolio = portfolio;
    this.organization = organization;
  }

  /** The page of hits asked for, best first, with the facets over every hit. */
  @Transactional(readOnly = true)
  public SearchResults find(SearchRequest request, Pageable pageable, CurrentUser viewer) {
    if (request.q() == null || !SearchText.hasWords(request.q())) {
      return new SearchResults(new PageImpl<>(List.of(), pageable, 0), SearchResults.Facets.NONE);
    }
    String words = SearchText.cut(request.q());
    Set<Long> hidden = projects.hiddenProjectIds(viewer);
    Optional<Set<Long>> proposals = portfolio.visibleProposalIds(viewer);
    Collection<Long> departmentProjects =
        request.departmentId() == null
            ? null
            : projects.searchIds(
                new ProjectFilter(null, Set.of(), request.departmentId(), null, null, null),
                viewer);
    SearchSession session = Search.session(em);
    int offset = (int) Math.min(pageable.getOffset(), WINDOW);
    SearchResult<Found> result =
        session
            .search(session.scope(Object.class, ENTITIES))
            .select(
                f ->
                    f.composite(
                        CairnSearch::found,
                        f.entityReference(),
                        f.score(),
                        f.field(KIND, String.class),
                        f.field(LINK, String.class),
                        f.field(PROJECT, String.class),
                        f.field(SELF_PROJECT, String.class),
                        f.field(PROPOSAL, String.class),
                        f.field(TYPE, String.class),
                        f.field(YEAR, Integer.class),
                        f.field(TITLE, String.class),
                        f.highlight(TITLE),
                        f.highlight(TITLE_WORDS),
                        f.highlight(TEXT),
                        f.highlight(TEXT_WORDS)))
            .where(
                f ->
                    f.bool(
                        b -> {
                          visibleOnly(f, b, hidden, proposals);
                          narrow(f, b, request, departmentProjects);
                          b.must(text(f, words));
                        }))
            .highlighter(
                // A fragment is a sentence; words matched through a typo are highlighted too, the
                // text around the marks HTML-escaped.
                h ->
                    h.unified()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(2))
            .aggregation(KINDS, f -> f.terms().field(KIND, String.class))
            .aggregation(TYPES, f -> f.terms().field(TYPE, String.class).maxTermCount(30))
            .aggregation(YEARS, f -> f.terms().field(YEAR, Integer.class).maxTermCount(30))
            .aggregation(
                PROJECTS, f -> f.terms().field(PROJECT, String.class).maxTermCount(100_000))
            .aggregation(
                SELVES, f -> f.terms().field(SELF_PROJECT, String.class).maxTermCount(100_000))
            .aggregation(
                DEPARTMENTS, f -> f.terms().field(DEPARTMENT, String.class).maxTermCount(10_000))
            .fetch(offset, offset >= WINDOW ? 0 : pageable.getPageSize());
    Map<Long, Long> perProject = new HashMap<>();
    result.aggregation(PROJECTS).forEach((k, v) -> perProject.merge(Long.valueOf(k), v, Long::sum));
    Map<Long, Long> selves = new HashMap<>();
    result.aggregation(SELVES).forEach((k, v) -> selves.put(Long.valueOf(k), v));
    Set<Long> named = new java.util.HashSet<>(perProject.keySet());
    named.addAll(selves.keySet());
    result.hits().forEach(h -> named.addAll(h.projectIds()));
    Map<Long, ProjectView> visible = projects.visibleProjects(named, viewer);
    List<SearchResults.Hit> hits = result.hits().stream().map(h -> h.hit(visible)).toList();
    long total = Math.min(result.total().hitCount(), WINDOW);
    Map<Long, DepartmentSummary> departments = organization.departmentsById();
    SearchFacets facets =
        new SearchFacets(
            result.aggregation(KINDS),
            result.aggregation(TYPES),
            result.aggregation(YEARS),
            perProject,
            selves,
            result.aggregation(DEPARTMENTS));
    return new SearchResults(
        new PageImpl<>(hits, pageable, total), facets.counts(visible, departments));
  }

  /** A hit as projected, before projects are named. */
  private record Found(
      String kind,
      long id,
      float score,
      String link,
      Long projectId,
      Long proposalId,
      String type,
      Integer year,
      String titleHtml,
      List<String> snippets) {

    List<Long> projectIds() {
      return projectId == null ? List.of() : List.of(projectId);
    }

    SearchResults.Hit hit(Map<Long, ProjectView> visible) {
      ProjectView project = projectId == null ? null : visible.get(projectId);
      return new SearchResults.Hit(
          kind,
          id,
          titleHtml,
          snippets,
          link,
          projectId,
          project == null ? null : project.code() + " " + project.name(),
          proposalId,
          type,
          year,
          score);
    }
  }

  /**
   * A hit from its projections. The title's highlights (stemmed, then whole words) or else the
   * title escaped; the snippets of the texts, stemmed, or whole words where the stemmed ones found
   * nothing (a word reached through a typo).
   */
  @SuppressWarnings("unchecked")
  private static Found found(List<?> v) {
    EntityReference ref = (EntityReference) v.get(0);
    String project = (String) v.get(4);
    String self = (String) v.get(5);
    String proposal = (String) v.get(6);
    List<String> title = (List<String>) v.get(10);
    if (title.isEmpty()) {
      title = (List<String>) v.get(11);
    }
    String plainTitle = (String) v.get(9);
    List<String> snippets = (List<String>) v.get(12);
    if (snippets.isEmpty()) {
      snippets = (List<String>) v.get(13);
    }
    return new Found(
        (String) v.get(2),
        ((Number) ref.id()).longValue(),
        (Float) v.get(1),
        (String) v.get(3),
        project != null ? Long.valueOf(project) : self != null ? Long.valueOf(self) : null,
        proposal == null ? null : Long.valueOf(proposal),
        (String) v.get(7),
        (Integer) v.get(8),
        title.isEmpty() ? HtmlUtils.htmlEscape(plainTitle == null ? "" : plainTitle) : title.get(0),
        snippets.stream().limit(2).toList());
  }

  /**
   * Leaves out, inside the query, what the viewer may not see: the records of hidden projects and
   * those projects themselves; the proposals the viewer may not read and their documents.
   */
  private static void visibleOnly(
      SearchPredicateFactory f,
      BooleanPredicateClausesStep<?, ?> b,
      Set<Long> hidden,
      Optional<Set<Long>> proposals) {
    b.filter(f.matchAll());
    if (!hidden.isEmpty()) {
      b.mustNot(SearchText.keywordIn(f, PROJECT, hidden));
      b.mustNot(SearchText.keywordIn(f, SELF_PROJECT, hidden));
    }
    proposals.ifPresent(
        readable ->
            b.mustNot(
                f.and(
                    f.exists().field(PROPOSAL),
                    f.not(SearchText.keywordIn(f, PROPOSAL, readable)))));
  }

  /** The facet values chosen. */
  private static void narrow(
      SearchPredicateFactory f,
      BooleanPredicateClausesStep<?, ?> b,
      SearchRequest request,
      Collection<Long> departmentProjects) {
    if (request.kind() != null) {
      b.filter(f.match().field(KIND).matching(request.kind()));
    }
    if (request.type() != null) {
      b.filter(f.match().field(TYPE).matching(request.type()));
    }
    if (request.year() != null) {
      b.filter(f.match().field(YEAR).matching(request.year()));
    }
    if (request.projectId() != null) {
      String id = request.projectId().toString();
      b.filter(
          f.or(f.match().field(PROJECT).matching(id), f.match().field(SELF_PROJECT).matching(id)));
    }
    if (request.departmentId() != null) {
      b.filter(
          f.or(
              f.match().field(DEPARTMENT).matching(request.departmentId().toString()),
              SearchText.keywordIn(f, PROJECT, departmentProjects)));
    }
  }

  /**
   * Every word in the title or the texts, stemmed ({@link
   * org.cairnpmo.platform.search.SearchAnalysis#TEXT}); or else every word nearly, as whole words
   * with typos forgiven, at a lower weight.
   */
  private static PredicateFinalStep text(SearchPredicateFactory f, String words) {
    var exact =
        f.simpleQueryString()
            .field(TITLE)
            .boost(TITLE_BOOST)
            .field(TEXT)
            .matching(words)
            .defaultOperator(BooleanOperator.AND);
    List<String> near = SearchText.nearWords(words);
    if (near.isEmpty()) {
      return exact;
    }
    return f.or(
        exact, f.bool().with(b -> near.forEach(w -> b.must(near(f, w)))).boost(FUZZY_WEIGHT));
  }

  /**
   * One word with typos forgiven in the title and text; the fuzzy queries share their automata
   * ({@link SearchText#nearWord}), since the highlighter rewrites the query for every hit and
   * field.
   */
  private static PredicateFinalStep near(SearchPredicateFactory f, String word) {
    org.apache.lucene.search.Query shared =
        SearchText.nearWord(word, Map.of(TITLE_WORDS, TITLE_BOOST), TEXT_WORDS);
    if (shared != null) {
      return f.extension(LuceneExtension.get()).fromLuceneQuery(shared);
    }
    return f.match()
        .field(TITLE_WORDS)
        .boost(TITLE_BOOST)
        .field(TEXT_WORDS)
        .matching(word)
        .fuzzy(SearchText.editDistance(word), 1);
  }
}
