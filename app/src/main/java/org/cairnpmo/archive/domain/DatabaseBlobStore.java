package org.cairnpmo.archive.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cairnpmo.platform.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bytes in {@code arc_blob}, in the transaction of the record that names them. Written from a
 * stream of the temporary file and read as a stream, so a large file never sits in memory whole on
 * H2 (PostgreSQL's driver reads a bytea whole; the limit on uploads bounds it).
 */
class DatabaseBlobStore implements BlobStore {

  private final JdbcTemplate jdbc;

  DatabaseBlobStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void put(String key, Path source, long size) {
    try (InputStream in = Files.newInputStream(source)) {
      jdbc.update(
          "insert into arc_blob (blob_key, size_bytes, content) values (?, ?, ?)",
          ps -> {
            ps.setString(1, key);
            ps.setLong(2, size);
            // The int form: every driver has it (PostgreSQL's long form is newer); uploads are
            // small.
            ps.setBinaryStream(3, in, Math.toIntExact(size));
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void delete(String key) {
    jdbc.update("delete from arc_blob where blob_key = ?", key);
  }

  @Override
  public <T> T read(String key, Reader<T> reader) {
    return jdbc.query(
        "select content from arc_blob where blob_key = ?",
        rs -> {
          if (!rs.next()) {
            throw new NotFoundException("Stored file", key);
          }
          try (InputStream in = rs.getBinaryStream(1)) {
            return reader.read(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        key);
  }
}
