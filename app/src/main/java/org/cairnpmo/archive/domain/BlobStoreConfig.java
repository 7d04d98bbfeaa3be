package org.cairnpmo.archive.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The blob store {@code cairn.archive.storage} names. */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfig {

  @Bean
  BlobStore blobStore(ArchiveSettings settings, JdbcTemplate jdbc) {
    return switch (settings.storage()) {
      case DATABASE -> new DatabaseBlobStore(jdbc);
      case FILESYSTEM -> new FileSystemBlobStore(settings.directory());
    };
  }
}
