package org.cairnpmo.archive.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where the bytes of versions are kept, by key. Three implementations: the database ({@code
 * arc_blob}, the default: the bytes commit or roll back with their record), a directory of the
 * local file system and a bucket of an S3-compatible store (in both, what was stored is removed
 * again if its transaction rolls back); see {@code docs/archive.md}.
 */
public interface BlobStore {

  /**
   * Stores {@code size} bytes from {@code source} under {@code key}, within the caller's
   * transaction: if it rolls back, nothing stays behind.
   */
  void put(String key, Path source, long size);

  /**
   * Removes the bytes under {@code key} (none there: nothing to do), for good once the caller's
   * transaction commits: a purge that rolls back keeps them.
   */
  void delete(String key);

  /** Hands the bytes under {@code key} to {@code reader} as a stream. */
  <T> T read(String key, Reader<T> reader);

  /** Writes the bytes under {@code key} to {@code out}. */
  default void copyTo(String key, OutputStream out) {
    read(
        key,
        in -> {
          in.transferTo(out);
          return null;
        });
  }

  /** Reads a stream of stored bytes. */
  @FunctionalInterface
  interface Reader<T> {
    T read(InputStream in) throws IOException;
  }
}
