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
    java.util.Set<Long> people,
    String frozen) {

  /**
   * Refuses (409) a change to the documents of a closed project, which is frozen; {@code frozen} is
   * the reason, null while the owner may change.
   */
  public void requireChangeable() {
    if (frozen != null) {
      throw new org.cairnpmo.projects.ProjectFrozenException(frozen);
    }
  }

  /** Whether the caller may file and change documents now (the pages show the controls). */
  public boolean mayChange() {
    return mayUpload && frozen == null;
  }

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
