package org.cairnpmo.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import lombok.Getter;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * A competency of the framework, in one area, with what each of its five levels means: level 1 is a
 * beginner's, level 5 an expert's who teaches others.
 */
@KeepsHistory("competency")
@Entity
@Table(name = "lrn_competency")
@Getter
public class Competency extends EditableRecord {

  public static final int LEVELS = 5;

  private long areaId;
  private String name;
  private String description;

  @Column(name = "level_1")
  private String level1;

  @Column(name = "level_2")
  private String level2;

  @Column(name = "level_3")
  private String level3;

  @Column(name = "level_4")
  private String level4;

  @Column(name = "level_5")
  private String level5;

  protected Competency() {}

  static Competency define(CompetencyData data, String by, Instant now) {
    Competency c = new Competency();
    c.stampCreated(by, now);
    c.revise(data, by, now);
    return c;
  }

  void revise(CompetencyData data, String by, Instant now) {
    areaId = data.areaId();
    name = text("name", data.name(), 120);
    description = optionalText("description", data.description(), 2000);
    List<String> levels = data.levels();
    if (levels == null || levels.size() != LEVELS) {
      throw InvalidInputException.of("levels", "Describe each of the five levels, 1 to 5.");
    }
    level1 = text("levels", levels.get(0), 500);
    level2 = text("levels", levels.get(1), 500);
    level3 = text("levels", levels.get(2), 500);
    level4 = text("levels", levels.get(3), 500);
    level5 = text("levels", levels.get(4), 500);
    stampChanged(by, now);
  }

  public List<String> levels() {
    return List.of(level1, level2, level3, level4, level5);
  }

  /** Refuses a level outside 1 to 5 for {@code field}. */
  static int level(String field, Integer level) {
    if (level == null || level < 1 || level > LEVELS) {
      throw InvalidInputException.of(field, "Use a level from 1 to 5.");
    }
    return level;
  }

  /** {@link #text}, or null for a blank value. */
  static String optionalText(String field, String value, int max) {
    return value == null || value.isBlank() ? null : text(field, value, max);
  }

  static String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, "This cannot be blank.");
    }
    String t = value.strip();
    if (InputRules.hasControlCharacter(t)) {
      throw InvalidInputException.of(field, InputRules.CONTROL_CHARACTER_MESSAGE);
    }
    if (t.length() > max) {
      throw InvalidInputException.of(field, "At most " + max + " characters.");
    }
    return t;
  }
}
