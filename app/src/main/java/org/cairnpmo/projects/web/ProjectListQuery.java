package org.cairnpmo.projects.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.projects.domain.ProjectService;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The register's search, filters, sort and page as query parameters, so that every view of the list
 * has an address that can be bookmarked, shared and reloaded.
 */
@Getter
public class ProjectListQuery {

  static final int PAGE_SIZE = 25;

  @Setter private String q;
  private List<ProjectStatus> status = new ArrayList<>();
  @Setter private Long department;
  @Setter private Long manager;
  @Setter private ProjectCategory category;
  @Setter private Priority priority;
  @Setter private String sort;
  @Setter private String dir;
  @Setter private int page;

  ProjectFilter toFilter() {
    Set<ProjectStatus> statuses =
        status.isEmpty() ? Set.of() : EnumSet.copyOf(status.stream().distinct().toList());
    return new ProjectFilter(
        q == null || q.isBlank() ? null : q.trim(),
        statuses,
        department,
        manager,
        category,
        priority);
  }

  Sort toSort() {
    return ProjectsApi.pageSort(sort, dir);
  }

  /** The sort column if it is one the register can sort by, else none (the default order). */
  public String sortColumn() {
    return sort != null && ProjectService.SORTABLE.containsKey(sort) ? sort : null;
  }

  /** The sort column in words, for "Sorted by ...". */
  public String sortLabel() {
    String column = sortColumn();
    if (column == null) {
      return null;
    }
    return switch (column) {
      case "plannedStart" -> "planned start";
      case "plannedFinish" -> "planned finish";
      case "updatedAt" -> "last change";
      default -> column;
    };
  }

  public boolean descending() {
    return "desc".equalsIgnoreCase(dir);
  }

  public boolean isFiltered() {
    return (q != null && !q.isBlank())
        || !status.isEmpty()
        || department != null
        || manager != null
        || category != null
        || priority != null;
  }

  public boolean hasStatus(ProjectStatus value) {
    return status.contains(value);
  }

  /** {@code ascending}, {@code descending} or {@code null}, for the header's aria-sort. */
  public String ariaSort(String column) {
    if (!column.equals(sortColumn())) {
      return null;
    }
    return descending() ? "descending" : "ascending";
  }

  /** The list sorted by {@code column}; the current sort column flips its direction. */
  public String sortUrl(String column) {
    boolean flip = column.equals(sortColumn()) && !descending();
    return builder(column, flip ? "desc" : null).toUriString();
  }

  /** The same list at another page (0-based). */
  public String pageUrl(int target) {
    UriComponentsBuilder builder = builder(sortColumn(), descending() ? "desc" : null);
    if (target > 0) {
      builder.queryParam("page", target);
    }
    return builder.toUriString();
  }

  private UriComponentsBuilder builder(String sortColumn, String direction) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/projects");
    if (q != null && !q.isBlank()) {
      b.queryParam("q", q.trim());
    }
    status.stream().distinct().forEach(s -> b.queryParam("status", s.name()));
    if (department != null) b.queryParam("department", department);
    if (manager != null) b.queryParam("manager", manager);
    if (category != null) b.queryParam("category", category.name());
    if (priority != null) b.queryParam("priority", priority.name());
    if (sortColumn != null) b.queryParam("sort", sortColumn);
    if (direction != null) b.queryParam("dir", direction);
    return b.encode();
  }

  public void setStatus(List<ProjectStatus> status) {
    this.status = status == null ? new ArrayList<>() : new ArrayList<>(status);
    this.status.removeIf(java.util.Objects::isNull);
  }
}
