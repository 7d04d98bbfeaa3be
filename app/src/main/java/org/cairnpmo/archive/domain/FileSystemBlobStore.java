package org.cairnpmo.archive.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.cairnpmo.platform.NotFoundException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bytes in files under a directory, two levels of subdirectories by the key's first characters. A
 * file is copied under a temporary name and then moved to its key, so a reader never sees half of
 * one; if the transaction that stored it rolls back, it is deleted again, so no file outlives a
 * record that was never committed.
 */
class FileSystemBlobStore implements BlobStore {

  private final Path root;

  FileSystemBlobStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public void put(String key, Path source, long size) {
    Path target = pathOf(key);
    Path partial = null;
    try {
      Files.createDirectories(target.getParent());
      partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
      Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new UncheckedIOException(e);
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status != STATUS_COMMITTED) {
                deleteQuietly(target);
              }
            }
          });
    }
  }

  @Override
  public void delete(String key) {
    Path path = pathOf(key);
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      deleteQuietly(path);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
              deleteQuietly(path);
            }
          }
        });
  }

  @Override
  public <T> T read(String key, Reader<T> reader) {
    Path path = pathOf(key);
    if (!Files.isRegularFile(path)) {
      throw new NotFoundException("Stored file", key);
    }
    try (InputStream in = Files.newInputStream(path)) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path pathOf(String key) {
    if (!key.matches("[0-9a-f-]{8,80}")) {
      throw new NotFoundException("Stored file", key);
    }
    return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
  }

  private static void deleteQuietly(Path path) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // Nothing refers to it: an orphan costs disk, never correctness.
    }
  }
}
