package org.cairnpmo.archive.domain;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code cairn.archive.*}: the largest upload (Spring's multipart limits follow it in {@code
 * application.yml}), and where the bytes of versions are kept.
 */
@ConfigurationProperties(prefix = "cairn.archive")
public record ArchiveSettings(
    @DefaultValue("25MB") DataSize maxUploadSize,
    @DefaultValue("26MB") DataSize maxRequestSize,
    @DefaultValue("database") Storage storage,
    @DefaultValue("./data/documents") Path directory) {

  /** Where the bytes go. */
  public enum Storage {
    DATABASE,
    FILESYSTEM
  }
}
