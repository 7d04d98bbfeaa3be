package org.cairnpmo.archive.bundle;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairnpmo.projects.ProjectRecordsSection;
import org.springframework.stereotype.Component;

/** Every module's section of a bundle, in the order they are restored (the register first). */
@Component
class BundleSections {

  private final Map<String, ProjectRecordsSection> byName = new LinkedHashMap<>();

  BundleSections(List<ProjectRecordsSection> sections) {
    sections.stream()
        .sorted(
            Comparator.comparingInt(ProjectRecordsSection::order)
                .thenComparing(ProjectRecordsSection::name))
        .forEach(
            s -> {
              if (byName.put(s.name(), s) != null) {
                throw new IllegalStateException("Two bundle sections are named " + s.name());
              }
            });
  }

  List<ProjectRecordsSection> inOrder() {
    return List.copyOf(byName.values());
  }

  Optional<ProjectRecordsSection> named(String name) {
    return Optional.ofNullable(byName.get(name));
  }
}
