package org.cairnpmo.archive.domain;

/**
 * The project or proposal documents are filed under, as the caller may see it, and whether the
 * caller may upload to it.
 */
public record Owner(OwnerKind kind, long id, String code, String name, boolean mayUpload) {

  /** "/projects/12" or "/proposals/4": the owner's page. */
  public String path() {
    return "/" + kind.path() + "/" + id;
  }

  public String label() {
    return code + " " + name;
  }
}
