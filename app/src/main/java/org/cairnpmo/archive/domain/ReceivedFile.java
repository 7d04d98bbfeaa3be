package org.cairnpmo.archive.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * An upload received whole into a temporary file, counted, hashed and with its type detected;
 * closing it deletes the temporary file, whether the upload was kept or not.
 */
public record ReceivedFile(Path path, String fileName, long size, String sha256, String contentType)
    implements AutoCloseable {

  /** Puts the bytes in {@code blobs} under a new key, and names them as a version keeps them. */
  StoredFile storeIn(BlobStore blobs) {
    String key = UUID.randomUUID().toString();
    blobs.put(key, path, size);
    return new StoredFile(fileName, contentType, size, sha256, key);
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // A temporary file of the system's temporary directory: it goes with the next clean-up.
    }
  }
}
