package org.cairnpmo.platform;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/**
 * The surrogate key most records have: a column {@code id} the database assigns on insert (an
 * identity column on H2 and PostgreSQL). Null until the record is saved.
 */
@MappedSuperclass
public abstract class GeneratedId {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Getter
  private Long id;
}
