package org.cairnpmo.archive.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.projects.ProjectView;

/**
 * The facet counts of a search as the index gives them, turned into what is shown. Departments:
 * projects and proposals carry their own; the other records are counted to the department of their
 * project as the register has it now (so a project moved to another department moves its records'
 * counts with it, without reindexing them).
 */
record SearchFacets(
    Map<String, Long> kinds,
    Map<String, Long> types,
    Map<Integer, Long> years,
    Map<Long, Long> perProject,
    Map<Long, Long> projectsThemselves,
    Map<String, Long> ownDepartments) {

  /** How many projects the project facet lists at most. */
  static final int MAX_PROJECTS = 20;

  static final Map<String, String> KIND_LABELS =
      Map.of(
          "project", "Projects",
          "proposal", "Proposals",
          "document", "Documents",
          "lesson", "Lessons learned",
          "status-report", "Status reports",
          "raid", "RAID entries");

  SearchResults.Facets counts(
      Map<Long, ProjectView> visible, Map<Long, DepartmentSummary> departments) {
    List<SearchResults.Count> kindCounts =
        sorted(
            kinds.entrySet().stream()
                .map(
                    e ->
                        new SearchResults.Count(
                            e.getKey(),
                            KIND_LABELS.getOrDefault(e.getKey(), e.getKey()),
                            e.getValue()))
                .toList());
    List<SearchResults.Count> typeCounts =
        sorted(
            types.entrySet().stream()
                .map(e -> new SearchResults.Count(e.getKey(), label(e.getKey()), e.getValue()))
                .toList());
    List<SearchResults.Count> yearCounts =
        years.entrySet().stream()
            .sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
            .map(
                e ->
                    new SearchResults.Count(
                        e.getKey().toString(), e.getKey().toString(), e.getValue()))
            .toList();
    Map<Long, Long> projectCounts = new HashMap<>(perProject);
    projectsThemselves.forEach((id, n) -> projectCounts.merge(id, n, Long::sum));
    List<SearchResults.Count> projectList = new ArrayList<>();
    projectCounts.forEach(
        (id, n) -> {
          ProjectView p = visible.get(id);
          if (p != null) {
            projectList.add(new SearchResults.Count(id.toString(), p.code() + " " + p.name(), n));
          }
        });
    Map<Long, Long> perDepartment = new HashMap<>();
    ownDepartments.forEach((id, n) -> perDepartment.merge(Long.valueOf(id), n, Long::sum));
    perProject.forEach(
        (id, n) -> {
          ProjectView p = visible.get(id);
          if (p != null && p.departmentId() != null) {
            perDepartment.merge(p.departmentId(), n, Long::sum);
          }
        });
    List<SearchResults.Count> departmentList = new ArrayList<>();
    perDepartment.forEach(
        (id, n) -> {
          DepartmentSummary d = departments.get(id);
          departmentList.add(
              new SearchResults.Count(id.toString(), d == null ? "Department " + id : d.name(), n));
        });
    return new SearchResults.Facets(
        kindCounts,
        sorted(projectList).stream().limit(MAX_PROJECTS).toList(),
        sorted(departmentList),
        typeCounts,
        yearCounts);
  }

  /** A type's keyword as read: {@code IN_REVIEW} as "In review". */
  static String label(String type) {
    if (type == null || type.isEmpty() || !type.equals(type.toUpperCase(Locale.ROOT))) {
      return type;
    }
    String words = type.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static List<SearchResults.Count> sorted(List<SearchResults.Count> counts) {
    return counts.stream()
        .sorted(
            Comparator.comparingLong(SearchResults.Count::count)
                .reversed()
                .thenComparing(SearchResults.Count::label))
        .toList();
  }
}
