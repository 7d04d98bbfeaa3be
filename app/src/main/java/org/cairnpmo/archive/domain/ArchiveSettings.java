package org.cairnpmo.archive.domain;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code cairn.archive.*}: the largest upload (Spring's multipart limits follow it in {@code
 * application.yml}), and where the bytes of versions are kept. The S3 keys are not settings: the
 * SDK reads them from the environment, so no secret sits in a configuration file.
 */
@ConfigurationProperties(prefix = "cairn.archive")
public record ArchiveSettings(
    @DefaultValue("25MB") DataSize maxUploadSize,
    @DefaultValue("26MB") DataSize maxRequestSize,
    @DefaultValue("database") Storage storage,
    @DefaultValue("./data/documents") Path directory,
    @DefaultValue S3 s3) {

  /** The bucket of an S3-compatible store, for {@link Storage#S3}. */
  public record S3(
      String bucket,
      URI endpoint,
      @DefaultValue("us-east-1") String region,
      @DefaultValue("false") boolean pathStyle,
      @DefaultValue("documents/") String prefix) {}

  /** Where the bytes go. */
  public enum Storage {
    DATABASE,
    FILESYSTEM,
    S3
  }
}
