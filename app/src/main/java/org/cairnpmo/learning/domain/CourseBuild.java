package org.cairnpmo.learning.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import lombok.Getter;

/** That a course brings those who complete it to {@code level} in a competency of the framework. */
@Entity
@Table(name = "lrn_course_build")
@Getter
public class CourseBuild {

  @Embeddable
  public record Key(long courseId, long competencyId) implements Serializable {}

  @EmbeddedId private Key key;
  private int level;

  protected CourseBuild() {}

  CourseBuild(long courseId, long competencyId, int level) {
    this.key = new Key(courseId, competencyId);
    this.level = Competency.level("level", level);
  }

  public long courseId() {
    return key.courseId();
  }

  public long competencyId() {
    return key.competencyId();
  }
}
