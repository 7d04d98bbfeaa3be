package org.cairnpmo.platform;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import lombok.Getter;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A record that announces what happens to it (Spring Data publishes the events it registers when
 * its repository saves it) and has the key of {@link GeneratedId}: Java has one superclass, so the
 * key is mapped here again rather than inherited.
 */
@MappedSuperclass
public abstract class AggregateRoot<A extends AggregateRoot<A>> extends AbstractAggregateRoot<A> {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Getter
  private Long id;

  /** Whether the record was saved; a new one has nobody to tell about its changes yet. */
  protected boolean isSaved() {
    return id != null;
  }
}
