package org.cairnpmo.portfolio.domain;

/** A proposal named as people name it, with where it stands. */
public record ProposalReference(long id, String code, String title, ProposalStatus status) {

  /** "PRO-0012 Customer portal (Rejected)". */
  public String label() {
    return code + " " + title + " (" + status.label() + ")";
  }
}
