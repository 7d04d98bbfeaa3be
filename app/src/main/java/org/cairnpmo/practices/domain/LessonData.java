package org.cairnpmo.practices.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cairnpmo.practices.LessonCategory;

/**
 * A lesson as its project writes it. {@code phase}: the phase of the project's lifecycle it comes
 * from, where the project has one (any phase name otherwise, or none). {@code positive}: something
 * to repeat rather than to avoid. For a change, {@code version} is the version that was read.
 */
public record LessonData(
    @NotBlank(message = "Enter a short title, e.g. Supplier onboarding took twice as long")
        @Size(max = 200, message = "At most 200 characters")
        String title,
    @NotBlank(message = "Say what happened") @Size(max = 4000, message = "At most 4000 characters")
        String whatHappened,
    @Size(max = 4000, message = "At most 4000 characters") String impact,
    @Size(max = 4000, message = "At most 4000 characters") String rootCause,
    @Size(max = 4000, message = "At most 4000 characters") String recommendation,
    @NotNull(message = "Choose a category") LessonCategory category,
    @Size(max = 120, message = "At most 120 characters") String phase,
    @Size(max = 10, message = "At most 10 tags")
        List<
                @NotBlank(message = "A tag cannot be empty")
                @Size(max = 40, message = "At most 40 characters per tag") String>
            tags,
    Boolean positive,
    Long version) {

  public List<String> tagsOrEmpty() {
    return tags == null ? List.of() : tags;
  }

  public boolean isPositive() {
    return Boolean.TRUE.equals(positive);
  }
}
