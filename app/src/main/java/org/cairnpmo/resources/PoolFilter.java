package org.cairnpmo.resources;

/**
 * The pool list's search: text in the name, a department, a generic role, a skill; all optional.
 */
public record PoolFilter(String q, Long departmentId, Long roleId, String skill) {

  public static PoolFilter none() {
    return new PoolFilter(null, null, null, null);
  }
}
