package org.cairnpmo.practices;

import java.util.List;

/**
 * A version of a method was published: from now on the projects of {@code tierIds} follow it.
 * {@code previousId} is the version it replaced, if any.
 */
public record MethodPublished(
    long methodId, String name, int revision, Long previousId, List<Long> tierIds) {}
