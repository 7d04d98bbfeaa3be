package org.cairnpmo.archive.domain;

/**
 * The project or proposal documents are filed under, as the caller may see it, and whether the
 * caller may upload to it; {@code people} are those named on it (manager, sponsor, members; a
 * proposal's author, sponsor and manager), whom a document may be sent to for review.
 */
public record Owner(
    OwnerKind kind,
    long id,
    String code,
    String name,
    boolean mayUpload,
    java.util.Set<Long> people) {

  /** The owner's own page. */
  public String page() {
    return kind == OwnerKind.PROJECT ? "/projects/" + id : "/portfolio/proposals/" + id;
  }

  /** "/projects/12/documents" or "/proposals/4/documents": the owner's documents. */
  public String documentsPath() {
    return "/" + kind.path() + "/" + id + "/documents";
  }

  public String label() {
    return code + " " + name;
  }
}
