package org.cairnpmo.reporting.dashboard;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cairnpmo.control.Rag;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's filters, sort and page as query parameters, read the same way by the page and the
 * API. Every value that cannot be read is reported against its parameter's name; the API refuses
 * the request, the page says so and leaves that filter out.
 */
public record DashboardParams(
    DashboardFilter filter,
    DashboardSort sort,
    int page,
    int size,
    List<FieldProblem> problems,
    boolean forPage) {

  static final int PAGE_SIZE = 50;

  /** The status parameter's value for every status, where leaving it out means fewer. */
  public static final String ALL_STATUSES = "ALL";

  public DashboardParams {
    problems = List.copyOf(problems);
  }

  /** The filters alone, with the default sort and the first page: what the summaries read. */
  public static DashboardParams read(DashboardFilterParams filter) {
    return read(filter, DashboardPagingParams.none());
  }

  /** As the API reads them: without a status, every status. */
  public static DashboardParams read(DashboardFilterParams filter, DashboardPagingParams paging) {
    return read(filter, paging, Set.of());
  }

  /**
   * As the dashboard page and its downloads read them: without a status, the active portfolio
   * ({@link DashboardFilter#ACTIVE_PORTFOLIO}); {@code status=ALL} shows every status.
   */
  public static DashboardParams readPage(
      DashboardFilterParams filter, DashboardPagingParams paging) {
    return read(filter, paging, DashboardFilter.ACTIVE_PORTFOLIO).asPage();
  }

  private static DashboardParams read(
      DashboardFilterParams filter, DashboardPagingParams paging, Set<ProjectStatus> whenAbsent) {
    List<FieldProblem> problems = new ArrayList<>();
    Long departmentId = id("department", filter.department(), problems);
    Long managerId = id("manager", filter.manager(), problems);
    ProjectCategory cat = choice("category", filter.category(), ProjectCategory.class, problems);
    Set<ProjectStatus> st = statuses(filter.status(), whenAbsent, problems);
    Rag r = choice("rag", filter.rag(), Rag.class, problems);
    boolean staleOnly = staleOnly(filter.stale(), problems);
    DashboardSort order = DashboardSort.DEFAULT;
    try {
      order = DashboardSort.parse(paging.sort());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    int pageSize = pageSize(paging.size(), problems);
    int pageNumber = pageNumber(paging.page(), pageSize, problems);
    String phaseName = phaseName(filter.phase(), problems);
    return new DashboardParams(
        new DashboardFilter(departmentId, cat, managerId, phaseName, st, r, staleOnly),
        order,
        pageNumber,
        pageSize,
        problems,
        false);
  }

  /** One status, several separated by commas, or ALL; {@code whenAbsent} when none is given. */
  private static Set<ProjectStatus> statuses(
      String status, Set<ProjectStatus> whenAbsent, List<FieldProblem> problems) {
    if (!present(status)) {
      return whenAbsent;
    }
    if (status.strip().equalsIgnoreCase(ALL_STATUSES)) {
      return Set.of();
    }
    Set<ProjectStatus> chosen = EnumSet.noneOf(ProjectStatus.class);
    for (String part : status.split(",")) {
      ProjectStatus one = choice("status", part, ProjectStatus.class, problems);
      if (one != null) {
        chosen.add(one);
      }
    }
    return chosen.isEmpty() ? whenAbsent : chosen;
  }

  private static boolean staleOnly(String stale, List<FieldProblem> problems) {
    if (!present(stale)) {
      return false;
    }
    String s = stale.strip().toLowerCase(Locale.ROOT);
    if (!s.equals("true") && !s.equals("false")) {
      problems.add(new FieldProblem("stale", "Use true or false."));
    }
    return s.equals("true");
  }

  private static int pageNumber(String page, int size, List<FieldProblem> problems) {
    if (!present(page)) {
      return 0;
    }
    Integer n = integer(page);
    try {
      Paging.check(n == null ? -1 : n, size);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return n == null || n < 0 ? 0 : Paging.lastPossiblePage(size);
    }
    return n;
  }

  private static int pageSize(String size, List<FieldProblem> problems) {
    if (!present(size)) {
      return PAGE_SIZE;
    }
    Integer n = integer(size);
    try {
      Paging.check(0, n == null ? 0 : n);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return PAGE_SIZE;
    }
    return n;
  }

  private static String phaseName(String phase, List<FieldProblem> problems) {
    String phaseName = present(phase) ? phase.strip() : null;
    if (phaseName != null && phaseName.length() > 120) {
      problems.add(new FieldProblem("phase", "A phase name has at most 120 characters."));
      return null;
    }
    return phaseName;
  }

  /** The parameters, or a 400 naming every parameter that cannot be read. */
  public DashboardParams orRefuse() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return this;
  }

  DashboardParams atPage(int target) {
    return new DashboardParams(filter, sort, target, size, problems, forPage);
  }

  private DashboardParams asPage() {
    return new DashboardParams(filter, sort, page, size, problems, true);
  }

  /**
   * The status filter as the page's select names it: empty for the active portfolio (the page's
   * default), {@code ALL}, or the statuses separated by commas.
   */
  public String statusValue() {
    if (forPage && filter.isActivePortfolio()) {
      return "";
    }
    if (filter.statuses().isEmpty()) {
      return forPage ? ALL_STATUSES : "";
    }
    return String.join(",", filter.orderedStatuses().stream().map(Enum::name).toList());
  }

  // ---------------------------------------------------------------- addresses for the page

  /** The page's address with these filters and sort at another page (from 0). */
  public String pageUrl(int target) {
    return url(sort, target);
  }

  /** Sorted by {@code column}: descending first for figures, flipping when it is the current. */
  public String sortUrl(String column) {
    DashboardColumn c = DashboardColumn.byKey(column).orElseThrow();
    boolean descending = sort.column() == c ? !sort.descending() : !TEXT_COLUMNS.contains(c);
    return url(new DashboardSort(c, descending), 0);
  }

  /** {@code ascending}, {@code descending} or null, for a column header's aria-sort. */
  public String ariaSort(String column) {
    DashboardColumn c = DashboardColumn.byKey(column).orElseThrow();
    if (sort.column() != c) {
      return null;
    }
    return sort.descending() ? "descending" : "ascending";
  }

  /** True when the filters differ from what the address without any shows. */
  public boolean isFiltered() {
    return !filter.equals(forPage ? DashboardFilter.activePortfolio() : DashboardFilter.none());
  }

  /** The address of the dashboard with these filters (the default sort, page 0). */
  public String filteredUrl() {
    return url(DashboardSort.DEFAULT, 0);
  }

  private static final java.util.Set<DashboardColumn> TEXT_COLUMNS =
      java.util.EnumSet.of(
          DashboardColumn.CODE,
          DashboardColumn.NAME,
          DashboardColumn.DEPARTMENT,
          DashboardColumn.MANAGER,
          DashboardColumn.PHASE,
          DashboardColumn.STATUS,
          DashboardColumn.MILESTONE,
          DashboardColumn.LAST_REPORT,
          DashboardColumn.PLANNED_START,
          DashboardColumn.PLANNED_FINISH);

  /** The page's address for these filters, the given sort and page. */
  String url(DashboardSort order, int target) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/dashboard");
    if (filter.departmentId() != null) b.queryParam("department", filter.departmentId());
    if (filter.category() != null) b.queryParam("category", filter.category().name());
    if (filter.managerId() != null) b.queryParam("manager", filter.managerId());
    if (filter.phase() != null) b.queryParam("phase", filter.phase());
    String status = statusValue();
    if (!status.isEmpty()) b.queryParam("status", status);
    if (filter.rag() != null) b.queryParam("rag", filter.rag().name());
    if (filter.staleOnly()) b.queryParam("stale", "true");
    if (!order.equals(DashboardSort.DEFAULT)) b.queryParam("sort", order.text());
    if (size != PAGE_SIZE) b.queryParam("size", size);
    if (target > 0) b.queryParam("page", target);
    return b.encode().toUriString();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static Integer integer(String value) {
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Long id(String name, String value, List<FieldProblem> problems) {
    if (!present(value)) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(name, "Expected a number (an id)."));
      return null;
    }
  }

  private static <E extends Enum<E>> E choice(
      String name, String value, Class<E> type, List<FieldProblem> problems) {
    if (!present(value)) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed =
          java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
      problems.add(
          new FieldProblem(
              name, "'" + value.strip() + "' is not one of " + String.join(", ", allowed) + "."));
      return null;
    }
  }
}
