package org.cairnpmo.learning.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.learning.CourseFormat;
import org.cairnpmo.learning.CourseKind;
import org.cairnpmo.learning.domain.CourseData;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FormInput;

/**
 * A new course as its form edits it: numbers as typed, the competencies as one line separated by
 * commas. Prerequisites are chosen through the API.
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

  CourseData toData() {
    List<FieldProblem> problems = new ArrayList<>();
    var hours = FormInput.decimal(durationHours, "durationHours", "Enter a number.", problems);
    var creditsEarned = FormInput.decimal(credits, "credits", "Enter a number.", problems);
    var price = FormInput.decimal(cost, "cost", "Enter an amount.", problems);
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
        List.of(),
        names,
        null,
        FormInput.trimmed(methodName),
        true,
        null);
  }
}
