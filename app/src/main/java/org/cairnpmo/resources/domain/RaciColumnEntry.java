package org.cairnpmo.resources.domain;

import jakarta.persistence.Embeddable;

/** A column of a RACI matrix: a person of the pool or a generic role. */
@Embeddable
record RaciColumnEntry(Long personId, Long roleId) {}
