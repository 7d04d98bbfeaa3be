package org.cairnpmo.learning.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.learning.CourseFormat;
import org.cairnpmo.learning.CourseKind;
import org.cairnpmo.learning.domain.CourseData;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FormInput;

/**
 * A new course as its form edits it: numbers as typed, the competencies as one line separated by
 * commas, the prerequisite courses chosen from the catalog.
 */
@Getter
@Setter
public class CourseForm {

  private String title;
  private String description;
  private String kind = CourseKind.INTERNAL.name();
  private String format = CourseFormat.CLASSROOM.name();
  private String durationHours;
  private String credits;
  private String provider;
  private String cost;
  private String currency = "EUR";
  private String language = "en";
  private String competencies;
  private String methodName;
  private List<String> prerequisiteIds = new ArrayList<>();
  private String prerequisiteCertification;

  CourseData toData() {
    List<FieldProblem> problems = new ArrayList<>();
    var hours = FormInput.decimal(durationHours, "durationHours", "Enter a number.", problems);
    var creditsEarned = FormInput.decimal(credits, "credits", "Enter a number.", problems);
    var price = FormInput.decimal(cost, "cost", "Enter an amount.", problems);
    List<Long> prerequisites = new ArrayList<>();
    for (String id : prerequisiteIds == null ? List.<String>of() : prerequisiteIds) {
      Long course =
          FormInput.id(id, "C", "prerequisiteIds", "Choose courses from the list.", problems);
      if (course != null) {
        prerequisites.add(course);
      }
    }
    CertificationKind certification = null;
    if (!FormInput.blank(prerequisiteCertification)) {
      certification = FormInput.choice(prerequisiteCertification, CertificationKind.class, null);
      if (certification == null) {
        problems.add(
            new FieldProblem("prerequisiteCertification", "Choose a scheme from the list."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<String> names =
        competencies == null
            ? List.of()
            : Arrays.stream(competencies.split(","))
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .toList();
    return new CourseData(
        title,
        description,
        FormInput.choice(kind, CourseKind.class, null),
        FormInput.choice(format, CourseFormat.class, null),
        hours,
        creditsEarned,
        provider,
        price,
        price == null ? null : FormInput.trimmed(currency),
        FormInput.trimmed(language),
        prerequisites,
        certification,
        names,
        null,
        FormInput.trimmed(methodName),
        true,
        null);
  }
}
