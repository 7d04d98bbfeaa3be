package org.cairnpmo.archive.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.cairnpmo.platform.NotFoundException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Bytes as objects of one bucket of an S3-compatible store, for several nodes without a shared
 * disk. An object is written whole by one request (S3 never shows half of one); like the file
 * store, an object whose transaction rolls back is deleted again, and a purge deletes only once its
 * transaction has committed. The bucket must exist; Cairn never creates or configures it.
 */
class S3BlobStore implements BlobStore {

  private final S3Client s3;
  private final String bucket;
  private final String prefix;

  S3BlobStore(S3Client s3, String bucket, String prefix) {
    this.s3 = s3;
    this.bucket = bucket;
    this.prefix = prefix == null ? "" : prefix;
  }

  @Override
  public void put(String key, Path source, long size) {
    String object = objectOf(key);
    s3.putObject(
        b -> b.bucket(bucket).key(object).contentLength(size), RequestBody.fromFile(source));
    afterCompletion(committed -> !committed, object);
  }

  @Override
  public void delete(String key) {
    String object = objectOf(key);
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      deleteQuietly(object);
      return;
    }
    afterCompletion(committed -> committed, object);
  }

  @Override
  public <T> T read(String key, Reader<T> reader) {
    String object = objectOf(key);
    try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(object))) {
      return reader.read(in);
    } catch (NoSuchKeyException e) {
      throw new NotFoundException("Stored file", key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String objectOf(String key) {
    // The same keys as the file store: a key from anywhere else is a missing file, never a path.
    if (!key.matches("[0-9a-f-]{8,80}")) {
      throw new NotFoundException("Stored file", key);
    }
    return prefix + key;
  }

  private void afterCompletion(Predicate<Boolean> deleteWhen, String object) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (deleteWhen.test(status == STATUS_COMMITTED)) {
              deleteQuietly(object);
            }
          }
        });
  }

  private void deleteQuietly(String object) {
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(object));
    } catch (RuntimeException ignored) {
      // Nothing refers to it any more: an orphan costs storage, never correctness.
    }
  }
}
