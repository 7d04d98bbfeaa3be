package org.cairnpmo.governance.domain;

import jakarta.persistence.Embeddable;

/** A criterion of a project's gate, ticked or not by the manager, with a note. */
@Embeddable
public record GateCheck(String label, boolean checked, String note) {}
